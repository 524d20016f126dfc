"""Safe saves: a failed save explains itself, keeps the old file and the map, offers Save As.

Tests run as root, where a read-only folder does not stop writes, so failures are
simulated: os.replace / os.fsync raising, a folder in the way, a folder gone.
"""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import load

SAVE_AS = QMessageBox.StandardButton.Save  # the failure box's "Save As…" button
CANCEL = QMessageBox.StandardButton.Cancel


def edit(window, **fields) -> None:
    push(window.document, EditMetaCommand(window.document, fields))


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def failing_replace(monkeypatch, map_file):
    """os.replace over the map fails (the backup's own rename still works)."""
    real = os.replace
    failure = {"errno": errno.ENOSPC}

    def replace(src, dst, *args, **kwargs):
        if os.path.realpath(dst) == os.path.realpath(map_file):
            raise OSError(failure["errno"], os.strerror(failure["errno"]))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return failure


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "The disk is full."),
    (errno.EACCES, "You are not allowed to write there"),
    (errno.EROFS, "The disk is read-only."),
])
def test_failed_rename_keeps_file_and_map(window, map_file, boxes, failing_replace, code,
                                          words):
    failing_replace["errno"] = code
    before = map_file.read_bytes()
    edit(window, product="not saved")
    boxes.answers = [CANCEL]
    assert not window.files.save()
    [text] = boxes.texts
    assert "“mapa.cjmap” could not be saved." in text and words in text
    assert "The file on disk was not changed" in text
    assert "Traceback" not in text
    assert boxes.formats == [Qt.TextFormat.PlainText]
    assert map_file.read_bytes() == before
    assert window.document.modified and window.isWindowModified()
    assert window.document.map.meta.product == "not saved"
    assert window.document.map.meta.modified == load(map_file).meta.modified  # restored
    assert leftovers(map_file.parent) == []


def test_failed_fsync_keeps_the_old_file(window, map_file, boxes, monkeypatch):
    def fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync)
    before = map_file.read_bytes()
    edit(window, product="not saved")
    boxes.answers = [CANCEL]
    assert not window.files.save()
    assert "input/output error" in boxes.texts[0]
    assert map_file.read_bytes() == before
    assert window.document.modified
    assert leftovers(map_file.parent) == []


def test_save_as_is_offered_and_works(window, map_file, boxes, failing_replace, monkeypatch,
                                      tmp_path):
    other = tmp_path / "elsewhere" / "copia.cjmap"
    other.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    before = map_file.read_bytes()
    edit(window, product="saved elsewhere")
    boxes.answers = [SAVE_AS]
    assert window.files.save()
    assert load(other).meta.product == "saved elsewhere"
    assert map_file.read_bytes() == before
    assert window.document.path == other.resolve()
    assert not window.document.modified


def test_a_folder_in_the_way(window, boxes, monkeypatch, tmp_path):
    blocker = tmp_path / "blocked.cjmap"
    blocker.mkdir()
    (blocker / "keep.txt").write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker), ""))
    edit(window, product="x")
    boxes.answers = [CANCEL]
    assert not window.files.save_as()
    assert "A folder with that name is in the way." in boxes.texts[0]
    assert blocker.is_dir() and (blocker / "keep.txt").read_text() == "x"
    assert window.document.modified


def test_the_folder_is_gone(window, map_file, boxes):
    edit(window, product="x")
    shutil.rmtree(map_file.parent)
    boxes.answers = [CANCEL]
    assert not window.files.save()
    assert "The folder does not exist any more" in boxes.texts[0]
    assert window.document.modified and window.document.map.meta.product == "x"


def test_failed_save_at_close_keeps_the_window(window, map_file, boxes, failing_replace,
                                               manager):
    edit(window, product="x")
    boxes.answers = [QMessageBox.StandardButton.Save, CANCEL]  # save at close; it fails
    assert not window.close()
    assert manager.windows == [window]
    assert window.document.modified


def test_previous_version_kept_as_bak(window, map_file):
    before = map_file.read_bytes()
    edit(window, product="first")
    assert window.files.save()
    bak = map_file.with_name("mapa.cjmap.bak")
    assert bak.read_bytes() == before
    edit(window, product="second")
    saved_first = map_file.read_bytes()
    assert window.files.save()
    assert bak.read_bytes() == saved_first
    assert load(map_file).meta.product == "second"


def test_no_bak_when_the_setting_is_off(window, map_file, settings):
    settings.keep_backup = False
    edit(window, product="first")
    assert window.files.save()
    assert not map_file.with_name("mapa.cjmap.bak").exists()


def test_permissions_are_kept(window, map_file):
    os.chmod(map_file, 0o640)
    edit(window, product="x")
    assert window.files.save()
    assert map_file.stat().st_mode & 0o777 == 0o640


def test_an_unusual_system_reason_is_in_the_interface_language(qapp):
    """Errors with no sentence of their own give the system's reason in English, and a
    Spanish phrase (with the error's name) in Spanish, never the system's English."""
    from cjeditor.app import save_errors
    from cjeditor.app.i18n import install_translators

    busy = OSError(errno.ETXTBSY, "Text file busy")
    install_translators(qapp, "en")
    assert save_errors.reason(busy) == "Text file busy."
    try:
        install_translators(qapp, "es")
        assert save_errors.reason(busy) == "El archivo está en uso por un programa."
        rare = save_errors.reason(OSError(errno.EREMOTEIO, "Remote I/O error"))
        assert "Remote" not in rare and "EREMOTEIO" in rare and rare.endswith(".")
        assert "disco está lleno" in save_errors.reason(OSError(errno.ENOSPC, "No space"))
    finally:
        install_translators(qapp, "en")
