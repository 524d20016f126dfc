"""The "File changed on disk" box: Escape or closing it decides nothing, and Enter
(the default button) never throws unsaved edits away."""

from __future__ import annotations

from pathlib import Path

import pytest
from manual_clock import ManualClock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from cjeditor.app.disk_watch import FileStamp
from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import dumps, load, write_atomic


class Gestures:
    """QMessageBox.exec patched: the box is shown and the user answers it with a
    gesture: "Escape", "close" (the title bar's close button), "Enter", or the text
    of a button to click. Records what the box looked like."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.defaults: list[str | None] = []
        self.closed: list[bool] = []
        self.answers: list[str] = []

    def exec(self, box: QMessageBox) -> int:
        self.texts.append("\n".join([box.text(), box.informativeText()]))
        default = box.defaultButton()
        self.defaults.append(default.text().replace("&", "") if default is not None else None)
        answer = self.answers.pop(0) if self.answers else "Escape"
        box.show()
        if answer == "Escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        elif answer == "close":
            box.close()
        elif answer == "Enter":
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            for button in box.buttons():
                if button.text().replace("&", "") == answer:
                    button.click()
                    break
            else:
                raise AssertionError(f"no button {answer!r}")
        self.closed.append(not box.isVisible())
        box.hide()  # a box the gesture could not close: the test checks `closed`
        return 0


@pytest.fixture
def gestures(monkeypatch) -> Gestures:
    recorder = Gestures()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: recorder.exec(self))
    return recorder


@pytest.fixture
def window(manager, map_file):
    manager.clock = ManualClock()  # the watch's delayed check runs only when told
    win = manager.open_path(map_file)
    assert win is not None
    return win


def edit(window, product: str) -> None:
    push(window.document, EditMetaCommand(window.document, {"product": product}))


def change_on_disk(path: Path, product: str) -> None:
    """Another program saves the map (atomically)."""
    journey = load(path)
    journey = journey.model_copy(update={"meta": journey.meta.model_copy(
        update={"product": product})})
    write_atomic(path, dumps(journey).encode("utf-8"))


@pytest.mark.parametrize("gesture", ["Escape", "close"])
def test_dismissing_the_box_decides_nothing_and_saving_asks_again(window, map_file, gestures,
                                                                  gesture):
    before = window.disk_watch.stamp
    change_on_disk(map_file, "theirs")
    theirs = map_file.read_bytes()
    gestures.answers = [gesture]
    window.disk_watch.check()
    assert window.disk_watch.stamp == before  # the new file is not taken as known
    assert not window.document.modified  # the user edited nothing
    assert window.document.map.meta.product != "theirs"
    assert gestures.closed == [True]  # and the gesture does close the box
    # Ctrl+S: the before-save check sees the change and asks again
    gestures.answers = [gesture]
    assert not window.files.save()
    assert len(gestures.texts) == 2
    assert map_file.read_bytes() == theirs  # the other program's change survives


def test_escape_keeps_unsaved_edits_and_the_save_still_asks(window, map_file, gestures):
    edit(window, "mine")
    undo = window.document.undo_stack.count()
    change_on_disk(map_file, "theirs")
    gestures.answers = ["Escape"]
    window.disk_watch.check()
    assert window.disk_watch.stamp != FileStamp.of(map_file)  # nothing recorded
    assert window.document.modified
    assert window.document.map.meta.product == "mine"
    assert window.document.undo_stack.count() == undo
    assert window.document.undo_stack.canUndo()
    assert gestures.closed == [True]
    gestures.answers = ["Overwrite"]
    assert window.files.save()  # asked, and the user chose to overwrite
    assert len(gestures.texts) == 2
    assert load(map_file).meta.product == "mine"
    assert not window.document.modified


def test_an_undecided_change_is_not_asked_again_until_it_changes_again(window, map_file,
                                                                       gestures):
    change_on_disk(map_file, "theirs")
    gestures.answers = ["Escape"]
    window.disk_watch.check()
    window.disk_watch.check()  # e.g. the window is activated again when the box closes
    assert len(gestures.texts) == 1
    change_on_disk(map_file, "theirs again")
    gestures.answers = ["Reload"]
    window.disk_watch.check()
    assert len(gestures.texts) == 2
    assert window.document.map.meta.product == "theirs again"


def test_enter_with_unsaved_edits_does_not_reload(window, map_file, gestures):
    edit(window, "mine")
    undo = window.document.undo_stack.count()
    change_on_disk(map_file, "theirs")
    theirs = map_file.read_bytes()
    gestures.answers = ["Enter"]
    window.disk_watch.check()
    assert gestures.defaults[0] != "Reload"
    assert gestures.closed == [True]
    assert window.document.map.meta.product == "mine"  # the edit survives ...
    assert window.document.undo_stack.count() == undo  # ... and so does undo
    assert window.document.modified
    assert map_file.read_bytes() == theirs  # and theirs is not overwritten either
    gestures.answers = ["Overwrite"]
    assert window.files.save()  # nothing was decided: the save asks
    assert len(gestures.texts) == 2


def test_reload_stays_the_default_with_nothing_to_lose(window, map_file, gestures):
    change_on_disk(map_file, "theirs")
    gestures.answers = ["Enter"]
    window.disk_watch.check()
    assert gestures.defaults == ["Reload"]
    assert window.document.map.meta.product == "theirs"
    assert not window.document.modified
    assert window.disk_watch.stamp == FileStamp.of(map_file)
