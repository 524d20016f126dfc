"""Whole-editor benchmark: a 3,000-card file opens to an interactive main window.

Measures WindowManager.open_path (read + validate + window with docks + canvas)
until the window is shown and painted. `rows(doc_3000)` is imported by run.py.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cjeditor import fileio  # noqa: E402
from cjeditor.model import JourneyMap  # noqa: E402


def rows(doc_3000: JourneyMap, runs: int = 5) -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[var] = str(Path(tmp) / var.lower())  # never the real settings
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        from cjeditor.app.main import create_application
        from cjeditor.app.windows import WindowManager

        app = create_application(["bench"])
        path = Path(tmp) / "map-3000.cjmap"
        fileio.save(doc_3000, path)
        manager = WindowManager()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            window = manager.open_path(path)
            window.show()
            window.repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
            window.document.set_clean()
            window.close()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        return [("editor: open 3,000-card file, first (cold)", times[0]),
                ("editor: open 3,000-card file to window", statistics.median(times))]
