"""Designer forms: ui/*.ui compiled into cjeditor/app/forms/ are current, and they work."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from cjeditor.app.dialogs.preferences import PreferencesDialog
from cjeditor.app.i18n import install_translators
from cjeditor.app.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "ui"
FORMS = REPO / "cjeditor" / "app" / "forms"


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    assert found, "pyside6-uic (PySide6-Essentials) is not installed"
    return found


def without_version(code: str) -> str:
    """The compiled code, less the header line naming the uic version that wrote it."""
    return "\n".join(line for line in code.splitlines() if not line.startswith("## Created by:"))


def test_every_form_is_compiled_and_current():
    forms = sorted(UI.glob("*.ui"))
    assert forms, "no ui/*.ui"
    for ui in forms:
        target = FORMS / f"ui_{ui.stem}.py"
        assert target.is_file(), f"{target.name} missing: run `make forms`"
        fresh = subprocess.run([uic(), str(ui)], capture_output=True, text=True, check=True,
                               timeout=60).stdout
        assert without_version(target.read_text(encoding="utf-8")) == without_version(fresh), \
            f"{target.name} is older than {ui.name}: run `make forms`"


def test_no_compiled_form_without_its_ui():
    compiled = {path.stem.removeprefix("ui_") for path in FORMS.glob("ui_*.py")}
    assert compiled == {path.stem for path in UI.glob("*.ui")}


def test_preferences_form_reads_and_writes_the_settings(app):
    settings = AppSettings()
    settings.language = "en"
    settings.autosave_interval = 45
    settings.keep_backup = False
    dialog = PreferencesDialog(settings)
    try:
        assert dialog.language_combo.currentData() == "en"
        assert [dialog.language_combo.itemData(i) for i in range(3)] == ["system", "es", "en"]
        assert dialog.autosave_spin.value() == 45
        assert (dialog.autosave_spin.minimum(), dialog.autosave_spin.maximum()) == (5, 600)
        assert not dialog.backup_check.isChecked()
        assert dialog.layout() is dialog.main_layout  # the form did not hide QWidget.layout
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
        dialog.autosave_spin.setValue(600)
        dialog.backup_check.setChecked(True)
        dialog.buttons.accepted.emit()  # OK, as wired in the .ui
        assert (settings.language, settings.autosave_interval, settings.keep_backup) == \
            ("es", 600, True)
    finally:
        dialog.deleteLater()


def test_preferences_form_is_translated(app):
    install_translators(app, "es")
    try:
        dialog = PreferencesDialog(AppSettings())
        assert dialog.windowTitle() == "Preferencias"
        assert dialog.autosave_label.text() == "Copia de recuperación cada:"
        assert dialog.language_combo.itemText(0) == "Idioma del sistema"
        assert dialog.language_combo.itemText(1) == "Español"  # a language names itself
        dialog.deleteLater()
    finally:
        install_translators(app, "en")
