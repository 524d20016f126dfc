"""Shared test set-up: Qt offscreen, no test touches the real home folder."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_MAP = REPO / "resources" / "examples" / "zapatillas-running.cjmap"
OUTPUT = REPO / "tests" / "output"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point platformdirs (XDG) and HOME at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / sub
        path.mkdir(mode=0o700)
        monkeypatch.setenv(var, str(path))
    return home


@pytest.fixture(autouse=True)
def _collector_as_found():
    """create_application sets the editor's garbage-collector policy for the whole
    process (app/collector.py); each test leaves the thresholds as it found them, so
    the documents other tests make (owned by no window) are collected as in a plain
    process. (Left to the collector with commands on its undo stack, a document owned
    by Python can crash it under the editor's policy: the editor's are owned by their
    windows.)"""
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)


@pytest.fixture
def example_map_path() -> Path:
    return EXAMPLE_MAP


@pytest.fixture
def map_file(tmp_path, example_map_path) -> Path:
    """A writable copy of the example map, in a folder of its own."""
    target = tmp_path / "maps" / "mapa.cjmap"
    target.parent.mkdir()
    shutil.copyfile(example_map_path, target)
    return target


@pytest.fixture
def output_dir() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture(autouse=True, scope="session")
def _clear_clipboard_at_exit():
    """Qt deletes clipboard data after Python has gone at exit (a segfault): clear it first."""
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()
            app.processEvents()
