"""The PDF poster (reportlab): one sheet, or tiles of a small paper size.

Text is drawn with canvas calls only (never Paragraph markup), so whatever a
user typed prints literally. Fonts are the shipped DejaVu TTFs, embedded as
subsets; characters they lack come from a fallback font on the machine or are
drawn as a small placeholder picture (with the real character as invisible
text, so it still copies and searches).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import BinaryIO

import reportlab.rl_config as rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from cjeditor.export.options import MM, ExportOptions, oriented, parse_paper
from cjeditor.export.paint import HEADER_BG, LANE_BASE, PosterPainter, mix
from cjeditor.export.pen import PathOp
from cjeditor.export.tiling import SHEET_MARGIN, TilePlan, plan_tiles, sheet_label
from cjeditor.layout.compute import compute_layout
from cjeditor.layout.labels import Labels
from cjeditor.layout.metrics import (
    PLACEHOLDER,
    PLACEHOLDER_EM,
    FontSet,
    ReportlabMetrics,
    default_metrics,
)
from cjeditor.layout.poster import Poster, compute_poster
from cjeditor.model import JourneyMap

__all__ = ["PosterPage", "poster_page", "write_pdf", "write_poster_1to1"]

# Nothing in a poster is ever fetched from a URL or a file named in the text.
rl_config.trustedSchemes = []
rl_config.trustedHosts = []



def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but correct for characters beyond U+FFFF
    (emoji): those are written as UTF-16 surrogate pairs, as PDF requires.
    reportlab 4 writes them as an odd-length hex string, which readers reject,
    so emoji would not copy or search."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *[f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])  # fmt: skip


_ttfonts.makeToUnicodeCMap = _to_unicode_cmap

MARGIN = 12 * MM  # white margin around a single-sheet poster
SLUG = 10 * MM  # room outside the bleed for crop marks
MARK_LEN = 6 * MM
MAX_SHEETS = 400


class PdfPen:
    """Pen on a reportlab canvas; the caller sets the transform so that poster
    point (x, y) is drawn at (x, -y)."""

    def __init__(self, canvas: Canvas, fonts: FontSet, metrics: ReportlabMetrics) -> None:
        self.c = canvas
        self.fonts = fonts
        self.m = metrics
        self._colors: dict[str, object] = {}
        self._registered: set[str] = set()
        self._dash: tuple | None = None

    def _color(self, value: str):
        color = self._colors.get(value)
        if color is None:
            color = self._colors[value] = HexColor(value)
        return color

    def _style(self, fill, stroke, width, dash) -> tuple[int, int]:
        c = self.c
        if fill:
            c.setFillColor(self._color(fill))
        if stroke:
            c.setStrokeColor(self._color(stroke))
            c.setLineWidth(width)
            if dash != self._dash:
                if dash:
                    c.setDash(list(dash), 0)
                else:
                    c.setDash([], 0)
                self._dash = dash
        return (1 if stroke else 0), (1 if fill else 0)

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5, radius=0.0, dash=None):
        s, f = self._style(fill, stroke, width, dash)
        if not (s or f):
            return
        if radius > 0:
            self.c.roundRect(x, -y - h, w, h, min(radius, w / 2, h / 2), stroke=s, fill=f)
        else:
            self.c.rect(x, -y - h, w, h, stroke=s, fill=f)

    def circle(self, cx, cy, r, fill=None, stroke=None, width=0.5):
        s, f = self._style(fill, stroke, width, None)
        if s or f:
            self.c.circle(cx, -cy, r, stroke=s, fill=f)

    def path(self, ops: list[PathOp], fill=None, stroke=None, width=0.5, dash=None):
        s, f = self._style(fill, stroke, width, dash)
        if not (s or f):
            return
        p = self.c.beginPath()
        for op in ops:
            code = op[0]
            if code == "M":
                p.moveTo(op[1], -op[2])
            elif code == "L":
                p.lineTo(op[1], -op[2])
            elif code == "C":
                p.curveTo(op[1], -op[2], op[3], -op[4], op[5], -op[6])
            else:
                p.close()
        self.c.drawPath(p, stroke=s, fill=f)

    def _ensure(self, name: str) -> None:
        if name not in self._registered:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(self.fonts.font(name))
            self._registered.add(name)

    def text(self, x, baseline, text, size, bold=False, color="#222222"):
        c = self.c
        c.setFillColor(self._color(color))
        y = -baseline
        t = None  # one text object per line, fonts switched inside it
        for name, run in self.fonts.runs(text, bold):
            if name == PLACEHOLDER:
                if t is not None:
                    c.drawText(t)
                    t = None
                for ch in run:
                    self._placeholder(ch, x, y, size, color)
                    x += PLACEHOLDER_EM * size
                c.setFillColor(self._color(color))
                continue
            self._ensure(name)
            if t is None:
                t = c.beginText(x, y)
            t.setFont(name, size)
            t.textOut(run)
            x += self.fonts.font(name).stringWidth(run, size)
        if t is not None:
            c.drawText(t)

    def _placeholder(self, ch: str, x: float, y: float, size: float, color: str) -> None:
        """A rounded square with the code point, plus the character as invisible
        text so it is still found by search and copy."""
        c = self.c
        w = PLACEHOLDER_EM * size
        box = w * 0.92
        c.setStrokeColor(self._color(color))
        c.setLineWidth(max(size * 0.05, 0.3))
        if self._dash:
            c.setDash([], 0)
            self._dash = None
        c.setFillColor(self._color("#F2F2F2"))
        c.roundRect(x + (w - box) / 2, y - size * 0.18, box, box, box * 0.2, stroke=1, fill=1)
        code = f"{ord(ch):X}"
        small = box / max(len(code), 3) * 1.45
        small = min(small, box * 0.5)
        c.setFillColor(self._color(color))
        self._ensure(self.fonts.regular.fontName)
        c.setFont(self.fonts.regular.fontName, small)
        c.drawCentredString(x + w / 2, y - size * 0.18 + box / 2 - small * 0.35, code)
        self.hidden_text(x, -y, ch, size)

    def hidden_text(self, x, baseline, text, size):
        c = self.c
        font = _hidden_font()
        for ch in text:  # every character maps (to the empty glyph) and copies
            font.face.charToGlyph.setdefault(ord(ch), 0)
        name = font.fontName
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(font)
        t = c.beginText(x, -baseline)
        t.setTextRenderMode(3)
        t.setFont(name, size)
        t.textOut(text)
        t.setTextRenderMode(0)  # the mode is graphics state: later text must show
        c.drawText(t)

    def image(self, x, y, w, h, data: bytes, media_type: str) -> None:
        self.c.drawImage(ImageReader(io.BytesIO(data)), x, -y - h, w, h, mask="auto")


@cache
def _hidden_font() -> TTFont:
    """A private copy of DejaVu for invisible text: characters no font has are
    mapped to its empty glyph, so the PDF still says which character it was."""
    font = TTFont("CJ-Hidden", default_metrics().fonts.regular.face.filename)
    font.face.name = b"CJHidden-" + font.face.name  # subsets are keyed by face name
    return font


@dataclass(frozen=True)
class PosterPage:
    """Where the poster goes on its (untiled) page."""

    width: float  # the page (trim) size
    height: float
    scale: float
    x: float  # poster top-left, PDF coordinates from the page's bottom-left
    top: float


def poster_page(poster: Poster, options: ExportOptions) -> PosterPage:
    pw, ph = oriented(parse_paper(options.paper), options.orientation)
    w, h = poster.width, poster.height
    if options.fit == "page":
        scale = min((pw - 2 * MARGIN) / w, (ph - 2 * MARGIN) / h)
    else:
        scale = 1.0
        pw, ph = max(pw, w + 2 * MARGIN), max(ph, h + 2 * MARGIN)
    x = (pw - w * scale) / 2
    return PosterPage(pw, ph, scale, x, ph - MARGIN)


def _canvas(out: BinaryIO, fonts: FontSet, compress: bool) -> Canvas:
    # The canvas's initial font is DejaVu, not Helvetica: every font in the file
    # is then an embedded TrueType font.
    for font in (fonts.regular, fonts.bold):
        if font.fontName not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(font)
    return Canvas(out, pageCompression=1 if compress else 0, invariant=1,
                  initialFontName=fonts.regular.fontName, initialFontSize=10)


def _paint(canvas: Canvas, doc: JourneyMap, poster: Poster, metrics: ReportlabMetrics,
           x: float, top: float, scale: float) -> None:
    canvas.saveState()
    canvas.translate(x, top)
    canvas.scale(scale, scale)
    pen = PdfPen(canvas, metrics.fonts, metrics)
    PosterPainter(pen, doc, poster, metrics).paint(background=False)  # paper is white
    canvas.restoreState()


def _small_text(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, size: float,
                align: str = "left", bold: bool = False, color: str = "#555555") -> None:
    """Sheet furniture (page numbers, labels): DejaVu text, drawn literally."""
    font = fonts.bold if bold else fonts.regular
    if font.fontName not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
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
    progress: Callable[[float], None] | None = None,
) -> None:
    """Write the poster as PDF to the binary file `out`."""
    report = progress or (lambda _f: None)
    metrics = default_metrics()
    geom = compute_layout(doc, metrics, options.persona)
    poster = compute_poster(doc, geom, metrics)
    report(0.1)
    canvas = _canvas(out, metrics.fonts, compress=True)
    canvas.setTitle(doc.meta.title)
    canvas.setAuthor(", ".join(doc.meta.authors))
    canvas.setSubject(doc.meta.product or "")
    canvas.setCreator("cjeditor")
    page = poster_page(poster, options)
    if options.tile:
        _tiled(canvas, doc, poster, metrics, page, options, report)
    else:
        _single(canvas, doc, poster, metrics, page, options)
    report(0.95)
    canvas.save()
    report(1.0)


def write_poster_1to1(doc: JourneyMap, out: BinaryIO, persona: str | None = None) -> tuple[
    float, float
]:
    """The poster at 1:1 on a page just big enough (map plus a margin), for
    rasterising. Returns the page size in points."""
    metrics = default_metrics()
    geom = compute_layout(doc, metrics, persona)
    poster = compute_poster(doc, geom, metrics)
    m = MARGIN / 2
    page = PosterPage(poster.width + 2 * m, poster.height + 2 * m, 1.0, m, poster.height + m)
    canvas = _canvas(out, metrics.fonts, compress=False)
    canvas.setTitle(doc.meta.title)
    _single(canvas, doc, poster, metrics, page, ExportOptions(), page_number=False)
    canvas.save()
    return page.width, page.height


def _single(canvas: Canvas, doc, poster: Poster, metrics, page: PosterPage, options,
            page_number: bool = True) -> None:
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
    if page_number:
        labels = Labels(doc.meta.language)
        _small_text(canvas, metrics.fonts, off + page.width - MARGIN, off + MARGIN / 2 - 3,
                    labels["page"].format(n=1, total=1), 8, "right")
    if options.crop_marks:
        _crop_marks(canvas, trim, bleed)
    canvas.showPage()


def _band(canvas: Canvas, poster: Poster, page: PosterPage, x0: float, x1: float,
          top: float, edge: float) -> None:
    """The title band runs from the poster's header up to `edge` and across."""
    bottom = top - poster.header.h * page.scale
    canvas.setFillColor(HexColor(HEADER_BG))
    canvas.rect(x0, bottom, x1 - x0, edge - bottom, stroke=0, fill=1)


def _lane_stripes(canvas: Canvas, doc: JourneyMap, poster: Poster, page: PosterPage,
                  x0: float, x1: float, top: float) -> None:
    """With a bleed, each lane's background runs out to the bleed edges."""
    lanes = {lane.id: lane for lane in doc.lanes}
    for lane in poster.geometry.lanes:
        model = lanes[lane.lane_id]
        base = model.color or LANE_BASE.get(model.type, "#E6E6E6")
        y_top = top - (poster.map_y + lane.y) * page.scale
        h = lane.height * page.scale
        canvas.setFillColor(HexColor(mix(base, "#FFFFFF", 0.6)))
        canvas.rect(x0, y_top - h, x1 - x0, h, stroke=0, fill=1)


def _crop_marks(canvas: Canvas, trim, bleed: float) -> None:
    x0, y0, x1, y1 = trim
    gap = bleed + 2 * MM  # marks stay outside the bleed
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.3)
    canvas.setDash([], 0)
    for x, y, sx, sy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        canvas.line(x + sx * gap, y, x + sx * (gap + MARK_LEN), y)
        canvas.line(x, y + sy * gap, x, y + sy * (gap + MARK_LEN))


def _tiled(canvas: Canvas, doc, poster: Poster, metrics, page: PosterPage, options,
           report: Callable[[float], None]) -> None:
    plan = plan_tiles(page.width, page.height, parse_paper(options.tile),
                      options.overlap_mm * MM)
    if plan.count > MAX_SHEETS:
        from cjeditor.export import ExportError

        raise ExportError(
            f"tiling this poster on {options.tile} would take {plan.count} sheets "
            f"(at most {MAX_SHEETS}); choose a smaller --paper or a larger --tile"
        )
    labels = Labels(doc.meta.language)
    fonts = metrics.fonts
    total = plan.count + 1
    canvas.setPageSize((plan.sheet_w, plan.sheet_h))
    # The poster is drawn once, as a form XObject the size of the poster page.
    canvas.beginForm("cj-poster", 0, 0, page.width, page.height)
    _band(canvas, poster, page, 0, page.width, page.top, page.height)
    _paint(canvas, doc, poster, metrics, page.x, page.top, page.scale)
    canvas.endForm()
    report(0.5)
    _overview(canvas, doc, page, plan, labels, fonts, total)
    n = 1
    for row in range(plan.rows):
        for col in range(plan.cols):
            n += 1
            _sheet(canvas, page, plan, row, col, labels, fonts, n, total)
            report(0.5 + 0.45 * n / total)


def _overview(canvas: Canvas, doc, page: PosterPage, plan: TilePlan, labels, fonts,
              total: int) -> None:
    m = SHEET_MARGIN
    sw, sh = plan.sheet_w, plan.sheet_h
    _small_text(canvas, fonts, m, sh - m - 14, labels["assembly"], 16, bold=True,
                color="#222222")
    _small_text(canvas, fonts, m, sh - m - 32, doc.meta.title[:120], 10, color="#222222")
    hint = labels["assembly_hint"]
    _small_text(canvas, fonts, m, sh - m - 48, hint, 8)
    avail_w, avail_h = sw - 2 * m, sh - 2 * m - 70
    cover_w = plan.cols * plan.step_x + plan.overlap
    cover_h = plan.rows * plan.step_y + plan.overlap
    s = min(avail_w / cover_w, avail_h / cover_h)
    ox = m + (avail_w - cover_w * s) / 2
    oy_top = sh - m - 60
    canvas.saveState()
    canvas.translate(ox, oy_top - page.height * s)
    canvas.scale(s, s)
    canvas.doForm("cj-poster")
    canvas.restoreState()
    canvas.setLineWidth(0.8)
    canvas.setStrokeColor(HexColor("#C0392B"))
    for row in range(plan.rows):
        for col in range(plan.cols):
            x, y, w, h = plan.region(row, col)
            rx, ry = ox + x * s, oy_top - (y + h) * s
            canvas.setFillColor(HexColor("#C0392B"))
            canvas.rect(rx, ry, w * s, h * s, stroke=1, fill=0)
            _small_text(canvas, fonts, rx + w * s / 2, ry + h * s / 2 - 5,
                        sheet_label(row, col), max(min(w * s / 4, 18), 6), "center", True,
                        "#C0392B")
    _small_text(canvas, fonts, sw - m, m / 2 - 3, labels["page"].format(n=1, total=total), 8,
                "right")
    canvas.showPage()


def _sheet(canvas: Canvas, page: PosterPage, plan: TilePlan, row: int, col: int, labels, fonts,
           n: int, total: int) -> None:
    m = SHEET_MARGIN
    sw, sh = plan.sheet_w, plan.sheet_h
    x, y, aw, ah = plan.region(row, col)
    canvas.saveState()
    p = canvas.beginPath()
    p.rect(m, m, aw, ah)
    canvas.clipPath(p, stroke=0, fill=0)
    # poster point (x, page.height - y) goes to the area's top-left (m, m + ah)
    canvas.translate(m - x, m + ah - (page.height - y))
    canvas.doForm("cj-poster")
    canvas.restoreState()
    # alignment marks at the corners of the printed area, in the margin
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.4)
    tick = m * 0.7
    for cx, cy, sx, sy in ((m, m, -1, -1), (m + aw, m, 1, -1), (m, m + ah, -1, 1),
                           (m + aw, m + ah, 1, 1)):
        canvas.line(cx + sx * 1.5, cy, cx + sx * tick, cy)
        canvas.line(cx, cy + sy * 1.5, cx, cy + sy * tick)
    # registration crosses at the middle of each edge
    for cx, cy in ((m + aw / 2, m / 2), (m + aw / 2, m + ah + m / 2), (m / 2, m + ah / 2),
                   (m + aw + m / 2, m + ah / 2)):
        canvas.circle(cx, cy, 2.2, stroke=1, fill=0)
        canvas.line(cx - 4, cy, cx + 4, cy)
        canvas.line(cx, cy - 4, cx, cy + 4)
    # the overlap strips: the next sheet is glued over them
    canvas.setStrokeColor(HexColor("#C0392B"))
    canvas.setDash([3, 2], 0)
    ov = plan.overlap
    if col > 0:
        canvas.line(m + ov, m + ah + 1.5, m + ov, sh - 2)
        canvas.line(m + ov, m - 1.5, m + ov, 2)
    if row > 0:
        canvas.line(m - 1.5, m + ah - ov, 2, m + ah - ov)
        canvas.line(m + aw + 1.5, m + ah - ov, sw - 2, m + ah - ov)
    canvas.setDash([], 0)
    label = sheet_label(row, col)
    _small_text(canvas, fonts, m + plan.overlap + 30, sh - m + 8, label, 14, bold=True,
                color="#C0392B")
    if col > 0 or row > 0:
        _small_text(canvas, fonts, m + ov + 4, m - 11, labels["overlap"], 6, color="#C0392B")
    _small_text(canvas, fonts, sw - m - 10, m / 2 - 3,  # clear of the corner mark
                labels["sheet"].format(label=label, n=n, total=total), 8, "right")
    canvas.showPage()
