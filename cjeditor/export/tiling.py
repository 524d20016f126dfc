"""How a poster is cut into sheets to print on a small printer and tape together.

The poster's own box is tiled (not its paper's white margins); a sheet whose
part holds nothing of the map is left out, and the assembly page shows the gap.
Everything printed on a sheet stays at least SAFE_INSET from its edges (office
printers cannot print there); the alignment marks sit in the overlap strips, so
that the marks of neighbouring sheets fall on each other when they are taped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from cjeditor.export.options import MM

__all__ = ["SAFE_INSET", "SHEET_MARGIN", "Box", "TilePlan", "mark_points", "plan_tiles",
           "sheet_label"]

SHEET_MARGIN = 10 * MM  # white border of every sheet around the printed part of the poster
SAFE_INSET = 6 * MM  # nothing at all is printed closer than this to a sheet's edge
Box = tuple[float, float, float, float]  # x, y from the top, w, h


@dataclass(frozen=True)
class TilePlan:
    sheet_w: float
    sheet_h: float
    area_w: float  # the printed part of a sheet
    area_h: float
    step_x: float  # area minus overlap: how far the next sheet moves on the poster
    step_y: float
    cols: int
    rows: int
    overlap: float
    skipped: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    @property
    def count(self) -> int:
        """Sheets to print (cells with nothing of the map are left out)."""
        return self.cols * self.rows - len(self.skipped)

    def sheets(self) -> list[tuple[int, int]]:
        """(row, col) of every sheet printed, in reading order."""
        return [(r, c) for r in range(self.rows) for c in range(self.cols)
                if (r, c) not in self.skipped]

    def region(self, row: int, col: int) -> tuple[float, float, float, float]:
        """(x, y_from_top, w, h) of the poster shown on sheet (row, col)."""
        return col * self.step_x, row * self.step_y, self.area_w, self.area_h


def _count(length: float, area: float, overlap: float) -> int:
    if length <= area:
        return 1
    return max(1, math.ceil((length - overlap) / (area - overlap) - 1e-9))


def _inked(boxes: Sequence[Box], x: float, y: float, w: float, h: float) -> bool:
    """Whether any box overlaps the rectangle with a positive area."""
    return any(bx < x + w and x < bx + bw and by < y + h and y < by + bh
               for bx, by, bw, bh in boxes if bw > 0 and bh > 0)


def _skipped(plan: TilePlan, boxes: Sequence[Box] | None) -> frozenset[tuple[int, int]]:
    """Cells that show nothing of the map that another sheet does not print. A cell's
    top strip is also its upper neighbour's, its left strip its left neighbour's, and
    the corner where they meet its upper-left neighbour's too: a strip is this cell's
    to print only when every other sheet holding it is left out."""
    if boxes is None:
        return frozenset()
    ov, skipped = plan.overlap, set()

    def kept(row: int, col: int) -> bool:
        return row >= 0 and col >= 0 and (row, col) not in skipped

    for row in range(plan.rows):
        for col in range(plan.cols):
            x, y, w, h = plan.region(row, col)
            left = ov if col > 0 else 0.0  # the strips the sheet shares, left and top
            top = ov if row > 0 else 0.0
            up, before = kept(row - 1, col), kept(row, col - 1)
            own = [(x + left, y + top, w - left, h - top)]
            if top and not up:
                own.append((x + left, y, w - left, top))
            if left and not before:
                own.append((x, y + top, left, h - top))
            if top and left and not (up or before or kept(row - 1, col - 1)):
                own.append((x, y, left, top))
            if not any(_inked(boxes, *part) for part in own):
                skipped.add((row, col))
    return frozenset(skipped)


def plan_tiles(
    poster_w: float, poster_h: float, sheet: tuple[float, float], overlap: float,
    inked: Sequence[Box] | None = None,
) -> TilePlan:
    """Sheets (portrait or landscape, whichever prints fewer; portrait on a tie)
    covering a poster of poster_w x poster_h points. `inked`: the boxes that
    hold something of the map; a sheet showing none of them is left out."""
    short, long_ = sorted(sheet)
    best: TilePlan | None = None
    for sw, sh in ((short, long_), (long_, short)):
        aw, ah = sw - 2 * SHEET_MARGIN, sh - 2 * SHEET_MARGIN
        if aw <= overlap or ah <= overlap:
            raise ValueError("the overlap is larger than the printable part of a sheet")
        plan = TilePlan(sw, sh, aw, ah, aw - overlap, ah - overlap,
                        _count(poster_w, aw, overlap), _count(poster_h, ah, overlap), overlap)
        plan = replace(plan, skipped=_skipped(plan, inked))
        if best is None or plan.count < best.count:
            best = plan
    assert best is not None
    return best


def mark_points(plan: TilePlan, row: int, col: int) -> list[tuple[float, float]]:
    """Poster points (x, y from the top) of the alignment marks printed on sheet
    (row, col): the middle of each overlap strip it shares with a neighbour, at a
    quarter and three quarters of its length. Both neighbours print the same
    points, so their marks fall on each other when the sheets are taped."""
    x, y, aw, ah = plan.region(row, col)
    ov, points = plan.overlap, []
    for strip_col in (col, col + 1):  # the strips on its left and right
        if 0 < strip_col < plan.cols:
            points += [(strip_col * plan.step_x + ov / 2, y + ah * f) for f in (0.25, 0.75)]
    for strip_row in (row, row + 1):  # the strips on its top and bottom
        if 0 < strip_row < plan.rows:
            points += [(x + aw * f, strip_row * plan.step_y + ov / 2) for f in (0.25, 0.75)]
    return points


def row_letters(row: int) -> str:
    letters = ""
    n = row + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def sheet_label(row: int, col: int) -> str:
    """Row letter(s) and column number, e.g. (1, 2) -> "B·3": never a paper size."""
    return f"{row_letters(row)}·{col + 1}"
