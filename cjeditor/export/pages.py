"""The PDF pages beside the poster (`--pages matrix,personas,check`), and the page
frame they are drawn in. No Qt.

A page is designed on a frame whose short side is an A4 page's (595 pt) and scaled
to the paper, so the same page reads alike on A4 and on an A1 wall sheet.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from cjeditor.export.options import ExportOptions, oriented, parse_paper
from cjeditor.export.pdf_pen import PdfPen
from cjeditor.layout.metrics import ReportlabMetrics
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.pages import PagePainter, page_painters

__all__ = ["FRAME_SHORT", "Footer", "add_pages", "draw_page", "extra_pages", "extra_paper",
           "page_frame"]

FRAME_SHORT = 595.0  # points: the short side of an A4 page


def page_frame(paper_w: float, paper_h: float) -> tuple[float, float, float]:
    """(frame width, frame height, scale to the paper) for a paper size in points."""
    scale = min(paper_w, paper_h) / FRAME_SHORT
    return paper_w / scale, paper_h / scale, scale


def extra_paper(options: ExportOptions, poster_size: tuple[float, float] | None = None
                ) -> tuple[float, float]:
    """The paper of the extra pages: the tile sheet when tiling, else the paper asked
    (with `--paper auto`, the poster's own page when known, else A4)."""
    orientation = options.orientation if options.orientation != "auto" else "landscape"
    name = options.tile or options.paper
    if name.strip().lower() == "auto":
        if poster_size is not None:
            return poster_size
        name = "A4"
    return oriented(parse_paper(name), orientation)


# draws on a page of that width (points), its text at the page's scale (page_frame)
Footer = Callable[[Canvas, float, float], None]


def draw_page(canvas: Canvas, metrics: ReportlabMetrics, painter: PagePainter,
              paper: tuple[float, float], footer: Footer | None = None) -> float | None:
    """One page of `paper` (width, height in points) painted by `painter`; returns the
    smallest size, in points on paper, of the card titles on it (None: none)."""
    pw, ph = paper
    _w, _h, scale = page_frame(pw, ph)
    canvas.setPageSize((pw, ph))
    canvas.saveState()
    canvas.translate(0, ph)
    canvas.scale(scale, scale)
    pen = PdfPen(canvas, metrics.fonts)
    pen.rect(0, 0, pw / scale, ph / scale, fill=S.PAPER)
    titles = painter(pen)
    canvas.restoreState()
    if footer is not None:
        footer(canvas, pw, scale)
    canvas.showPage()
    return None if titles is None else titles * scale


def extra_pages(doc: JourneyMap, name: str, metrics: ReportlabMetrics,
                paper: tuple[float, float]) -> list[PagePainter]:
    """The painters of the page(s) called `name` ("matrix", "personas", "check")."""
    w, h, _scale = page_frame(*paper)
    return page_painters(doc, name, metrics, w, h)


def add_pages(canvas: Canvas, metrics: ReportlabMetrics, painters: list[PagePainter],
              paper: tuple[float, float], footers: list[Footer | None] | None = None
              ) -> float | None:
    """The pages `painters` paint (extra_pages), each with its footer (a page number);
    returns the smallest size, in points on paper, of the card titles they print (None:
    they print none)."""
    feet = footers or [None] * len(painters)
    sizes = [draw_page(canvas, metrics, painter, paper, foot)
             for painter, foot in zip(painters, feet, strict=True)]
    return min((size for size in sizes if size is not None), default=None)
