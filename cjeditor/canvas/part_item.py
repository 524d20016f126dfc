"""PartItem: a canvas item that paints one painter part (the charts' extras use it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from cjeditor.canvas.overlay import map_painter
from cjeditor.layout.geometry import EmotionCurve
from cjeditor.paint.parts import MapPainter

__all__ = ["PartItem", "curve_rect", "keep_items"]


def curve_rect(curve: EmotionCurve, margin: float = 4.0) -> QRectF:
    """Bounds of a curve's points and control points."""
    xs = [p.x for p in curve.points] + [v for s in curve.segments for v in s[0::2]]
    ys = [p.y for p in curve.points] + [v for s in curve.segments for v in s[1::2]]
    if not xs:
        return QRectF()
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
        -margin, -margin, margin, margin)


class PartItem(QGraphicsItem):
    """One painter part in `rect` (scene coordinates); clicks go to the items below."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._part: Callable[[MapPainter], None] = lambda _painter: None
        self.key: tuple[Any, ...] = ()

    def set_part(self, key: tuple[Any, ...], rect: QRectF,
                 part: Callable[[MapPainter], None]) -> None:
        """Paint `part` from now on; `key` says what it shows (unchanged: no repaint)."""
        if key == self.key and rect == self._rect:
            return
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.key, self._part = key, part
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        self._part(map_painter(painter, self))

    def paint_part(self, painter: MapPainter) -> None:
        """The part on another painter (the frozen header strips)."""
        self._part(painter)


def keep_items(scene: QGraphicsScene, group: dict[Any, PartItem], wanted: dict[Any, Any],
               z: float, place: Callable[[PartItem, Any], None]) -> None:
    """One item per key of `wanted` in `group` (made, or removed from the scene, as
    needed), each placed with `place(item, value)`."""
    for key in [k for k in group if k not in wanted]:
        scene.removeItem(group.pop(key))
    for key, value in wanted.items():
        item = group.get(key)
        if item is None:
            item = group[key] = PartItem(z)
            scene.addItem(item)
        place(item, value)
