"""SvgPen: the Pen protocol as SVG elements (text escaped, images as data URIs)."""

from __future__ import annotations

import base64
from xml.sax.saxutils import escape, quoteattr

from cjeditor.paint.pen import Dash, PathOp

__all__ = ["SvgPen", "number", "xml_text"]


def number(value: float) -> str:
    """A coordinate with at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def xml_text(text: str) -> str:
    """User text as XML character data (XML 1.0 cannot hold most control
    characters, even escaped: they are dropped)."""
    cleaned = "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    return escape(cleaned)


_n = number


class SvgPen:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self._clips = 0
        self._open: list[int] = []  # </g> count per group

    @staticmethod
    def _paint(fill: str | None, stroke: str | None, width: float, dash: Dash | None) -> str:
        attrs = [f'fill="{fill}"' if fill else 'fill="none"']
        if stroke:
            attrs.append(f'stroke="{stroke}" stroke-width="{_n(width)}"')
            if dash:
                attrs.append(f'stroke-dasharray="{_n(dash[0])} {_n(dash[1])}"')
        return " ".join(attrs)

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None,
             stroke: str | None = None, width: float = 0.5, radius: float = 0.0,
             dash: Dash | None = None) -> None:
        if not (fill or stroke):
            return
        rx = f' rx="{_n(min(radius, w / 2, h / 2))}"' if radius > 0 else ""
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}"{rx} '
            f"{self._paint(fill, stroke, width, dash)}/>"
        )

    def circle(self, cx: float, cy: float, r: float, fill: str | None = None,
               stroke: str | None = None, width: float = 0.5) -> None:
        if fill or stroke:
            self.parts.append(
                f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" '
                f"{self._paint(fill, stroke, width, None)}/>"
            )

    def path(self, ops: list[PathOp], fill: str | None = None, stroke: str | None = None,
             width: float = 0.5, dash: Dash | None = None) -> None:
        if not (fill or stroke):
            return
        d = " ".join(str(op[0]) + " ".join(_n(float(v)) for v in op[1:]) for op in ops)
        extra = ' stroke-linejoin="round" stroke-linecap="round"' if stroke else ""
        self.parts.append(f'<path d="{d}" {self._paint(fill, stroke, width, dash)}{extra}/>')

    def text(self, x: float, baseline: float, text: str, size: float, bold: bool = False,
             color: str = "#222222") -> None:
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(baseline)}" font-size="{_n(size)}"{weight} '
            f'fill="{color}" xml:space="preserve">{xml_text(text)}</text>'
        )

    def hidden_text(self, x: float, baseline: float, text: str, size: float) -> None:
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(baseline)}" font-size="{_n(size)}" fill-opacity="0">'
            f"{xml_text(text)}</text>"
        )

    def image(self, x: float, y: float, w: float, h: float, data: bytes,
              media_type: str) -> None:
        uri = f"data:{media_type};base64," + base64.b64encode(data).decode("ascii")
        self.parts.append(
            f'<image x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" '
            f'preserveAspectRatio="none" href={quoteattr(uri)}/>'
        )

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0) -> None:
        transform = f"translate({_n(dx)} {_n(dy)})"
        if scale != 1.0:
            transform += f" scale({scale:g})"
        self.parts.append(f'<g transform="{transform}">')
        self._open.append(1)

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        self._clips += 1
        cid = f"clip{self._clips}"
        self.parts.append(
            f'<clipPath id="{cid}"><rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" '
            f'height="{_n(h)}"/></clipPath><g clip-path="url(#{cid})">'
        )
        if self._open:
            self._open[-1] += 1
        else:  # a clip outside any group lasts to the end of the drawing
            self._open.append(1)

    def pop(self) -> None:
        self.parts.append("</g>" * self._open.pop())

    def close(self) -> None:
        """Close every group still open."""
        while self._open:
            self.pop()
