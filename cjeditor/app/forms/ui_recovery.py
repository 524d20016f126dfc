# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        self.main_layout = QVBoxLayout(RecoveryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(RecoveryDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.PlainText)
        self.heading.setWordWrap(True)

        self.main_layout.addWidget(self.heading)

        self.list = QTreeWidget(RecoveryDialog)
        self.list.setObjectName(u"list")
        self.list.setMinimumSize(QSize(680, 160))
        self.list.setSelectionMode(QAbstractItemView.NoSelection)
        self.list.setTextElideMode(Qt.ElideMiddle)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)

        self.main_layout.addWidget(self.list)

        self.note = QLabel(RecoveryDialog)
        self.note.setObjectName(u"note")
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)

        self.main_layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(RecoveryDialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Recover unsaved maps", None))
        self.heading.setText(QCoreApplication.translate("RecoveryDialog", u"cjeditor did not close normally. These maps had changes that were not saved; a recovery copy of each was kept.", None))
        ___qtreewidgetitem = self.list.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RecoveryDialog", u"Copy made", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RecoveryDialog", u"Original file", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RecoveryDialog", u"Map", None))
        self.note.setText(QCoreApplication.translate("RecoveryDialog", u"Restore opens them with their changes (save them to keep them). Later keeps the copies for the next start.", None))
    # retranslateUi

