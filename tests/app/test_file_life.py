"""The life of a map's file in the window: a read-only file, a file deleted while open,
the save-error details, a dropped map, Save As names, the recent menu, the .bak, and
a map made with New (real files, real Qt, dialogs answered by patched exec())."""

from __future__ import annotations

import errno
import os
import stat

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cjeditor.app import save_errors
from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.dialogs.new_map import NewMapDialog
from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import load
from cjeditor.templates import list_templates


class Boxes:
    """QMessageBox.exec patched: records text and details, answers from a queue."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.details: list[str] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def exec(self, box: QMessageBox) -> int:
        self.texts.append("\n".join([box.text(), box.informativeText()]))
        self.details.append(box.detailedText())
        answer = self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Cancel
        return int(answer.value)


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: recorder.exec(self))
    return recorder


def edit(window, **fields) -> None:
    push(window.document, EditMetaCommand(window.document, fields))


def save_as_answers(monkeypatch, *names) -> None:
    queue = [str(name) for name in names]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (queue.pop(0) if queue else "", ""))


# ------------------------------------------------------------ F2 read-only file
@pytest.fixture
def read_only_file(map_file):
    map_file.chmod(0o444)  # chmod a-w; the folder stays writable
    yield map_file
    map_file.chmod(0o644)


def test_a_read_only_file_is_shown_so_and_save_refuses(manager, read_only_file, boxes,
                                                       monkeypatch, tmp_path):
    before = read_only_file.read_bytes()
    window = manager.open_path(read_only_file)
    assert window.windowTitle() == "mapa.cjmap (read-only)[*] — cjeditor"
    assert not window.document.read_only  # editable: the editor lock's mode is another
    edit(window, product="changed")
    assert not window.files.save()  # Cancel: nothing written
    assert "not allowed to write there" in boxes.texts[-1]
    assert "Save the map under another name" in boxes.texts[-1]
    assert read_only_file.read_bytes() == before
    assert not read_only_file.with_name("mapa.cjmap.bak").exists()
    assert window.document.modified
    other = tmp_path / "copia.cjmap"  # "Save As…" chosen: saved elsewhere
    boxes.answers = [QMessageBox.StandardButton.Save]
    save_as_answers(monkeypatch, other)
    assert window.files.save()
    assert load(other).meta.product == "changed"
    assert read_only_file.read_bytes() == before
    assert window.windowTitle() == "copia.cjmap[*] — cjeditor"


def test_made_read_only_while_open_shows_at_the_next_check(manager, map_file, boxes):
    window = manager.open_path(map_file)
    assert "(read-only)" not in window.windowTitle()
    map_file.chmod(0o444)
    try:
        window.disk_watch.check()  # the watch saw the attributes change, or activation
        assert "(read-only)" in window.windowTitle()
    finally:
        map_file.chmod(0o644)
    window.disk_watch.check()
    assert "(read-only)" not in window.windowTitle()


# ------------------------------------------------------- F3 deleted while open
def test_a_deleted_file_marks_the_map_unsaved_and_closing_asks(manager, map_file, boxes):
    window = manager.open_path(map_file)
    assert not window.document.modified
    map_file.unlink()  # another program deletes (or renames) it
    window.disk_watch.check()
    assert window.document.modified and window.isWindowModified()
    assert "was deleted or moved by another program" in window.statusBar().currentMessage()
    assert not window.close()  # asked; Cancel keeps the window
    assert "Save the changes to “mapa.cjmap”" in boxes.texts[-1]
    assert window.files.save()  # written back
    assert load(map_file).meta.title == window.document.map.meta.title
    assert not window.document.modified


# ---------------------------------------------------------- F5 error details
def test_save_error_details_are_in_the_interface_language(manager, tmp_path, boxes,
                                                          monkeypatch):
    window = manager.new_map("blank", "es", "Mapa")
    missing = tmp_path / "no-existe" / "m.cjmap"
    save_as_answers(monkeypatch, missing)
    assert not window.files.save_as()
    detail = boxes.details[-1]
    assert detail.splitlines() == [
        str(missing), "The folder does not exist any more (was it moved, deleted or "
        "unplugged?).", "ENOENT"]
    assert "cannot write" not in detail


def test_save_error_details_in_spanish(app):
    from cjeditor.app.i18n import install_translators

    install_translators(app, "es")
    error = OSError(errno.EACCES, "Permission denied")
    assert save_errors.details("/m.cjmap", error).splitlines() == [
        "/m.cjmap", "No tiene permiso para escribir ahí (la carpeta o el archivo son de "
        "solo lectura).", "EACCES"]


# ------------------------------------------------------------- F6 dropped map
def test_a_dropped_map_opens_after_the_drop_returns(manager, example_window, tmp_path,
                                                    monkeypatch, qtbot):
    broken = tmp_path / "roto.cjmap"
    broken.write_text("{", encoding="utf-8")
    inside: list[bool] = []
    dropping = [False]

    def fake_exec(self):
        inside.append(dropping[0])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(broken))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    dropping[0] = True
    example_window.dropEvent(event)
    dropping[0] = False
    assert event.isAccepted()
    qtbot.waitUntil(lambda: inside != [])
    assert inside == [False]  # the box came after dropEvent returned


# ------------------------------------------------------------------ F7 names
def test_save_as_a_name_ending_in_a_dot(manager, tmp_path, boxes, monkeypatch):
    window = manager.new_map("blank", "es", "Mapa")
    save_as_answers(monkeypatch, tmp_path / "mapa.")
    assert window.files.save_as()
    assert (tmp_path / "mapa.cjmap").is_file()
    assert not (tmp_path / "mapa..cjmap").exists()


def test_save_as_onto_a_folder_is_refused_not_replaced(manager, tmp_path, boxes,
                                                       monkeypatch):
    folder = tmp_path / "carpeta.cjmap"
    folder.mkdir()
    window = manager.new_map("blank", "es", "Mapa")
    save_as_answers(monkeypatch, tmp_path / "carpeta")
    assert not window.files.save_as()
    assert len(boxes.texts) == 1 and "Replace it?" not in boxes.texts[0]
    assert "A folder with that name is in the way." in boxes.texts[0]
    assert folder.is_dir() and not any(folder.iterdir())


def test_the_tenth_recent_map_keeps_its_ampersand(manager, example_window, tmp_path):
    names = [f"m{i}.cjmap" for i in range(9, 0, -1)]
    for name in ["r1&x.cjmap", *names]:  # the first one added ends last (10th)
        path = tmp_path / name
        path.write_text("{}", encoding="utf-8")
        manager.add_recent(path)
    texts = [a.text() for a in example_window.actions.recent_menu.actions() if a.text()]
    assert texts[0] == "&1 m1.cjmap"
    assert texts[9] == "r1&&x.cjmap"  # shown as "r1&x.cjmap", no mnemonic


def test_a_second_save_without_changes_keeps_the_real_backup(manager, map_file):
    original = map_file.read_bytes()
    manager.settings.keep_backup = True
    window = manager.open_path(map_file)
    edit(window, product="first edit")
    assert window.files.save()
    bak = map_file.with_name("mapa.cjmap.bak")
    assert bak.read_bytes() == original
    assert window.files.save()  # Ctrl+S again, nothing changed
    assert bak.read_bytes() == original  # still the real previous version
    edit(window, product="second edit")
    assert window.files.save()
    assert load(bak).meta.product == "first edit"


# ------------------------------------------------------------------ F8 New
def test_a_map_made_with_new_is_not_replaced_by_the_next_new(manager, monkeypatch):
    def fake_exec(self):
        self.templates.setCurrentRow(
            [info.name for info in list_templates()].index("moments-of-truth"))
        self.title_edit.setText("Mi mapa <b>nuevo</b> & más")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMapDialog, "exec", fake_exec)
    start = manager.new_map("blank", "es")
    assert start.is_pristine()
    start.files.new()
    assert manager.windows == [start]  # the untouched start window took it
    assert start.document.map.meta.title == "Mi mapa <b>nuevo</b> & más"
    assert not start.is_pristine()  # chosen on purpose
    start.files.new()
    assert len(manager.windows) == 2
    assert start.document.map.meta.title == "Mi mapa <b>nuevo</b> & más"
    assert not manager.windows[1].is_pristine()


def test_file_read_only_is_false_for_writable_and_missing_files(tmp_path):
    from cjeditor.app.files import file_read_only

    path = tmp_path / "m.cjmap"
    assert not file_read_only(path)
    path.write_text("{}", encoding="utf-8")
    assert not file_read_only(path)
    os.chmod(path, stat.S_IRUSR)
    assert file_read_only(path)
    assert not file_read_only(tmp_path)  # a folder: not this check's business
