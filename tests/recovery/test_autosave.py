"""Autosaver: copies while unsaved, from timers, removed by save, undo-to-clean and close.

Tests that take the `clock` fixture run the timers on a manual clock (tests/manual_clock.py)
and advance it: no sleeping. A few keep real Qt timers to show the real clock works.
"""

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


def test_no_copy_while_nothing_changed(window, clock):
    assert not window.autosaver.pending()
    clock.advance(3600)
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


def test_debounce_waits_for_a_pause(window, clock, settings):
    settings.autosave_interval = 10.0
    settings.autosave_debounce = 0.3
    written = []
    window.autosaver.autosaved.connect(written.append)
    for i in range(6):  # typing: one edit every 100 ms, never a 300 ms pause
        edit(window, product=f"typing {i}")
        clock.advance(0.1)
    assert written == []
    clock.advance(0.19)  # 290 ms after the last edit
    assert written == []
    clock.advance(0.01)  # 300 ms: the pause
    assert len(written) == 1
    assert load(copy_of(window)).meta.product == "typing 5"
    clock.advance(60)
    assert len(written) == 1  # nothing new to copy


def test_continuous_editing_is_copied_every_interval(window, clock, settings):
    settings.autosave_interval = 3.0
    settings.autosave_debounce = 2.0
    written, products = [], []
    window.autosaver.autosaved.connect(written.append)
    window.autosaver.autosaved.connect(lambda path: products.append(load(path).meta.product))
    for i in range(12):  # 12 s of edits, one a second: never the 2 s pause
        edit(window, product=f"edit {i}")
        clock.advance(1.0)
    # copied 3 s after the first edit not yet copied: at 3, 6, 9 and 12 s
    assert products == ["edit 2", "edit 5", "edit 8", "edit 11"]


def test_save_removes_the_copy(window, clock, settings):
    edit(window, product="x")
    clock.advance(settings.autosave_debounce)
    assert copy_of(window).exists()
    edit(window, product="y")  # a copy is due again...
    assert window.files.save()  # ...but the save comes first
    assert not copy_of(window).exists()
    assert RecoveryStore().entries() == []
    clock.advance(3600)
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


def test_a_failed_copy_is_reported_and_retried(window, clock, settings, monkeypatch):
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
    clock.advance(settings.autosave_debounce)
    assert len(failed) == 1 and len(calls) == 1
    # the reason in the interface's words (save_errors.reason), not str(error)
    assert "The disk is full." in window.statusBar().currentMessage()
    assert window.isVisible()
    clock.advance(0.99)
    assert not copy_of(window).exists()
    clock.advance(0.01)  # the retry, at the interval but not sooner than a second
    assert copy_of(window).exists() and len(calls) == 2


def test_a_held_mouse_button_puts_the_copy_off(window, clock, monkeypatch):
    held = [True]
    monkeypatch.setattr(QApplication, "mouseButtons",
                        staticmethod(lambda: Qt.MouseButton.LeftButton if held[0]
                                     else Qt.MouseButton.NoButton))
    edit(window, product="while dragging")
    clock.advance(60)  # debounce and interval long past, the button still held
    assert not copy_of(window).exists()
    assert window.autosaver.pending() and clock.pending()  # put off, not forgotten
    held[0] = False
    clock.advance(0.3)  # the next retry
    assert load(copy_of(window)).meta.product == "while dragging"


def send_mouse(view, kind, scene_point, buttons) -> None:
    """A mouse event on the canvas at a scene point (architecture.md: drags in tests)."""
    local = QPointF(view.mapFromScene(scene_point))
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove \
        else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, local, view.viewport().mapToGlobal(local), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_a_drag_on_the_canvas_writes_nothing_until_release(window, clock, settings):
    """A drag is one command pushed on release: however long the button is held and
    the card moved, nothing is scheduled or written; the released move is copied."""
    doc, view = window.document, window.view
    window.show()
    lane = next(lane for lane in doc.map.lanes if lane.type == "touchpoints")
    card = lane.cards[0]
    target = next(stage.id for stage in doc.map.stages if stage.id != card.stage)
    scene = view.map_scene
    start = scene.cards[card.id].sceneBoundingRect().center()
    end = scene.cell_rect(lane.id, target).center()
    view.centerOn((start + end) / 2)
    writes = []
    window.autosaver.autosaved.connect(writes.append)

    send_mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 11):
        send_mouse(view, QEvent.Type.MouseMove, start + (end - start) * (step / 10),
                   Qt.MouseButton.LeftButton)
        clock.advance(10 * settings.autosave_interval)  # a long, slow drag
        assert writes == [] and not clock.pending()
        assert not doc.modified and doc.card(card.id).stage == card.stage
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert doc.card(card.id).stage == target  # the drag was a real edit
    assert doc.undo_stack.count() == 1
    assert writes == []  # never inside the edit itself
    clock.advance(settings.autosave_debounce)
    assert len(writes) == 1
    assert next(c for c in load(copy_of(window)).all_cards() if c.id == card.id).stage == target


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
