# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_map.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewMapDialog(object):
    def setupUi(self, NewMapDialog):
        if not NewMapDialog.objectName():
            NewMapDialog.setObjectName(u"NewMapDialog")
        self.main_layout = QVBoxLayout(NewMapDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.templates_label = QLabel(NewMapDialog)
        self.templates_label.setObjectName(u"templates_label")

        self.main_layout.addWidget(self.templates_label)

        self.templates = QListWidget(NewMapDialog)
        self.templates.setObjectName(u"templates")
        self.templates.setMinimumSize(QSize(560, 320))
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.templates.setIconSize(QSize(120, 72))
        self.templates.setSpacing(2)
        self.templates.setUniformItemSizes(True)
        self.templates.setWordWrap(True)

        self.main_layout.addWidget(self.templates)

        self.description = QLabel(NewMapDialog)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 48))
        self.description.setTextFormat(Qt.PlainText)
        self.description.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.description.setWordWrap(True)

        self.main_layout.addWidget(self.description)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.language_label = QLabel(NewMapDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(NewMapDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.title_label = QLabel(NewMapDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(NewMapDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setClearButtonEnabled(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)


        self.main_layout.addLayout(self.form_layout)

        self.buttons = QDialogButtonBox(NewMapDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.templates_label.setBuddy(self.templates)
        self.language_label.setBuddy(self.language_combo)
        self.title_label.setBuddy(self.title_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templates, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.title_edit)

        self.retranslateUi(NewMapDialog)
        self.buttons.accepted.connect(NewMapDialog.accept)
        self.buttons.rejected.connect(NewMapDialog.reject)

        QMetaObject.connectSlotsByName(NewMapDialog)
    # setupUi

    def retranslateUi(self, NewMapDialog):
        NewMapDialog.setWindowTitle(QCoreApplication.translate("NewMapDialog", u"New journey map", None))
        self.templates_label.setText(QCoreApplication.translate("NewMapDialog", u"&Start from a template:", None))
        self.language_label.setText(QCoreApplication.translate("NewMapDialog", u"Map &language:", None))
#if QT_CONFIG(tooltip)
        self.language_combo.setToolTip(QCoreApplication.translate("NewMapDialog", u"The language of the template's stage and lane names (the interface keeps its own).", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("NewMapDialog", u"&Title:", None))
    # retranslateUi

