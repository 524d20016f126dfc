# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_choice.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QDialog,
    QDialogButtonBox, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImportChoiceDialog(object):
    def setupUi(self, ImportChoiceDialog):
        if not ImportChoiceDialog.objectName():
            ImportChoiceDialog.setObjectName(u"ImportChoiceDialog")
        ImportChoiceDialog.setMinimumSize(QSize(440, 0))
        self.main_layout = QVBoxLayout(ImportChoiceDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.question = QLabel(ImportChoiceDialog)
        self.question.setObjectName(u"question")
        self.question.setTextFormat(Qt.PlainText)
        self.question.setWordWrap(True)

        self.main_layout.addWidget(self.question)

        self.new_button = QRadioButton(ImportChoiceDialog)
        self.group = QButtonGroup(ImportChoiceDialog)
        self.group.setObjectName(u"group")
        self.group.addButton(self.new_button)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setChecked(True)

        self.main_layout.addWidget(self.new_button)

        self.new_note = QLabel(ImportChoiceDialog)
        self.new_note.setObjectName(u"new_note")
        self.new_note.setTextFormat(Qt.PlainText)
        self.new_note.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.new_note.setWordWrap(True)

        self.main_layout.addWidget(self.new_note)

        self.add_button = QRadioButton(ImportChoiceDialog)
        self.group.addButton(self.add_button)
        self.add_button.setObjectName(u"add_button")

        self.main_layout.addWidget(self.add_button)

        self.add_note = QLabel(ImportChoiceDialog)
        self.add_note.setObjectName(u"add_note")
        self.add_note.setTextFormat(Qt.PlainText)
        self.add_note.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.add_note.setWordWrap(True)

        self.main_layout.addWidget(self.add_note)

        self.stretch = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(ImportChoiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(ImportChoiceDialog)
        self.buttons.accepted.connect(ImportChoiceDialog.accept)
        self.buttons.rejected.connect(ImportChoiceDialog.reject)

        QMetaObject.connectSlotsByName(ImportChoiceDialog)
    # setupUi

    def retranslateUi(self, ImportChoiceDialog):
        ImportChoiceDialog.setWindowTitle(QCoreApplication.translate("ImportChoiceDialog", u"Import table", None))
        self.question.setText(QCoreApplication.translate("ImportChoiceDialog", u"How should \u201c%1\u201d be imported?", None))
        self.new_button.setText(QCoreApplication.translate("ImportChoiceDialog", u"As a &new map", None))
        self.new_note.setText(QCoreApplication.translate("ImportChoiceDialog", u"A new window with the imported map, not yet saved.", None))
        self.add_button.setText(QCoreApplication.translate("ImportChoiceDialog", u"&Add to this map", None))
        self.add_note.setText(QCoreApplication.translate("ImportChoiceDialog", u"Its cards go into the stages and lanes of the same id or name; other stages and lanes are added at the end. One undo takes it all back.", None))
    # retranslateUi

