"""Checks on routed arrows shared by the blueprint tests: orthogonal, out of every card,
ending on their cards' borders, never running on top of another arrow."""

from __future__ import annotations

from itertools import combinations, pairwise

EPS = 0.01


def segments(points):
    return list(pairwise(points))


def crosses(seg, rect, margin=0.2) -> bool:
    """True if the segment passes through the inside of `rect` (touching its border
    is allowed: an arrow starts and ends there)."""
    (x0, y0), (x1, y1) = seg
    left, right = rect.x + margin, rect.x + rect.w - margin
    top, bottom = rect.y + margin, rect.y + rect.h - margin
    if abs(y0 - y1) < EPS:  # horizontal
        return top < y0 < bottom and min(x0, x1) < right and max(x0, x1) > left
    return left < x0 < right and min(y0, y1) < bottom and max(y0, y1) > top


def on_border(point, rect, tol=0.05) -> bool:
    x, y = point
    inside_x = rect.x - tol <= x <= rect.x + rect.w + tol
    inside_y = rect.y - tol <= y <= rect.y + rect.h + tol
    on_v = abs(x - rect.x) <= tol or abs(x - rect.x - rect.w) <= tol
    on_h = abs(y - rect.y) <= tol or abs(y - rect.y - rect.h) <= tol
    return inside_x and inside_y and (on_v or on_h)


def overlap(a, b) -> float:
    """Length two axis-parallel segments share (0 when not on one line)."""
    (ax0, ay0), (ax1, ay1) = a
    (bx0, by0), (bx1, by1) = b
    if abs(ay0 - ay1) < EPS and abs(by0 - by1) < EPS and abs(ay0 - by0) < EPS:
        return max(0.0, min(max(ax0, ax1), max(bx0, bx1)) - max(min(ax0, ax1), min(bx0, bx1)))
    if abs(ax0 - ax1) < EPS and abs(bx0 - bx1) < EPS and abs(ax0 - bx0) < EPS:
        return max(0.0, min(max(ay0, ay1), max(by0, by1)) - max(min(ay0, ay1), min(by0, by1)))
    return 0.0


def check_arrows(geom, arrows):
    """arrows: [(from id, to id, points)]; asserts every property of a good route."""
    rects = {cid: geom.cards[cid].rect for cid in geom.cards}
    for source, target, points in arrows:
        assert len(points) >= 2, (source, target)
        for a, b in segments(points):
            assert abs(a[0] - b[0]) < EPS or abs(a[1] - b[1]) < EPS, ("not orthogonal", a, b)
            for cid, rect in rects.items():
                if geom.cards[cid].kind == "emotion":
                    continue
                assert not crosses((a, b), rect), (source, target, "crosses", cid, a, b)
        assert on_border(points[0], rects[source]), (source, points[0])
        assert on_border(points[-1], rects[target]), (target, points[-1])
    for (s1, t1, p1), (s2, t2, p2) in combinations(arrows, 2):
        for a in segments(p1):
            for b in segments(p2):
                assert overlap(a, b) < 0.5, ("run on top of each other", (s1, t1), (s2, t2),
                                             a, b)
