"""`cjeditor --install-desktop` / `--uninstall-desktop` under a temporary XDG data home.

The autouse fixture of tests/conftest.py points HOME and XDG_DATA_HOME at temporary
folders: the real home is never touched.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cjeditor.app import desktop_install
from cjeditor.app.desktop_install import exec_quote
from cjeditor.cli import main

SIZES = desktop_install.ICON_SIZES


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "xdg data"  # a space, as in real homes
    monkeypatch.setenv("XDG_DATA_HOME", str(root))
    return root


def every_file(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} \
        if root.exists() else set()


def desktop_entry(root: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(root / "applications" / "cjeditor.desktop", encoding="utf-8")
    return parser


def unquote_exec(value: str) -> list[str]:
    """Split an Exec value as a desktop launcher does (string escapes, then quoting)."""
    text = value.replace("\\\\", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and i + 1 < len(text):
                current += text[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current += ch
        elif ch == '"':
            quoted, started = True, True
        elif ch == " ":
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += ch
        i += 1
    if started or current:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_install_puts_the_launcher_the_type_and_the_icons(data_home, capsys):
    assert main(["--install-desktop"]) == 0
    out = capsys.readouterr().out
    assert str(data_home) in out and "cjeditor.desktop" in out
    files = every_file(data_home)
    assert "applications/cjeditor.desktop" in files
    assert "mime/packages/cjeditor.xml" in files
    assert "icons/hicolor/scalable/apps/cjeditor.svg" in files
    for size in SIZES:
        png = data_home / f"icons/hicolor/{size}x{size}/apps/cjeditor.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        from PySide6.QtGui import QImage

        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() > 0  # drawn, not blank

    entry = desktop_entry(data_home)["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == "cjeditor"
    assert entry["MimeType"] == "application/x-cjmap;"
    assert entry["Name"] == "cjeditor"
    assert entry["GenericName[es]"] == "Editor de mapas del recorrido del cliente"
    # Exec launches this installation, with the file double-clicked.
    assert unquote_exec(entry["Exec"]) == [sys.executable, "-m", "cjeditor", "%f"]

    mime = ET.parse(data_home / "mime/packages/cjeditor.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [kind] = mime.findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-cjmap"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.cjmap"]


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="shared-mime-info is not installed")
def test_the_mime_database_knows_cjmap_after_install(data_home):
    assert main(["--install-desktop"]) == 0
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-cjmap:*.cjmap" in globs
    assert (data_home / "mime" / "application" / "x-cjmap.xml").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_the_installed_entry_is_valid(data_home):
    assert main(["--install-desktop"]) == 0
    result = subprocess.run(["desktop-file-validate",
                             str(data_home / "applications" / "cjeditor.desktop")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()
    odd = data_home / "odd.desktop"  # a home with a space, a quote and a dollar sign
    odd.write_text(desktop_install.desktop_entry(['/home/ana maría/$v/py"3', "-m", "cjeditor"]),
                   encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(odd)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-desktop-database") is None,
                    reason="desktop-file-utils is not installed")
def test_the_desktop_opens_cjmap_files_with_cjeditor(data_home):
    assert main(["--install-desktop"]) == 0
    cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-cjmap=cjeditor.desktop;" in cache


def test_uninstall_leaves_nothing(data_home, capsys):
    assert main(["--install-desktop"]) == 0
    assert main(["--uninstall-desktop"]) == 0
    assert every_file(data_home) == set()
    assert [p for p in data_home.rglob("*")] == []  # not even the folders it made
    assert "Removed" in capsys.readouterr().out


def test_uninstall_keeps_what_was_there_before(data_home):
    mine = data_home / "applications" / "other.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n",
                    encoding="utf-8")
    icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"not ours")
    before = every_file(data_home)
    assert main(["--install-desktop"]) == 0
    assert main(["--install-desktop"]) == 0  # twice: still one install
    assert main(["--uninstall-desktop"]) == 0
    left = every_file(data_home) - {"applications/mimeinfo.cache",
                                    "icons/hicolor/icon-theme.cache"}
    assert left == before
    assert not any("cjeditor" in name or "cjmap" in name for name in every_file(data_home))


def test_uninstall_without_an_install_says_so(data_home, capsys):
    assert main(["--uninstall-desktop"]) == 0
    assert "Nothing" in capsys.readouterr().out
    assert not (data_home / "applications").exists()


def test_absent_tools_are_said_never_an_error(data_home):
    report = desktop_install.install(data_home, ["cjeditor"], which=lambda name: None)
    assert any("skipped" in line and "update-mime-database" in line for line in report.lines)
    assert (data_home / "applications" / "cjeditor.desktop").is_file()
    failing = desktop_install.uninstall(
        data_home, runner=lambda *a, **k: (_ for _ in ()).throw(OSError("boom")),
        which=lambda name: f"/usr/bin/{name}")
    assert any("failed" in line for line in failing.lines)
    assert not (data_home / "applications" / "cjeditor.desktop").exists()


def test_default_data_home_is_under_home(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_install.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert desktop_install.data_home() == tmp_path / ".local" / "share"


def test_other_systems_get_a_clear_message_and_status_2(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert main(["--install-desktop"]) == 2
    err = capsys.readouterr().err
    assert "Linux" in err and "darwin" in err and "Traceback" not in err
    assert main(["--uninstall-desktop"]) == 2


def test_the_flags_take_no_file(capsys):
    assert main(["--install-desktop", "map.cjmap"]) == 2
    assert main(["--install-desktop", "--uninstall-desktop"]) == 2


def test_a_frozen_bundle_launches_its_own_program(monkeypatch, tmp_path):
    gui = tmp_path / "dist" / "cjeditor"
    gui.parent.mkdir()
    gui.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(gui.with_name("cjeditor-cli")))
    assert desktop_install.launch_command() == [str(gui)]


@pytest.mark.parametrize("argument", [
    "/usr/bin/python3", "/home/ana maría/.venv/bin/python", 'odd"quote', "back\\slash",
    "dollar$HOME", "100%", "`tick`",
])
def test_exec_arguments_are_quoted_as_the_spec_says(argument):
    assert unquote_exec(exec_quote(argument)) == [argument]


def test_a_failure_to_write_is_status_1_without_traceback(data_home, capsys):
    data_home.parent.mkdir(exist_ok=True)
    data_home.write_text("a file where the folder should be", encoding="utf-8")
    assert main(["--install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cjeditor: --install-desktop:") and "Traceback" not in err


def test_the_real_home_is_not_the_one_used():
    assert desktop_install.data_home() != Path(os.path.expanduser("~root")) / ".local/share"
    assert "pytest" in str(desktop_install.data_home())
