"""Autosaver: copies while unsaved, from timers, removed by save, undo-to-clean and close."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cjeditor.app import recovery
from cjeditor.app.dialogs.preferences import PreferencesDialog
from cjeditor.app.recovery import RecoveryStore
from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import MapSaveError, load


def edit(window, **fields) -> None:
    push(window.document, EditMetaCommand(window.document, fields))


def copy_of(window):
    return window.autosaver.copy_path


def test_no_copy_while_nothing_changed(window, qtbot):
    qtbot.wait(150)
    assert not copy_of(window).exists()
    assert RecoveryStore().entries() == []


def test_an_edit_is_copied_shortly_after(window, qtbot, map_file):
    edit(window, product="autosaved product")
    assert not copy_of(window).exists()  # never inside the edit itself
    with qtbot.waitSignal(window.autosaver.autosaved, timeout=3000):
        pass
    assert load(copy_of(window)).meta.product == "autosaved product"
    info = json.loads(window.autosaver.store.info_path(window.autosaver.key).read_text())
    assert info["original"] == str(map_file.resolve())
    assert info["title"] == window.document.map.meta.title
    # the copy is in the state folder; it is not stale (this editor is running)
    assert copy_of(window).parent == recovery.recovery_dir()
    assert RecoveryStore().stale() == []


def test_debounce_waits_for_a_pause(window, qtbot, settings):
    settings.autosave_interval = 10.0
    settings.autosave_debounce = 0.3
    written = []
    window.autosaver.autosaved.connect(written.append)
    for i in range(6):  # typing: one edit every 100 ms, never a 300 ms pause
        edit(window, product=f"typing {i}")
        qtbot.wait(100)
    assert written == []
    qtbot.waitUntil(lambda: len(written) == 1, timeout=2000)
    assert load(copy_of(window)).meta.product == "typing 5"


def test_continuous_editing_is_copied_every_interval(window, qtbot, settings):
    settings.autosave_interval = 0.3
    settings.autosave_debounce = 5.0
    written = []
    window.autosaver.autosaved.connect(written.append)
    for i in range(12):  # 1.2 s of edits, no pause long enough for the debounce
        edit(window, product=f"edit {i}")
        qtbot.wait(100)
    assert 2 <= len(written) <= 5


def test_save_removes_the_copy(window, qtbot):
    edit(window, product="x")
    qtbot.waitUntil(copy_of(window).exists, timeout=3000)
    assert window.files.save()
    assert not copy_of(window).exists()
    assert RecoveryStore().entries() == []
    qtbot.wait(100)
    assert not copy_of(window).exists()  # and no late write after it


def test_undo_back_to_saved_removes_the_copy(window, qtbot):
    edit(window, product="x")
    qtbot.waitUntil(copy_of(window).exists, timeout=3000)
    window.document.undo_stack.undo()
    assert not window.document.modified
    assert not copy_of(window).exists()


def test_close_with_discard_removes_the_copy(window, qtbot, boxes):
    edit(window, product="x")
    qtbot.waitUntil(copy_of(window).exists, timeout=3000)
    path = copy_of(window)
    boxes.answers = [QMessageBox.StandardButton.Discard]
    assert window.close()
    assert not path.exists()
    assert RecoveryStore().entries() == []


def test_close_cancelled_keeps_the_copy(window, qtbot, boxes):
    edit(window, product="x")
    qtbot.waitUntil(copy_of(window).exists, timeout=3000)
    boxes.answers = [QMessageBox.StandardButton.Cancel]
    assert not window.close()
    assert copy_of(window).exists()


def test_untitled_map_is_copied_with_null_original(manager, qtbot):
    window = manager.new_map("blank", "en", "Sin título")
    edit(window, product="nuevo")
    with qtbot.waitSignal(window.autosaver.autosaved, timeout=3000):
        pass
    [entry] = RecoveryStore().entries()
    assert entry.original is None and entry.title == "Sin título"


def test_a_failed_copy_is_reported_and_retried(window, qtbot, monkeypatch):
    calls = []
    real_write = RecoveryStore.write

    def failing(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise MapSaveError(28, "cannot save: No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(RecoveryStore, "write", failing)
    failed = []
    window.autosaver.failed.connect(failed.append)
    edit(window, product="x")
    qtbot.waitUntil(lambda: bool(failed), timeout=3000)
    assert "No space left" in window.statusBar().currentMessage()
    assert window.isVisible()
    qtbot.waitUntil(copy_of(window).exists, timeout=5000)  # the next interval tries again


def test_a_held_mouse_button_puts_the_copy_off(window, qtbot, monkeypatch):
    held = [True]
    monkeypatch.setattr(QApplication, "mouseButtons",
                        staticmethod(lambda: Qt.MouseButton.LeftButton if held[0]
                                     else Qt.MouseButton.NoButton))
    edit(window, product="while dragging")
    qtbot.wait(600)
    assert not copy_of(window).exists()
    held[0] = False
    qtbot.waitUntil(copy_of(window).exists, timeout=3000)


def test_a_drag_on_the_canvas_writes_nothing_until_release(window, qtbot):
    """Pressing on the canvas and moving never writes a copy synchronously."""
    view = window.view
    if not hasattr(view, "viewport"):
        return  # the placeholder view: nothing to drag
    writes = []
    window.autosaver.autosaved.connect(writes.append)
    viewport = view.viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    for kind, button in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                         (QEvent.Type.MouseMove, Qt.MouseButton.NoButton),
                         (QEvent.Type.MouseButtonRelease, Qt.MouseButton.LeftButton)):
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button,
                            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseMove
                            else button, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
        assert writes == []
        pos += QPointF(30, 10)


def test_preferences_hold_interval_and_backup(window, monkeypatch):
    def fake_exec(self):
        assert self.backup_check.isChecked()  # on by default
        self.autosave_spin.setValue(45)
        self.backup_check.setChecked(False)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    window.manager.settings.autosave_interval = 30
    window.actions.preferences.trigger()
    assert window.manager.settings.autosave_interval == 45
    assert window.manager.settings.keep_backup is False


def test_settings_defaults_and_bad_values(app):
    from cjeditor.app.settings import AppSettings

    settings = AppSettings()
    assert settings.autosave_interval == 30.0
    assert settings.autosave_debounce == 2.0
    assert settings.keep_backup is True
    settings._qs.setValue("recovery/interval_seconds", "nonsense")
    assert settings.autosave_interval == 30.0
    settings._qs.setValue("recovery/interval_seconds", "-5")
    assert settings.autosave_interval == 0.01
