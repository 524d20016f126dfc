"""`cjeditor validate`, `export` and every other command but the editor never start Qt
(architecture.md, layers: they must work on a server with no display).

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


EXAMPLE_ARG = str(EXAMPLE)
COMMANDS = {  # id: (arguments, exit statuses that mean "it ran", the file it writes)
    "validate": (("validate", EXAMPLE_ARG), {0}, None),
    "pdf": (("export", EXAMPLE_ARG, "-o", "poster.pdf"), {0}, "poster.pdf"),
    "tiles": (("export", EXAMPLE_ARG, "-o", "tiles.pdf", "--tile", "A4"), {0}, "tiles.pdf"),
    "story": (("export", EXAMPLE_ARG, "-o", "story.pdf", "--story"), {0}, "story.pdf"),
    "png": (("export", EXAMPLE_ARG, "-o", "poster.png", "--dpi", "30"), {0}, "poster.png"),
    "svg": (("export", EXAMPLE_ARG, "-o", "poster.svg"), {0}, "poster.svg"),
    "html": (("export", EXAMPLE_ARG, "-o", "map.html"), {0}, "map.html"),
    "csv": (("export", EXAMPLE_ARG, "-o", "cards.csv"), {0}, "cards.csv"),
    "xlsx": (("export", EXAMPLE_ARG, "-o", "cards.xlsx"), {0}, "cards.xlsx"),
    "mermaid": (("export", EXAMPLE_ARG, "-o", "journey.mmd"), {0}, "journey.mmd"),
    "check": (("check", EXAMPLE_ARG), {0, 1}, None),  # 1: a key is not ok
    "diff": (("diff", EXAMPLE_ARG, EXAMPLE_ARG), {0}, None),
    "compare": (("compare", EXAMPLE_ARG, EXAMPLE_ARG, "-o", "compare.pdf"), {0}, "compare.pdf"),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_headless_commands_load_no_qt(tmp_path, name):
    args, statuses, output = COMMANDS[name]
    result, modules = run_headless(*args, cwd=tmp_path)
    assert result.returncode in statuses, messages(result.stderr)
    assert "Traceback" not in result.stderr
    assert "cjeditor.cli" in modules and "cjeditor.fileio" in modules  # the map was read
    if output is not None:
        assert (tmp_path / output).stat().st_size > 0
    qt = sorted(m for m in modules if m.split(".")[0] in QT_ROOTS)
    assert not qt, f"{name} imported Qt: {qt}"
    assert not any(m.startswith("cjeditor.app") for m in modules)


def test_import_loads_no_qt(tmp_path):
    made, _ = run_headless("export", EXAMPLE_ARG, "-o", "cards.xlsx", cwd=tmp_path)
    assert made.returncode == 0, messages(made.stderr)
    result, modules = run_headless("import", "cards.xlsx", "-o", "back.cjmap", cwd=tmp_path)
    assert result.returncode == 0, messages(result.stderr)
    assert (tmp_path / "back.cjmap").stat().st_size > 0
    assert not [m for m in modules if m.split(".")[0] in QT_ROOTS]


def test_the_check_sees_qt_when_it_is_imported(tmp_path):
    """The parser above is not blind: a process that does import Qt is caught."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import PySide6.QtCore"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, messages(result.stderr)
    assert {"PySide6", "PySide6.QtCore"} <= imported_modules(result.stderr)
