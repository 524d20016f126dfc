"""Qt helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


def flush_deletes() -> None:
    """Run pending deleteLater()s now, so nothing is deleted after the test (segfaults)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def answer_open_dialog(monkeypatch: Any, path: Path) -> list[str]:
    """The native open-file dialog answers `path`; returns the filters it was shown."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def fake(parent: Any, caption: str, directory: str, filters: str, *args: Any,
             **kwargs: Any) -> tuple[str, str]:
        asked.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked
