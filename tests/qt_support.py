"""Qt helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


def flush_deletes() -> None:
    """Run pending deleteLater()s now, so nothing is deleted after the test (segfaults)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
