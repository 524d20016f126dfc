"""LayoutCache: the geometry of one map kept up to date edit by edit. No Qt.

`update(doc, persona, dirty)` returns what `compute_layout(doc, metrics,
persona)` would, float for float, but re-lays out only what changed:

- a stage header while its stage, place and the header band keep;
- a lane while its own fields, its cards (the very objects, in order) and the
  columns keep; inside a lane, a block of columns (see lanes.py) while its cards
  and columns keep;
- a lane that only moved (a lane above grew) is not laid out again: its cards
  stay in the lane's coordinates and are moved on demand (cardtable.py).

Unchanged pieces are the *same objects* as in the previous geometry, so a view
finds what to redraw with `is`. `dirty` names the lanes whose cards or fields
may have changed since the last update (from the document's signals); None
means "check every lane", which is always right, only slower.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cjeditor.layout.blueprint import blueprint_lines
from cjeditor.layout.cards import CardBuilder
from cjeditor.layout.cardtable import CardTable, LanePart
from cjeditor.layout.compute import (
    check_persona,
    overlay_chart_lane,
    shown_lanes,
    subtitle_of,
)
from cjeditor.layout.emotions import emotion_lane, shift_curve
from cjeditor.layout.frame import StageCache, columns_of, phase_band, stage_headers
from cjeditor.layout.geometry import CardGeom, EmotionCurve, LaneGeom, MapGeometry, PhaseGeom
from cjeditor.layout.lanes import (
    Block,
    Columns,
    LaneLocal,
    cac_footer,
    lay_lane,
    place_lane,
    same_objects,
)
from cjeditor.layout.metrics import TextMetrics, default_metrics
from cjeditor.layout.routes import RouteCache
from cjeditor.layout.style import STYLE
from cjeditor.model import JourneyMap, Lane

__all__ = ["LayoutCache"]


class _LaneEntry:
    """A lane's local layout and what it was computed from."""

    __slots__ = ("lane", "cards", "subtitle", "cols", "cac", "local")

    def __init__(self, lane: Lane, subtitle: str, cols: Columns, cac: str,
                 local: LaneLocal) -> None:
        self.lane = lane
        self.cards = tuple(lane.cards)
        self.subtitle = subtitle
        self.cols = cols
        self.cac = cac if lane.type == "metrics" else ""
        self.local = local

    def holds(self, lane: Lane, subtitle: str, cols: Columns, cac: str) -> bool:
        """True if `lane` would be laid out exactly as before."""
        return (self.cols is cols and self.subtitle == subtitle
                and (lane.type != "metrics" or self.cac == cac)
                and (self.lane is lane or self.lane == lane)
                and same_objects(self.cards, lane.cards))


class LayoutCache:
    """Incremental layout of one map (see the module's docstring)."""

    def __init__(self, metrics: TextMetrics | None = None) -> None:
        self.metrics = metrics or default_metrics()
        self.geometry: MapGeometry | None = None
        self._language: str | None = None
        self._builder: CardBuilder | None = None
        self.clear()

    def clear(self) -> None:
        """Forget everything (the next update lays out the whole map)."""
        self._builder = None
        self._stages = StageCache()
        self._cols: Columns | None = None
        self._persona_names: dict[str, str] = {}
        self._lanes: dict[str, _LaneEntry] = {}
        self._parts: dict[str, LanePart] = {}
        self._placed: dict[str, tuple[tuple[Any, ...], LaneGeom]] = {}
        self._curves: dict[str, tuple[tuple[Any, ...], EmotionCurve]] = {}
        self._chart_curves: dict[str, tuple[Any, ...]] = {}  # curves in the overlay chart
        self._phases: list[PhaseGeom] = []
        self._routes = RouteCache()  # arrows between cards, routed again only on change
        self.relaid: set[str] = set()  # lanes laid out again by the last update
        self._cac_stale = True  # the builder's CAC footer is not computed yet

    def local_cards(self, lane_id: str) -> dict[str, CardGeom]:
        """A lane's cards in its own coordinates (its top at y = 0)."""
        return self._lanes[lane_id].local.cards

    def blocks(self, lane_id: str) -> list[Block]:
        """A lane's blocks of columns (none for emotion and collapsed lanes)."""
        return self._lanes[lane_id].local.blocks

    def fresh_cards(self, lane_id: str) -> list[dict[str, CardGeom]]:
        """The cards of the lane's blocks laid out by the update that last laid out
        the lane (the other blocks were reused as they were)."""
        return self._lanes[lane_id].local.fresh

    def update(self, doc: JourneyMap, persona: str | None = None,
               dirty: Iterable[str] | None = None, overlay: bool = False) -> MapGeometry:
        """`overlay`: the shown emotion lanes as one chart, as compute_layout does."""
        check_persona(doc, persona)
        m = self.metrics
        if doc.meta.language != self._language or self._builder is None:
            self.clear()
            self._language = doc.meta.language
            self._builder = CardBuilder(doc, m)
        b = self._builder
        b.assets = {a.id: a for a in doc.assets}

        cols = columns_of(doc)
        if self._cols is not None and cols == self._cols:
            cols = self._cols  # identity says "same columns" to the lane entries
        phases, y = phase_band(doc, cols, m)
        phases = self._same_phases(phases)
        columns, header_h = stage_headers(doc, cols, y, m, self._stages)
        y += header_h

        # a metrics lane's footer shows the map's CAC, which a metric card (in a
        # metrics lane) or a phase (a map-wide change: dirty is None) may change
        cac = b.cac
        if dirty is None or self._cac_stale or self._touches_metrics(doc, dirty):
            cac = cac_footer(doc, b.labels)
            self._cac_stale = False
        persona_names = {p.id: p.name for p in doc.personas}
        check_all = dirty is None or cols is not self._cols \
            or persona_names != self._persona_names or cac != b.cac
        b.cac = cac
        wanted = None if check_all else set(dirty or ())
        self._cols, self._persona_names = cols, persona_names

        self.relaid = set()
        lanes: list[LaneGeom] = []
        parts: list[LanePart] = []
        curves: list[EmotionCurve] = []
        addresses = []
        lane_cards = {}
        chart: float | None = None  # with `overlay`, the top of the chart lane
        for lane in shown_lanes(doc, persona):
            if chart is not None and lane.type == "emotions":  # a curve in the chart
                self._chart_curve(b, lane, cols, wanted, chart, curves)
                continue
            if overlay and lane.type == "emotions":
                chart = y
                lane = overlay_chart_lane(lane, doc.meta.language)
            index = len(lanes)
            entry = self._lane(b, lane, cols, persona_names, wanted)
            local = entry.local
            part = self._parts.get(lane.id)
            if part is None or part.local is not local.cards or part.top != y:
                part = self._parts[lane.id] = LanePart(local.cards, y)
            parts.append(part)
            lane_cards[lane.id] = (local.cards, y)
            key = (local, index, y, cols)
            placed = self._placed.get(lane.id)
            if placed is None or not _same_key(placed[0], key):
                placed = self._placed[lane.id] = (key, place_lane(local, index, y, cols))
            lanes.append(placed[1])
            if local.curve is not None:
                ckey = (local.curve, y)
                curve = self._curves.get(lane.id)
                if curve is None or not _same_key(curve[0], ckey):
                    curve = self._curves[lane.id] = (ckey, shift_curve(local.curve, y))
                curves.append(curve[1])
            if local.addresses:
                addresses.append((placed[1], local.addresses))
            y += local.height
        self._forget_removed(doc)
        cards = CardTable(parts)
        lines = blueprint_lines(doc, lanes, cols.total_w, STYLE.header_width, m)
        links, connections = self._routes.get(
            columns, lanes, lane_cards, [e for _, entries in addresses for e in entries],
            doc.connections, m, frozenset(round(line.y, 3) for line in lines))
        self.geometry = MapGeometry(cols.total_w, y, STYLE.header_width, phases, columns, lanes,
                                    cards, curves, links, persona, connections, lines,
                                    overlay)
        return self.geometry

    # ------------------------------------------------------------ helpers
    def _chart_curve(self, b: CardBuilder, lane: Lane, cols: Columns, wanted: set[str] | None,
                     chart: float, curves: list[EmotionCurve]) -> None:
        """An emotion lane drawn in the overlay chart: its curve only (collapsed or not,
        as compute_layout draws it), at the chart's top."""
        old = self._chart_curves.get(lane.id)
        if old is None or old[0] is not cols or old[1] != chart or (
                (wanted is None or lane.id in wanted)
                and not ((old[2] is lane or old[2] == lane) and same_objects(old[3], lane.cards))):
            _h, local = emotion_lane(b, lane, 0.0, cols.xs, cols.widths, cols.index, {})
            old = self._chart_curves[lane.id] = (cols, chart, lane, tuple(lane.cards),
                                                 shift_curve(local, chart))
        curves.append(old[4])

    def _lane(self, b: CardBuilder, lane: Lane, cols: Columns, persona_names: dict[str, str],
              wanted: set[str] | None) -> _LaneEntry:
        entry = self._lanes.get(lane.id)
        if entry is not None and wanted is not None and lane.id not in wanted:
            return entry
        subtitle = subtitle_of(lane, persona_names)
        if entry is not None and entry.holds(lane, subtitle, cols, b.cac):
            entry.lane = lane
            return entry
        old = entry.local if entry is not None else None
        local = lay_lane(b, lane, subtitle, cols, 0.0, old)
        self.relaid.add(lane.id)
        entry = self._lanes[lane.id] = _LaneEntry(lane, subtitle, cols, b.cac, local)
        return entry

    def _touches_metrics(self, doc: JourneyMap, dirty: Iterable[str]) -> bool:
        """Whether a changed lane is, or was (before a change of type, or gone from
        the map), a metrics lane."""
        types = {lane.id: lane.type for lane in doc.lanes}
        for lane_id in dirty:
            before = self._lanes.get(lane_id)
            if types.get(lane_id, "metrics") == "metrics" or (
                    before is not None and before.lane.type == "metrics"):
                return True
        return False

    def _same_phases(self, phases: list[PhaseGeom]) -> list[PhaseGeom]:
        old = {p.phase_id: p for p in self._phases}
        kept = [old[p.phase_id] if old.get(p.phase_id) == p else p for p in phases]
        self._phases = kept
        return kept

    def _forget_removed(self, doc: JourneyMap) -> None:
        if len(self._lanes) <= len(doc.lanes):
            return
        alive = {lane.id for lane in doc.lanes}
        for table in (self._lanes, self._parts, self._placed, self._curves,
                      self._chart_curves):
            for lane_id in [k for k in table if k not in alive]:
                del table[lane_id]


def _same_key(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Keys whose first item (a local layout) is compared by identity."""
    return a[0] is b[0] and a[1:] == b[1:]
