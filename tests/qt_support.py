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


def drop_files(view: Any, scene_pos: Any, *paths: Path) -> None:
    """Files dragged from a file manager onto the canvas at `scene_pos`: enter, move and
    drop events, as Qt sends them."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    pos = view.mapFromScene(scene_pos)
    args = (pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(*args))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(*args))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(pos), *args[1:]))
