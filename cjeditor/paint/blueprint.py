"""The service-blueprint lines on a Pen: a line across the whole map under its lane,
each of the three with its own dash, and its name on a tag at the left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cjeditor.paint import style as S
from cjeditor.paint.pen import line

if TYPE_CHECKING:
    from cjeditor.layout.blueprint import BlueprintLineGeom
    from cjeditor.paint.parts import MapPainter

__all__ = ["blueprint_line"]


def blueprint_line(painter: MapPainter, geom: BlueprintLineGeom) -> None:
    pen = painter.pen
    pen.path(line(geom.x0, geom.y, geom.x1, geom.y), stroke=S.BLUEPRINT_LINE,
             width=S.BLUEPRINT_WIDTH, dash=S.BLUEPRINT_DASH.get(geom.line))
    b = geom.label_box
    pen.rect(b.x, b.y, b.w, b.h, fill=S.WHITE, stroke=S.BLUEPRINT_LINE, width=0.8,
             radius=b.h / 2)
    painter.block(geom.label, S.BLUEPRINT_LINE)
