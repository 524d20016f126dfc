"""Orthogonal routes for arrows between cards: connections and opportunity links. No Qt.

A route runs in the gutters of the map: along lane boundaries (nothing sits on
them: a lane's cards keep `pad` away from its edges), down the column
boundaries (free except where a card spans across), and down the middle of a
column through lanes where that column is empty. It leaves a card from a side
into the nearest gutter and enters the target the same way, so no segment
runs behind a card. A shortest path with a price per bend picks the way;
then the routes that share a gutter line get one track each (`tracks`), so two
arrows never run on top of each other.

`Router` routes a map's arrows, all together (tracks depend on every route);
`RouteCache` keeps the result while its inputs are the same objects.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from cjeditor.layout.geometry import CardGeom, ColumnGeom, LaneGeom, LinkGeom, Rect, TextBlock
from cjeditor.layout.metrics import TextMetrics
from cjeditor.layout.style import STYLE, text_block

__all__ = ["ConnectionGeom", "RouteCache", "Router", "route_arrows"]

Point = tuple[float, float]
BEND = 18.0  # a bend costs as much as this many points of length
CROWD = 14.0  # running beside an earlier arrow costs this much per arrow and gutter cell
FULL = 250.0  # ...and this much more once the gutter holds as many tracks as fit in it
ROOMY = 3  # tracks that fit in a gutter TRACK apart
TRACK = 3.5  # distance between two parallel tracks in a gutter
ROOM = 5.0  # a track keeps this close to its gutter's middle line (gutter = 2 * pad)
CLEAR = 0.75  # a gutter line is blocked by a card closer than this
LABEL_SIZE = 6.5
LABEL_PAD = 2.0
H, V = 0, 1  # segment directions


@dataclass(slots=True)
class ConnectionGeom:
    """A routed connection: its polyline (arrowhead at the last point) and its label."""

    connection_id: str
    from_card_id: str
    to_card_id: str
    style: str  # "flow" (solid) or "dependency" (dashed)
    points: list[Point]
    label: TextBlock | None = None  # centred on a horizontal run, in a gutter
    label_box: Rect | None = None  # the patch behind the label


LaneCards = Mapping[str, tuple[Mapping[str, CardGeom], float]]  # lane -> (cards, their dy)


class _Map:
    """The gutter grid of one laid-out map and the cards that block it."""

    def __init__(self, columns: Sequence[ColumnGeom], lanes: Sequence[LaneGeom],
                 lane_cards: LaneCards) -> None:
        self.lanes = lanes
        self.lane_cards = lane_cards
        last = columns[-1]
        self.bounds = [c.x for c in columns] + [last.x + last.width]
        self.centers = [c.x + c.width / 2 for c in columns]
        self.ys = [lane.y for lane in lanes] + [lanes[-1].y + lanes[-1].height]
        self.lane_index = {lane.lane_id: j for j, lane in enumerate(lanes)}
        self._rects: dict[int, list[tuple[float, float, float, float]]] = {}
        self._spans: dict[int, tuple[list[float], list[float]]] = {}  # lane -> merged x spans
        self._through: dict[tuple[float, int], bool] = {}
        # grid edges the arrows routed so far run along: ("v", x, lane) or ("h", y, x0)
        self.crowd: dict[tuple[str, float, float], int] = {}

    def toll(self, key: tuple[str, float, float]) -> float:
        """What running along a gutter cell costs on top of its length: more for every
        arrow already there, much more once it is full."""
        n = self.crowd.get(key, 0)
        return CROWD * n + (FULL if n >= ROOMY else 0.0)

    def through(self, x: float, j: int) -> bool:
        """True if a vertical run at `x` crosses lane j from top to bottom touching no
        card (remembered: every route asks the same questions)."""
        key = (x, j)
        found = self._through.get(key)
        if found is None:
            spans = self._spans.get(j)
            if spans is None:
                merged: list[list[float]] = []
                for x0, _y0, x1, _y1 in sorted(self.rects(j)):
                    lo, hi = x0 - CLEAR, x1 + CLEAR
                    if merged and lo <= merged[-1][1]:
                        merged[-1][1] = max(merged[-1][1], hi)
                    else:
                        merged.append([lo, hi])
                spans = self._spans[j] = ([m[0] for m in merged], [m[1] for m in merged])
            starts, ends = spans
            i = bisect_right(starts, x) - 1
            found = self._through[key] = not (i >= 0 and x <= ends[i])
        return found

    def rects(self, j: int) -> list[tuple[float, float, float, float]]:
        """(x0, y0, x1, y1) of the drawn cards of lane `j` (none when it is collapsed)."""
        found = self._rects.get(j)
        if found is None:
            lane = self.lanes[j]
            found = []
            if not lane.collapsed:
                cards, dy = self.lane_cards.get(lane.lane_id, ({}, 0.0))
                for g in cards.values():
                    r = g.rect
                    found.append((r.x, r.y + dy, r.x + r.w, r.y + r.h + dy))
            self._rects[j] = found
        return found

    def v_free(self, x: float, j: int, y0: float, y1: float, skip: Rect | None = None) -> bool:
        """True if a vertical run at `x` from y0 to y1 inside lane j touches no card."""
        lo, hi = min(y0, y1), max(y0, y1)
        for x0, ry0, x1, ry1 in self.rects(j):
            if x0 - CLEAR <= x <= x1 + CLEAR and ry0 < hi and ry1 > lo:
                if skip is not None and (x0, ry0) == (skip.x, skip.y):
                    continue
                return False
        return True

    def card(self, card_id: str) -> tuple[int, Rect] | None:
        """(lane index, rect in map coordinates) of a drawn card, or None."""
        for j, lane in enumerate(self.lanes):
            if lane.collapsed:
                continue
            cards, dy = self.lane_cards.get(lane.lane_id, ({}, 0.0))
            g = cards.get(card_id)
            if g is not None:
                r = g.rect
                return j, Rect(r.x, r.y + dy, r.w, r.h)
        return None


@dataclass(slots=True)
class _Port:
    """A way from a card to a grid node: the points from the card's side to the node."""

    node: Point
    points: list[Point]  # card side ... node
    cost: float
    last: int  # direction of the run that reaches the node


def _length(points: Sequence[Point]) -> float:
    return sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairwise(points))


def _ports(m: _Map, j: int, r: Rect) -> list[_Port]:
    """The ways out of card `r` (in lane j) to the grid: from a side into the
    column boundary beside it and along it to a lane boundary, or straight up or
    down to the lane boundary when no card of its cell is in the way."""
    yt, yb = m.ys[j], m.ys[j + 1]
    cx, cy = r.x + r.w / 2, r.y + r.h / 2
    ports = []
    left = m.bounds[max(bisect_right(m.bounds, r.x + 0.5) - 1, 0)]
    right = m.bounds[min(bisect_left(m.bounds, r.right - 0.5), len(m.bounds) - 1)]
    for xb, side_x in ((left, r.x), (right, r.right)):
        for yn in (yt, yb):
            if m.v_free(xb, j, cy, yn):
                pts = [(side_x, cy), (xb, cy), (xb, yn)]
                ports.append(_Port((xb, yn), pts, _length(pts) + BEND, V))
    if m.v_free(cx, j, yt, r.y, skip=r):
        pts = [(cx, r.y), (cx, yt)]
        ports.append(_Port((cx, yt), pts, _length(pts), V))
    if m.v_free(cx, j, r.bottom, yb, skip=r):
        pts = [(cx, r.bottom), (cx, yb)]
        ports.append(_Port((cx, yb), pts, _length(pts), V))
    return ports


def _direct(m: _Map, js: int, rs: Rect, jt: int, rt: Rect) -> list[Point] | None:
    """A short way inside one lane: side to side along the column boundary between
    two neighbouring cells, or down the gap between two cards stacked in a cell."""
    if js != jt:
        return None
    best: list[Point] | None = None
    sy, ty = rs.y + rs.h / 2, rt.y + rt.h / 2
    for xs_side, xt_side in ((rs.right, rt.x), (rs.x, rt.right)):
        if abs(xt_side - xs_side) > 2 * STYLE.pad + 1 or (xt_side - xs_side) * (
                rt.x - rs.x) <= 0:
            continue
        xb = (xs_side + xt_side) / 2
        if m.v_free(xb, js, sy, ty):
            pts = [(xs_side, sy), (xb, sy), (xb, ty), (xt_side, ty)]
            best = pts
    lo, hi = max(rs.x, rt.x), min(rs.right, rt.right)
    if hi - lo > 8:
        x = (lo + hi) / 2
        if rs.bottom <= rt.y and m.v_free(x, js, rs.bottom + 0.1, rt.y - 0.1):
            best = [(x, rs.bottom), (x, rt.y)]
        elif rt.bottom <= rs.y and m.v_free(x, js, rt.bottom + 0.1, rs.y - 0.1):
            best = [(x, rs.y), (x, rt.bottom)]
    return best


def _shortest(m: _Map, source: list[_Port], target: list[_Port], extra_xs: Sequence[float],
              ) -> list[Point] | None:
    """Cheapest grid path from one of the source ports to one of the target ports."""
    xs = sorted(set(m.bounds) | set(m.centers) | set(extra_xs))
    xi = {x: i for i, x in enumerate(xs)}
    yi = {y: i for i, y in enumerate(m.ys)}
    if not source or not target:
        return None
    goals: dict[tuple[int, int], list[_Port]] = {}
    gx0, gx1 = min(p.node[0] for p in target), max(p.node[0] for p in target)
    gy0, gy1 = min(p.node[1] for p in target), max(p.node[1] for p in target)
    ys = m.ys

    def estimate(i: int, j: int) -> float:
        """The distance to the box around the goals: never more than the rest of the
        way (A*)."""
        x, y = xs[i], ys[j]
        return max(gx0 - x, 0.0, x - gx1) + max(gy0 - y, 0.0, y - gy1)

    for port in target:
        goals.setdefault((xi[port.node[0]], yi[port.node[1]]), []).append(port)
    State = tuple[int, int, int]
    best: dict[State, float] = {}
    parent: dict[State, State | None] = {}
    start_port: dict[State, _Port] = {}
    heap: list[tuple[float, int, State]] = []
    order = 0
    for port in source:
        state = (xi[port.node[0]], yi[port.node[1]], port.last)
        if port.cost < best.get(state, float("inf")):
            best[state] = port.cost
            parent[state] = None
            start_port[state] = port
            heapq.heappush(heap, (port.cost + estimate(state[0], state[1]), order, state))
            order += 1
    found: tuple[float, State, _Port] | None = None
    while heap:
        priority, _, state = heapq.heappop(heap)
        i, j, d = state
        cost = best[state]
        if priority > cost + estimate(i, j) + 1e-9:
            continue  # a cheaper way here was found after this entry was queued
        if found is not None and priority >= found[0]:
            break
        for port in goals.get((i, j), ()):
            total = cost + port.cost + (BEND if d != port.last else 0.0)
            if found is None or total < found[0]:
                found = (total, state, port)
        steps = []
        if i > 0:
            steps.append((i - 1, j, H, xs[i] - xs[i - 1] + m.toll(("h", ys[j], xs[i - 1]))))
        if i < len(xs) - 1:
            steps.append((i + 1, j, H, xs[i + 1] - xs[i] + m.toll(("h", ys[j], xs[i]))))
        for nj, lane in ((j - 1, j - 1), (j + 1, j)):
            if 0 <= nj < len(ys) and m.through(xs[i], lane):
                steps.append((i, nj, V, abs(ys[nj] - ys[j]) + m.toll(("v", xs[i], lane))))
        for ni, nj, nd, length in steps:
            new = cost + length + (BEND if nd != d else 0.0)
            nstate = (ni, nj, nd)
            if new < best.get(nstate, float("inf")):
                best[nstate] = new
                parent[nstate] = state
                heapq.heappush(heap, (new + estimate(ni, nj), order, nstate))
                order += 1
    if found is None:
        return None
    _, state, end = found
    chain: list[State] = []
    cursor: State | None = state
    while cursor is not None:
        chain.append(cursor)
        cursor = parent[cursor]
    chain.reverse()
    for (i0, j0, _), (i1, j1, _) in pairwise(chain):  # later arrows keep off these cells
        key = ("v", xs[i0], min(j0, j1)) if i0 == i1 else ("h", ys[j0], xs[min(i0, i1)])
        m.crowd[key] = m.crowd.get(key, 0) + 1
    first = start_port[chain[0]]
    points = list(first.points)
    points.extend((xs[s[0]], m.ys[s[1]]) for s in chain[1:])
    points.extend(reversed(end.points[:-1]))
    return _simplify(points)


def _simplify(points: list[Point]) -> list[Point]:
    """Without repeated points and without points in the middle of a straight run."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-6 and abs(out[-1][1] - p[1]) < 1e-6:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (abs(a[0] - b[0]) < 1e-6 and abs(b[0] - p[0]) < 1e-6) or (
                    abs(a[1] - b[1]) < 1e-6 and abs(b[1] - p[1]) < 1e-6):
                out[-1] = p
                continue
        out.append(p)
    return out


def _fallback(rs: Rect, rt: Rect) -> list[Point]:
    """Where no way is free (cannot happen on a laid-out map): centre to centre."""
    return [(rs.x + rs.w / 2, rs.y + rs.h / 2), (rt.x + rt.w / 2, rt.y + rt.h / 2)]


def tracks(routes: list[list[Point]], busy: frozenset[float] = frozenset()) -> list[list[Point]]:
    """Routes with parallel runs on one gutter line moved apart, one track each.

    Runs on the same line (same direction and coordinate) whose extents overlap
    get different tracks, centred on the line; `busy` are horizontal lines
    already drawn on (a blueprint line), whose middle track stays free."""
    lines: dict[tuple[int, float], list[tuple[float, float, int, int]]] = {}
    for r, pts in enumerate(routes):
        for s, (a, b) in enumerate(pairwise(pts)):
            if abs(a[1] - b[1]) < 1e-6:
                key, lo, hi = (H, round(a[1], 3)), min(a[0], b[0]), max(a[0], b[0])
            else:
                key, lo, hi = (V, round(a[0], 3)), min(a[1], b[1]), max(a[1], b[1])
            lines.setdefault(key, []).append((lo, hi, r, s))
    offsets: dict[tuple[int, int], float] = {}
    for key, runs in lines.items():
        runs.sort()
        ends: list[float] = []  # the end of the last run on each track
        owner: dict[int, int] = {}  # track -> route
        chosen: list[int] = []
        for lo, hi, r, _s in runs:
            track = next((t for t, end in enumerate(ends)
                          if end + 2.0 < lo or owner.get(t) == r), None)
            if track is None:
                track = len(ends)
                ends.append(hi)
            else:
                ends[track] = max(ends[track], hi)
            owner[track] = r
            chosen.append(track)
        count = len(ends)
        avoid_middle = key[0] == H and key[1] in busy
        slots = count + (1 if avoid_middle and count % 2 == 1 else 0)
        step = min(TRACK, 2 * ROOM / max(slots - 1, 1)) if slots > 1 else 0.0
        values = [(k - (slots - 1) / 2) * step for k in range(slots)]
        if avoid_middle:
            values = [v for v in values if abs(v) > 1e-6] or [min(TRACK, ROOM)]
        for (_lo, _hi, r, s), track in zip(runs, chosen, strict=True):
            offsets[(r, s)] = values[track]
    _untangle(lines, offsets)
    moved = []
    for r, pts in enumerate(routes):
        if len(pts) < 2:
            moved.append(pts)
            continue
        shifted: list[tuple[int, float]] = []  # (direction, coordinate) of each run
        for s, (a, b) in enumerate(pairwise(pts)):
            off = offsets.get((r, s), 0.0)
            if abs(a[1] - b[1]) < 1e-6:
                shifted.append((H, a[1] + off))
            else:
                shifted.append((V, a[0] + off))
        out: list[Point] = []
        for s, (d, c) in enumerate(shifted):
            a = pts[s]
            if s == 0:  # the start stays on the card's side, slid along it
                out.append((a[0], c) if d == H else (c, a[1]))
            else:
                pd, pc = shifted[s - 1]
                if pd == d:  # collinear runs (cannot happen after _simplify)
                    out.append((a[0], c) if d == H else (c, a[1]))
                else:
                    out.append((c, pc) if d == V else (pc, c))
        d, c = shifted[-1]
        b = pts[-1]
        out.append((b[0], c) if d == H else (c, b[1]))
        moved.append(out)
    return moved


def _untangle(lines: dict[tuple[int, float], list[tuple[float, float, int, int]]],
              offsets: dict[tuple[int, int], float]) -> None:
    """Runs of two nearby gutter lines (a column boundary and the middle of a card
    that spans it) can land on one coordinate once moved to their tracks: move the
    later one to a free track of its own line. The runs placed are kept by whole
    coordinate, so a run is only compared with those less than a point away (a map of
    thousands of arrows compared every pair: minutes)."""
    placed: dict[int, dict[int, list[tuple[float, float, float, int]]]] = {H: {}, V: {}}
    for (direction, base), runs in sorted(lines.items()):
        near = placed[direction]
        for lo, hi, r, s in runs:
            off = offsets[(r, s)]

            def clash(value: float, lo: float = lo, hi: float = hi, r: int = r,
                      near: dict[int, list[tuple[float, float, float, int]]] = near) -> bool:
                at = math.floor(value)
                return any(abs(value - c) < 1.0 and lo < ohi - 0.5 and olo < hi - 0.5
                           and other != r
                           for key in (at - 1, at, at + 1) for c, olo, ohi, other
                           in near.get(key, ()))

            if clash(base + off):
                for step in (TRACK / 2, -TRACK / 2, TRACK, -TRACK, 1.5 * TRACK, -1.5 * TRACK):
                    if abs(off + step) <= ROOM + 0.5 and not clash(base + off + step):
                        off = offsets[(r, s)] = off + step
                        break
            near.setdefault(math.floor(base + off), []).append((base + off, lo, hi, r))


def _label_spots(points: list[Point], ys: Sequence[float]) -> list[Point]:
    """Where a label may go, best first: on a lane boundary, whose gutter is free of
    cards along its whole length. Along the long horizontal runs on a boundary
    (their middles, then their quarters); then where a vertical run crosses a
    boundary, nearest the route's middle first; then the short runs on a boundary;
    last, the boundary nearest the route's longest run."""
    runs = list(pairwise(points))
    near = ROOM + 0.1
    flat = sorted(((a, b) for a, b in runs
                   if abs(a[1] - b[1]) < 1e-6 and any(abs(a[1] - y) <= near for y in ys)),
                  key=lambda run: -abs(run[1][0] - run[0][0]))
    def edge(y: float) -> float:  # a tag sits on the boundary itself, not on the track
        return min(ys, key=lambda boundary: abs(boundary - y))

    spots: list[Point] = []
    long_runs = [(a, b) for a, b in flat if abs(b[0] - a[0]) >= 40]
    for t in (0.5, 0.25, 0.75):
        spots.extend((a[0] + (b[0] - a[0]) * t, edge(a[1])) for a, b in long_runs)
    total = _length(points)
    crossings: list[tuple[float, Point]] = []
    walked = 0.0
    for a, b in runs:
        if abs(a[0] - b[0]) < 1e-6:
            lo, hi = min(a[1], b[1]), max(a[1], b[1])
            for y in ys:
                if lo + 3 < y < hi - 3:
                    crossings.append((abs(walked + abs(y - a[1]) - total / 2), (a[0], y)))
        walked += abs(b[0] - a[0]) + abs(b[1] - a[1])
    spots.extend(spot for _, spot in sorted(crossings))
    spots.extend(((a[0] + b[0]) / 2, edge(a[1])) for a, b in flat if (a, b) not in long_runs)
    mid = max(runs, key=lambda run: abs(run[1][0] - run[0][0]) + abs(run[1][1] - run[0][1]))
    mx, my = (mid[0][0] + mid[1][0]) / 2, (mid[0][1] + mid[1][1]) / 2
    spots.append((mx, edge(my)))
    return spots


def _label(points: list[Point], text: str, metrics: TextMetrics, ys: Sequence[float],
           taken: list[Rect]) -> tuple[TextBlock, Rect] | None:
    """The label of a route on a white tag, one line, at the best of its spots
    (`_label_spots`) whose tag overlaps no tag in `taken` (which it joins)."""
    if not text or len(points) < 2 or not ys:
        return None
    width = min(metrics.width(text, LABEL_SIZE), 160.0)
    block = text_block(text, 0, 0, width + 1, LABEL_SIZE, False, metrics, "center", max_lines=1)
    w, h = block.rect.w, block.rect.h
    spots = _label_spots(points, ys)

    def box_at(spot: Point) -> Rect:
        return Rect(spot[0] - w / 2 - LABEL_PAD, spot[1] - h / 2 - 0.5, w + 2 * LABEL_PAD, h + 1)

    def clear(box: Rect) -> bool:
        return all(box.x >= t.x + t.w or t.x >= box.x + box.w or box.y >= t.y + t.h
                   or t.y >= box.y + box.h for t in taken)

    cx, cy = next((spot for spot in spots if clear(box_at(spot))), spots[0])
    block = TextBlock(block.lines, Rect(cx - w / 2, cy - h / 2, w, h), block.size, block.bold,
                      block.line_height, block.baseline0, "center")
    box = box_at((cx, cy))
    taken.append(box)
    return block, box


class Router:
    """Routes the arrows of one laid-out map (see the module's docstring)."""

    def __init__(self, columns: Sequence[ColumnGeom], lanes: Sequence[LaneGeom],
                 lane_cards: LaneCards) -> None:
        self.map = _Map(columns, lanes, lane_cards) if columns and lanes else None

    def route(self, pairs: Sequence[tuple[str, str]],
              busy: frozenset[float] = frozenset()) -> list[list[Point] | None]:
        """One polyline per (from card, to card), None where a card is not drawn."""
        m = self.map
        if m is None:
            return [None] * len(pairs)
        raw: list[list[Point] | None] = []
        for a, b in pairs:
            found_s, found_t = m.card(a), m.card(b)
            if found_s is None or found_t is None:
                raw.append(None)
                continue
            (js, rs), (jt, rt) = found_s, found_t
            direct = _direct(m, js, rs, jt, rt)
            if direct is not None:
                raw.append(direct)
                continue
            path = _shortest(m, _ports(m, js, rs), _ports(m, jt, rt),
                             (rs.x + rs.w / 2, rt.x + rt.w / 2))
            raw.append(path if path is not None else _fallback(rs, rt))
        drawn = [r for r in raw if r is not None]
        spread = iter(tracks(drawn, busy))
        return [next(spread) if r is not None else None for r in raw]


def route_arrows(
    columns: Sequence[ColumnGeom], lanes: Sequence[LaneGeom], lane_cards: LaneCards,
    addresses: Sequence[tuple[str, tuple[str, ...]]], connections: Sequence[Any],
    metrics: TextMetrics, busy: frozenset[float] = frozenset(),
) -> tuple[list[LinkGeom], list[ConnectionGeom]]:
    """Opportunity links and connections routed together (they share the tracks).

    `addresses`: (opportunity id, pain point ids) of the drawn opportunities;
    `connections`: the map's Connection models; `busy`: y of blueprint lines."""
    link_pairs = [(o, p) for o, targets in addresses for p in targets]
    pairs = link_pairs + [(c.from_, c.to) for c in connections]
    if not pairs:
        return [], []
    routes = Router(columns, lanes, lane_cards).route(pairs, busy)
    links = [LinkGeom(a, b, pts) for (a, b), pts in zip(link_pairs, routes, strict=False)
             if pts is not None]
    ys = [lane.y for lane in lanes] + ([lanes[-1].y + lanes[-1].height] if lanes else [])
    out = []
    tags: list[Rect] = []
    for c, pts in zip(connections, routes[len(link_pairs):], strict=True):
        if pts is None:
            continue
        placed = _label(pts, c.label or "", metrics, ys, tags)
        label, box = placed if placed is not None else (None, None)
        out.append(ConnectionGeom(c.id, c.from_, c.to, c.style, pts, label, box))
    return links, out


class RouteCache:
    """The last routes and what they were made from. The same lists come back while
    the arrows, the columns, the lanes' places and every card's box are the same (an
    edit of a card's colour or of a text that keeps its size does not route again)."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._value: tuple[list[LinkGeom], list[ConnectionGeom]] = ([], [])
        # lane -> (its cards mapping, dy, the boxes of its cards): boxes are read again
        # only when the lane's cards are another mapping
        self._boxes: dict[str, tuple[Any, float, tuple[Any, ...]]] = {}

    def _lane_boxes(self, lane_id: str, cards: Mapping[str, CardGeom],
                    dy: float) -> tuple[Any, ...]:
        known = self._boxes.get(lane_id)
        if known is not None and known[0] is cards and known[1] == dy:
            return known[2]
        boxes = (dy, tuple((card_id, g.rect) for card_id, g in cards.items()))
        self._boxes[lane_id] = (cards, dy, boxes)
        return boxes

    def get(self, columns: Sequence[ColumnGeom], lanes: Sequence[LaneGeom],
            lane_cards: LaneCards, addresses: Sequence[tuple[str, tuple[str, ...]]],
            connections: Sequence[Any], metrics: TextMetrics,
            busy: frozenset[float] = frozenset(),
            ) -> tuple[list[LinkGeom], list[ConnectionGeom]]:
        if not addresses and not connections:
            self._key, self._value = None, ([], [])
            return self._value
        if len(self._boxes) > len(lane_cards):
            self._boxes = {k: v for k, v in self._boxes.items() if k in lane_cards}
        key = (tuple((c.x, c.width) for c in columns),
               tuple((lane.lane_id, lane.y, lane.height, lane.collapsed) for lane in lanes),
               tuple((lane_id, self._lane_boxes(lane_id, cards, dy))
                     for lane_id, (cards, dy) in lane_cards.items()),
               tuple(addresses), tuple(connections), busy)
        if key == self._key:
            return self._value
        self._value = route_arrows(columns, lanes, lane_cards, addresses, connections,
                                   metrics, busy)
        self._key = key
        return self._value
