"""Preferences: the interface language, autosave and backups."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cjeditor.app.forms.ui_preferences import Ui_PreferencesDialog
from cjeditor.app.settings import AppSettings


class PreferencesDialog(QDialog, Ui_PreferencesDialog):
    """The form is ui/preferences.ui (compiled into app/forms/); this class fills it in
    from the settings and writes them back on OK."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._settings = settings
        self.language_combo.addItem(self.tr("System language"), "system")
        # Each language is named in itself, so it can be found whatever the UI says.
        self.language_combo.addItem("Español", "es")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(settings.language), 0)
        )
        self.autosave_spin.setValue(
            min(max(round(settings.autosave_interval), self.autosave_spin.minimum()),
                self.autosave_spin.maximum()))
        self.backup_check.setChecked(settings.keep_backup)

    def accept(self) -> None:
        self._settings.language = self.language_combo.currentData()
        self._settings.autosave_interval = self.autosave_spin.value()
        self._settings.keep_backup = self.backup_check.isChecked()
        super().accept()
