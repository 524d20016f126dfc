# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        self.main_layout = QVBoxLayout(FirstRunDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(FirstRunDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.heading)

        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.templates_label = QLabel(FirstRunDialog)
        self.templates_label.setObjectName(u"templates_label")

        self.main_layout.addWidget(self.templates_label)

        self.templates = QListWidget(FirstRunDialog)
        self.templates.setObjectName(u"templates")
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.templates.setMovement(QListView.Static)
        self.templates.setResizeMode(QListView.Adjust)
        self.templates.setSpacing(8)
        self.templates.setViewMode(QListView.IconMode)
        self.templates.setUniformItemSizes(True)
        self.templates.setWordWrap(True)

        self.main_layout.addWidget(self.templates)

        self.open_row = QHBoxLayout()
        self.open_row.setObjectName(u"open_row")
        self.example_button = QPushButton(FirstRunDialog)
        self.example_button.setObjectName(u"example_button")

        self.open_row.addWidget(self.example_button)

        self.open_button = QPushButton(FirstRunDialog)
        self.open_button.setObjectName(u"open_button")

        self.open_row.addWidget(self.open_button)

        self.open_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.open_row.addItem(self.open_spacer)


        self.main_layout.addLayout(self.open_row)

        self.recent_label = QLabel(FirstRunDialog)
        self.recent_label.setObjectName(u"recent_label")

        self.main_layout.addWidget(self.recent_label)

        self.recent = QListWidget(FirstRunDialog)
        self.recent.setObjectName(u"recent")
        self.recent.setMaximumSize(QSize(16777215, 140))

        self.main_layout.addWidget(self.recent)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.show_check = QCheckBox(FirstRunDialog)
        self.show_check.setObjectName(u"show_check")

        self.bottom_row.addWidget(self.show_check)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottom_row.addWidget(self.buttons)


        self.main_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.templates_label.setBuddy(self.templates)
        self.recent_label.setBuddy(self.recent)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templates, self.example_button)
        QWidget.setTabOrder(self.example_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.recent)
        QWidget.setTabOrder(self.recent, self.show_check)

        self.retranslateUi(FirstRunDialog)
        self.buttons.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Start", None))
#if QT_CONFIG(accessibility)
        FirstRunDialog.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Start screen", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to cjeditor", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"Draw a customer journey map: the stages your customer goes through, what they do, think and feel in each, and where you can do better. Start from a template, or open the example to see a finished map.", None))
        self.templates_label.setText(QCoreApplication.translate("FirstRunDialog", u"New map from a &template:", None))
#if QT_CONFIG(accessibility)
        self.templates.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Templates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templates.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Choose a template to start a new map from it", None))
#endif // QT_CONFIG(accessibility)
        self.example_button.setText(QCoreApplication.translate("FirstRunDialog", u"Open the &example", None))
#if QT_CONFIG(tooltip)
        self.example_button.setToolTip(QCoreApplication.translate("FirstRunDialog", u"A finished journey map to look at and try the editor on", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("FirstRunDialog", u"&Open a map\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Open a journey map (.cjmap) from a folder", None))
#endif // QT_CONFIG(tooltip)
        self.recent_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Recent maps:", None))
#if QT_CONFIG(accessibility)
        self.recent.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Recent maps", None))
#endif // QT_CONFIG(accessibility)
        self.show_check.setText(QCoreApplication.translate("FirstRunDialog", u"&Show this screen when cjeditor starts without a map", None))
    # retranslateUi

