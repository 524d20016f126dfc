# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        self.main_layout = QVBoxLayout(PreferencesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.language_label = QLabel(PreferencesDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(PreferencesDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.autosave_label = QLabel(PreferencesDialog)
        self.autosave_label.setObjectName(u"autosave_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.autosave_label)

        self.autosave_spin = QSpinBox(PreferencesDialog)
        self.autosave_spin.setObjectName(u"autosave_spin")
        self.autosave_spin.setMinimum(5)
        self.autosave_spin.setMaximum(600)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.autosave_spin)

        self.saving_label = QLabel(PreferencesDialog)
        self.saving_label.setObjectName(u"saving_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.saving_label)

        self.backup_check = QCheckBox(PreferencesDialog)
        self.backup_check.setObjectName(u"backup_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backup_check)


        self.main_layout.addLayout(self.form_layout)

        self.note = QLabel(PreferencesDialog)
        self.note.setObjectName(u"note")
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)

        self.main_layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.autosave_label.setBuddy(self.autosave_spin)
        self.saving_label.setBuddy(self.backup_check)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
        self.buttons.accepted.connect(PreferencesDialog.accept)
        self.buttons.rejected.connect(PreferencesDialog.reject)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.language_label.setText(QCoreApplication.translate("PreferencesDialog", u"Interface language:", None))
        self.autosave_label.setText(QCoreApplication.translate("PreferencesDialog", u"Recovery copy every:", None))
#if QT_CONFIG(tooltip)
        self.autosave_spin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"While a map has unsaved changes, a recovery copy is kept at least this often (and a moment after you stop editing).", None))
#endif // QT_CONFIG(tooltip)
        self.autosave_spin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" s", None))
        self.saving_label.setText(QCoreApplication.translate("PreferencesDialog", u"Saving:", None))
        self.backup_check.setText(QCoreApplication.translate("PreferencesDialog", u"Keep the previous version as name.cjmap.bak", None))
        self.note.setText(QCoreApplication.translate("PreferencesDialog", u"A new language applies the next time cjeditor starts.", None))
    # retranslateUi

