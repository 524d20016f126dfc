"""`cjeditor validate` and `cjeditor export` never start Qt (architecture.md, layers).

import-linter checks the imports it can see (pyproject.toml [tool.importlinter]); this
checks what a real process loads, through the real entry point (`python -m cjeditor`),
with `-X importtime` listing every module imported, lazily or not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "resources" / "examples" / "zapatillas-running.cjmap"
QT_ROOTS = ("PySide6", "shiboken6")


def imported_modules(importtime_stderr: str) -> set[str]:
    """Module names from `-X importtime` lines: `import time: self | cumulative | name`."""
    names = set()
    for line in importtime_stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":  # the header line
                names.add(name)
    return names


def messages(importtime_stderr: str) -> str:
    """What the command itself printed on stderr, without the import-time lines."""
    return "\n".join(line for line in importtime_stderr.splitlines()
                     if not line.startswith("import time:"))


def run_headless(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # a bare server
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "cjeditor", *args],
                            capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
    return result, imported_modules(result.stderr)


@pytest.mark.parametrize("args", [
    ("validate", str(EXAMPLE)),
    ("export", str(EXAMPLE), "-o", "poster.pdf"),
    ("export", str(EXAMPLE), "-o", "poster.pdf", "--tile", "A4"),
    ("export", str(EXAMPLE), "-o", "poster.png", "--dpi", "30"),
    ("export", str(EXAMPLE), "-o", "poster.svg"),
], ids=["validate", "pdf", "tiles", "png", "svg"])
def test_validate_and_export_load_no_qt(tmp_path, args):
    result, modules = run_headless(*args, cwd=tmp_path)
    assert result.returncode == 0, messages(result.stderr)
    assert "cjeditor.cli" in modules and "cjeditor.fileio" in modules  # the parse worked
    if args[0] == "export":
        assert (tmp_path / args[3]).stat().st_size > 0
        assert "cjeditor.export" in modules
    qt = sorted(m for m in modules if m.split(".")[0] in QT_ROOTS)
    assert not qt, f"{args[0]} imported Qt: {qt}"
    assert not any(m.startswith("cjeditor.app") for m in modules)


def test_the_check_sees_qt_when_it_is_imported(tmp_path):
    """The parser above is not blind: a process that does import Qt is caught."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import PySide6.QtCore"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, messages(result.stderr)
    assert {"PySide6", "PySide6.QtCore"} <= imported_modules(result.stderr)
