"""The PDF poster (reportlab): one sheet, or tiles of a small paper size.

The poster is painted by paint/ through PdfPen (text drawn with canvas calls,
never markup). Fonts are the shipped DejaVu TTFs, embedded as subsets.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfgen.canvas import Canvas

from cjeditor.export.legibility import PAGE_MARGIN, Fit, printed_title, resolve
from cjeditor.export.options import MM, ExportOptions, parse_paper
from cjeditor.export.pdf_pen import PdfPen, ensure_font
from cjeditor.export.prepress import PDF_VERSION, add_output_intent, low_resolution_images
from cjeditor.export.printed import check_page_titles, check_titles, printed_poster
from cjeditor.export.tiling import (
    SAFE_INSET,
    SHEET_MARGIN,
    Box,
    TilePlan,
    mark_points,
    plan_tiles,
    sheet_label,
)
from cjeditor.layout.compute import for_persona
from cjeditor.layout.labels import Labels
from cjeditor.layout.metrics import FontSet, ReportlabMetrics
from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.poster import paint_poster
from cjeditor.paint.sheet import Sheet

__all__ = ["PosterPage", "poster_page", "write_pdf", "write_poster_1to1"]

MARGIN = PAGE_MARGIN  # white margin around a single-sheet poster
SLUG = 10 * MM  # room outside the bleed for crop marks
MARK_LEN = 6 * MM
MAX_SHEETS = 400
MIN_STROKE = 0.25  # points on paper: the thinnest line a printer renders reliably


class _FastFlate:
    """reportlab's Flate filter at zlib level 1 instead of 6: a poster's page stream
    is megabytes of operators, compressed three times faster for a file about a
    quarter larger (3,000 cards: 35 ms instead of 105 ms)."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, 1)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


_FAST_FLATE = _FastFlate()


# Characters that reportlab's page-stream codec ('extpdfdoc') does not write as
# themselves (it refuses them); every other ASCII character it writes as its byte.
_NOT_AS_IS = re.compile("[\x18-\x1f]")


class _PosterCanvas(Canvas):
    """A canvas whose page streams are only Flate-compressed, quickly: reportlab's
    default adds ASCII85 on top, which makes them larger and slower to write
    (its switch, rl_config.useA85, is process-wide, so it is left alone).
    An uncompressed stream (the PNG's PDF) is turned into bytes as ASCII, which
    is what reportlab's codec gives for it, sixty times faster."""

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        super().showPage()
        raw: Any = self  # reportlab's document internals are not in its type hints
        page = raw._doc.Pages.pages[-1]
        stream = page.stream
        if not stream or page.Contents:
            return
        if raw._pageCompression:
            contents: Any = PDFStream(content=stream, filters=[_FAST_FLATE])
        elif isinstance(stream, str) and stream.isascii() and not _NOT_AS_IS.search(stream):
            contents = PDFStream(content=stream.encode("ascii"))
        else:
            return  # reportlab's own way
        contents.__Comment__ = "page stream"
        page.Contents = contents


@dataclass(frozen=True)
class PosterPage:
    """Where the poster goes on its (untiled) page."""

    width: float  # the page (trim) size
    height: float
    scale: float
    x: float  # poster top-left, PDF coordinates from the page's bottom-left
    top: float
    paper: str = ""  # as resolved (never "auto")
    orientation: str = ""


def poster_page(poster: Poster, options: ExportOptions) -> PosterPage:
    """Where the poster goes on its paper ("auto" paper and orientation resolved)."""
    fit = resolve(poster, options)
    x = (fit.width - poster.width * fit.scale) / 2
    return PosterPage(fit.width, fit.height, fit.scale, x, fit.height - MARGIN, fit.paper,
                      fit.orientation)


def _canvas(out: BinaryIO, fonts: FontSet, compress: bool) -> Canvas:
    # The canvas's initial font is DejaVu, not Helvetica: every font in the file
    # is then an embedded TrueType font.
    for font in (fonts.regular, fonts.bold):
        ensure_font(font)
    canvas = _PosterCanvas(out, pageCompression=1 if compress else 0, invariant=1,
                           pdfVersion=PDF_VERSION,
                           initialFontName=fonts.regular.fontName,  # type: ignore[arg-type]
                           initialFontSize=10)
    add_output_intent(canvas)
    return canvas


def _paint(canvas: Canvas, doc: JourneyMap, poster: Poster, metrics: ReportlabMetrics,
           x: float, top: float, scale: float) -> None:
    canvas.saveState()
    canvas.translate(x, top)
    canvas.scale(scale, scale)
    pen = PdfPen(canvas, metrics.fonts, min_width=MIN_STROKE / scale)
    paint_poster(pen, doc, poster, metrics, background=False)
    canvas.restoreState()


def _small_text(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, size: float,
                align: str = "left", bold: bool = False, color: str = S.MUTED) -> None:
    """Sheet furniture (page numbers, labels): DejaVu text, drawn literally."""
    font = fonts.bold if bold else fonts.regular
    ensure_font(font)
    canvas.setFont(font.fontName, size)
    canvas.setFillColor(HexColor(color))
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "center":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def write_pdf(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None, notes: list[str] | None = None,
) -> None:
    """Write the poster as PDF to the binary file `out`."""
    report = progress or (lambda _f: None)
    doc, poster, metrics = printed_poster(doc, options.persona, options)
    page = poster_page(poster, options)
    fit = Fit(page.paper, page.orientation, page.width, page.height, page.scale)
    titles: list[str] = []  # the sentence on card titles, said first once all is drawn
    if "poster" in options.pages:
        check_titles(poster, options, fit, titles)  # refuses before anything is drawn
        if notes is not None:
            notes.extend(low_resolution_images(doc, poster, page.scale))
    report(0.1)
    canvas = _canvas(out, metrics.fonts, compress=True)
    canvas.setTitle(doc.meta.title)
    canvas.setAuthor(", ".join(doc.meta.authors))
    canvas.setSubject(doc.meta.product or "")
    canvas.setCreator("cjeditor")
    others: list[tuple[float, str]] = []  # the other pages' smallest card titles (pt)
    extras: dict[str, list[Any]] = {}  # each extra page's painters, to count the pages
    if any(name != "poster" for name in options.pages):
        # the decision pages pull in the health check: imported only when asked for
        from cjeditor.export.pages import add_pages, extra_pages, extra_paper

        paper = extra_paper(options, (page.width, page.height))
        for name in options.pages:
            if name != "poster":
                shown = for_persona(doc, options.persona) if name == "personas" else doc
                extras[name] = extra_pages(shown, name, metrics, paper)
    plan = tile_plan(poster, page, options) if options.tile and "poster" in options.pages \
        else None
    poster_pages = plan.count + 1 if plan is not None else 1
    numbers = _Numbers(Labels(doc.meta.language), metrics.fonts,
                       sum(poster_pages if name == "poster" else len(extras[name])
                           for name in options.pages))
    for name in options.pages:  # in the order asked (--pages); the poster by default
        if name != "poster":
            size = add_pages(canvas, metrics, extras[name], paper,
                             [numbers.footer() for _ in extras[name]])
            if size is not None:
                others.append((size, name))
        elif plan is not None:
            _tiled(canvas, doc, poster, metrics, page, options, report, plan, numbers)
        else:
            _single(canvas, doc, poster, metrics, page, options, numbers)
    titles = _smallest_titles(poster, fit, options, others, titles)
    if notes is not None:
        notes[:0] = titles
    report(0.95)
    canvas.save()
    report(1.0)


def _smallest_titles(poster: Poster, fit: Fit, options: ExportOptions,
                     others: list[tuple[float, str]], poster_said: list[str]) -> list[str]:
    """The sentence on card titles for the whole PDF: the poster's (`poster_said`),
    unless another page (`--pages`: each page's smallest title and name) prints them
    smaller, a matrix list on small paper; then that page's, refused under
    --min-text-pt (ExportError) before the PDF is saved."""
    smallest = min(others, default=None)
    if "poster" in options.pages:
        poster_pt = printed_title(poster.geometry, fit.scale)
        if smallest is None or (poster_pt is not None and smallest[0] >= poster_pt - 1e-9):
            return poster_said
    said: list[str] = []
    check_page_titles(None if smallest is None else smallest[0], options, said,
                      "" if smallest is None else smallest[1])
    return said


def write_poster_1to1(doc: JourneyMap, out: BinaryIO, persona: str | None = None,
                      options: ExportOptions | None = None,
                      notes: list[str] | None = None) -> tuple[float, float]:
    """The poster at 1:1 on a page just big enough (map plus a margin), for
    rasterising. Returns the page size in points. With `options`, the title
    size is checked against them (ExportError) and reported in `notes`."""
    doc, poster, metrics = printed_poster(doc, persona, options)
    if options is not None:
        check_titles(poster, options, None, notes)
    m = MARGIN / 2
    page = PosterPage(poster.width + 2 * m, poster.height + 2 * m, 1.0, m, poster.height + m)
    canvas = _canvas(out, metrics.fonts, compress=False)
    canvas.setTitle(doc.meta.title)
    _single(canvas, doc, poster, metrics, page, ExportOptions())
    canvas.save()
    return page.width, page.height


class _Numbers:
    """The pages' numbers, "Página n de total", in the order the pages are drawn."""

    def __init__(self, labels: Labels, fonts: FontSet, total: int) -> None:
        self.labels, self.fonts, self.total, self.next = labels, fonts, total, 1

    def take(self) -> int:
        self.next += 1
        return self.next - 1

    def text(self) -> str:
        return self.labels["page"].format(n=self.take(), total=self.total)

    def footer(self) -> Callable[[Canvas, float, float], None]:
        """A page number for an extra page (export/pages.py), bottom right inside the
        safe area, as a tile's, at the size the page's scale gives its text."""
        text = self.text()
        return lambda canvas, width, scale: _page_number(canvas, self.fonts, width, text,
                                                         PAGE_NUMBER_SIZE * scale)


def _single(canvas: Canvas, doc: JourneyMap, poster: Poster, metrics: ReportlabMetrics,
            page: PosterPage, options: ExportOptions, numbers: _Numbers | None = None
            ) -> None:
    bleed = options.bleed_mm * MM
    slug = SLUG if options.crop_marks else 0.0
    off = bleed + slug
    mw, mh = page.width + 2 * off, page.height + 2 * off
    canvas.setPageSize((mw, mh))
    trim = (off, off, off + page.width, off + page.height)
    bleed_box = (off - bleed, off - bleed, off + page.width + bleed, off + page.height + bleed)
    canvas.setTrimBox(trim)
    canvas.setBleedBox(bleed_box)
    # The title band runs from the poster's header to the edge of the bleed.
    top = off + page.top
    _band(canvas, poster, page, bleed_box[0], bleed_box[2], top, bleed_box[3])
    if bleed > 0:
        _lane_stripes(canvas, doc, poster, page, bleed_box[0], bleed_box[2], top)
    _paint(canvas, doc, poster, metrics, off + page.x, top, page.scale)
    if numbers is not None:
        # inside the safe area (6 mm) and below the poster's own margin
        _small_text(canvas, metrics.fonts, off + page.width - MARGIN, off + SAFE_INSET + 2.5,
                    numbers.text(), 8, "right")
    if options.crop_marks:
        _crop_marks(canvas, trim, bleed)
    canvas.showPage()
    # reportlab keeps boxes for the pages after: the matrix or check page has its own
    canvas.setTrimBox(None)
    canvas.setBleedBox(None)


def _band(canvas: Canvas, poster: Poster, page: PosterPage, x0: float, x1: float,
          top: float, edge: float) -> None:
    """The title band runs from the poster's header up to `edge` and across."""
    bottom = top - poster.header.h * page.scale
    canvas.setFillColor(HexColor(S.HEADER_BG))
    canvas.rect(x0, bottom, x1 - x0, edge - bottom, stroke=0, fill=1)


def _lane_stripes(canvas: Canvas, doc: JourneyMap, poster: Poster, page: PosterPage,
                  x0: float, x1: float, top: float) -> None:
    """With a bleed, each lane's background runs out to the bleed edges."""
    lanes = {lane.id: lane for lane in doc.lanes}
    for lane in poster.geometry.lanes:
        model = lanes[lane.lane_id]
        y_top = top - (poster.map_y + lane.y) * page.scale
        h = lane.height * page.scale
        canvas.setFillColor(HexColor(S.lane_band(model.type, model.color)))
        canvas.rect(x0, y_top - h, x1 - x0, h, stroke=0, fill=1)


def _crop_marks(canvas: Canvas, trim: tuple[float, float, float, float], bleed: float) -> None:
    x0, y0, x1, y1 = trim
    gap = bleed + 2 * MM  # marks stay outside the bleed
    canvas.setStrokeColor(HexColor(S.REGISTRATION))
    canvas.setLineWidth(0.3)
    canvas.setDash([], 0)
    for x, y, sx, sy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        canvas.line(x + sx * gap, y, x + sx * (gap + MARK_LEN), y)
        canvas.line(x, y + sy * gap, x, y + sy * (gap + MARK_LEN))


def inked_boxes(poster: Poster, scale: float) -> list[Box]:
    """The parts of the poster that hold something (title band, map, legend), in
    points of the printed poster: sheets showing none of them are not printed."""
    g = poster.geometry
    boxes = [(poster.header.x, poster.header.y, poster.header.w, poster.header.h),
             (0.0, poster.map_y, g.width, g.height)]
    if poster.legend is not None:
        r = poster.legend
        boxes.append((r.x, r.y, r.w, r.h))
    return [(x * scale, y * scale, w * scale, h * scale) for x, y, w, h in boxes]


def tile_plan(poster: Poster, page: PosterPage, options: ExportOptions) -> TilePlan:
    """The sheets of a tiled poster: the poster at its paper's scale, cut into
    `options.tile` sheets."""
    assert options.tile is not None  # only asked for a tiled export
    return plan_tiles(poster.width * page.scale, poster.height * page.scale,
                      parse_paper(options.tile), options.overlap_mm * MM,
                      inked_boxes(poster, page.scale))


def _tiled(canvas: Canvas, doc: JourneyMap, poster: Poster, metrics: ReportlabMetrics,
           page: PosterPage, options: ExportOptions, report: Callable[[float], None],
           plan: TilePlan, numbers: _Numbers) -> None:
    if plan.count > MAX_SHEETS:
        from cjeditor.export import ExportError

        raise ExportError(
            f"tiling this poster on {options.tile} would take {plan.count} sheets "
            f"(at most {MAX_SHEETS}); choose a smaller --paper or a larger --tile"
        )
    labels = Labels(doc.meta.language)
    fonts = metrics.fonts
    total = numbers.total
    canvas.setPageSize((plan.sheet_w, plan.sheet_h))
    # The poster is drawn once, as a form XObject the size of the printed poster.
    width, height = poster.width * page.scale, poster.height * page.scale
    canvas.beginForm("cj-poster", 0, 0, width, height)
    _paint(canvas, doc, poster, metrics, 0, height, page.scale)
    canvas.endForm()
    report(0.5)
    _overview(canvas, doc, (width, height), plan, labels, metrics, numbers.take(), total)
    for n, (row, col) in enumerate(plan.sheets(), start=2):
        _sheet(canvas, height, plan, row, col, labels, fonts, numbers.take(), total)
        report(0.5 + 0.45 * n / (plan.count + 1))


PAGE_NUMBER_SIZE = 7.5  # points: a sheet's page number and label


def _page_number(canvas: Canvas, fonts: FontSet, sheet_w: float, text: str,
                 size: float = PAGE_NUMBER_SIZE) -> None:
    """Bottom right, inside the safe area."""
    _small_text(canvas, fonts, sheet_w - SAFE_INSET, SAFE_INSET + 2.5, text, size, "right")


def _overview_words(canvas: Canvas, doc: JourneyMap, plan: TilePlan, labels: Labels,
                    metrics: ReportlabMetrics) -> float:
    """The assembly page's heading, the map's title and how to join the sheets, wrapped
    (and the heading shrunk) to the sheet's safe width, in the poster's fonts (emoji
    included); returns the points they take from the sheet's top."""
    m, width = SHEET_MARGIN, plan.sheet_w - 2 * SHEET_MARGIN
    canvas.saveState()
    canvas.translate(0, plan.sheet_h)
    sheet = Sheet(PdfPen(canvas, metrics.fonts), metrics, plan.sheet_w, plan.sheet_h)
    heading, size = labels["assembly"], 16.0
    while size > 8 and metrics.width(heading, size, True) > width:
        size -= 1
    y = sheet.write(m, m, [sheet.fit(heading, width, size, True)], size, True, S.INK)
    y = sheet.paragraph(m, y + 2, width, doc.meta.title, 10, False, S.INK, max_lines=2)
    y = sheet.paragraph(m, y + 2, width, labels["assembly_hint"], 8, False, S.MUTED,
                        max_lines=6)
    canvas.restoreState()
    return y


def _overview(canvas: Canvas, doc: JourneyMap, size: tuple[float, float], plan: TilePlan,
              labels: Labels, metrics: ReportlabMetrics, n: int, total: int) -> None:
    m = SHEET_MARGIN
    sw, sh = plan.sheet_w, plan.sheet_h
    words = _overview_words(canvas, doc, plan, labels, metrics)
    oy_top = sh - words - 10
    avail_w, avail_h = sw - 2 * m, oy_top - m - 14  # above the page number
    cover_w = plan.cols * plan.step_x + plan.overlap
    cover_h = plan.rows * plan.step_y + plan.overlap
    s = max(min(avail_w / cover_w, avail_h / cover_h), 0.0)
    ox = m + (avail_w - cover_w * s) / 2
    fonts = metrics.fonts
    canvas.saveState()
    canvas.translate(ox, oy_top - size[1] * s)
    canvas.scale(s, s)
    canvas.doForm("cj-poster")
    canvas.restoreState()
    canvas.setLineWidth(0.8)
    for row in range(plan.rows):
        for col in range(plan.cols):
            x, y, w, h = plan.region(row, col)
            rx, ry = ox + x * s, oy_top - (y + h) * s
            if (row, col) in plan.skipped:  # a gap: nothing of the map there
                canvas.setStrokeColor(HexColor(S.GRID))
                canvas.setDash([2, 2], 0)
                canvas.rect(rx, ry, w * s, h * s, stroke=1, fill=0)
                canvas.setDash([], 0)
                continue
            canvas.setStrokeColor(HexColor(S.TILE_MARK))
            canvas.rect(rx, ry, w * s, h * s, stroke=1, fill=0)
            _small_text(canvas, fonts, rx + w * s / 2, ry + h * s / 2 - 5,
                        sheet_label(row, col), max(min(w * s / 4, 18), 6), "center", True,
                        S.TILE_MARK)
    _page_number(canvas, fonts, sw, labels["page"].format(n=n, total=total))
    canvas.showPage()


def _mark(canvas: Canvas, x: float, y: float) -> None:
    """An alignment mark: a ring and a cross, with a white halo to show on any colour."""
    for color, width in ((S.WHITE, 1.6), (S.REGISTRATION, 0.4)):
        canvas.setStrokeColor(HexColor(color))
        canvas.setLineWidth(width)
        canvas.circle(x, y, 2.5, stroke=1, fill=0)
        canvas.line(x - 5, y, x + 5, y)
        canvas.line(x, y - 5, x, y + 5)


def _sheet(canvas: Canvas, poster_h: float, plan: TilePlan, row: int, col: int,
           labels: Labels, fonts: FontSet, n: int, total: int) -> None:
    m = SHEET_MARGIN
    sw, sh = plan.sheet_w, plan.sheet_h
    x, y, aw, ah = plan.region(row, col)
    ov = plan.overlap

    canvas.saveState()
    p = canvas.beginPath()
    p.rect(m, m, aw, ah)
    canvas.clipPath(p, stroke=0, fill=0)
    canvas.translate(m - x, m + ah - (poster_h - y))  # poster point (px, py) at (px, h - py)
    canvas.doForm("cj-poster")
    for px, py in mark_points(plan, row, col):  # in the overlap strips, on the poster
        _mark(canvas, px, poster_h - py)
    canvas.restoreState()
    # where the next sheet's edge goes: dashed lines from the area out to the safe inset
    canvas.setStrokeColor(HexColor(S.TILE_MARK))
    canvas.setLineWidth(0.5)
    canvas.setDash([3, 2], 0)
    if col > 0:
        canvas.line(m + ov, m + ah, m + ov, sh - SAFE_INSET)
        canvas.line(m + ov, m, m + ov, SAFE_INSET)
    if row > 0:
        canvas.line(m, m + ah - ov, SAFE_INSET, m + ah - ov)
        canvas.line(m + aw, m + ah - ov, sw - SAFE_INSET, m + ah - ov)
    canvas.setDash([], 0)
    label = sheet_label(row, col)
    _small_text(canvas, fonts, m, sh - m + 3, label, 9, bold=True, color=S.TILE_MARK)
    if col > 0 or row > 0:
        _small_text(canvas, fonts, m + 40, sh - m + 3, labels["overlap"], 6, color=S.TILE_MARK)
    _page_number(canvas, fonts, sw, labels["sheet"].format(label=label, n=n, total=total))
    canvas.showPage()
