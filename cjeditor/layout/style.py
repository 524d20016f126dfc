"""Sizes of the layout and wrapped text blocks. No Qt."""

from __future__ import annotations

from cjeditor.layout.geometry import Rect, TextBlock
from cjeditor.layout.metrics import TextMetrics, wrap_lines

__all__ = ["ICON_SIZES", "STYLE", "Style", "text_block"]


class Style:
    """Sizes in points (one place to tune the look)."""

    column_width = 180.0
    header_width = 150.0
    pad = 6.0  # inside a cell, around its stack
    gap = 6.0  # between stacked cards
    card_pad = 6.0  # inside a card
    section_gap = 3.0  # between a card's title, caption, picture and text
    title_size = 9.0
    body_size = 8.0
    extra_size = 7.0
    value_size = 13.0
    lane_title_size = 10.5
    lane_subtitle_size = 7.5
    stage_size = 11.0
    stage_description_size = 7.0
    phase_size = 11.0
    badge_size = 7.5
    badge_h = 14.0
    min_lane_h = 44.0
    min_card_h = 26.0
    collapsed_h = 22.0
    emotion_step = 20.0  # vertical distance between two scores
    face_r = 9.0
    label_size = 8.0
    footer_size = 8.0
    link_size = 7.0  # the path of a link to another map, beside its badge
    link_badge = 10.0  # the square badge of a link to another map
    link_gap = 3.0  # between that badge and the path


STYLE = Style()

ICON_SIZES: dict[str, tuple[float, float]] = {
    "touchpoint": (30.0, 20.0),
    "expectation": (14.0, 14.0),
    "pain_point": (44.0, 8.0),
    "feedback": (24.0, 14.0),
    "idea": (14.0, 14.0),
    "opportunity": (24.0, 12.0),
}


def _line_metrics(metrics: TextMetrics, size: float) -> tuple[float, float]:
    """(line height, first baseline offset) at `size`, cached on our metrics."""
    cache = getattr(metrics, "line_cache", None)
    found = cache.get(size) if cache is not None else None
    if found is None:
        lh = metrics.line_height(size)
        asc = metrics.ascent(size)
        desc = -metrics.descent(size)
        found = (lh, asc + (lh - asc - desc) / 2)
        if cache is not None:
            cache[size] = found
    return found


def text_block(
    text: str, x: float, y: float, width: float, size: float, bold: bool,
    metrics: TextMetrics, align: str = "left", max_lines: int | None = None,
) -> TextBlock:
    lines = wrap_lines(text, width, size, bold, metrics)
    if max_lines is not None and len(lines) > max_lines:
        kept = list(lines[:max_lines])
        last = kept[-1]
        while last and metrics.width(last + "…", size, bold) > width:
            last = last[:-1]
        kept[-1] = last + "…"
        lines = tuple(kept)
    lh, baseline0 = _line_metrics(metrics, size)
    return TextBlock(lines, Rect(x, y, width, lh * len(lines)), size, bold, lh, baseline0, align)
