"""Writing on a page of the PDF beyond the poster (the matrix, personas, check and
compare pages): wrapped paragraphs, a page title, ellipsis. No Qt.

Coordinates are the page's points, origin top-left, y down (as every Pen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cjeditor.layout.metrics import TextMetrics, wrap_lines
from cjeditor.paint import style as S
from cjeditor.paint.pen import Pen

__all__ = ["Block", "NullPen", "Sheet", "flow"]

ELLIPSIS = "…"


class Sheet:
    """A page `width` × `height` being written on `pen`, measuring with `metrics`."""

    def __init__(self, pen: Pen, metrics: TextMetrics, width: float, height: float,
                 margin: float = 30.0) -> None:
        self.pen, self.m = pen, metrics
        self.width, self.height, self.margin = width, height, margin

    def line_height(self, size: float) -> float:
        return self.m.line_height(size)

    def lines(self, text: str, width: float, size: float, bold: bool = False,
              max_lines: int | None = None) -> list[str]:
        """`text` wrapped to `width`; with `max_lines`, the last line kept ends in …"""
        lines = list(wrap_lines(text, width, size, bold, self.m))
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = self.fit(lines[-1] + ELLIPSIS, width, size, bold)
        return lines

    def fit(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """`text` cut (ending in …) to fit on one line of `width`."""
        if self.m.width(text, size, bold) <= width:
            return text
        body = text.rstrip(ELLIPSIS)
        while body and self.m.width(body + ELLIPSIS, size, bold) > width:
            body = body[:-1]
        return body.rstrip() + ELLIPSIS

    def text_height(self, lines: list[str], size: float) -> float:
        return len(lines) * self.line_height(size)

    def write(self, x: float, top: float, lines: list[str], size: float, bold: bool = False,
              color: str = S.INK, align: str = "left", width: float = 0.0) -> float:
        """Draw `lines` from `top` down; returns the y under the last one."""
        lh = self.line_height(size)
        ascent = self.m.ascent(size)
        lead = (lh - (ascent - self.m.descent(size))) / 2  # centred in the line
        for i, text in enumerate(lines):
            tx = x
            if align != "left":
                tw = self.m.width(text, size, bold)
                tx = x + (width - tw) / (2 if align == "center" else 1)
            if text:
                self.pen.text(tx, top + i * lh + lead + ascent, text, size,
                              bold, color)
        return top + len(lines) * lh

    def paragraph(self, x: float, top: float, width: float, text: str, size: float,
                  bold: bool = False, color: str = S.INK,
                  max_lines: int | None = None) -> float:
        return self.write(x, top, self.lines(text, width, size, bold, max_lines), size, bold,
                          color)

    @staticmethod
    def band_height(subtitle: bool) -> float:
        """Height of the title band (with a subtitle line or not)."""
        return 58.0 if subtitle else 46.0

    @classmethod
    def content_top(cls, subtitle: bool) -> float:
        """Where a page's content starts under its title band."""
        return cls.band_height(subtitle) + 14

    def title(self, title: str, subtitle: str = "") -> float:
        """The page's title band; returns the y where the content may start."""
        m, pen = self.margin, self.pen
        band = self.band_height(bool(subtitle))
        pen.rect(0, 0, self.width, band, fill=S.HEADER_BG)
        y = self.write(m, 10, [self.fit(title, self.width - 2 * m, 18, True)], 18, True,
                       S.HEADER_TEXT)
        if subtitle:
            self.write(m, y, [self.fit(subtitle, self.width - 2 * m, 9.5)], 9.5, False,
                       S.HEADER_INFO)
        return self.content_top(bool(subtitle))


@dataclass
class Block:
    """A piece of a page that stays in one column: its height at the column's width
    and how to draw it there."""

    height: float
    draw: Callable[[Sheet, float, float], None]  # (sheet, x, top)


def flow(blocks: list[Block], first_top: float, top: float, bottom: float,
         columns: int) -> list[list[tuple[int, float, Block]]]:
    """Blocks poured into `columns` columns from `first_top` (on the first page) or
    `top` (on the next ones) down to `bottom`, then onto new pages: per page, the
    (column, top, block) of each block."""
    pages: list[list[tuple[int, float, Block]]] = [[]]
    col, y, start = 0, first_top, first_top
    for block in blocks:
        if y + block.height > bottom and y > start:
            col += 1
            y = start
            if col == columns:
                pages.append([])
                col, y, start = 0, top, top
        pages[-1].append((col, y, block))
        y += block.height
    return pages


class NullPen:
    """A pen that draws nothing (to measure before painting)."""

    def __getattr__(self, _name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None
