"""Creates the central map view, with a placeholder while no canvas is available."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cjeditor.document import MapDocument


class PlaceholderView(QWidget):
    """Stands in for MapView (same signals and slots) when the canvas cannot load."""

    selection_changed = Signal(list)
    status_message = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        label = QLabel(self.tr("The map view is not available."))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)

    def zoom(self) -> float:
        return 1.0

    def selected_ids(self) -> list[str]:
        return []

    def select_ids(self, ids) -> None:
        pass

    def __getattr__(self, name: str):
        if name in ("zoom_in", "zoom_out", "zoom_reset", "zoom_to_fit", "cut", "copy",
                    "paste", "duplicate", "delete_selected", "select_all"):
            return lambda *args: None
        raise AttributeError(name)


def create_view(document: MapDocument, parent: QWidget | None = None) -> QWidget:
    try:
        from cjeditor.canvas import MapView
    except ModuleNotFoundError as error:  # only while the canvas package is absent
        if not (error.name or "").startswith("cjeditor.canvas"):
            raise
        return PlaceholderView(document, parent)
    return MapView(document, parent)
