"""Emotion lanes: one face per stage and a smooth curve through them. No Qt.

Laid out in the lane's own coordinates (top at y = 0): the cards are written
`oy` lower (see cards.py), the curve stays local and is moved with `shift_curve`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cjeditor.layout.cards import CardBuilder, link_row
from cjeditor.layout.geometry import CardGeom, CurvePoint, EmotionCurve, Rect
from cjeditor.layout.style import STYLE, text_block
from cjeditor.model import Lane

__all__ = ["emotion_lane", "shift_curve", "smooth"]

Segment = tuple[float, float, float, float, float, float, float, float]


def emotion_lane(b: CardBuilder, lane: Lane, oy: float, xs: Sequence[float],
                 widths: Sequence[float], stage_index: Mapping[str, int],
                 out: dict[str, CardGeom]) -> tuple[float, EmotionCurve]:
    """Lay out an emotion lane: a point per stage with an emotion (y from its
    score, +2 at the top), its label below it, and the curve. Card geometries go
    into `out` (written `oy` lower); returns (content height, local curve)."""
    s, m = STYLE, b.m
    top = s.pad + s.face_r
    score_y = {score: top + (2 - score) * s.emotion_step for score in range(-2, 3)}
    seen: set[int] = set()
    chosen: list[tuple[int, Any]] = []
    for card in lane.cards:
        i = stage_index.get(card.stage)
        if i is None or i in seen or card.kind != "emotion":
            continue
        seen.add(i)
        chosen.append((i, card))
    chosen.sort(key=lambda item: item[0])
    points: list[CurvePoint] = []
    bottom = score_y[-2] + s.face_r + s.pad
    for i, card in chosen:
        cx = xs[i] + widths[i] / 2
        py = score_y[card.score]
        label_w = widths[i] - 2 * s.pad
        ly = py + s.face_r + 3
        title = text_block(card.title, xs[i] + s.pad, ly + oy, label_w, s.label_size, True, m,
                           "center")
        end = ly + title.rect.h
        body = None
        if card.text:
            by = end + 1
            body = text_block(card.text, xs[i] + s.pad, by + oy, label_w, s.body_size, False,
                              m, "center")
            end = by + body.rect.h
        link_badge = link_text = None
        if card.link:  # a sub-journey: the badge and the path under the label
            link_badge, link_text, row_h = link_row(card.link, xs[i] + s.pad, end + 2, label_w,
                                                    m, "center", oy)
            end += 2 + row_h
        rect = Rect(xs[i] + s.pad, py - s.face_r + oy, label_w, end - (py - s.face_r))
        icon = Rect(cx - s.face_r, py - s.face_r + oy, 2 * s.face_r, 2 * s.face_r)
        out[card.id] = CardGeom(card.id, lane.id, card.stage, "emotion", rect, title, body, icon,
                                None, None, 1, card.evidence, link_badge, link_text)
        points.append(CurvePoint(card.id, card.stage, cx, py, card.score))
        bottom = max(bottom, end + s.pad)
    curve = EmotionCurve(lane.id, points, smooth(points, score_y[2], score_y[-2]), score_y)
    return bottom, curve


def smooth(points: list[CurvePoint], y_min: float, y_max: float) -> list[Segment]:
    """Catmull-Rom through the points as cubic Bezier segments, kept inside
    [y_min, y_max] and monotonic in x (control points clamped)."""
    segs: list[Segment] = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[max(i - 1, 0)]
        p1, p2 = points[i], points[i + 1]
        p3 = points[min(i + 2, n - 1)]
        c1x = p1.x + (p2.x - p0.x) / 6
        c1y = p1.y + (p2.y - p0.y) / 6
        c2x = p2.x - (p3.x - p1.x) / 6
        c2y = p2.y - (p3.y - p1.y) / 6
        c1x = min(max(c1x, p1.x), p2.x)
        c2x = min(max(c2x, p1.x), p2.x)
        c1y = min(max(c1y, y_min), y_max)
        c2y = min(max(c2y, y_min), y_max)
        segs.append((p1.x, p1.y, c1x, c1y, c2x, c2y, p2.x, p2.y))
    return segs


def shift_curve(curve: EmotionCurve, dy: float) -> EmotionCurve:
    """A local curve moved `dy` down."""
    points = [CurvePoint(p.card_id, p.stage_id, p.x, p.y + dy, p.score) for p in curve.points]
    segments = [(x0, y0 + dy, c1x, c1y + dy, c2x, c2y + dy, x1, y1 + dy)
                for x0, y0, c1x, c1y, c2x, c2y, x1, y1 in curve.segments]
    score_y = {score: y + dy for score, y in curve.score_y.items()}
    return EmotionCurve(curve.lane_id, points, segments, score_y)
