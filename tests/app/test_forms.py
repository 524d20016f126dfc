"""Designer forms: ui/*.ui compiled into cjeditor/app/forms/ are current, and they work."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from qt_support import flush_deletes

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


# ------------------------------------------------------------------- new map, recovery
def test_new_map_dialog_is_its_form(app):
    from cjeditor.app.dialogs.new_map import PICTURE, NewMapDialog
    from cjeditor.app.forms.ui_new_map import Ui_NewMapDialog

    dialog = NewMapDialog(None, template="six-moments", language="en")
    try:
        assert isinstance(dialog, Ui_NewMapDialog)
        assert dialog.layout() is dialog.main_layout
        assert dialog.templates.iconSize() == PICTURE
        assert dialog.templates_label.buddy() is dialog.templates
        assert dialog.language_label.buddy() is dialog.language_combo
        assert dialog.title_label.buddy() is dialog.title_edit
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.text() == "Create"
        dialog.title_edit.setText("  Gimnasio  ")
        ok.click()  # wired in the .ui
        assert dialog.result() == dialog.DialogCode.Accepted
        assert (dialog.template(), dialog.language(), dialog.title()) == \
            ("six-moments", "en", "Gimnasio")
    finally:
        dialog.deleteLater()


def test_recovery_dialog_is_its_form(app, tmp_path):
    from cjeditor.app.dialogs.recovery import RecoveryDialog
    from cjeditor.app.forms.ui_recovery import Ui_RecoveryDialog
    from cjeditor.app.recovery import RecoveryStore
    from cjeditor.fileio import load

    store = RecoveryStore(tmp_path / "rec")
    store.write(store.new_key(), load(REPO / "resources/examples/zapatillas-running.cjmap"),
                "/home/ana/Documentos/mapas/un nombre muy largo de mapa ñ.cjmap")
    dialog = RecoveryDialog(store.entries())
    try:
        assert isinstance(dialog, Ui_RecoveryDialog)
        assert dialog.layout() is dialog.main_layout
        assert [dialog.list.headerItem().text(c) for c in range(3)] == \
            ["Map", "Original file", "Copy made"]
        assert dialog.list.textElideMode() == Qt.TextElideMode.ElideMiddle  # paths
        assert {b.text() for b in dialog.buttons.buttons()} == {"Restore", "Discard", "Later"}
        assert dialog.restore_button.isDefault()
        assert "un nombre muy largo de mapa ñ.cjmap" in dialog.text()
    finally:
        dialog.deleteLater()


def test_new_map_and_recovery_forms_in_spanish(app, tmp_path, output_dir):
    from cjeditor.app.dialogs.new_map import NewMapDialog
    from cjeditor.app.dialogs.recovery import RecoveryDialog
    from cjeditor.app.recovery import RecoveryStore
    from cjeditor.fileio import load

    install_translators(app, "es")
    try:
        new_map = NewMapDialog(None, template="moments-of-truth", language="es")
        assert new_map.windowTitle() == "Nuevo mapa de recorrido"
        assert new_map.templates_label.text() == "Empezar con una &plantilla:"
        assert new_map.language_label.text() == "&Idioma del mapa:"
        assert new_map.title_label.text() == "&Título:"
        assert new_map.buttons.button(new_map.buttons.StandardButton.Ok).text() == "Crear"
        new_map.show()
        app.processEvents()
        assert not new_map.templates.horizontalScrollBar().isVisible()
        new_map.grab().save(str(output_dir / "new_map_es.png"))
        new_map.deleteLater()

        store = RecoveryStore(tmp_path / "rec")
        journey = load(REPO / "resources/examples/zapatillas-running.cjmap")
        store.write(store.new_key(), journey, "/home/ana/Documentos/mapas/zapatillas ñ.cjmap")
        store.write(store.new_key(), journey, None, title="Un mapa sin guardar «nuevo»")
        recovery = RecoveryDialog(store.entries())
        assert recovery.windowTitle() == "Recuperar mapas sin guardar"
        assert [recovery.list.headerItem().text(c) for c in range(3)] == \
            ["Mapa", "Archivo original", "Copia hecha"]
        assert "(nunca guardado)" in recovery.text()
        assert recovery.restore_button.text() == "Restaurar"
        recovery.show()
        app.processEvents()
        # the title column does not take the path's room; the path column is the widest
        widths = [recovery.list.columnWidth(c) for c in range(3)]
        assert widths[1] > widths[0] and widths[1] > widths[2]
        recovery.grab().save(str(output_dir / "recovery_es.png"))
        recovery.deleteLater()
    finally:
        install_translators(app, "en")


def _press(widget, key) -> None:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_the_forms_answer_the_keyboard(app, tmp_path):
    from cjeditor.app.dialogs.new_map import NewMapDialog
    from cjeditor.app.dialogs.recovery import RecoveryDialog
    from cjeditor.app.recovery import RecoveryStore
    from cjeditor.fileio import load

    new_map = NewMapDialog(None, template="blank", language="es")
    try:
        new_map.show()
        new_map.templates.setFocus()
        _press(new_map.templates, Qt.Key.Key_Down)  # the next template
        assert new_map.template() != "blank"
        chosen = new_map.template()
        _press(new_map.templates, Qt.Key.Key_Return)  # Enter creates
        assert new_map.result() == new_map.DialogCode.Accepted
        assert new_map.template() == chosen
    finally:
        new_map.deleteLater()

    store = RecoveryStore(tmp_path / "rec")
    store.write(store.new_key(), load(REPO / "resources/examples/zapatillas-running.cjmap"),
                None)
    recovery = RecoveryDialog(store.entries())
    try:
        recovery.show()
        app.processEvents()
        assert recovery.focusWidget() is recovery.restore_button
        _press(recovery.restore_button, Qt.Key.Key_Return)
        assert recovery.result() == RecoveryDialog.RESTORE
    finally:
        recovery.deleteLater()
        flush_deletes()


def test_every_form_gives_each_access_key_once(app, tmp_path):
    # the New map dialog gave Alt+T to "Start from a &template" and "&Title"
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from cjeditor.app.accessibility import mnemonic
    from cjeditor.app.dialogs.new_map import NewMapDialog

    for language in ("en", "es"):
        install_translators(app, language)
        dialog = NewMapDialog(None, template="blank", language=language)
        try:
            keys = [mnemonic(w.text()) for w in dialog.findChildren(QLabel)
                    + dialog.findChildren(QAbstractButton)]
            keys = [k for k in keys if k]
            assert len(keys) == len(set(keys)), (language, keys)
        finally:
            dialog.deleteLater()
    install_translators(app, "en")
    flush_deletes()
