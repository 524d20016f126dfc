"""How a poster is cut into sheets to print on a small printer and tape together."""

from __future__ import annotations

import math
from dataclasses import dataclass

from cjeditor.export.options import MM

__all__ = ["SHEET_MARGIN", "TilePlan", "plan_tiles", "sheet_label"]

SHEET_MARGIN = 10 * MM  # white border of every sheet: printers cannot print there


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

    @property
    def count(self) -> int:
        return self.cols * self.rows

    def region(self, row: int, col: int) -> tuple[float, float, float, float]:
        """(x, y_from_top, w, h) of the poster shown on sheet (row, col)."""
        return col * self.step_x, row * self.step_y, self.area_w, self.area_h


def _count(length: float, area: float, overlap: float) -> int:
    if length <= area:
        return 1
    return max(1, math.ceil((length - overlap) / (area - overlap) - 1e-9))


def plan_tiles(
    poster_w: float, poster_h: float, sheet: tuple[float, float], overlap: float
) -> TilePlan:
    """Sheets (portrait or landscape, whichever needs fewer; portrait on a tie)
    covering a poster of poster_w x poster_h points."""
    short, long_ = sorted(sheet)
    best: TilePlan | None = None
    for sw, sh in ((short, long_), (long_, short)):
        aw, ah = sw - 2 * SHEET_MARGIN, sh - 2 * SHEET_MARGIN
        if aw <= overlap or ah <= overlap:
            raise ValueError("the overlap is larger than the printable part of a sheet")
        plan = TilePlan(sw, sh, aw, ah, aw - overlap, ah - overlap,
                        _count(poster_w, aw, overlap), _count(poster_h, ah, overlap), overlap)
        if best is None or plan.count < best.count:
            best = plan
    assert best is not None
    return best


def row_letters(row: int) -> str:
    letters = ""
    n = row + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def sheet_label(row: int, col: int) -> str:
    """Row letter(s) + column number, e.g. (1, 2) -> "B3"."""
    return f"{row_letters(row)}{col + 1}"
