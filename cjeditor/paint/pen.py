"""The Pen protocol: the drawing calls every view of a map understands.

Coordinates are points, origin top-left, y down (the geometry of layout/).
Three pens implement it: QtPen (canvas/qtpen.py: the canvas, the export
preview), PdfPen (export/pdf_pen.py: posters and tiles; PNG is that PDF
rasterised) and SvgPen (paint/svg_pen.py).
"""

from __future__ import annotations

from typing import Protocol

Point = tuple[float, float]
# ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
PathOp = tuple[str, ...] | tuple[str, float, float] | tuple[float | str, ...]
Dash = tuple[float, float]


class Pen(Protocol):
    def rect(
        self, x: float, y: float, w: float, h: float, fill: str | None = None,
        stroke: str | None = None, width: float = 0.5, radius: float = 0.0,
        dash: Dash | None = None,
    ) -> None:
        """A rectangle; `radius` > 0 rounds its corners."""

    def circle(
        self, cx: float, cy: float, r: float, fill: str | None = None,
        stroke: str | None = None, width: float = 0.5,
    ) -> None: ...

    def path(
        self, ops: list[PathOp], fill: str | None = None, stroke: str | None = None,
        width: float = 0.5, dash: Dash | None = None,
    ) -> None: ...

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool = False,
        color: str = "#222222",
    ) -> None:
        """One run of text at its baseline, drawn literally (never as markup)."""

    def hidden_text(self, x: float, baseline: float, text: str, size: float) -> None:
        """Text that is not seen but is found by search and copy."""

    def image(self, x: float, y: float, w: float, h: float, data: bytes,
              media_type: str) -> None:
        """Picture bytes (PNG/JPEG) stretched to the rectangle."""

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0) -> None:
        """Start a group: later calls are moved by (dx, dy) and then scaled."""

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        """Clip the current group to a rectangle (until its pop)."""

    def pop(self) -> None:
        """End the group started by the matching push."""


def line(x0: float, y0: float, x1: float, y1: float) -> list[PathOp]:
    return [("M", x0, y0), ("L", x1, y1)]


def polyline(points: list[Point]) -> list[PathOp]:
    ops: list[PathOp] = [("M", *points[0])]
    ops.extend(("L", *p) for p in points[1:])
    return ops


def polygon(points: list[Point]) -> list[PathOp]:
    return [*polyline(points), ("Z",)]
