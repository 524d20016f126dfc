"""LaneSketchItem: a lane's cards as plain boxes, for views zoomed far out.

Far out, a card is a few pixels and CardItem already paints it as a plain box
(MapPainter.card_box). Drawing thousands of CardItems one by one is what makes
"zoom to fit" slow, so below SKETCH_ZOOM the scene hides the card items and
shows one sketch per lane instead: the same boxes, painted by the same
card_box, but recorded once per look and drawn with one `drawRects` call per
look. The picture does not jump: both are card_box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjeditor.canvas.qtpen import QtPen
from cjeditor.layout.geometry import CardGeom
from cjeditor.layout.metrics import default_metrics
from cjeditor.paint.parts import MapPainter

SKETCH_ZOOM = 0.15  # below this zoom, lanes are sketched (cards are ~25 x 8 pixels)

Look = tuple[Any, ...]  # the arguments of one pen.rect call but the box itself


class _BoxRecorder:
    """A pen that only remembers the rectangles it is asked to draw."""

    def __init__(self) -> None:
        self.looks: list[tuple[tuple[float, float, float, float], Look]] = []

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None,
             stroke: str | None = None, width: float = 0.5, radius: float = 0.0,
             dash: Any = None) -> None:
        self.looks.append(((x, y, w, h), (fill, stroke, width, radius, dash)))

    def __getattr__(self, name: str) -> Any:  # anything else card_box might call
        return lambda *args, **kwargs: None


def _look_key(card: Any) -> tuple[Any, ...]:
    """What a card's box colours may depend on besides its lane."""
    return (card.kind, getattr(card, "color", None), getattr(card, "evidence", None))


class LaneSketchItem(QGraphicsItem):
    """The boxes of one lane's cards, in the lane's own coordinates (placed at its top)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._cards: dict[str, CardGeom] = {}
        self._doc: Any = None
        self._lane: Any = None
        self._groups: list[tuple[Look, list[QRectF]]] | None = None
        self._bounds = QRectF()

    def set_cards(self, cards: dict[str, CardGeom], doc: Any, lane: Any,
                  bounds: QRectF) -> None:
        """Show these local card geometries (of `lane` in `doc`) inside `bounds`."""
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if cards is self._cards and lane is self._lane:
            return
        self._cards, self._doc, self._lane = cards, doc, lane
        self._groups = None
        self.update()

    def _build(self) -> list[tuple[Look, list[QRectF]]]:
        """Group the boxes by look; card_box is asked once per look."""
        looks: dict[tuple[Any, ...], Look | None] = {}
        groups: dict[Look, list[QRectF]] = {}
        recorder = _BoxRecorder()
        parts = MapPainter(recorder, default_metrics())  # type: ignore[arg-type]
        doc, lane = self._doc, self._lane
        for card_id, g in self._cards.items():
            card = doc.card(card_id)
            key = _look_key(card)
            if key not in looks:
                recorder.looks.clear()
                parts.card_box(g, card, lane)
                looks[key] = recorder.looks[0][1] if recorder.looks else None
            look = looks[key]
            if look is not None:
                r = g.rect
                groups.setdefault(look, []).append(QRectF(r.x, r.y, r.w, r.h))
        return list(groups.items())

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._groups is None:
            self._groups = self._build()
        pen = QtPen(painter)
        for (fill, stroke, width, radius, dash), rects in self._groups:
            first = rects[0]
            pen.rect(first.x(), first.y(), first.width(), first.height(), fill, stroke, width,
                     radius, dash)  # sets the painter's pen and brush as card_box would
            if len(rects) > 1:
                if radius > 0:
                    for r in rects[1:]:
                        painter.drawRoundedRect(r, radius, radius)
                else:
                    painter.drawRects(rects[1:])
