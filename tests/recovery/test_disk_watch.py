"""Changed on disk: Reload, Keep mine (Save As) or Overwrite; touches and our saves are quiet."""

from __future__ import annotations

import os
import shutil

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from cjeditor.app.disk_watch import FileStamp
from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import dumps, load, write_atomic


def edit(window, **fields) -> None:
    push(window.document, EditMetaCommand(window.document, fields))


def change_on_disk(path, product: str) -> None:
    """Another program saves the map (atomically, as a good editor would)."""
    journey = load(path)
    journey = journey.model_copy(update={"meta": journey.meta.model_copy(
        update={"product": product})})
    write_atomic(path, dumps(journey).encode("utf-8"))


def test_stamp_is_taken_after_load(window, map_file):
    stamp = window.disk_watch.stamp
    assert stamp == FileStamp.of(map_file)
    assert len(stamp.sha256) == 64
    assert str(map_file.resolve()) in window.disk_watch._watcher.files()


def test_reload(window, map_file, boxes):
    edit(window, product="mine")
    change_on_disk(map_file, "theirs")
    boxes.answers = ["Reload"]
    window.disk_watch.check()
    assert len(boxes.texts) == 1 and "changed by another program" in boxes.texts[0]
    assert "lose your unsaved changes" in boxes.texts[0]
    assert window.document.map.meta.product == "theirs"
    assert not window.document.modified
    assert window.disk_watch.stamp == FileStamp.of(map_file)
    window.disk_watch.check()
    assert len(boxes.texts) == 1  # asked once


def test_keep_mine_saves_elsewhere(window, map_file, boxes, monkeypatch, tmp_path):
    other = tmp_path / "mine.cjmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    edit(window, product="mine")
    change_on_disk(map_file, "theirs")
    theirs = map_file.read_bytes()
    boxes.answers = ["Keep Mine…"]
    window.disk_watch.check()
    assert load(other).meta.product == "mine"
    assert map_file.read_bytes() == theirs  # their version untouched
    assert window.document.path == other.resolve()
    assert not window.document.modified


def test_keep_mine_cancelled_keeps_the_map_modified_and_stops_asking(window, map_file, boxes,
                                                                     monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    change_on_disk(map_file, "theirs")  # no local edits at all
    boxes.answers = ["Keep Mine…"]
    window.disk_watch.check()
    assert window.document.modified  # it differs from the file now: closing will ask
    assert window.document.map.meta.product != "theirs"
    window.disk_watch.check()
    assert len(boxes.texts) == 1


def test_overwrite(window, map_file, boxes):
    edit(window, product="mine")
    change_on_disk(map_file, "theirs")
    boxes.answers = ["Overwrite"]
    window.disk_watch.check()
    assert load(map_file).meta.product == "mine"
    assert not window.document.modified
    assert len(boxes.texts) == 1  # the save itself did not ask again


def test_checked_right_before_saving(window, map_file, boxes):
    edit(window, product="mine")
    change_on_disk(map_file, "theirs")
    boxes.answers = ["Overwrite"]
    assert window.files.save()
    assert len(boxes.texts) == 1
    assert load(map_file).meta.product == "mine"


def test_reload_chosen_at_save_does_not_save(window, map_file, boxes):
    edit(window, product="mine")
    change_on_disk(map_file, "theirs")
    boxes.answers = ["Reload"]
    assert not window.files.save()
    assert load(map_file).meta.product == "theirs"
    assert window.document.map.meta.product == "theirs"


def test_a_touch_is_not_a_change(window, map_file, boxes):
    st = map_file.stat()
    os.utime(map_file, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    window.disk_watch.check()
    assert boxes.texts == []


def test_our_own_saves_do_not_ask_and_stay_watched(window, map_file, boxes, qtbot, clock):
    watch = window.disk_watch
    for i in range(3):
        edit(window, product=f"save {i}")
        assert window.files.save()
        # the atomic rename ended the old watch; the path is watched again
        assert str(map_file.resolve()) in watch._watcher.files()
    # The watcher does report our renames (inotify, delivered by the event loop): its
    # signal arms the settle timer, and the check that follows asks nothing.
    qtbot.waitUntil(watch._timer.is_active, timeout=5000)
    clock.advance(0.2)
    assert not watch._timer.is_active()
    assert boxes.texts == []
    assert str(map_file.resolve()) in watch._watcher.files()
    assert not window.document.modified


def test_the_watcher_notices_another_program(window, map_file, boxes, qtbot):
    boxes.answers = ["Reload"]
    change_on_disk(map_file, "theirs")
    qtbot.waitUntil(lambda: window.document.map.meta.product == "theirs", timeout=5000)
    assert len(boxes.texts) == 1
    # ... and keeps watching after that program's atomic save ended the watch
    boxes.answers = ["Reload"]
    change_on_disk(map_file, "theirs again")
    qtbot.waitUntil(lambda: window.document.map.meta.product == "theirs again", timeout=5000)


def test_activating_the_window_checks(window, map_file, boxes, clock):
    window.disk_watch._watcher.removePaths(window.disk_watch._watcher.files())  # no watcher
    change_on_disk(map_file, "theirs")
    boxes.answers = ["Reload"]
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert boxes.texts == []  # not inside event delivery
    clock.advance(0)  # the next turn of the event loop
    assert len(boxes.texts) == 1
    assert window.document.map.meta.product == "theirs"


def test_a_file_deleted_on_disk_is_saved_again(window, map_file, boxes):
    edit(window, product="mine")
    map_file.unlink()
    window.disk_watch.check()
    assert boxes.texts == []
    assert window.files.save()
    assert load(map_file).meta.product == "mine"


def test_reloading_a_broken_file_keeps_ours(window, map_file, boxes, problems_shown):
    edit(window, product="mine")
    map_file.write_text('{"format": "cjmap", "version": 1', encoding="utf-8")
    boxes.answers = ["Reload"]
    window.disk_watch.check()
    assert problems_shown and "Traceback" not in problems_shown[0]
    assert window.document.map.meta.product == "mine"
    assert window.document.modified


def test_opening_an_open_file_focuses_its_window(manager, window, map_file, tmp_path):
    assert manager.open_path(map_file) is window
    link = tmp_path / "link.cjmap"
    link.symlink_to(map_file)
    assert manager.open_path(link) is window
    assert manager.open_path(str(map_file.parent / ".." / "maps" / "mapa.cjmap")) is window
    assert len(manager.windows) == 1
    copy = tmp_path / "copy.cjmap"
    shutil.copyfile(map_file, copy)
    assert manager.open_path(copy) is not window


def test_message_box_is_plain_text(window, map_file, boxes):
    change_on_disk(map_file, "x")
    boxes.answers = ["Reload"]
    window.disk_watch.check()
    assert boxes.formats == [Qt.TextFormat.PlainText]
