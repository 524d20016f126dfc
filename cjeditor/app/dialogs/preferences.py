"""Preferences: the interface language, autosave and backups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app.settings import AppSettings


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), "system")
        # Each language is named in itself, so it can be found whatever the UI says.
        self.language_combo.addItem("Español", "es")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(settings.language), 0)
        )
        form.addRow(self.tr("Interface language:"), self.language_combo)
        self.autosave_spin = QSpinBox()
        self.autosave_spin.setRange(5, 600)
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setValue(min(max(round(settings.autosave_interval), 5), 600))
        self.autosave_spin.setToolTip(self.tr(
            "While a map has unsaved changes, a recovery copy is kept at least this often "
            "(and a moment after you stop editing)."))
        form.addRow(self.tr("Recovery copy every:"), self.autosave_spin)
        self.backup_check = QCheckBox(self.tr("Keep the previous version as name.cjmap.bak"))
        self.backup_check.setChecked(settings.keep_backup)
        form.addRow(self.tr("Saving:"), self.backup_check)
        layout.addLayout(form)
        note = QLabel(self.tr("A new language applies the next time cjeditor starts."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.language = self.language_combo.currentData()
        self._settings.autosave_interval = self.autosave_spin.value()
        self._settings.keep_backup = self.backup_check.isChecked()
        super().accept()
