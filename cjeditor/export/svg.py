"""SVG of the whole map: the poster painted by paint/ through SvgPen.

All text is XML-escaped; images are embedded as data URIs. Units are points
(the viewBox is the poster in points, width/height say "pt").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from cjeditor.export.options import ExportOptions
from cjeditor.export.printed import check_titles, printed_poster
from cjeditor.model import JourneyMap
from cjeditor.paint.poster import paint_poster
from cjeditor.paint.svg_pen import SvgPen, number, xml_text

__all__ = ["write_svg"]

FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"


def write_svg(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None, notes: list[str] | None = None,
) -> None:
    report = progress or (lambda _f: None)
    doc, poster, metrics = printed_poster(doc, options.persona, options)
    check_titles(poster, options, None, notes)
    report(0.3)
    pen = SvgPen()
    paint_poster(pen, doc, poster, metrics)
    pen.close()
    report(0.8)
    w, h = number(poster.width), number(poster.height)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}pt" height="{h}pt" '
        f'viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}">\n'
        f"<title>{xml_text(doc.meta.title)}</title>\n"
    )
    out.write(head.encode("utf-8"))
    for start in range(0, len(pen.parts), 2000):
        out.write(("\n".join(pen.parts[start:start + 2000]) + "\n").encode("utf-8"))
    out.write(b"</svg>\n")
    report(1.0)
