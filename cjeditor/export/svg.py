"""SVG of the whole map, written by hand from the same geometry as the PDF.

All text is XML-escaped; images are embedded as data URIs. Units are points
(the viewBox is the poster in points, width/height say "pt").
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from cjeditor.export.options import ExportOptions
from cjeditor.export.paint import PosterPainter
from cjeditor.export.pen import PathOp
from cjeditor.layout.compute import compute_layout
from cjeditor.layout.metrics import default_metrics
from cjeditor.layout.poster import compute_poster
from cjeditor.model import JourneyMap

__all__ = ["SvgPen", "write_svg"]

FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _xml_text(text: str) -> str:
    # XML 1.0 cannot hold most control characters, even escaped.
    cleaned = "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    return escape(cleaned)


class SvgPen:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def _paint(self, fill, stroke, width, dash) -> str:
        attrs = [f'fill="{fill}"' if fill else 'fill="none"']
        if stroke:
            attrs.append(f'stroke="{stroke}" stroke-width="{_n(width)}"')
            if dash:
                attrs.append(f'stroke-dasharray="{_n(dash[0])} {_n(dash[1])}"')
        return " ".join(attrs)

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5, radius=0.0, dash=None):
        if not (fill or stroke):
            return
        rx = f' rx="{_n(min(radius, w / 2, h / 2))}"' if radius > 0 else ""
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}"{rx} '
            f"{self._paint(fill, stroke, width, dash)}/>"
        )

    def circle(self, cx, cy, r, fill=None, stroke=None, width=0.5):
        if fill or stroke:
            self.parts.append(
                f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" '
                f"{self._paint(fill, stroke, width, None)}/>"
            )

    def path(self, ops: list[PathOp], fill=None, stroke=None, width=0.5, dash=None):
        if not (fill or stroke):
            return
        d = " ".join(op[0] + " ".join(_n(v) for v in op[1:]) for op in ops)
        extra = ' stroke-linejoin="round" stroke-linecap="round"' if stroke else ""
        self.parts.append(f'<path d="{d}" {self._paint(fill, stroke, width, dash)}{extra}/>')

    def text(self, x, baseline, text, size, bold=False, color="#222222"):
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(baseline)}" font-size="{_n(size)}"{weight} '
            f'fill="{color}">{_xml_text(text)}</text>'
        )

    def hidden_text(self, x, baseline, text, size):
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(baseline)}" font-size="{_n(size)}" fill-opacity="0">'
            f"{_xml_text(text)}</text>"
        )

    def image(self, x, y, w, h, data: bytes, media_type: str) -> None:
        uri = f"data:{media_type};base64," + base64.b64encode(data).decode("ascii")
        self.parts.append(
            f'<image x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" '
            f'preserveAspectRatio="none" href={quoteattr(uri)}/>'
        )


def write_svg(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None,
) -> None:
    report = progress or (lambda _f: None)
    metrics = default_metrics()
    geom = compute_layout(doc, metrics, options.persona)
    poster = compute_poster(doc, geom, metrics)
    report(0.3)
    pen = SvgPen()
    PosterPainter(pen, doc, poster, metrics).paint()
    report(0.8)
    w, h = _n(poster.width), _n(poster.height)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}pt" height="{h}pt" '
        f'viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}">\n'
        f"<title>{_xml_text(doc.meta.title)}</title>\n"
    )
    out.write(head.encode("utf-8"))
    chunk: list[str] = []
    for part in pen.parts:
        chunk.append(part)
        if len(chunk) >= 2000:
            out.write(("\n".join(chunk) + "\n").encode("utf-8"))
            chunk = []
    if chunk:
        out.write(("\n".join(chunk) + "\n").encode("utf-8"))
    out.write(b"</svg>\n")
    report(1.0)
