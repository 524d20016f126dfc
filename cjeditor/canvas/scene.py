"""MapScene: the items of one MapDocument, placed by layout.LayoutCache.

The scene follows the document's per-object signals: they name the lanes that
may have changed, and when a command ends (`changed()`) one incremental layout
update re-lays out only those; then only the items whose geometry (compared
with `is`) or data changed are updated. Card items sit in containers per lane
and per cell (layers.py): a lane that moves is one `setPos`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
)

from cjeditor.canvas import style
from cjeditor.canvas.card_items import CardItems
from cjeditor.canvas.chart import ChartItems, OverlayPointItem
from cjeditor.canvas.headers import (
    EmotionCurveItem,
    EmotionPointItem,
    LaneBandItem,
    LaneHeaderItem,
    LinkItem,
    PhaseItem,
    StageHeaderItem,
)
from cjeditor.canvas.items import decode_image
from cjeditor.document import MapDocument
from cjeditor.layout.geometry import LinkGeom, MapGeometry
from cjeditor.layout.incremental import LayoutCache

MARGIN = 24.0
FACE_R = 9.0

# Signals that name a card, a lane, or change what every lane depends on.
CARD_SIGNALS = ("card_added", "card_removed", "card_changed", "card_moved")
LANE_SIGNALS = ("lane_added", "lane_removed", "lane_changed", "lane_moved")
MAP_SIGNALS = ("stage_added", "stage_removed", "stage_changed", "stage_moved", "phase_added",
               "phase_removed", "phase_changed", "phase_moved", "persona_added",
               "persona_removed", "persona_changed", "asset_added", "asset_removed")


class MapScene(QGraphicsScene):
    """Items for `doc`, placed by `layout` (a LayoutCache; one is made if None)."""

    relaid_out = Signal()

    def __init__(self, doc: MapDocument, persona: str | None = None,
                 layout: LayoutCache | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.persona = persona
        self.view_lanes: list[str] | None = None  # a saved view's lanes, in its order
        self.overlay = False  # the shown emotion lanes as one chart (a view's overlay)
        self.layout_cache = layout or LayoutCache()
        self.geometry: MapGeometry | None = None
        self.cards = CardItems(self, self._img)
        self.stages: dict[str, StageHeaderItem] = {}
        self.lane_headers: dict[str, LaneHeaderItem] = {}
        self.lane_bands: dict[str, LaneBandItem] = {}
        self.phases: dict[str, PhaseItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        self.points: dict[str, EmotionPointItem] = {}
        self.links: list[LinkItem] = []
        self._link_geoms: list[LinkGeom] = []
        self.layers = self.cards.layers
        self._card_lane: dict[str, str] = {}  # card id -> lane, every card of the map
        self._dirty: set[str] = set()
        self._all_dirty = True
        self._images: dict[str, QImage | None] = {}
        self._lane_tops: list[float] = []
        self._col_lefts: list[float] = []
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
        for name in CARD_SIGNALS:
            getattr(doc, name).connect(self._card_signal)
        for name in LANE_SIGNALS:
            getattr(doc, name).connect(self._lane_signal)
        for name in MAP_SIGNALS:
            getattr(doc, name).connect(self._everything_dirty)
        doc.meta_changed.connect(self._everything_dirty)
        doc.changed.connect(self._refresh)
        doc.reset.connect(self.rebuild)
        doc.asset_removed.connect(self._forget_image)
        self.selectionChanged.connect(self._raise_selected_layers)
        self.charts = ChartItems(self)  # overlaid curves, ghost curves, stage marks
        self._index_cards()
        self.relayout()

    # ------------------------------------------------------------- signals
    def _index_cards(self) -> None:
        self._card_lane = {c.id: lane.id for lane in self.doc.map.lanes for c in lane.cards}

    def _card_signal(self, card_id: str) -> None:
        """A card changed: its lane before and after are dirty."""
        old = self._card_lane.pop(card_id, None)
        if old is not None:
            self._dirty.add(old)
        if self.doc.has_card(card_id):
            lane_id = self.doc.lane_of(card_id).id
            self._card_lane[card_id] = lane_id
            self._dirty.add(lane_id)

    def _lane_signal(self, lane_id: str) -> None:
        self._dirty.add(lane_id)

    def _everything_dirty(self, *_args: Any) -> None:
        self._all_dirty = True

    def _refresh(self) -> None:
        """End of a command: update the layout and the items for what changed."""
        dirty = None if self._all_dirty else self._dirty
        self._update(dirty)

    # ------------------------------------------------------------- building
    def set_persona(self, persona: str | None) -> None:
        self.persona = persona
        self.relayout()

    def set_view_lanes(self, lanes: list[str] | None) -> None:
        """Show only these lanes, in this order (None: every lane in map order), as a
        saved view does (export/view.py does the same on paper)."""
        if lanes != self.view_lanes:
            self.view_lanes = list(lanes) if lanes is not None else None
            self.relayout()

    def set_overlay(self, overlay: bool) -> None:
        """Draw the shown emotion lanes as one chart, a curve per persona (as on paper)."""
        if overlay != self.overlay:
            self.overlay = overlay
            self.relayout()

    def shown_map(self) -> Any:
        """The map as laid out: the saved view's lanes only, when one is shown."""
        doc = self.doc.map
        if self.view_lanes is None:
            return doc
        lanes = {lane.id: lane for lane in doc.lanes}
        return doc.model_copy(update={"lanes": [lanes[i] for i in self.view_lanes
                                                if i in lanes]})

    def rebuild(self) -> None:
        """Drop every item and build again (after the document was replaced)."""
        for group in (self.stages, self.lane_headers, self.lane_bands, self.phases,
                      self.curves, self.points):
            for item in group.values():
                self.removeItem(item)
            group.clear()
        self.cards.clear()
        for link in self.links:
            self.removeItem(link)
        self.links.clear()
        self._link_geoms = []
        self._images.clear()
        self.layout_cache.clear()
        self._index_cards()
        self.relayout()

    def clear(self) -> None:
        """Delete every item (QGraphicsScene.clear) and forget them: a later update or
        reveal starts afresh instead of touching deleted items."""
        super().clear()
        for group in (self.stages, self.lane_headers, self.lane_bands, self.phases,
                      self.curves, self.points):
            group.clear()
        self.links.clear()
        self._link_geoms = []
        self.cards.forget()
        self.charts.forget()

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
        """Check every lane and item against the document (always right, slower)."""
        self._update(None)

    def _update(self, dirty: set[str] | None) -> None:
        doc = self.doc
        if self.persona is not None and all(p.id != self.persona for p in doc.map.personas):
            self.persona = None
        geom = self.layout_cache.update(self.shown_map(), self.persona, dirty, self.overlay)
        self.geometry = geom
        check = set(self.layout_cache.relaid) | (dirty if dirty is not None else
                                                 {lg.lane_id for lg in geom.lanes})
        self._dirty = set()
        self._all_dirty = False
        self.cards.sync(geom, check)
        self._sync_frame(geom)
        if geom.links != self._link_geoms:
            for link in self.links:
                self.removeItem(link)
            self.links = [LinkItem(link) for link in geom.links]
            for link in self.links:
                self.addItem(link)
            self._link_geoms = list(geom.links)
        rect = QRectF(-MARGIN, -MARGIN, geom.width + 2 * MARGIN, geom.height + 2 * MARGIN)
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self._lane_tops = [lane.y for lane in geom.lanes]
        self._col_lefts = [col.x for col in geom.columns]
        self.reveal_views()
        self.relaid_out.emit()

    def set_detail(self, detailed: bool) -> None:
        """Card items (True) or, far out, one sketch of boxes per lane (False)."""
        self.layers.set_detail(detailed)

    @property
    def detailed(self) -> bool:
        return self.layers.detailed

    def reveal(self, rect: QRectF) -> None:
        """Make the card items a view shows in `rect` (scene coordinates)."""
        self.cards.reveal(rect)

    def render(self, painter: QPainter, target: QRectF | None = None,  # type: ignore[override]
               source: QRectF | None = None,
               mode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio) -> None:
        """QGraphicsScene.render, with the card items of `source` made first (items
        are made as views show them; a picture of elsewhere needs its own)."""
        source = source if source is not None and not source.isNull() else self.sceneRect()
        self.reveal(source)
        super().render(painter, target if target is not None else QRectF(), source, mode)

    def reveal_views(self) -> None:
        for view in self.views():
            reveal = getattr(view, "reveal", None)
            if callable(reveal):
                reveal()

    def _sync_frame(self, geom: MapGeometry) -> None:
        """Headers, bands, phases and the emotion curves: updated where their
        geometry object or model object is not the one they show."""
        doc = self.doc

        def sync(group: dict[str, Any], wanted: dict[str, Any], make: Callable[[Any], Any],
                 stale: Callable[[Any, Any], bool], update: Callable[[Any, Any], None]) -> None:
            for key in [k for k in group if k not in wanted]:
                self.removeItem(group.pop(key))
            for key, value in wanted.items():
                item = group.get(key)
                if item is None:
                    item = group[key] = make(value)
                    self.addItem(item)
                elif stale(item, value):
                    update(item, value)

        sync(self.stages, {c.stage_id: c for c in geom.columns},
             lambda c: StageHeaderItem(c, doc.stage(c.stage_id)),
             lambda it, c: it.geom is not c or it.stage is not doc.stage(c.stage_id),
             lambda it, c: it.set_geom(c, doc.stage(c.stage_id)))
        lanes = {lane.lane_id: lane for lane in geom.lanes}
        sync(self.lane_headers, lanes,
             lambda g: LaneHeaderItem(g, doc.lane(g.lane_id).title),
             lambda it, g: it.geom is not g or g.lane_id in self.cards.lanes_changed,
             lambda it, g: it.set_geom(g, doc.lane(g.lane_id).title))
        sync(self.lane_bands, lanes, LaneBandItem,
             lambda it, g: it.geom is not g or g.lane_id in self.cards.lanes_changed,
             lambda it, g: it.set_geom(g))
        phases = {p.id: p for p in doc.map.phases}
        sync(self.phases, {p.phase_id: p for p in geom.phases},
             lambda g: PhaseItem(g, phases.get(g.phase_id)),
             lambda it, g: it.geom is not g or it.phase is not phases.get(g.phase_id),
             lambda it, g: it.set_geom(g, phases.get(g.phase_id)))
        own = geom.curves if not geom.overlay else []  # overlaid: canvas/chart.py's
        sync(self.curves, {c.lane_id: c for c in own}, EmotionCurveItem,
             lambda it, c: it.curve is not c, lambda it, c: it.set_curve(c))
        points = {p.card_id: (p, c) for c in geom.curves for p in c.points}
        point = OverlayPointItem if geom.overlay else EmotionPointItem  # dots or faces
        for key in [k for k, it in self.points.items() if type(it) is not point]:
            self.removeItem(self.points.pop(key))
        sync(self.points, points,
             lambda pc: point(pc[0], FACE_R, pc[1].lane_id, pc[1].score_y),
             lambda it, pc: it.point is not pc[0],
             lambda it, pc: it.set_point(pc[0], pc[1].lane_id, pc[1].score_y))

    def _raise_selected_layers(self) -> None:
        try:
            self.cards.open_selected(self.selectedItems())
        except RuntimeError:  # scene being torn down (clear() deleted the items)
            return

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
        placed = self.geometry.cards if self.geometry is not None else {}
        rects = [placed[c.id].rect for c in self.doc.cell_cards(lane_id, stage_id)
                 if c.id not in skip and c.id in placed]
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
