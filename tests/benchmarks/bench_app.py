"""Whole-editor benchmarks: a file opens to an interactive main window, and the
editor's resident memory with that map open and scrolled.

`open_rows(path, runs)` measures WindowManager.open_path (read + validate +
window with docks + canvas) until the window is shown and painted.
`resident_mb(path)` runs the same in a fresh process and reports its VmRSS.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import benchclock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_settings(folder: Path) -> None:
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(folder / var.lower())  # never the real settings


def _open_once(manager, app, path: Path):
    start = benchclock.now()
    window = manager.open_path(path)
    window.show()
    window.repaint()
    app.processEvents()
    return window, benchclock.now() - start


def open_rows(path: Path, runs: int = 5) -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        _private_settings(Path(tmp))
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        from cjeditor.app.main import create_application
        from cjeditor.app.windows import WindowManager

        app = create_application(["bench"])  # the editor's start-up (reuses a QApplication)
        manager = WindowManager()
        times = []
        for _ in range(runs):
            window, seconds = _open_once(manager, app, path)
            times.append(seconds)
            window.document.set_clean()
            window.close()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        return [("open file to interactive window", statistics.median(times))]


def resident_mb(path: Path) -> float:
    """VmRSS (MB) of a fresh editor process with `path` open and painted, then
    scrolled down three screens, each followed by a pause (the editor draws the
    screens around the view ahead and keeps those pictures)."""
    out = subprocess.run([sys.executable, __file__, "--rss", str(path)], check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1])


def _report_rss(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _private_settings(Path(tmp))
        from cjeditor.app.main import create_application
        from cjeditor.app.windows import WindowManager

        app = create_application(["bench"])
        window, _ = _open_once(WindowManager(), app, path)
        for _ in range(3):
            app.processEvents()
        from PySide6.QtCore import QEventLoop, QTimer

        bar = window.view.verticalScrollBar()
        for _ in range(3):
            bar.setValue(bar.value() + bar.pageStep())
            loop = QEventLoop()
            QTimer.singleShot(700, loop.quit)
            loop.exec()
        status = Path("/proc/self/status").read_text()
        kb = next(int(line.split()[1]) for line in status.splitlines()
                  if line.startswith("VmRSS:"))
        print(kb / 1024)
        window.document.set_clean()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--rss":
        _report_rss(Path(sys.argv[2]))
    else:
        for arg in sys.argv[1:]:
            print(arg, open_rows(Path(arg)), resident_mb(Path(arg)))
