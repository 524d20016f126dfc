"""Creates the central map view; if the canvas cannot be built, says so.

A canvas that fails to build (a bug met by some map) must not take the window
down: the map can still be saved, exported and edited in the docks. But the
failure is never silent: it is logged at ERROR with its traceback (the log
file), and the placeholder that takes the canvas's place names the error and the
log file. Tests assert that the view is a MapView, so there a failure is loud.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cjeditor.app.logs import error_summary, log_path
from cjeditor.canvas import MapView
from cjeditor.document import MapDocument

log = logging.getLogger(__name__)

# MapView's actions, which the placeholder accepts and ignores (menus stay usable).
_VIEW_ACTIONS = ("zoom_in", "zoom_out", "zoom_reset", "zoom_to_fit", "cut", "copy",
                 "paste", "duplicate", "delete_selected", "select_all")


class PlaceholderView(QWidget):
    """Stands in for MapView (same signals and slots) when the canvas could not be built."""

    selection_changed = Signal(list)
    status_message = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, document: MapDocument, reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.reason = reason
        self.label = QLabel(
            self.tr("The map view could not be shown: %1\n\nThe map is intact: you can "
                    "still save and export it. Details are in the log file:\n%2")
            .replace("%1", reason).replace("%2", str(log_path())))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.label)

    def zoom(self) -> float:
        return 1.0

    def selected_ids(self) -> list[str]:
        return []

    def select_ids(self, ids: list[str]) -> None:
        pass

    def __getattr__(self, name: str) -> Callable[..., None]:
        if name in _VIEW_ACTIONS:
            return lambda *args: None
        raise AttributeError(name)


def create_view(document: MapDocument, parent: QWidget | None = None) -> QWidget:
    """The canvas for `document`, or a placeholder that shows why it could not be built."""
    try:
        return MapView(document, parent)
    except Exception as error:  # shown and logged, never swallowed (see the module doc)
        log.exception("the map view could not be built for %s", document.path or "a new map")
        return PlaceholderView(document, error_summary(error), parent)
