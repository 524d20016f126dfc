"""A map open in another editor: the lock file, the question, read-only, stale locks.

The "other editor" is a real second process that takes the map's lock (QLockFile) and
keeps running; killed with SIGKILL, its lock is stale and must not stand in the way.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from qt_support import flush_deletes

from cjeditor.app import already_open
from cjeditor.app.already_open import Choice, Holder
from cjeditor.app.i18n import install_translators
from cjeditor.commands import push
from cjeditor.commands.meta import EditMetaCommand

HOLDER = """
import sys
from cjeditor.app.already_open import acquire
print("locked" if acquire(sys.argv[1]) else "busy", flush=True)
sys.stdin.read()  # until the test closes our stdin (or kills us)
"""

PROBE = """
import sys
from cjeditor.app.already_open import other_holder
holder = other_holder(sys.argv[1])
print("free" if holder is None else f"held {holder.pid}", flush=True)
"""


@pytest.fixture
def map_path(tmp_path, example_map_path) -> Path:
    path = tmp_path / "mapa del cliente ñ.cjmap"
    shutil.copy(example_map_path, path)
    return path


def start_holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def other_editor(map_path):
    """A second process holding the map's lock, as a running cjeditor does."""
    proc = start_holder(map_path)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def probe(path: Path) -> str:
    """What another process sees about the map's lock."""
    return subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True,
                          text=True, timeout=60, check=True).stdout.strip()


def answer_with(label: str, seen: list[QMessageBox]) -> None:
    """Click the button `label` of the question box once it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box)
        box.setProperty("seen_text", box.text())
        box.setProperty("seen_buttons", [b.text() for b in box.buttons()])
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
        button.click()

    QTimer.singleShot(0, click)


def rename_meta(window) -> None:
    rename_meta_to(window, "otro")


def rename_meta_to(window, product: str) -> None:
    push(window.document, EditMetaCommand(window.document, {"product": product}))


# ------------------------------------------------------------------------ the lock
def test_a_second_process_sees_the_map_open_until_the_window_closes(manager, map_path):
    assert probe(map_path) == "free"
    window = manager.open_path(map_path)
    assert window is not None and not window.document.read_only
    assert already_open.holds(map_path)
    assert probe(map_path) == f"held {os.getpid()}"
    # Any spelling of the path is the same map.
    assert already_open.lock_path(map_path.parent / "." / map_path.name) == \
        already_open.lock_path(map_path)
    window.close()
    flush_deletes()
    assert not already_open.holds(map_path)
    assert not already_open.lock_path(map_path).exists()
    assert probe(map_path) == "free"


def test_within_one_process_the_window_that_has_the_map_comes_forward(manager, map_path):
    first = manager.open_path(map_path)
    again = manager.open_path(map_path)  # no question: this editor is not "another one"
    assert again is first and manager.windows == [first]


def test_a_held_lock_is_reported_with_its_time(other_editor, map_path):
    holder = already_open.other_holder(map_path)
    assert holder is not None and holder.pid == other_editor.pid
    assert holder.since is not None
    assert not already_open.acquire(map_path)


def test_a_killed_editor_does_not_block_the_map(other_editor, manager, map_path):
    assert probe(map_path).startswith("held")
    other_editor.send_signal(signal.SIGKILL)
    other_editor.wait()
    assert already_open.lock_path(map_path).exists()  # the dead editor's file is still there
    assert already_open.other_holder(map_path) is None
    window = manager.open_path(map_path)  # no question asked (it would block the test)
    assert window is not None and not window.document.read_only
    assert already_open.holds(map_path)


def test_an_editor_that_closed_normally_leaves_no_lock(other_editor, map_path):
    assert other_editor.stdin is not None
    other_editor.stdin.close()  # the holder ends normally: its QLockFile is unlocked
    other_editor.wait(timeout=30)
    assert already_open.other_holder(map_path) is None


# -------------------------------------------------------------------- the question
def test_the_question_names_the_map_and_the_time(app, other_editor, map_path):
    holder = already_open.other_holder(map_path)
    assert holder is not None
    box = already_open.question_box(map_path.name, holder)
    try:
        hhmm = holder.since.strftime("%H:%M") if holder.since else "?"
        assert box.text() == (f"“{map_path.name}” is already open in another cjeditor "
                              f"window (since {hhmm}).")
        assert {b.text() for b in box.buttons()} == {"Open read-only", "Open anyway", "Cancel"}
        assert box.defaultButton().text() == "Open read-only"
    finally:
        box.deleteLater()
        flush_deletes()


def test_since_shows_the_date_when_not_today():
    from datetime import datetime

    now = datetime(2026, 11, 29, 10, 0)
    assert already_open.since_text(datetime(2026, 11, 29, 8, 5), now) == "08:05"
    assert already_open.since_text(datetime(2026, 11, 28, 18, 30), now) == "2026-11-28 18:30"


def test_cancel_opens_nothing(other_editor, manager, map_path):
    seen: list[QMessageBox] = []
    answer_with("Cancel", seen)
    assert manager.open_path(map_path) is None
    assert seen and manager.windows == []
    assert map_path.name in seen[0].property("seen_text")


def test_read_only_refuses_edits_and_save_as_makes_an_editable_copy(
        other_editor, manager, map_path, tmp_path, monkeypatch):
    seen: list[QMessageBox] = []
    answer_with("Open read-only", seen)
    window = manager.open_path(map_path)
    assert seen and window is not None
    doc = window.document
    assert doc.read_only
    assert "(read-only)" in window.windowTitle()
    assert not window.actions.save.isEnabled() and window.actions.save_as.isEnabled()
    before = map_path.read_bytes()
    with pytest.raises(ValueError, match="read-only"):
        rename_meta(window)
    assert doc.undo_stack.count() == 0 and not doc.modified
    assert doc.map.meta.product != "otro"
    # Saving onto the file the other editor has is refused, even through Save As.
    errors: list[str] = []
    monkeypatch.setattr(window.files, "_error", errors.append)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(map_path), ""))
    assert not window.files.save()  # Save is Save As here
    assert errors and map_path.read_bytes() == before
    copy = tmp_path / "copia.cjmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.files.save_as()
    assert copy.exists() and map_path.read_bytes() == before
    assert not doc.read_only and doc.path == copy.resolve()
    assert "(read-only)" not in window.windowTitle()
    assert window.actions.save.isEnabled()
    assert already_open.holds(copy) and not already_open.holds(map_path)
    rename_meta(window)  # an ordinary map now
    assert doc.modified and doc.map.meta.product == "otro"


def test_open_anyway_gives_an_editable_map_without_taking_the_lock(other_editor, manager,
                                                                   map_path):
    seen: list[QMessageBox] = []
    answer_with("Open anyway", seen)
    window = manager.open_path(map_path)
    assert seen and window is not None
    assert not window.document.read_only and "(read-only)" not in window.windowTitle()
    assert not already_open.holds(map_path)  # still the other editor's
    rename_meta(window)
    assert window.document.modified
    assert window.files.save()
    assert not already_open.holds(map_path)  # the other editor still has it
    other_editor.send_signal(signal.SIGKILL)
    other_editor.wait()
    rename_meta_to(window, "otro más")
    assert window.files.save()
    assert already_open.holds(map_path)  # gone: saving took the lock


def test_a_read_only_map_can_replace_the_untouched_start_window(other_editor, manager,
                                                                map_path):
    start = manager.new_map("blank", "es")
    seen: list[QMessageBox] = []
    answer_with("Open read-only", seen)
    window = manager.open_path(map_path, reuse=start)
    assert window is start and start.document.read_only
    assert "(read-only)" in start.windowTitle()


def test_the_question_is_in_spanish(app, other_editor, map_path, output_dir):
    install_translators(app, "es")
    try:
        holder = already_open.other_holder(map_path)
        assert isinstance(holder, Holder)
        box = already_open.question_box(map_path.name, holder)
        assert box.text().startswith(f"«{map_path.name}» ya está abierto en otra ventana")
        assert {"Abrir solo lectura", "Abrir de todos modos"} <= {b.text()
                                                                  for b in box.buttons()}
        box.show()
        box.grab().save(str(output_dir / "already_open_es.png"))
        box.deleteLater()
        flush_deletes()
    finally:
        install_translators(app, "en")


def test_choice_of_an_unanswered_box_is_cancel(app):
    box = already_open.question_box("x.cjmap", Holder(1, None))
    try:
        assert already_open.choice_of(box) is Choice.CANCEL
    finally:
        box.deleteLater()
        flush_deletes()


def test_a_read_only_window_looks_read_only_until_save_as(other_editor, manager, map_path,
                                                           tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    seen: list[QMessageBox] = []
    answer_with("Open read-only", seen)
    window = manager.open_path(map_path)
    look = window.findChild(already_open.ReadOnlyLook)
    assert look is not None and look.mark.text() == "Read-only"
    assert not window.palette.isEnabled()
    normal = manager.new_map("blank", "es")  # which brief fields are read-only anyway
    always = [field.isReadOnly() for field in normal.brief.findChildren(QLineEdit)
              + normal.brief.findChildren(QPlainTextEdit)]
    normal.close()
    brief_fields = window.brief.findChildren(QLineEdit) + window.brief.findChildren(
        QPlainTextEdit)
    assert len(brief_fields) == len(always) > 3
    assert all(field.isReadOnly() for field in brief_fields)
    card = window.document.map.lanes[1].cards[0].id
    window.view.select_ids([card])  # the properties dock builds new fields: locked too
    flush_deletes()
    fields = window.properties.findChildren(QLineEdit)
    assert fields and all(field.isReadOnly() for field in fields)

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "mía.cjmap"), ""))
    assert window.files.save_as()
    flush_deletes()
    assert window.findChild(already_open.ReadOnlyLook) is None
    assert window.palette.isEnabled()
    assert [field.isReadOnly() for field in brief_fields] == always
    window.view.select_ids([card])
    fields = window.properties.findChildren(QLineEdit)
    assert any(not field.isReadOnly() for field in fields)  # the card's title, at least
    assert not any(field.property("cjeditor_read_only_field") for field in fields)


def test_a_refused_choice_in_a_read_only_window_shows_the_maps_value_again(manager,
                                                                           map_path):
    """Lists in the docks are not locked (some only change the screen), so a choice
    that would edit the map is refused and the list shows the map's value again."""
    window = manager.open_path(map_path)
    already_open.set_read_only(window)
    before = window.document.map.model_dump_json()
    for editor in (window.brief.state, window.brief.language):
        combo = editor.widget
        shown = combo.currentIndex()
        other = (shown + 1) % combo.count()
        combo.setCurrentIndex(other)
        combo.activated.emit(other)  # as a person picking it
        QApplication.processEvents()
        assert combo.currentIndex() == shown
    assert window.document.map.model_dump_json() == before
    assert "read-only" in window.statusBar().currentMessage()
    window.document.set_clean()
    window.close()
    flush_deletes()
