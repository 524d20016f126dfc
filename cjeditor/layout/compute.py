"""JourneyMap + text metrics -> MapGeometry. No Qt.

Columns are stages (left to right, `COLUMN_WIDTH` x stage.width), rows are an
optional phase band, the stage headers and the lanes. A lane is as tall as its
tallest cell: its cards are stacked top to bottom in the order of lane.cards; a
card spanning several stages sits at the first free height over all its
columns (a skyline), so nothing overlaps. Emotion lanes hold a curve instead.
"""

from __future__ import annotations

import gc

from cjeditor.layout.emotions import emotion_lane
from cjeditor.layout.geometry import (
    CardGeom,
    ColumnGeom,
    EmotionCurve,
    LaneGeom,
    LinkGeom,
    MapGeometry,
    PhaseGeom,
    Rect,
)
from cjeditor.layout.labels import Labels
from cjeditor.layout.metrics import TextMetrics, default_metrics
from cjeditor.layout.style import ICON_SIZES, STYLE, Style, text_block
from cjeditor.model import JourneyMap, Lane
from cjeditor.model.assets import ImageHeaderError, image_size

__all__ = ["compute_layout", "text_block", "metric_totals", "Style", "STYLE"]


def _extra_text(card, labels: Labels) -> tuple[str, float, bool]:
    """Kind-specific caption: (text, size, bold)."""
    s = STYLE
    kind = card.kind
    parts: list[str] = []
    if kind == "touchpoint":
        parts.append(card.channel_label or labels.channel(card.channel))
        if card.initiative:
            parts.append(labels[card.initiative])
        if card.decision_point:
            parts.append("◆ " + labels["decision_point"])
        text = " · ".join(parts)
    elif kind == "expectation" and card.met:
        text = labels["met_" + card.met]
    elif kind == "pain_point":
        text = f"{labels['severity']} {card.severity}/5"
    elif kind == "feedback":
        text = labels["source_" + card.source]
        if card.score is not None:
            text += f" · {labels.number(card.score)}"
    elif kind == "opportunity" and card.priority:
        text = f"{labels['priority']} {card.priority}/5"
    elif kind == "idea":
        lines = []
        if card.status:
            lines.append(labels["status_" + card.status])
        if card.hypothesis:
            lines.append(f"{labels['hypothesis']}: {card.hypothesis}")
        if card.measure:
            lines.append(f"{labels['measure']}: {card.measure}")
        text = "\n".join(lines)
    elif kind == "metric":
        value = labels.number(card.value)
        return (f"{value} {card.unit}" if card.unit else value), s.value_size, True
    else:
        text = ""
    if card.tags:
        tags = " ".join("#" + t for t in card.tags)
        text = f"{text}\n{tags}" if text else tags
    return text, s.extra_size, False


class _Builder:
    def __init__(self, doc: JourneyMap, metrics: TextMetrics) -> None:
        self.doc = doc
        self.m = metrics
        self.labels = Labels(doc.meta.language)
        self.assets = {a.id: a for a in doc.assets}
        self._image_ratio: dict[str, float] = {}

    def image_ratio(self, asset_id: str) -> float:
        """height / width of an embedded image (1 if unreadable)."""
        ratio = self._image_ratio.get(asset_id)
        if ratio is None:
            ratio = 0.75
            asset = self.assets.get(asset_id)
            if asset is not None:
                try:
                    w, h = image_size(asset.media_type, asset.decoded())
                    ratio = h / w
                except (ImageHeaderError, ValueError):
                    pass
            self._image_ratio[asset_id] = ratio
        return ratio

    def card(self, card, lane_id: str, x: float, y: float, w: float) -> CardGeom:
        """A card at (x, y), `w` wide; its height follows its content."""
        s, m = STYLE, self.m
        inner_x = x + s.card_pad
        inner_w = max(w - 2 * s.card_pad, 8.0)
        cy = y + s.card_pad
        icon = None
        image = None
        sections = 0

        if card.kind == "image":
            ih = min(inner_w * self.image_ratio(card.asset), inner_w * 1.25)
            image = Rect(inner_x, cy, inner_w, ih)
            cy += ih
            sections += 1

        icon_size = ICON_SIZES.get(card.kind)
        if card.kind == "opportunity" and not card.priority:
            icon_size = None
        title_w = inner_w
        if icon_size is not None:
            iw, ih = icon_size
            title_w = max(inner_w - iw - 4, inner_w * 0.4)
        if sections:
            cy += s.section_gap
        title = text_block(card.title, inner_x, cy, title_w, s.title_size, True, m)
        top_h = title.rect.h
        if icon_size is not None:
            icon = Rect(x + w - s.card_pad - iw, cy, iw, ih)
            top_h = max(top_h, ih)
        if top_h:
            cy += top_h
            sections += 1

        extra = None
        text, size, bold = _extra_text(card, self.labels)
        if text:
            if sections:
                cy += s.section_gap
            extra = text_block(text, inner_x, cy, inner_w, size, bold, m)
            cy += extra.rect.h
            sections += 1

        body = None
        if card.text:
            if sections:
                cy += s.section_gap
            body = text_block(card.text, inner_x, cy, inner_w, s.body_size, False, m)
            cy += body.rect.h
        h = max(cy + s.card_pad - y, s.min_card_h)
        return CardGeom(
            card.id, lane_id, card.stage, card.kind, Rect(x, y, w, h), title, body, icon,
            extra, image, card.span, card.evidence,
        )


def compute_layout(
    doc: JourneyMap, metrics: TextMetrics | None = None, persona: str | None = None
) -> MapGeometry:
    """Where everything of `doc` goes, in points (origin top-left, y down).

    `persona`: keep only the lanes of that persona and the lanes of none
    (ValueError if the map has no such persona).
    """
    # Tens of thousands of small objects are made and all kept: pausing the
    # cyclic garbage collector meanwhile saves a third of the time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _compute(doc, metrics, persona)
    finally:
        if enabled:
            gc.enable()


def _compute(doc: JourneyMap, metrics: TextMetrics | None, persona: str | None) -> MapGeometry:
    m = metrics or default_metrics()
    s = STYLE
    b = _Builder(doc, m)
    if persona is not None and persona not in {p.id for p in doc.personas}:
        known = ", ".join(p.id for p in doc.personas) or "none"
        raise ValueError(f'no persona "{persona}" in this map (personas: {known})')

    # Columns.
    xs: list[float] = []
    widths: list[float] = []
    x = s.header_width
    for stage in doc.stages:
        xs.append(x)
        widths.append(s.column_width * stage.width)
        x += widths[-1]
    total_w = x
    stage_index = {st.id: i for i, st in enumerate(doc.stages)}

    # Phase band.
    y = 0.0
    phases: list[PhaseGeom] = []
    if doc.phases:
        runs: list[tuple[str, int, int]] = []  # phase id, first, last stage index
        for i, stage in enumerate(doc.stages):
            if stage.phase is None:
                continue
            if runs and runs[-1][0] == stage.phase and runs[-1][2] == i - 1:
                runs[-1] = (stage.phase, runs[-1][1], i)
            else:
                runs.append((stage.phase, i, i))
        names = {p.id: p.name for p in doc.phases}
        blocks = []
        for pid, first, last in runs:
            px, pw = xs[first], xs[last] + widths[last] - xs[first]
            blocks.append(
                (pid, px, pw, text_block(names.get(pid, pid), px + s.pad, s.pad,
                                         pw - 2 * s.pad, s.phase_size, True, m, "center"))
            )
        band_h = max((blk.rect.h for *_, blk in blocks), default=m.line_height(s.phase_size))
        band_h += 2 * s.pad
        for pid, px, pw, blk in blocks:
            phases.append(PhaseGeom(pid, Rect(px, 0.0, pw, band_h), blk))
        y = band_h

    # Stage headers.
    name_blocks = [
        text_block(st.name, xs[i] + s.pad, y + s.pad, widths[i] - 2 * s.pad, s.stage_size,
                   True, m, "center")
        for i, st in enumerate(doc.stages)
    ]
    has_badge = any(st.moment for st in doc.stages)
    name_h = max(blk.rect.h for blk in name_blocks)
    badge_y = y + s.pad + name_h + 3
    desc_y = badge_y + (s.badge_h + 4 if has_badge else 0)
    descriptions = [
        text_block(st.description, xs[i] + s.pad, desc_y, widths[i] - 2 * s.pad,
                   s.stage_description_size, False, m, "center", max_lines=4)
        if st.description else None
        for i, st in enumerate(doc.stages)
    ]
    desc_h = max((blk.rect.h for blk in descriptions if blk is not None), default=0.0)
    header_h = desc_y - y + desc_h + s.pad
    columns: list[ColumnGeom] = []
    for i, st in enumerate(doc.stages):
        badge = None
        if st.moment:
            bw = 44.0
            badge = Rect(xs[i] + (widths[i] - bw) / 2, badge_y, bw, s.badge_h)
        columns.append(ColumnGeom(
            st.id, i, xs[i], widths[i], Rect(xs[i], y, widths[i], header_h), name_blocks[i],
            st.moment, badge, descriptions[i],
        ))
    y += header_h

    # Lanes.
    persona_names = {p.id: p.name for p in doc.personas}
    lanes: list[LaneGeom] = []
    cards: dict[str, CardGeom] = {}
    curves: list[EmotionCurve] = []
    shown = [
        lane for lane in doc.lanes
        if persona is None or lane.persona is None or lane.persona == persona
    ]
    for index, lane in enumerate(shown):
        lane_geom, lane_cards, curve = _lane(b, lane, index, y, xs, widths, stage_index,
                                             total_w, persona_names)
        lanes.append(lane_geom)
        cards.update(lane_cards)
        if curve is not None:
            curves.append(curve)
        y += lane_geom.height

    links = _links(doc, shown, cards, lanes)
    return MapGeometry(total_w, y, s.header_width, phases, columns, lanes, cards, curves, links,
                       persona)


def _lane(b: _Builder, lane: Lane, index: int, y: float, xs, widths, stage_index, total_w,
          persona_names):
    s, m = STYLE, b.m
    hw = s.header_width
    subtitle_text = persona_names.get(lane.persona, "") if lane.persona else ""
    if lane.collapsed:
        title = text_block(lane.title, s.pad, y + 4, hw - 2 * s.pad, s.lane_title_size, True, m,
                           max_lines=1)
        height = max(s.collapsed_h, title.rect.h + 8)
        cells = [Rect(xs[i], y, widths[i], height) for i in range(len(xs))]
        geom = LaneGeom(lane.id, index, lane.type, y, height, Rect(0.0, y, hw, height), title,
                        cells, None, None, True, lane.persona)
        return geom, {}, None

    # an emotion lane's header keeps room on its right for the score scale
    title_w = hw - 2 * s.pad - (16.0 if lane.type == "emotions" else 0.0)
    title = text_block(lane.title, s.pad, y + s.pad, title_w, s.lane_title_size, True, m)
    subtitle = None
    if subtitle_text:
        subtitle = text_block(subtitle_text, s.pad, title.rect.bottom + 2, title_w,
                              s.lane_subtitle_size, False, m)
    head_h = (subtitle.rect.bottom if subtitle else title.rect.bottom) - y + s.pad

    lane_cards: dict[str, CardGeom] = {}
    curve = None
    if lane.type == "emotions":
        content_h, curve = emotion_lane(b, lane, y, xs, widths, stage_index, lane_cards)
    else:
        n = len(xs)
        bottoms = [y + s.pad] * n
        for card in lane.cards:
            first = stage_index.get(card.stage)
            if first is None:
                continue
            last = min(first + max(card.span, 1), n) - 1
            cy = max(bottoms[first : last + 1])
            cx = xs[first] + s.pad
            cw = xs[last] + widths[last] - xs[first] - 2 * s.pad
            geom = b.card(card, lane.id, cx, cy, cw)
            lane_cards[card.id] = geom
            for i in range(first, last + 1):
                bottoms[i] = geom.rect.bottom + s.gap
        content_h = max(bottoms) - s.gap + s.pad - y if lane.cards else 0.0

    footer = None
    if lane.type == "metrics":
        text = metric_totals(lane, b.labels)
        if text:
            fy = y + max(content_h, s.pad)
            footer = text_block(text, xs[0] + s.pad if xs else hw + s.pad, fy,
                                total_w - hw - 2 * s.pad, s.footer_size, True, m)
            content_h = footer.rect.bottom + s.pad - y

    height = max(content_h, head_h, s.min_lane_h)
    cells = [Rect(xs[i], y, widths[i], height) for i in range(len(xs))]
    geom = LaneGeom(lane.id, index, lane.type, y, height, Rect(0.0, y, hw, height), title, cells,
                    footer, subtitle, False, lane.persona)
    return geom, lane_cards, curve


def metric_totals(lane: Lane, labels: Labels) -> str:
    """The footer of a metrics lane: totals per measure and unit, averages for
    rates and scores, and the CAC (cost / customers) when both are known."""
    sums: dict[tuple[str, str], list[float]] = {}
    for card in lane.cards:
        if card.kind != "metric":
            continue
        sums.setdefault((card.measure, card.unit or ""), []).append(float(card.value))
    if not sums:
        return ""
    parts = []
    for (measure, unit), values in sums.items():
        name = labels["measure_" + measure]
        if measure in ("rate", "score"):
            value = sum(values) / len(values)
            name = f"{name} ({labels['average']})"
        else:
            value = sum(values)
        parts.append(f"{name}: {labels.number(value)}{' ' + unit if unit else ''}")
    costs = [(u, sum(v)) for (ms, u), v in sums.items() if ms == "cost"]
    customers = sum(sum(v) for (ms, _u), v in sums.items() if ms == "customers")
    if len(costs) == 1 and customers > 0:
        unit, cost = costs[0]
        suffix = " " + unit if unit else ""
        parts.append(f"{labels['cac']}: {labels.number(cost / customers)}{suffix}")
    return f"{labels['total']} · " + " · ".join(parts)


def _links(doc: JourneyMap, shown: list[Lane], cards: dict[str, CardGeom],
           lanes: list[LaneGeom]) -> list[LinkGeom]:
    lane_by_id = {lg.lane_id: lg for lg in lanes}
    links = []
    for lane in shown:
        if lane.type != "opportunities":
            continue
        for card in lane.cards:
            if card.kind != "opportunity" or card.id not in cards:
                continue
            o = cards[card.id].rect
            olane = lane_by_id[lane.id]
            for target in card.addresses:
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
                links.append(LinkGeom(card.id, target, pts))
    return links
