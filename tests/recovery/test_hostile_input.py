"""Hostile files: refusals shown as plain text, images bounded, no unsafe code paths."""

from __future__ import annotations

import ast
import base64
import json
import re
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QLabel

from cjeditor.app.dialogs.load_problems import LoadProblemsDialog

PACKAGE = Path(__file__).resolve().parents[2] / "cjeditor"
HOSTILE = '<b>x</b><img src="file:///etc/passwd">'

FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "urllib",
                     "urllib3", "socket", "requests", "http", "ftplib", "smtplib", "telnetlib",
                     "xmlrpc", "subprocess", "ctypes", "PySide6.QtNetwork"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
# A forbidden module allowed in one file, with the reason: nothing a map holds reaches it.
ALLOWED_IMPORTS = {
    # `cjeditor --install-desktop` runs the desktop's cache tools (update-mime-database,
    # update-desktop-database, gtk-update-icon-cache), found by shutil.which, with fixed
    # arguments; never from the editor and never with a map's content.
    ("cjeditor/app/desktop_install.py", "subprocess"),
    # The PNG export hands pdfium a view of our own scanline buffer (sized by us from the
    # page size and dpi, checked against the bitmap pdfium asks for) to draw into; no
    # pointer comes from a map.
    ("cjeditor/export/png.py", "ctypes"),
    # The shipped fonts' parse is read back with marshal from the package's own resource
    # files (resources/fonts/*.parsed, made by `make fonts`), checked by CRC-32 and by what
    # they were made from; never from a map or any file a user names.
    ("cjeditor/layout/parsed_fonts.py", "marshal"),
}
# The words of the issue, as text: `exec(` not preceded by "." (dialog.exec() is Qt's).
FORBIDDEN_TEXT = re.compile(r"\bpickle\b|(?<![\w.])eval\(|(?<![\w.])exec\(|\burllib\b"
                            r"|\bsocket\b|\brequests\b")


def python_files() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 30
    return files


def test_no_pickle_eval_exec_or_network_in_the_package():
    offenders = []
    for path in python_files():
        source = path.read_text(encoding="utf-8")
        rel = path.relative_to(PACKAGE.parent)
        for number, line in enumerate(source.splitlines(), start=1):
            if FORBIDDEN_TEXT.search(line):
                offenders.append(f"{rel}:{number}: {line.strip()}")
        for node in ast.walk(ast.parse(source, filename=str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if (str(rel), name) in ALLOWED_IMPORTS:
                    continue
                if any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES):
                    offenders.append(f"{rel}:{node.lineno}: imports {name}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in FORBIDDEN_CALLS:
                offenders.append(f"{rel}:{node.lineno}: calls {node.func.id}()")
    assert offenders == []


def test_image_allocation_limit_is_set_at_start(app):
    assert QImageReader.allocationLimit() == 256


def _png(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height, with one tiny compressed row."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def test_a_huge_image_is_refused_before_decoding(manager, tmp_path, example_map_path,
                                                 problems_shown):
    data = json.loads(example_map_path.read_text(encoding="utf-8"))
    data["assets"] = [{"id": "a-big", "media_type": "image/png",
                       "data": base64.b64encode(_png(60000, 60000)).decode("ascii")}]
    path = tmp_path / "bomb.cjmap"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert manager.open_path(path) is None
    assert "pixels" in problems_shown[0] or "megapixel" in problems_shown[0]


# Qt's refusal is what this test is about: its warning is expected, and checked below.
@pytest.mark.qt_log_ignore("QImageIOHandler: Rejecting image as it exceeds")
def test_an_image_over_qt_limit_is_not_decoded(app, qtlog):
    """Even outside the model's checks, Qt refuses to allocate a huge image."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(_png(20000, 20000)))  # 1.6 GB of pixels
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    assert reader.read().isNull()
    assert any("exceeds the current allocation limit" in record.message
               for record in qtlog.records)


def test_refused_file_dialog_is_plain_text(manager, tmp_path, example_map_path,
                                           problems_shown):
    data = json.loads(example_map_path.read_text(encoding="utf-8"))
    data["lanes"][0]["cards"][0][HOSTILE] = 1  # an unknown key: named in the problem
    path = tmp_path / (HOSTILE.replace("/", "_") + ".cjmap")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert manager.open_path(path) is None
    text = problems_shown[0]
    assert HOSTILE.replace("/", "_") in text and HOSTILE in text
    assert "Traceback" not in text
    dialog = LoadProblemsDialog(path, [HOSTILE])
    try:
        for label in dialog.findChildren(QLabel):
            if label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText
        assert dialog.details.toPlainText() == HOSTILE  # a QPlainTextEdit
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("content", [
    b"", b"\x00" * 100, b"\xff\xfe{}", b"[]" * 10, b"{" * 5000 + b"}" * 5000,
    b'{"format": "cjmap", "version": 99999999999999999999999999}',
    b'{"format": "cjmap", "version": 1, "meta": NaN}',
    b'{"format": "cjmap", "version": 0}',
    ("9" * 100000).encode(),
])
def test_nasty_files_are_refused_with_plain_problems(manager, tmp_path, problems_shown,
                                                     content):
    path = tmp_path / "nasty.cjmap"
    path.write_bytes(content)
    assert manager.open_path(path) is None
    assert len(problems_shown) == 1
    assert "Traceback" not in problems_shown[0]
    assert manager.windows == []


def test_a_folder_fifo_or_device_named_like_a_map(manager, tmp_path, problems_shown):
    """A FIFO would block the reader forever and /dev/zero would feed it 100 MB."""
    import os

    folder = tmp_path / "folder.cjmap"
    folder.mkdir()
    fifo = tmp_path / "fifo.cjmap"
    os.mkfifo(fifo)
    device = tmp_path / "zero.cjmap"
    device.symlink_to("/dev/zero")
    for path in (folder, fifo, device):
        assert manager.open_path(path) is None
    assert len(problems_shown) == 3
    assert "folder" in problems_shown[0]
    assert "not a regular file" in problems_shown[1]
    assert "not a regular file" in problems_shown[2]
