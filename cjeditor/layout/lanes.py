"""One lane laid out in its own coordinates (its top at y = 0). No Qt.

A lane is as tall as its tallest cell. Its cards are stacked top to bottom in
the order of lane.cards; a card spanning several stages sits at the first free
height over all its columns (a skyline). Columns that no spanning card joins
are independent, so the cards are laid out per *block*, a run of columns joined
by spanning cards (usually one column): a block is re-laid out only when its
cards or its columns change. Emotion lanes hold a curve instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, is_
from typing import Any

from cjeditor.check import cac_text, compute_cac
from cjeditor.layout.cards import CardBuilder, shift_block
from cjeditor.layout.emotions import emotion_lane
from cjeditor.layout.geometry import CardGeom, EmotionCurve, LaneGeom, Rect, TextBlock
from cjeditor.layout.labels import Labels
from cjeditor.layout.style import STYLE, text_block
from cjeditor.model import JourneyMap, Lane, vocabulary

__all__ = ["Block", "Columns", "LaneLocal", "keep_equal", "lane_chrome", "lay_block", "lay_lane",
           "cac_footer", "metric_totals", "place_lane", "plan_blocks", "same_objects"]


@dataclass(frozen=True, slots=True)
class Columns:
    """The stages as columns: left edges, widths, total width, index by stage id."""

    xs: tuple[float, ...]
    widths: tuple[float, ...]
    total_w: float
    index: Mapping[str, int]


@dataclass(slots=True)
class Block:
    """Cards of a run of columns [first, last] joined by spanning cards."""

    first: int
    last: int
    key: tuple[Any, ...]  # what the block's layout depends on
    cards: dict[str, CardGeom]
    bottom: float  # lowest stacked bottom (local), before the last gap


@dataclass(slots=True)
class LaneLocal:
    """A lane laid out at y = 0: everything but its place among the other lanes."""

    lane: Lane
    height: float
    title: TextBlock
    subtitle: TextBlock | None
    footer: TextBlock | None
    cards: dict[str, CardGeom]  # in lane.cards order
    blocks: list[Block] = field(default_factory=list)
    curve: EmotionCurve | None = None
    addresses: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # the cards laid out anew (not reused from the previous layout), block by block
    fresh: list[dict[str, CardGeom]] = field(default_factory=list)


def lane_chrome(lane: Lane, subtitle_text: str, b: CardBuilder
                ) -> tuple[TextBlock, TextBlock | None, float]:
    """The header's title and subtitle, and the height they need (local)."""
    s, m = STYLE, b.m
    hw = s.header_width
    if lane.collapsed:
        title = text_block(lane.title, s.pad, 4.0, hw - 2 * s.pad, s.lane_title_size, True, m,
                           max_lines=1)
        return title, None, max(s.collapsed_h, title.rect.h + 8)
    # an emotion lane's header keeps room on its right for the score scale
    title_w = hw - 2 * s.pad - (16.0 if lane.type == "emotions" else 0.0)
    title = text_block(lane.title, s.pad, s.pad, title_w, s.lane_title_size, True, m)
    subtitle = None
    if subtitle_text:
        subtitle = text_block(subtitle_text, s.pad, title.rect.bottom + 2, title_w,
                              s.lane_subtitle_size, False, m)
    head_h = (subtitle.rect.bottom if subtitle else title.rect.bottom) + s.pad
    return title, subtitle, head_h


_STAGE = attrgetter("stage")
_SPAN = attrgetter("span")


def plan_blocks(cards: Sequence[Any], cols: Columns
                ) -> list[tuple[int, int, list[Any], list[tuple[int, int]]]]:
    """Split a lane's cards into blocks: [(first, last, cards, [(first, last) per card])]."""
    if not cards:
        return []
    n = len(cols.xs)
    index = cols.index
    if max(map(_SPAN, cards)) <= 1:  # no card spans stages: one block per column
        groups: dict[int, list[Any]] = {}
        for card, first in zip(cards, map(index.get, map(_STAGE, cards)), strict=True):
            if first is None:
                continue
            group = groups.get(first)
            if group is None:
                group = groups[first] = []
            group.append(card)
        return [(f, f, group, [(f, f)] * len(group)) for f, group in sorted(groups.items())]
    placed: list[tuple[Any, int, int]] = []
    joined: set[int] = set()  # column i is joined to column i + 1
    for card in cards:
        first = index.get(card.stage)
        if first is None:
            continue
        last = min(first + max(card.span, 1), n) - 1
        placed.append((card, first, last))
        if last > first:
            joined.update(range(first, last))
    start_of = list(range(n))  # first column of the block holding each column
    for i in range(1, n):
        if i - 1 in joined:
            start_of[i] = start_of[i - 1]
    blocks: dict[int, tuple[int, int, list[Any], list[tuple[int, int]]]] = {}
    for card, first, last in placed:
        start = start_of[first]
        entry = blocks.get(start)
        if entry is None:
            end = start
            while end in joined:
                end += 1
            entry = blocks[start] = (start, end, [], [])
        entry[2].append(card)
        entry[3].append((first, last))
    return [blocks[k] for k in sorted(blocks)]


def same_objects(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """The very same objects in the same order (models are compared by identity:
    an equal copy is still a change a view must pick up)."""
    return len(a) == len(b) and all(map(is_, a, b))


def lay_block(b: CardBuilder, lane_id: str, cards: Sequence[Any],
              places: Sequence[tuple[int, int]], first: int, last: int, cols: Columns,
              oy: float) -> tuple[dict[str, CardGeom], float]:
    """Stack a block's cards (local y, written `oy` lower); returns the cards and
    the lowest bottom plus gap."""
    s = STYLE
    xs, widths = cols.xs, cols.widths
    bottoms = [s.pad] * (last - first + 1)
    out: dict[str, CardGeom] = {}
    for card, (c0, c1) in zip(cards, places, strict=True):
        cy = max(bottoms[c0 - first: c1 - first + 1])
        cx = xs[c0] + s.pad
        cw = xs[c1] + widths[c1] - xs[c0] - 2 * s.pad
        geom = b.card(card, lane_id, cx, cy, cw, oy)
        out[card.id] = geom
        below = cy + geom.rect.h + s.gap
        for i in range(c0 - first, c1 - first + 1):
            bottoms[i] = below
    return out, max(bottoms)


def block_key(b: CardBuilder, cards: Sequence[Any], places: Sequence[tuple[int, int]],
              first: int, last: int, cols: Columns) -> tuple[Any, ...]:
    """Everything a block's layout depends on besides the map-wide context."""
    images = tuple(b.assets.get(c.asset) for c in cards if c.kind == "image")
    return (tuple(cards), tuple(places), cols.xs[first:last + 1],
            cols.widths[first:last + 1], images)


def same_key(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return same_objects(a[0], b[0]) and a[1:] == b[1:]


def lay_lane(b: CardBuilder, lane: Lane, subtitle_text: str, cols: Columns, oy: float,
             old: LaneLocal | None = None) -> LaneLocal:
    """Lay out `lane` at local y = 0, its cards written `oy` lower. Blocks of `old`
    (a layout of the same lane at oy = 0) whose keys still match are reused."""
    s = STYLE
    title, subtitle, head_h = lane_chrome(lane, subtitle_text, b)
    if lane.collapsed:
        return LaneLocal(lane, head_h, title, None, None, {})
    cards: dict[str, CardGeom] = {}
    curve = None
    blocks: list[Block] = []
    fresh: list[dict[str, CardGeom]] = []
    if lane.type == "emotions":
        content_h, curve = emotion_lane(b, lane, oy, cols.xs, cols.widths, cols.index, cards)
        if old is not None:
            keep_equal(cards, old.cards)
        fresh.append(cards)
    else:
        reuse = {(blk.first, blk.last): blk for blk in old.blocks} if old is not None else {}
        top = s.pad
        for first, last, members, places in plan_blocks(lane.cards, cols):
            key = block_key(b, members, places, first, last, cols)
            blk = reuse.get((first, last))
            if blk is None or not same_key(blk.key, key):
                laid, bottom = lay_block(b, lane.id, members, places, first, last, cols, oy)
                if old is not None:
                    keep_equal(laid, old.cards)
                blk = Block(first, last, key, laid, bottom)
                fresh.append(laid)
            blocks.append(blk)
            cards.update(blk.cards)
            top = max(top, blk.bottom)
        content_h = top - s.gap + s.pad if lane.cards else 0.0

    footer = None
    if lane.type == "metrics":
        text = metric_totals(lane, b.labels, b.cac)
        if text:
            hw = s.header_width
            fy = max(content_h, s.pad)
            footer = text_block(text, cols.xs[0] + s.pad if cols.xs else hw + s.pad, fy,
                                cols.total_w - hw - 2 * s.pad, s.footer_size, True, b.m)
            content_h = footer.rect.bottom + s.pad
    addresses = []
    if lane.type == "opportunities":
        addresses = [(c.id, tuple(c.addresses)) for c in lane.cards
                     if c.kind == "opportunity" and c.addresses and c.id in cards]
    height = max(content_h, head_h, s.min_lane_h)
    return LaneLocal(lane, height, title, subtitle, footer, cards, blocks, curve, addresses,
                     fresh)


def keep_equal(new: dict[str, CardGeom], old: Mapping[str, CardGeom]) -> None:
    """Where a card laid out again came out equal, keep the old object: views
    find what to redraw by comparing with `is`."""
    for card_id, g in new.items():
        before = old.get(card_id)
        if before is not None and before is not g and before == g:
            new[card_id] = before


def place_lane(local: LaneLocal, index: int, y: float, cols: Columns) -> LaneGeom:
    """The lane's geometry with its top at `y`."""
    lane, h = local.lane, local.height
    title = shift_block(local.title, y)
    assert title is not None
    cells = [Rect(x, y, w, h) for x, w in zip(cols.xs, cols.widths, strict=True)]
    return LaneGeom(lane.id, index, lane.type, y, h, Rect(0.0, y, STYLE.header_width, h), title,
                    cells, shift_block(local.footer, y), shift_block(local.subtitle, y),
                    lane.collapsed, lane.persona)


def cac_footer(doc: JourneyMap, labels: Labels) -> str:
    """The map's CAC for the metrics footers ("CAC: 100 €", or why it cannot be
    computed), from the health check's one CAC; "" when the map holds neither costs nor
    customers (nothing to say)."""
    cac = compute_cac(doc)
    if cac.problem == "no_inputs":
        return ""
    return cac_text(cac, labels.language, labels.number)


def metric_totals(lane: Lane, labels: Labels, cac: str = "") -> str:
    """The footer of a metrics lane: totals per measure, scope and unit, averages for
    rates and scores, and `cac` (the map's, see cac_footer)."""
    sums: dict[tuple[str, str, str], list[float]] = {}
    for card in lane.cards:
        if card.kind != "metric":
            continue
        key = (card.measure, card.scope, card.unit or "")
        sums.setdefault(key, []).append(float(card.value))
    if not sums:
        return ""
    parts = []
    for (measure, scope, unit), values in sums.items():
        name = labels["measure_" + measure]
        if measure in ("rate", "score"):
            value = sum(values) / len(values)
            name = f"{name} ({labels['average']})"
        else:
            value = sum(values)
        if scope == "per_customer":  # summed apart, never divided
            name = f"{name} ({vocabulary.lower_first(labels.name('scope', scope))})"
        parts.append(f"{name}: {labels.number(value)}{' ' + unit if unit else ''}")
    if cac:
        parts.append(cac)
    return f"{labels['total']} · " + " · ".join(parts)
