"""Emotion lanes: one face per stage and a smooth curve through them. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cjeditor.layout.geometry import CardGeom, CurvePoint, EmotionCurve, Rect
from cjeditor.layout.style import STYLE, text_block
from cjeditor.model import Lane

if TYPE_CHECKING:
    from cjeditor.layout.compute import _Builder

__all__ = ["emotion_lane", "smooth"]


def emotion_lane(b: _Builder, lane: Lane, y, xs, widths, stage_index, out: dict[str, CardGeom]):
    """Lay out an emotion lane starting at `y`: a point per stage with an emotion
    (y from its score, +2 at the top), its label below it, and the curve.
    Card geometries go into `out`; returns (content height, EmotionCurve)."""
    s, m = STYLE, b.m
    top = y + s.pad + s.face_r
    score_y = {score: top + (2 - score) * s.emotion_step for score in range(-2, 3)}
    seen: set[int] = set()
    chosen = []
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
        title = text_block(card.title, xs[i] + s.pad, ly, label_w, s.label_size, True, m,
                           "center")
        body = None
        if card.text:
            body = text_block(card.text, xs[i] + s.pad, title.rect.bottom + 1, label_w,
                              s.body_size, False, m, "center")
        end = body.rect.bottom if body else title.rect.bottom
        rect = Rect(xs[i] + s.pad, py - s.face_r, label_w, end - (py - s.face_r))
        icon = Rect(cx - s.face_r, py - s.face_r, 2 * s.face_r, 2 * s.face_r)
        out[card.id] = CardGeom(card.id, lane.id, card.stage, "emotion", rect, title, body, icon,
                                None, None, 1, card.evidence)
        points.append(CurvePoint(card.id, card.stage, cx, py, card.score))
        bottom = max(bottom, end + s.pad)
    curve = EmotionCurve(lane.id, points, smooth(points, score_y[2], score_y[-2]), score_y)
    return bottom - y, curve


def smooth(points: list[CurvePoint], y_min: float, y_max: float):
    """Catmull-Rom through the points as cubic Bezier segments, kept inside
    [y_min, y_max] and monotonic in x (control points clamped)."""
    segs = []
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
