"""The printed poster around the map: title block on top, legend below. No Qt.

Coordinates in points, origin top-left of the poster, y down; the map's own
geometry (compute_layout) is placed at (0, map_y).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cjeditor.layout.geometry import MapGeometry, Rect, TextBlock
from cjeditor.layout.labels import CHANNEL_ABBR, Labels
from cjeditor.layout.metrics import TextMetrics, default_metrics
from cjeditor.model import JourneyMap, vocabulary

__all__ = ["LegendItem", "Poster", "compute_poster", "legend_keys"]

TITLE_SIZE = 30.0
INFO_SIZE = 11.0
LEGEND_TITLE_SIZE = 11.0
LEGEND_SIZE = 8.5
PAD = 14.0
SYMBOL = 16.0


@dataclass(slots=True)
class LegendItem:
    key: str  # what symbol to draw, e.g. "channel:email", "met:yes", "assumed"
    symbol: Rect
    label: TextBlock


@dataclass(slots=True)
class Poster:
    width: float
    height: float
    header: Rect  # the title band
    title: TextBlock
    info: TextBlock  # product, objective, persona(s), date
    map_y: float  # the map geometry's origin is (0, map_y)
    geometry: MapGeometry
    legend: Rect | None
    legend_title: TextBlock | None
    legend_items: list[LegendItem] = field(default_factory=list)


def legend_keys(doc: JourneyMap, geom: MapGeometry, labels: Labels) -> list[tuple[str, str]]:
    """(symbol key, label) for every symbol the drawn map uses, in a stable order."""
    shown = {lane.lane_id for lane in geom.lanes if not lane.collapsed}
    channels: dict[str, None] = {}
    found: set[str] = set()
    for lane in doc.lanes:
        if lane.id not in shown:
            continue
        card: Any  # each kind has its own fields, read after checking `kind`
        for card in lane.cards:
            if card.id not in geom.cards:
                continue
            if card.evidence == "assumed":
                found.add("assumed")
            if card.link:
                found.add("map_link")
            kind = card.kind
            if kind == "touchpoint":
                channels[card.channel] = None
                if card.initiative:
                    found.add("initiative:" + card.initiative)
                if card.decision_point:
                    found.add("decision")
            elif kind == "expectation" and card.met:
                found.add("met:" + card.met)
            elif kind == "pain_point":
                found.add("severity")
            elif kind == "idea" and card.status:
                found.add("status:" + card.status)
            elif kind == "opportunity" and card.priority:
                found.add("priority")
            elif kind == "feedback":
                found.add("source:" + card.source)
            elif kind == "emotion":
                found.add("emotion")
    if geom.links:
        found.add("link")
    if any(col.link_badge is not None for col in geom.columns):
        found.add("map_link")
    found.update("connection:" + c.style for c in geom.connections)
    found.update("blueprint:" + line.line for line in geom.blueprint)
    keys: list[tuple[str, str]] = []
    moments = dict.fromkeys(col.moment for col in geom.columns if col.moment)
    lang = doc.meta.language
    for moment in moments:  # what the badges on the stage headers mean
        keys.append(("moment:" + moment, f"{vocabulary.name('moment', moment, lang)} — "
                     f"{vocabulary.lower_first(vocabulary.description('moment', moment, lang))}"))
    for channel in channels:
        keys.append(("channel:" + channel, labels.channel(channel)))
    order = [
        ("initiative:proactive", labels["proactive"]),
        ("initiative:reactive", labels["reactive"]),
        ("decision", labels["decision_point"]),
        ("met:yes", labels["met_yes"]),
        ("met:partly", labels["met_partly"]),
        ("met:no", labels["met_no"]),
        ("severity", f"{labels['severity']} 1–5"),
        ("priority", f"{labels['priority']} 1–5"),
        *[(f"source:{s}", labels["source_" + s]) for s in
          ("survey", "review", "social", "support", "interview", "analytics", "call", "other")],
        *[(f"status:{s}", labels["status_" + s]) for s in
          ("idea", "running", "validated", "invalidated")],
        ("emotion", labels["emotion"]),
        ("link", labels["link"]),
        ("map_link", vocabulary.name("field", "link", lang)),
        *[(f"connection:{s}", _explained(labels, "connection_style", s))
          for s in ("flow", "dependency")],
        *[(f"blueprint:{s}", _explained(labels, "line", s))
          for s in ("interaction", "visibility", "internal")],
        ("assumed", labels["assumed"]),
    ]
    keys.extend(item for item in order if item[0] in found)
    return keys


def _explained(labels: Labels, category: str, value: str) -> str:
    """"Flujo: una cosa lleva a la otra (línea continua)" for the legend."""
    tip = vocabulary.description(category, value, labels.language)
    word = labels.name(category, value)
    return f"{word}: {vocabulary.lower_first(tip)}" if tip else word


def _info_text(doc: JourneyMap, labels: Labels, persona: str | None,
               view: str | None = None) -> str:
    meta = doc.meta
    # a saved view printed says so first: it is not the whole map
    parts = [f"{labels['view']}: {view}"] if view else []
    if meta.product:
        parts.append(f"{labels['product']}: {meta.product}")
    if meta.objective:
        parts.append(f"{labels['objective']}: {meta.objective}")
    if meta.team_goal:
        parts.append(f"{labels['team_goal']}: {meta.team_goal}")
    personas = [p for p in doc.personas if persona is None or p.id == persona]
    if personas:
        names = ", ".join(p.name + (f" ({p.role})" if p.role else "") for p in personas)
        parts.append(f"{labels['persona']}: {names}")
    stamp = meta.modified or meta.created
    day = stamp[:10] if stamp else date.today().isoformat()
    parts.append(f"{labels['date']}: {day}")
    return "   ·   ".join(parts)


def compute_poster(
    doc: JourneyMap, geom: MapGeometry, metrics: TextMetrics | None = None,
    view: str | None = None,
) -> Poster:
    """The poster of `doc` laid out as `geom`; `view`: the name of the saved view it
    shows, said in the header."""
    from cjeditor.layout.compute import text_block

    m = metrics or default_metrics()
    labels = Labels(doc.meta.language)
    width = max(geom.width, 400.0)
    inner = width - 2 * PAD
    title = text_block(doc.meta.title, PAD, PAD, inner, TITLE_SIZE, True, m)
    info = text_block(_info_text(doc, labels, geom.persona, view), PAD, title.rect.bottom + 6,
                      inner, INFO_SIZE, False, m)
    header = Rect(0.0, 0.0, width, info.rect.bottom + PAD)
    map_y = header.bottom + PAD

    y = map_y + geom.height + PAD
    keys = legend_keys(doc, geom, labels)
    legend = legend_title = None
    items: list[LegendItem] = []
    if keys:
        legend_title = text_block(labels["legend"], PAD, y + 8, inner, LEGEND_TITLE_SIZE, True, m)
        x = PAD
        ly = legend_title.rect.bottom + 6
        row_h = SYMBOL + 6
        for key, label in keys:
            label_w = m.width(label, LEGEND_SIZE)
            item_w = SYMBOL + 5 + label_w + 18
            if x + item_w > width - PAD and x > PAD:
                x = PAD
                ly += row_h
            symbol = Rect(x, ly, SYMBOL, SYMBOL)
            block = text_block(label, x + SYMBOL + 5, ly, label_w + 1, LEGEND_SIZE, False, m)
            # centre the single line on the symbol
            dy = (SYMBOL - block.rect.h) / 2
            block = TextBlock(block.lines, Rect(block.rect.x, ly + dy, block.rect.w, block.rect.h),
                              block.size, block.bold, block.line_height, block.baseline0)
            items.append(LegendItem(key, symbol, block))
            x += item_w
        legend = Rect(0.0, y, width, ly + row_h + 8 - y)
        y = legend.bottom
    return Poster(width, y + PAD / 2, header, title, info, map_y, geom, legend, legend_title,
                  items)


def channel_abbr(channel: str) -> str:
    return CHANNEL_ABBR.get(channel, "•")
