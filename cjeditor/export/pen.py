"""The drawing primitives a poster needs, in poster coordinates (points, y down).

PDF and SVG each implement a Pen; `paint.PosterPainter` draws the poster once
in terms of these calls, so both formats show the same thing.
"""

from __future__ import annotations

from typing import Protocol

Point = tuple[float, float]
# ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
PathOp = tuple


class Pen(Protocol):
    def rect(
        self, x: float, y: float, w: float, h: float, fill: str | None = None,
        stroke: str | None = None, width: float = 0.5, radius: float = 0.0,
        dash: tuple[float, float] | None = None,
    ) -> None: ...

    def circle(
        self, cx: float, cy: float, r: float, fill: str | None = None,
        stroke: str | None = None, width: float = 0.5,
    ) -> None: ...

    def path(
        self, ops: list[PathOp], fill: str | None = None, stroke: str | None = None,
        width: float = 0.5, dash: tuple[float, float] | None = None,
    ) -> None: ...

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool = False,
        color: str = "#222222",
    ) -> None:
        """One line of text at its baseline, drawn literally (never as markup)."""

    def hidden_text(self, x: float, baseline: float, text: str, size: float) -> None:
        """Text that is not seen but is found by search and copy."""

    def image(self, x: float, y: float, w: float, h: float, data: bytes, media_type: str) -> None:
        ...


def polyline(points: list[Point]) -> list[PathOp]:
    ops: list[PathOp] = [("M", *points[0])]
    ops.extend(("L", *p) for p in points[1:])
    return ops


def polygon(points: list[Point]) -> list[PathOp]:
    return [*polyline(points), ("Z",)]
