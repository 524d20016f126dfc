"""JourneyMap + text metrics -> MapGeometry, from scratch. No Qt.

Columns are stages (left to right), rows are an optional phase band, the stage
headers and the lanes (see frame.py and lanes.py). `compute_layout` lays out
the whole map; `LayoutCache` (incremental.py) gives the very same geometry
while re-laying out only what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cjeditor.layout.blueprint import blueprint_lines
from cjeditor.layout.cards import CardBuilder
from cjeditor.layout.emotions import emotion_lane, shift_curve
from cjeditor.layout.frame import columns_of, phase_band, stage_headers
from cjeditor.layout.geometry import CardGeom, EmotionCurve, LaneGeom, LinkGeom, MapGeometry
from cjeditor.layout.lanes import cac_footer, lay_lane, metric_totals, place_lane
from cjeditor.layout.metrics import TextMetrics, default_metrics
from cjeditor.layout.routes import route_arrows
from cjeditor.layout.style import STYLE, Style, text_block
from cjeditor.model import JourneyMap, Lane, vocabulary

__all__ = ["compute_layout", "text_block", "metric_totals", "Style", "STYLE", "check_persona",
           "shown_lanes", "for_persona", "links_of", "overlay_chart_lane"]


def check_persona(doc: JourneyMap, persona: str | None) -> None:
    """ValueError if `persona` is given and the map has no such persona."""
    if persona is not None and persona not in {p.id for p in doc.personas}:
        known = ", ".join(p.id for p in doc.personas) or "none"
        raise ValueError(f'no persona "{persona}" in this map (personas: {known})')


def shown_lanes(doc: JourneyMap, persona: str | None) -> list[Lane]:
    """The lanes of `persona` and of no persona (all lanes when `persona` is None)."""
    return [lane for lane in doc.lanes
            if persona is None or lane.persona is None or lane.persona == persona]


def for_persona(doc: JourneyMap, persona: str | None) -> JourneyMap:
    """The map as `--persona` shows it, for what lists the map's content beside the
    drawing (the web page's details and brief, the personas pages): that persona alone,
    its lanes and those of no persona. The map itself when `persona` is None."""
    if persona is None:
        return doc
    return doc.model_copy(update={"personas": [p for p in doc.personas if p.id == persona],
                                  "lanes": shown_lanes(doc, persona)})


def subtitle_of(lane: Lane, persona_names: Mapping[str, str]) -> str:
    return persona_names.get(lane.persona, "") if lane.persona else ""


def overlay_chart_lane(lane: Lane, language: str) -> Lane:
    """The first shown emotion lane as the overlay chart: no persona, the chart's name."""
    return lane.model_copy(update={"persona": None, "title": vocabulary.name(
        "field", "overlay_emotions", language)})


def compute_layout(
    doc: JourneyMap, metrics: TextMetrics | None = None, persona: str | None = None,
    overlay: bool = False,
) -> MapGeometry:
    """Where everything of `doc` goes, in points (origin top-left, y down).

    `persona`: keep only the lanes of that persona and the lanes of none
    (ValueError if the map has no such persona). `overlay`: the shown emotion lanes
    become one chart, the first one's, holding every lane's curve (the others' cards
    are not laid out).
    """
    m = metrics or default_metrics()
    check_persona(doc, persona)
    b = CardBuilder(doc, m)
    b.cac = cac_footer(doc, b.labels)
    cols = columns_of(doc)
    phases, y = phase_band(doc, cols, m)
    columns, header_h = stage_headers(doc, cols, y, m)
    y += header_h
    persona_names = {p.id: p.name for p in doc.personas}
    lanes: list[LaneGeom] = []
    cards: dict[str, CardGeom] = {}
    curves: list[EmotionCurve] = []
    addresses = []
    lane_cards = {}
    chart: float | None = None  # with `overlay`, the top of the chart lane
    for lane in shown_lanes(doc, persona):
        if chart is not None and lane.type == "emotions":
            _h, curve = emotion_lane(b, lane, 0.0, cols.xs, cols.widths, cols.index, {})
            curves.append(shift_curve(curve, chart))
            continue
        if overlay and lane.type == "emotions":  # the chart of every curve, named so
            chart = y
            lane = overlay_chart_lane(lane, doc.meta.language)
        index = len(lanes)
        # cards are written at their place at once; the rest is moved from y = 0
        local = lay_lane(b, lane, subtitle_of(lane, persona_names), cols, y)
        placed = place_lane(local, index, y, cols)
        lanes.append(placed)
        cards.update(local.cards)
        lane_cards[lane.id] = (local.cards, 0.0)
        if local.curve is not None:
            curves.append(shift_curve(local.curve, y))
        if local.addresses:
            addresses.append((placed, local.addresses))
        y += local.height
    lines = blueprint_lines(doc, lanes, cols.total_w, STYLE.header_width, m)
    links, connections = route_arrows(
        columns, lanes, lane_cards, [e for _, entries in addresses for e in entries],
        doc.connections, m, frozenset(round(line.y, 3) for line in lines))
    return MapGeometry(cols.total_w, y, STYLE.header_width, phases, columns, lanes, cards,
                       curves, links, persona, connections, lines, overlay)


def links_of(lanes: Iterable[tuple[LaneGeom, list[tuple[str, tuple[str, ...]]]]],
             cards: Mapping[str, CardGeom]) -> list[LinkGeom]:
    """Dashed arrows from opportunities to the pain points they address."""
    links = []
    for olane, entries in lanes:
        for card_id, targets in entries:
            o = cards[card_id].rect
            for target in targets:
                p = cards.get(target)
                if p is None:
                    continue
                pr = p.rect
                ox, px = o.x + o.w / 2, pr.x + pr.w / 2
                if pr.bottom <= o.y:
                    sy, ey, ry = o.y, pr.bottom, olane.y + 2.0
                else:
                    sy, ey, ry = o.bottom, pr.y, olane.y + olane.height - 2.0
                pts = [(ox, sy), (ox, ry), (px, ry), (px, ey)]
                if abs(ox - px) < 0.5:
                    pts = [(ox, sy), (px, ey)]
                links.append(LinkGeom(card_id, target, pts))
    return links
