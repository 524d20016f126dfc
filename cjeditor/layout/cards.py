"""One card's geometry, and moving laid-out geometry down. No Qt.

A card is laid out in its lane's own coordinates (the lane's top is y = 0) and
written at `y + oy`: the from-scratch layout passes the lane's top as `oy`, the
incremental one passes 0 and adds the lane's top later with `shift_card`. Both
therefore make the same single addition `local + top`, so their floats agree
exactly.
"""

from __future__ import annotations

from typing import Any

from cjeditor.layout.geometry import CardGeom, Rect, TextBlock
from cjeditor.layout.labels import Labels
from cjeditor.layout.metrics import TextMetrics
from cjeditor.layout.style import ICON_SIZES, STYLE, text_block
from cjeditor.model import JourneyMap
from cjeditor.model.assets import ImageHeaderError, image_size

__all__ = ["CardBuilder", "link_row", "moved_only", "shift_block", "shift_card", "shift_rect"]


def _elide_start(text: str, width: float, size: float, m: TextMetrics) -> str:
    """`text` on one line of `width`, its start given up for "…" if too long: a path
    keeps its file name."""
    if m.width(text, size) <= width:
        return text
    lo, hi = 0, len(text)  # the shortest tail that fits after "…"
    while lo < hi:
        mid = (lo + hi) // 2
        if m.width("…" + text[len(text) - mid:], size) <= width:
            lo = mid + 1
        else:
            hi = mid
    keep = max(lo - 1, 0)
    return "…" + text[len(text) - keep:] if keep else "…"


def link_row(link: str, x: float, y: float, w: float, m: TextMetrics,
             align: str = "left", oy: float = 0.0) -> tuple[Rect, TextBlock, float]:
    """A link to another map at (x, y) in a row `w` wide, written `oy` lower: the
    badge, the path on one line beside it (centred on the badge), and the row's
    height. With `align` "center" the badge and path are centred together."""
    s = STYLE
    size, side, gap = s.link_size, s.link_badge, s.link_gap
    room = max(w - side - gap, 8.0)
    shown = _elide_start(" ".join(link.split()), room, size, m)
    block = text_block(shown, x + side + gap, y, room, size, False, m, max_lines=1)
    used = max((m.width(line, size) for line in block.lines), default=0.0)
    left = x + (w - side - gap - used) / 2 if align == "center" else x
    top = y + max((side - block.rect.h) / 2, 0.0)  # local, like y: `oy` is added last
    r = block.rect
    block = block._replace(rect=Rect(left + side + gap, top + oy,
                                     used if align == "center" else r.w, r.h))
    return Rect(left, y + oy, side, side), block, max(side, top - y + r.h)


def extra_text(card: Any, labels: Labels | CaptionWords) -> tuple[str, float, bool]:
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


class CaptionWords:
    """`Labels` for captions, each word looked up once: a map of 20,000 cards asks
    for the same few dozen words tens of thousands of times."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self._words: dict[str, str] = {}
        self._channels: dict[str, str] = {}

    def __getitem__(self, key: str) -> str:
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = self.labels[key]
        return word

    def channel(self, channel: str) -> str:
        word = self._channels.get(channel)
        if word is None:
            word = self._channels[channel] = self.labels.channel(channel)
        return word

    def number(self, value: float) -> str:
        return self.labels.number(value)


class CardBuilder:
    """What every card of one map shares while being laid out: metrics, words, images."""

    def __init__(self, doc: JourneyMap, metrics: TextMetrics) -> None:
        self.m = metrics
        self.labels = Labels(doc.meta.language)
        self.words = CaptionWords(self.labels)
        self.cac = ""  # the map's CAC for the metrics footers (lanes.cac_footer)
        self.assets = {a.id: a for a in doc.assets}
        self._image_ratio: dict[str, tuple[Any, float]] = {}  # id -> (asset, ratio)

    def image_ratio(self, asset_id: str) -> float:
        """height / width of an embedded image (0.75 if unreadable or missing)."""
        asset = self.assets.get(asset_id)
        hit = self._image_ratio.get(asset_id)
        if hit is not None and hit[0] is asset:
            return hit[1]
        ratio = 0.75
        if asset is not None:
            try:
                w, h = image_size(asset.media_type, asset.decoded())
                ratio = h / w
            except (ImageHeaderError, ValueError):
                pass
        self._image_ratio[asset_id] = (asset, ratio)
        return ratio

    def card(self, card: Any, lane_id: str, x: float, y: float, w: float,
             oy: float = 0.0) -> CardGeom:
        """A card at local (x, y), `w` wide, written `oy` lower; its height follows
        its content."""
        s, m = STYLE, self.m
        inner_x = x + s.card_pad
        inner_w = max(w - 2 * s.card_pad, 8.0)
        cy = y + s.card_pad
        icon = None
        image = None
        sections = 0

        if card.kind == "image":
            ih = min(inner_w * self.image_ratio(card.asset), inner_w * 1.25)
            image = Rect(inner_x, cy + oy, inner_w, ih)
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
        title = text_block(card.title, inner_x, cy + oy, title_w, s.title_size, True, m)
        top_h = title.rect.h
        if icon_size is not None:
            icon = Rect(x + w - s.card_pad - iw, cy + oy, iw, ih)
            top_h = max(top_h, ih)
        if top_h:
            cy += top_h
            sections += 1

        extra = None
        text, size, bold = extra_text(card, self.words)
        if text:
            if sections:
                cy += s.section_gap
            extra = text_block(text, inner_x, cy + oy, inner_w, size, bold, m)
            cy += extra.rect.h
            sections += 1

        body = None
        if card.text:
            if sections:
                cy += s.section_gap
            body = text_block(card.text, inner_x, cy + oy, inner_w, s.body_size, False, m)
            cy += body.rect.h
            sections += 1

        link_badge = link_text = None
        if card.link:  # a sub-journey: the badge and the path, last
            if sections:
                cy += s.section_gap
            link_badge, link_text, row_h = link_row(card.link, inner_x, cy, inner_w, m, oy=oy)
            cy += row_h
        h = max(cy + s.card_pad - y, s.min_card_h)
        return CardGeom(
            card.id, lane_id, card.stage, card.kind, Rect(x, y + oy, w, h), title, body, icon,
            extra, image, card.span, card.evidence, link_badge, link_text,
        )


def shift_rect(r: Rect, dy: float) -> Rect:
    return Rect(r.x, r.y + dy, r.w, r.h)


def shift_block(b: TextBlock | None, dy: float) -> TextBlock | None:
    if b is None:
        return None
    r = b.rect
    return TextBlock(b.lines, Rect(r.x, r.y + dy, r.w, r.h), b.size, b.bold, b.line_height,
                     b.baseline0, b.align)


def shift_card(g: CardGeom, dy: float) -> CardGeom:
    """`g` moved `dy` down (a new object; geometry is never changed in place)."""
    r = g.rect
    title = shift_block(g.title, dy)
    assert title is not None
    return CardGeom(
        g.card_id, g.lane_id, g.stage_id, g.kind, Rect(r.x, r.y + dy, r.w, r.h), title,
        shift_block(g.body, dy), None if g.icon is None else shift_rect(g.icon, dy),
        shift_block(g.extra, dy), None if g.image is None else shift_rect(g.image, dy),
        g.span, g.evidence, None if g.link_badge is None else shift_rect(g.link_badge, dy),
        shift_block(g.link_text, dy),
    )


def moved_only(old: CardGeom, new: CardGeom, eps: float = 1e-6) -> bool:
    """True if `new` is `old` moved straight up or down: same size, same text, same
    everything else (a view may move the picture it has instead of drawing again)."""
    dy = new.rect.y - old.rect.y

    def same_rect(a: Rect | None, b: Rect | None) -> bool:
        if a is None or b is None:
            return a is b
        return a.x == b.x and a.w == b.w and a.h == b.h and abs(b.y - a.y - dy) <= eps

    def same_block(a: TextBlock | None, b: TextBlock | None) -> bool:
        if a is None or b is None:
            return a is b
        return (a.lines == b.lines and a.size == b.size and a.bold == b.bold
                and a.line_height == b.line_height and a.baseline0 == b.baseline0
                and a.align == b.align and same_rect(a.rect, b.rect))

    return (old.card_id == new.card_id and old.lane_id == new.lane_id
            and old.stage_id == new.stage_id and old.kind == new.kind
            and old.span == new.span and old.evidence == new.evidence
            and same_rect(old.rect, new.rect) and same_block(old.title, new.title)
            and same_block(old.body, new.body) and same_block(old.extra, new.extra)
            and same_rect(old.icon, new.icon) and same_rect(old.image, new.image)
            and same_rect(old.link_badge, new.link_badge)
            and same_block(old.link_text, new.link_text))
