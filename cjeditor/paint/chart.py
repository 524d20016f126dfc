"""A chart of emotion curves on a page: scores −2..+2 up the side, one column per
stage, one line per series (a persona's curve, the current or the future map's), and
a legend. Used by the comparison and the persona pages. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from cjeditor.paint import style as S
from cjeditor.paint.pen import line, polyline
from cjeditor.paint.sheet import Sheet

__all__ = ["Series", "paint_chart", "paint_legend"]

SCORES = (2, 1, 0, -1, -2)
DASH = (5.0, 3.0)


@dataclass(frozen=True)
class Series:
    label: str
    color: str
    scores: dict[int, int]  # column -> score
    dashed: bool = False  # a dashed line with hollow dots (e.g. the current map)


def paint_chart(sh: Sheet, x0: float, y0: float, x1: float, y1: float, columns: list[str],
                series: list[Series], marks: dict[int, str] | None = None) -> None:
    """The chart's plot from (x0, y0) to (x1, y1), its column names written below y1
    (two lines at most) and, per column, an optional dot of colour `marks[i]`."""
    pen = sh.pen
    n = max(len(columns), 1)
    col_w = (x1 - x0) / n
    step = (y1 - y0) / 4
    y_of = {score: y0 + (2 - score) * step for score in SCORES}
    pen.rect(x0, y0 - 6, x1 - x0, y1 - y0 + 12, fill=S.lane_band("emotions"))
    for score, y in y_of.items():
        pen.path(line(x0, y, x1, y), stroke=S.SCALE_ZERO if score == 0 else S.SCALE_LINE,
                 width=0.7 if score == 0 else 0.5, dash=None if score == 0 else S.SCALE_DASH)
        label = f"{score:+d}" if score else "0"
        sh.write(x0 - 26, y - sh.line_height(7) / 2, [label], 7, False, S.MUTED, "right", 22)
    size = 7.0 if col_w > 60 else 6.0
    for i, name in enumerate(columns):
        cx = x0 + (i + 0.5) * col_w
        if i < n - 1:
            pen.path(line(x0 + (i + 1) * col_w, y0 - 6, x0 + (i + 1) * col_w, y1 + 6),
                     stroke=S.WHITE, width=0.8)
        ly = y1 + 10
        if marks and i in marks:
            pen.circle(cx, ly, 3, fill=marks[i])
        lines = sh.lines(name, col_w - 4, size, False, 2 if col_w > 40 else 1)
        sh.write(cx - col_w / 2 + 2, ly + 5, lines, size, False, S.INK, "center", col_w - 4)
    for s in series:
        pts = [(x0 + (i + 0.5) * col_w, y_of[score]) for i, score in sorted(s.scores.items())]
        if len(pts) > 1:
            pen.path(polyline(pts), stroke=s.color, width=2.2, dash=DASH if s.dashed else None)
        for x, y in pts:
            pen.circle(x, y, 3.2, fill=S.WHITE if s.dashed else s.color, stroke=s.color,
                       width=1.4)


def paint_legend(sh: Sheet, x: float, top: float, width: float, series: list[Series]) -> float:
    """One line (and its sample) per series; returns the y under the legend."""
    pen, y = sh.pen, top
    for s in series:
        lines = sh.lines(s.label, width - 30, 8, False, 2)
        cy = y + sh.line_height(8) / 2
        pen.path(line(x, cy, x + 22, cy), stroke=s.color, width=2.2,
                 dash=DASH if s.dashed else None)
        pen.circle(x + 11, cy, 2.8, fill=S.WHITE if s.dashed else s.color, stroke=s.color,
                   width=1.2)
        y = sh.write(x + 28, y, lines, 8) + 4
    return y
