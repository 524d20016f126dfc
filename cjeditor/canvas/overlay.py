"""What canvas items share to paint: the map painter on a QPainter, and the
overlays only the screen shows (selection), drawn on top of the painted part."""

from __future__ import annotations

import base64
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cjeditor.canvas.card_recipes import ScaleRange
from cjeditor.canvas.qtpen import QtPen
from cjeditor.layout.geometry import MapGeometry
from cjeditor.layout.metrics import default_metrics
from cjeditor.paint import style as S
from cjeditor.paint.parts import MapPainter

SELECTION_PX = 2.0  # selection outline width in device pixels, whatever the zoom
FOCUS_GAP_PX = 4.0  # the focus ring's distance outside the selection outline, in pixels


def scene_doc(item: QGraphicsItem) -> Any:
    """The MapDocument of the item's scene (None outside a map scene)."""
    return getattr(item.scene(), "doc", None)


def scene_geometry(item: QGraphicsItem) -> MapGeometry | None:
    return getattr(item.scene(), "geometry", None)


@lru_cache(maxsize=64)
def _decoded(data: str) -> bytes:
    return base64.b64decode(data)


def _pictures(doc: Any) -> Any:
    def picture(asset_id: str) -> tuple[bytes, str] | None:
        if doc is None:
            return None
        try:
            asset = doc.asset(asset_id)
        except KeyError:
            return None
        return _decoded(asset.data), asset.media_type

    return picture


def map_painter(painter: QPainter, item: QGraphicsItem,
                scales: ScaleRange | None = None) -> MapPainter:
    """A MapPainter drawing with `painter` in scene coordinates (points); its choices
    on the scale are noted in `scales` (QtPen)."""
    if not painter.testRenderHint(QPainter.RenderHint.Antialiasing):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)  # costs as a box
    return MapPainter(QtPen(painter, scales=scales), default_metrics(),
                      _pictures(scene_doc(item)))


def _outline(painter: QPainter, rect: QRectF, color: str, style: Qt.PenStyle) -> None:
    """A rectangle outlined in `color`, the same width on screen at every zoom."""
    pen = QPen(QColor(color), SELECTION_PX)
    pen.setCosmetic(True)
    pen.setStyle(style)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def draw_selection(painter: QPainter, rect: QRectF, dashed: bool = False) -> None:
    """The selection outline."""
    _outline(painter, rect, S.SELECT,
             Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)


def draw_focus(painter: QPainter, rect: QRectF) -> None:
    """The keyboard focus ring: dotted, a few pixels outside `rect` at every zoom."""
    gap = FOCUS_GAP_PX / max(painter.worldTransform().m11(), 0.01)
    _outline(painter, rect.adjusted(-gap, -gap, gap, gap), S.FOCUS, Qt.PenStyle.DotLine)
