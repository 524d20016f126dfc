"""Status bar: zoom percentage and the map's counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cjeditor.document import MapDocument


class MapStatusBar(QStatusBar):
    def __init__(self, document: MapDocument, view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom = QLabel()
        self.zoom.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom.setMinimumWidth(60)
        self.zoom.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.zoom)
        document.changed.connect(self.update_counts)
        if hasattr(view, "zoom_changed"):
            view.zoom_changed.connect(self.update_zoom)
        zoom = getattr(view, "zoom", None)
        self.update_zoom(zoom() if callable(zoom) else 1.0)
        self.update_counts()

    def update_counts(self) -> None:
        doc = self.document.map
        cards = sum(len(lane.cards) for lane in doc.lanes)
        text = self.tr("Stages: %1 · Lanes: %2 · Cards: %3")
        self.counts.setText(text.replace("%1", str(len(doc.stages)))
                            .replace("%2", str(len(doc.lanes))).replace("%3", str(cards)))

    def update_zoom(self, factor: float) -> None:
        self.zoom.setText(self.tr("Zoom %1 %").replace("%1", str(round(factor * 100))))
