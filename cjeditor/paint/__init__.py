"""paint/: geometry -> calls on a Pen. No Qt, no reportlab.

One painter for every view (architecture.md, "One painter"): the canvas items,
the export preview, the PDF poster and tiles, PNG and SVG all draw a map's parts
with `MapPainter`, in the colours of `paint.style`.
"""

from cjeditor.paint.parts import MapPainter, face_radius
from cjeditor.paint.pen import PathOp, Pen, line, polygon, polyline
from cjeditor.paint.poster import paint_map, paint_poster

__all__ = ["MapPainter", "PathOp", "Pen", "face_radius", "line", "paint_map", "paint_poster",
           "polygon", "polyline"]
