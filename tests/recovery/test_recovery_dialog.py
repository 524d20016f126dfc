"""The recovery dialog's three choices, and the start-up path that offers it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from cjeditor.app.dialogs.recovery import RecoveryDialog, offer_recovery
from cjeditor.app.main import start
from cjeditor.app.recovery import RecoveryStore
from cjeditor.fileio import load

HOSTILE = '<b>x</b><img src="file:///etc/passwd">'


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def crashed_copy(store: RecoveryStore, journey, original, title=None) -> str:
    """A copy and sidecar as a crashed editor (a dead pid) would have left them."""
    pid = dead_pid()
    key = f"{pid}-{store.new_key().split('-')[1]}"
    store.write(key, journey, original, title)
    info = json.loads(store.info_path(key).read_text())
    info["pid"] = pid
    info["started"] = None
    store.info_path(key).write_text(json.dumps(info))
    return key


@pytest.fixture
def crashed(map_file):
    """The map file on disk, and a newer unsaved version left in a recovery copy."""
    store = RecoveryStore()
    journey = load(map_file)
    changed = journey.model_copy(update={"meta": journey.meta.model_copy(
        update={"product": "recovered product"})})
    key = crashed_copy(store, changed, map_file.resolve())
    return store, key


def test_restore_opens_the_map_modified_and_attached_to_its_file(manager, crashed, choose,
                                                                  map_file, qtbot):
    store, key = crashed
    seen = choose(RecoveryDialog.RESTORE)
    blank = manager.new_map("blank", "en")
    [window] = offer_recovery(manager, blank)
    assert window is blank  # the untouched start window took the map
    assert "mapa.cjmap" in seen[0]
    doc = window.document
    assert doc.map.meta.product == "recovered product"
    assert doc.path == map_file.resolve()
    assert doc.modified and not doc.undo_stack.isClean()
    assert window.isWindowModified()
    assert "Recovered" in window.statusBar().currentMessage()
    # the window's own autosaver now holds the copy; the crashed one is gone
    assert not store.copy_path(key).exists()
    assert window.autosaver.copy_path.exists()
    assert store.stale() == []
    # the file on disk is untouched until the user saves
    assert load(map_file).meta.product != "recovered product"
    assert window.files.save()
    assert load(map_file).meta.product == "recovered product"
    assert not window.autosaver.copy_path.exists()


def test_restore_into_a_new_window_when_none_is_pristine(manager, crashed, choose, window):
    window.document.undo_stack.resetClean()  # the open map has other changes
    choose(RecoveryDialog.RESTORE)
    [restored] = offer_recovery(manager, window)
    assert restored is not window
    assert restored.document.map.meta.product == "recovered product"
    assert restored.document.path is None  # do not mix with the open, modified file
    assert len(manager.windows) == 2


def test_discard_deletes_the_copies(manager, crashed, choose):
    store, key = crashed
    choose(RecoveryDialog.DISCARD)
    assert offer_recovery(manager, None) == []
    assert not store.copy_path(key).exists()
    assert not store.info_path(key).exists()
    assert manager.windows == []


def test_later_keeps_the_copies_for_next_time(manager, crashed, choose):
    store, key = crashed
    choose(RecoveryDialog.LATER)
    assert offer_recovery(manager, None) == []
    assert store.copy_path(key).exists()
    assert [e.key for e in store.stale()] == [key]


def test_nothing_stale_shows_nothing(manager, choose):
    seen = choose(RecoveryDialog.RESTORE)
    assert offer_recovery(manager, None) == []
    assert seen == []


def test_start_offers_recovery(app, crashed, choose, monkeypatch):
    store, key = crashed
    seen = choose(RecoveryDialog.RESTORE)
    manager = start(None, "en")
    try:
        assert len(seen) == 1
        [window] = manager.windows
        assert window.document.map.meta.product == "recovered product"
        assert window.document.modified
    finally:
        monkeypatch.setattr(QMessageBox, "exec",
                            lambda self: QMessageBox.StandardButton.Discard)
        for window in list(manager.windows):
            window.close()
        manager.deleteLater()


def test_the_dialog_shows_titles_and_paths_literally(app, map_file):
    store = RecoveryStore()
    journey = load(map_file)
    crashed_copy(store, journey, map_file, title=HOSTILE)
    dialog = RecoveryDialog(store.stale())
    try:
        assert HOSTILE in dialog.text()
        assert str(map_file) in dialog.text()
        # the three buttons give the three choices
        for button, code in ((dialog.restore_button, RecoveryDialog.RESTORE),
                             (dialog.discard_button, RecoveryDialog.DISCARD),
                             (dialog.later_button, RecoveryDialog.LATER)):
            dialog.setResult(-1)
            button.click()
            assert dialog.result() == code
    finally:
        dialog.deleteLater()


def test_an_unreadable_copy_is_reported_not_fatal(manager, choose, problems_shown, tmp_path):
    store = RecoveryStore()
    key = f"{dead_pid()}-0123456789ab"
    store.root.mkdir(parents=True, exist_ok=True)
    store.copy_path(key).write_text('{"format": "cjmap"', encoding="utf-8")
    choose(RecoveryDialog.RESTORE)
    assert offer_recovery(manager, None) == []
    assert problems_shown and "Traceback" not in problems_shown[0]
    # kept, set aside where it is not offered at every start again
    kept = store.root / "unreadable"
    assert (kept / store.copy_path(key).name).read_text(encoding="utf-8") == '{"format": "cjmap"'
    assert str(kept) in problems_shown[0] and "not offered again" in problems_shown[0]
    assert store.stale() == []
    offered = choose(RecoveryDialog.RESTORE)
    before = len(offered)
    assert offer_recovery(manager, None) == [] and len(offered) == before  # not offered
