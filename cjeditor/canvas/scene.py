"""MapScene: the items of one MapDocument, placed by layout.compute_layout.

The scene follows the document: every `changed()` recomputes the geometry and
updates only the items whose geometry or data changed (items are kept by id).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from cjeditor.canvas import style
from cjeditor.canvas.headers import (
    EmotionCurveItem,
    EmotionPointItem,
    LaneBandItem,
    LaneHeaderItem,
    LinkItem,
    PhaseItem,
    StageHeaderItem,
)
from cjeditor.canvas.items import CardItem, decode_image
from cjeditor.document import MapDocument
from cjeditor.layout.geometry import MapGeometry

MARGIN = 24.0
FACE_R = 9.0


def _default_layout(journey_map: Any, persona: str | None) -> MapGeometry:
    from cjeditor.layout.compute import compute_layout

    return compute_layout(journey_map, persona=persona)


class MapScene(QGraphicsScene):
    """Items for `doc`; `layout(map, persona) -> MapGeometry` places them."""

    relaid_out = Signal()

    def __init__(self, doc: MapDocument, persona: str | None = None,
                 layout: Callable[[Any, str | None], MapGeometry] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.persona = persona
        self._layout = layout or _default_layout
        self.geometry: MapGeometry | None = None
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.lane_headers: dict[str, LaneHeaderItem] = {}
        self.lane_bands: dict[str, LaneBandItem] = {}
        self.phases: dict[str, PhaseItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        self.points: dict[str, EmotionPointItem] = {}
        self.links: list[LinkItem] = []
        self._images: dict[str, QImage | None] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self._indicator = QGraphicsRectItem()
        self._indicator.setZValue(50)
        self._indicator.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._indicator.hide()
        self.addItem(self._indicator)
        self._line = QGraphicsRectItem()
        self._line.setZValue(51)
        self._line.hide()
        self.addItem(self._line)
        doc.changed.connect(self.relayout)
        doc.reset.connect(self.rebuild)
        doc.asset_removed.connect(self._forget_image)
        self.relayout()

    # ------------------------------------------------------------- building
    def set_persona(self, persona: str | None) -> None:
        self.persona = persona
        self.relayout()

    def rebuild(self) -> None:
        """Drop every item and build again (after the document was replaced)."""
        for group in (self.cards, self.stages, self.lane_headers, self.lane_bands,
                      self.phases, self.curves, self.points):
            for item in group.values():
                self.removeItem(item)
            group.clear()
        for link in self.links:
            self.removeItem(link)
        self.links.clear()
        self._images.clear()
        self.relayout()

    def _forget_image(self, asset_id: str) -> None:
        self._images.pop(asset_id, None)

    def image(self, asset_id: str) -> QImage | None:
        if asset_id not in self._images:
            try:
                self._images[asset_id] = decode_image(self.doc.asset(asset_id).decoded())
            except KeyError:
                return None
        return self._images[asset_id]

    def relayout(self) -> None:
        doc = self.doc
        if self.persona is not None and all(p.id != self.persona for p in doc.map.personas):
            self.persona = None
        geom = self._layout(doc.map, self.persona)
        self.geometry = geom
        lane_types = {lane.id: lane.type for lane in doc.map.lanes}

        def sync(group: dict[str, Any], wanted: dict[str, Any], make: Callable,
                 update: Callable) -> None:
            for key in [k for k in group if k not in wanted]:
                self.removeItem(group.pop(key))
            for key, value in wanted.items():
                item = group.get(key)
                if item is None:
                    item = group[key] = make(value)
                    self.addItem(item)
                else:
                    update(item, value)

        sync(self.cards, geom.cards,
             lambda g: CardItem(g, doc.card(g.card_id), lane_types[g.lane_id], self._img(g)),
             lambda it, g: it.set_data(g, doc.card(g.card_id), lane_types[g.lane_id],
                                       self._img(g)))
        sync(self.stages, {c.stage_id: c for c in geom.columns},
             lambda c: StageHeaderItem(c, doc.stage(c.stage_id)),
             lambda it, c: it.set_geom(c, doc.stage(c.stage_id)))
        lanes = {lane.lane_id: lane for lane in geom.lanes}
        sync(self.lane_headers, lanes,
             lambda g: LaneHeaderItem(g, doc.lane(g.lane_id).title),
             lambda it, g: it.set_geom(g, doc.lane(g.lane_id).title))
        sync(self.lane_bands, lanes, LaneBandItem, lambda it, g: it.set_geom(g))
        phases = {p.id: p for p in doc.map.phases}
        sync(self.phases, {p.phase_id: p for p in geom.phases},
             lambda g: PhaseItem(g, phases.get(g.phase_id)),
             lambda it, g: it.set_geom(g, phases.get(g.phase_id)))
        sync(self.curves, {c.lane_id: c for c in geom.curves}, EmotionCurveItem,
             lambda it, c: it.set_curve(c))
        points = {p.card_id: (p, c) for c in geom.curves for p in c.points}
        sync(self.points, points,
             lambda pc: EmotionPointItem(pc[0], FACE_R, pc[1].lane_id, pc[1].score_y),
             lambda it, pc: it.set_point(pc[0], pc[1].lane_id, pc[1].score_y))
        for link in self.links:
            self.removeItem(link)
        self.links = [LinkItem(link) for link in geom.links]
        for link in self.links:
            self.addItem(link)
        self.setSceneRect(QRectF(-MARGIN, -MARGIN, geom.width + 2 * MARGIN,
                                 geom.height + 2 * MARGIN))
        self._lane_tops = [lane.y for lane in geom.lanes]
        self._col_lefts = [col.x for col in geom.columns]
        self.relaid_out.emit()

    def _img(self, g: Any) -> QImage | None:
        if g.kind != "image":
            return None
        return self.image(self.doc.card(g.card_id).asset)

    # ------------------------------------------------------------ look-ups
    def column_at(self, x: float, clamp: bool = True) -> int | None:
        """Index of the column (stage) under x."""
        geom = self.geometry
        if not geom or not geom.columns:
            return None
        i = bisect.bisect_right(self._col_lefts, x) - 1
        if i < 0 or x > geom.columns[-1].x + geom.columns[-1].width:
            if not clamp:
                return None
            return 0 if i < 0 else len(geom.columns) - 1
        return i

    def lane_at(self, y: float, clamp: bool = False) -> int | None:
        """Index (in geometry.lanes) of the lane under y."""
        geom = self.geometry
        if not geom or not geom.lanes:
            return None
        i = bisect.bisect_right(self._lane_tops, y) - 1
        last = geom.lanes[-1]
        if i < 0 or y > last.y + last.height:
            if not clamp:
                return None
            return 0 if i < 0 else len(geom.lanes) - 1
        return i

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(lane id, stage id) of the cell under a scene position."""
        geom = self.geometry
        if geom is None or pos.x() < geom.header_width:
            return None
        li, ci = self.lane_at(pos.y()), self.column_at(pos.x(), clamp=False)
        if li is None or ci is None:
            return None
        return geom.lanes[li].lane_id, geom.columns[ci].stage_id

    def cell_rect(self, lane_id: str, stage_id: str) -> QRectF:
        geom = self.geometry
        assert geom is not None
        lane = next(la for la in geom.lanes if la.lane_id == lane_id)
        col = next(c for c in geom.columns if c.stage_id == stage_id)
        r = lane.cells[col.index]
        return QRectF(r.x, r.y, r.w, r.h)

    def position_in_cell(self, lane_id: str, stage_id: str, y: float,
                         exclude: Iterable[str] = ()) -> int:
        """Where a card dropped at height y lands among the cell's other cards."""
        skip = set(exclude)
        position = 0
        for card in self.doc.cell_cards(lane_id, stage_id):
            if card.id in skip:
                continue
            g = self.geometry.cards.get(card.id) if self.geometry else None
            if g is not None and g.rect.y + g.rect.h / 2 < y:
                position += 1
        return position

    def insertion_y(self, lane_id: str, stage_id: str, position: int,
                    exclude: Iterable[str] = ()) -> float:
        skip = set(exclude)
        rects = [self.geometry.cards[c.id].rect for c in self.doc.cell_cards(lane_id, stage_id)
                 if c.id not in skip and c.id in self.geometry.cards]
        if not rects:
            return self.cell_rect(lane_id, stage_id).top() + 3
        if position < len(rects):
            return rects[position].y - 3
        return rects[-1].bottom + 3

    # ----------------------------------------------------------- indicator
    def show_drop_indicator(self, rect: QRectF, ok: bool, line_y: float | None = None) -> None:
        color = QColor(style.SELECT if ok else style.REFUSED)
        fill = QColor(color)
        fill.setAlpha(35)
        self._indicator.setRect(rect.adjusted(1, 1, -1, -1))
        self._indicator.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        self._indicator.setBrush(QBrush(fill))
        self._indicator.show()
        if ok and line_y is not None:
            self._line.setRect(QRectF(rect.left() + 4, line_y - 1, rect.width() - 8, 2))
            self._line.setBrush(QBrush(color))
            self._line.setPen(Qt.PenStyle.NoPen)
            self._line.show()
        else:
            self._line.hide()

    def hide_drop_indicator(self) -> None:
        self._indicator.hide()
        self._line.hide()

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        ids = [getattr(item, "object_id", None) for item in self.selectedItems()]
        return [i for i in ids if i]

    def select_ids(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self.blockSignals(True)
        try:
            self.clearSelection()
            for group in (self.cards, self.stages, self.lane_headers, self.phases):
                for key in wanted.intersection(group):
                    group[key].setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def item_for(self, object_id: str) -> Any:
        for group in (self.cards, self.stages, self.lane_headers, self.phases):
            if object_id in group:
                return group[object_id]
        return None
