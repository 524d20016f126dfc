"""Arrows between cards on a Pen: connections (flow solid, dependency dashed), the
arrowhead shared with the opportunity links, and their legend symbols.

The points come from layout/routes.py; every view draws them with these calls,
so an arrow looks the same on screen, in the PDF, the PNG and the SVG.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cjeditor.layout.geometry import Rect
from cjeditor.paint import style as S
from cjeditor.paint.pen import Pen, Point, line, polygon, polyline

if TYPE_CHECKING:
    from cjeditor.layout.routes import ConnectionGeom
    from cjeditor.paint.parts import MapPainter

__all__ = ["arrow", "arrow_head", "connection", "connection_label", "legend_symbol"]


def arrow_head(pen: Pen, tail: Point, tip: Point, color: str) -> None:
    """A filled triangle pointing from `tail` towards `tip`, its point on `tip`."""
    (x0, y0), (x1, y1) = tail, tip
    ux, uy = x1 - x0, y1 - y0
    n = (ux * ux + uy * uy) ** 0.5 or 1.0
    ux, uy = ux / n, uy / n
    a, w = S.ARROW_LENGTH, S.ARROW_HALF
    pen.path(polygon([(x1, y1), (x1 - ux * a - uy * w, y1 - uy * a + ux * w),
                      (x1 - ux * a + uy * w, y1 - uy * a - ux * w)]), fill=color)


def _short_end(points: list[Point]) -> list[Point]:
    """The polyline stopped under the arrowhead, so a dashed or thick line never
    pokes out of its tip."""
    (x0, y0), (x1, y1) = points[-2], points[-1]
    length = abs(x1 - x0) + abs(y1 - y0)
    if length <= 0:
        return points
    cut = min(S.ARROW_LENGTH * 0.7, length)
    t = (length - cut) / length
    return [*points[:-1], (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)]


def arrow(pen: Pen, points: list[Point], color: str, width: float,
          dash: tuple[float, float] | None) -> None:
    """A polyline ending in an arrowhead on its last point."""
    if len(points) < 2:
        return
    pen.path(polyline(_short_end(points)), stroke=color, width=width, dash=dash)
    arrow_head(pen, points[-2], points[-1], color)


def connection(painter: MapPainter, geom: ConnectionGeom) -> None:
    """One connection's routed line and arrowhead (its label: `connection_label`, drawn
    after every line so no line runs over a label)."""
    arrow(painter.pen, geom.points, S.CONNECTION, S.CONNECTION_WIDTH,
          S.CONNECTION_DASH.get(geom.style))


def connection_label(painter: MapPainter, geom: ConnectionGeom) -> None:
    """The connection's label on a white tag, if it has one."""
    pen = painter.pen
    if geom.label is not None and geom.label_box is not None:
        b = geom.label_box
        pen.rect(b.x, b.y, b.w, b.h, fill=S.WHITE, stroke=S.CONNECTION, width=0.4,
                 radius=min(b.h / 2, 3.0))
        painter.block(geom.label, S.CONNECTION)


def legend_symbol(painter: MapPainter, key: str, r: Rect) -> None:
    """"connection:flow", "connection:dependency" or "blueprint:<line>" in `r`."""
    pen = painter.pen
    name, _, value = key.partition(":")
    cy = r.y + r.h / 2
    if name == "connection":
        arrow(pen, [(r.x, cy), (r.right, cy)], S.CONNECTION, S.CONNECTION_WIDTH,
              S.CONNECTION_DASH.get(value))
    elif name == "blueprint":
        pen.path(line(r.x, cy, r.right, cy), stroke=S.BLUEPRINT_LINE, width=S.BLUEPRINT_WIDTH,
                 dash=S.BLUEPRINT_DASH.get(value))
