"""The export dialog's live preview: the page with the poster on it, or the sheet grid.

The poster thumbnail is drawn by the one painter (`paint.paint_poster`)
through QtPen, from the same layout as the PDF, so it shows what will
print. Page, margins, bleed, crop marks and the tile grid come from the export
engine's own functions (`pdf.poster_page`, `tiling.plan_tiles`), so the numbers
shown are the numbers the export uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cjeditor.canvas.qtpen import QtPen
from cjeditor.export.options import MM, ExportOptions
from cjeditor.export.pdf import MARGIN, MARK_LEN, SLUG, PosterPage, poster_page, tile_plan
from cjeditor.export.printed import printed_poster
from cjeditor.export.tiling import TilePlan, sheet_label
from cjeditor.export.view import apply_view
from cjeditor.layout.metrics import default_metrics
from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.poster import paint_poster
from cjeditor.paint.slides import SLIDE_H, SLIDE_W, slide_painters

THUMB_PIXELS = 1400  # the long side of the poster thumbnail


def compute_poster_for(doc: JourneyMap, persona: str | None,
                       options: ExportOptions | None = None) -> Poster:
    """The poster as the export prints it (every lane in full; a saved view's overlay
    when `options` names a view of `doc`)."""
    return printed_poster(doc, persona, options)[1]


def shown_map(doc: JourneyMap, persona: str | None, view: str | None
              ) -> tuple[JourneyMap, str | None, ExportOptions | None]:
    """What an export shows: `doc` with the saved `view`'s lanes and persona (as
    `cjeditor export --view`), else `doc` and `persona`; and the options that say so."""
    if view is None:
        return doc, persona, None
    shown, options = apply_view(doc, ExportOptions(view=view))
    return shown, options.persona, options


def _drawn(width: float, height: float, scale: float, draw: Callable[[QtPen], None]) -> QImage:
    """`draw` on white paper `width` × `height` points, at `scale` pixels a point."""
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(S.PAPER))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        draw(QtPen(painter))
    finally:
        painter.end()
    return image


def render_thumbnail(doc: JourneyMap, poster: Poster, long_side: int = THUMB_PIXELS) -> QImage:
    """The poster (white paper, no page) as an image `long_side` pixels long."""
    scale = long_side / max(poster.width, poster.height, 1.0)
    return _drawn(poster.width, poster.height, scale, lambda pen: paint_poster(
        pen, doc, poster, default_metrics(), background=False))


def render_slide(doc: JourneyMap, persona: str | None, overlay: bool, index: int = 1,
                 width: int = THUMB_PIXELS) -> QImage:
    """Slide `index` of the deck (the title slide is 0; the first stage's by default),
    drawn by the deck's own painter, `width` pixels wide."""
    painters = slide_painters(doc, default_metrics(), persona, overlay)
    return _drawn(SLIDE_W, SLIDE_H, width / SLIDE_W, painters[min(index, len(painters) - 1)])


@dataclass(frozen=True)
class Sheet:
    """What the export will make of the options, for the preview and the labels."""

    kind: str  # "page" (one PDF sheet), "tiles" (PDF on several sheets), "image" (PNG/SVG)
    page: PosterPage | None  # the poster page (trim box) for a PDF
    plan: TilePlan | None  # the sheets when tiling
    bleed: float = 0.0  # points
    slug: float = 0.0  # room for crop marks outside the bleed
    crop_marks: bool = False
    image_w: float = 0.0  # PNG/SVG size in points (the 1:1 poster)
    image_h: float = 0.0


def plan_sheet(poster: Poster, options: ExportOptions, fmt: str) -> Sheet:
    """Raises ValueError for options the export would refuse."""
    if fmt in ("png", "svg"):
        extra = MARGIN if fmt == "png" else 0.0  # the PNG is the 1:1 poster with a margin
        return Sheet("image", None, None, image_w=poster.width + extra,
                     image_h=poster.height + extra)
    options.validate()
    page = poster_page(poster, options)
    if options.tile:
        return Sheet("tiles", page, tile_plan(poster, page, options))
    bleed = options.bleed_mm * MM
    slug = SLUG if options.crop_marks else 0.0
    return Sheet("page", page, None, bleed, slug, options.crop_marks)


class PreviewWidget(QWidget):
    """Paints a Sheet with the poster thumbnail in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 300)
        self.sheet: Sheet | None = None
        self.poster: Poster | None = None
        self.thumbnail: QImage | None = None
        self.message = ""
        self.picture: QImage | None = None  # shown whole when there is no sheet (a slide)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(560, 460)

    def show_sheet(self, sheet: Sheet | None, poster: Poster | None, thumbnail: QImage | None,
                   message: str = "", picture: QImage | None = None) -> None:
        self.sheet, self.poster, self.thumbnail, self.message = sheet, poster, thumbnail, message
        self.picture = picture
        self.update()

    # ----------------------------------------------------------------- paint
    def _bounds(self) -> QRectF:
        """The drawing's extent in points (page coordinates, y down)."""
        s = self.sheet
        assert s is not None
        if s.kind == "image":
            return QRectF(0, 0, s.image_w, s.image_h)
        page = s.page
        assert page is not None
        rect = QRectF(0, 0, page.width, page.height)
        if s.kind == "tiles" and s.plan is not None:
            plan = s.plan
            cover = QRectF(0, 0, (plan.cols - 1) * plan.step_x + plan.area_w,
                           (plan.rows - 1) * plan.step_y + plan.area_h)
            return rect.united(cover)
        out = s.bleed + s.slug
        return rect.adjusted(-out, -out, out, out)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(112))
        if self.sheet is None:
            if self.picture is not None and not self.picture.isNull():
                self._paint_picture(painter, self.picture)
            else:
                self._centered_text(painter, self.message)
            painter.end()
            return
        bounds = self._bounds()
        pad = 16.0
        avail = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        scale = min(avail.width() / max(bounds.width(), 1.0),
                    avail.height() / max(bounds.height(), 1.0))
        ox = avail.x() + (avail.width() - bounds.width() * scale) / 2 - bounds.x() * scale
        oy = avail.y() + (avail.height() - bounds.height() * scale) / 2 - bounds.y() * scale
        painter.translate(ox, oy)
        painter.scale(scale, scale)
        if self.sheet.kind == "image":
            self._paint_image(painter, scale)
        else:
            self._paint_page(painter, scale)
            if self.sheet.kind == "tiles":
                self._paint_grid(painter, scale)
            else:
                self._paint_marks(painter, scale)
        painter.end()

    def _paint_picture(self, painter: QPainter, picture: QImage) -> None:
        """`picture` as large as fits, on a shadow (a slide of the deck)."""
        avail = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        scale = min(avail.width() / picture.width(), avail.height() / picture.height())
        size = QSize(round(picture.width() * scale), round(picture.height() * scale))
        target = QRectF(avail.x() + (avail.width() - size.width()) / 2,
                        avail.y() + (avail.height() - size.height()) / 2,
                        size.width(), size.height())
        self._shadowed(painter, target, 1.0)
        painter.drawImage(target, picture)

    def _centered_text(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect().adjusted(20, 20, -20, -20),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _shadowed(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        off = 3 / scale
        painter.fillRect(rect.translated(off, off), QColor(0, 0, 0, 60))
        painter.fillRect(rect, QColor(S.PAPER))

    def _draw_poster(self, painter: QPainter, target: QRectF) -> None:
        if self.thumbnail is not None and not self.thumbnail.isNull():
            painter.drawImage(target, self.thumbnail)
        else:
            painter.fillRect(target, QColor(S.PREVIEW_PENDING))

    def _paint_image(self, painter: QPainter, scale: float) -> None:
        s = self.sheet
        assert s is not None and self.poster is not None
        self._shadowed(painter, QRectF(0, 0, s.image_w, s.image_h), scale)
        m = (s.image_w - self.poster.width) / 2
        self._draw_poster(painter, QRectF(m, m, self.poster.width, self.poster.height))

    def _paint_page(self, painter: QPainter, scale: float) -> None:
        s = self.sheet
        assert s is not None and s.page is not None and self.poster is not None
        page, poster = s.page, self.poster
        trim = QRectF(0, 0, page.width, page.height)
        if s.bleed > 0:  # the bleed: the band and backgrounds run into it
            bleed = trim.adjusted(-s.bleed, -s.bleed, s.bleed, s.bleed)
            self._shadowed(painter, bleed, scale)
        else:
            self._shadowed(painter, trim, scale)
        top = page.height - page.top  # the poster's top, from the page's top edge
        band_bottom = top + poster.header.h * page.scale
        band = QRectF(-s.bleed, -s.bleed, page.width + 2 * s.bleed, band_bottom + s.bleed)
        painter.fillRect(band, QColor(S.HEADER_BG))
        self._draw_poster(painter, QRectF(page.x, top, poster.width * page.scale,
                                          poster.height * page.scale))
        # the margins, faintly
        margin = QPen(QColor(70, 120, 190, 150), 1 / scale, Qt.PenStyle.DashLine)
        painter.setPen(margin)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(trim.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        if s.bleed > 0:  # the bleed, tinted, and the trim line
            outside = QPainterPath()
            outside.addRect(trim.adjusted(-s.bleed, -s.bleed, s.bleed, s.bleed))
            inside = QPainterPath()
            inside.addRect(trim)
            tint = QColor(S.TILE_MARK)
            tint.setAlpha(45)
            painter.fillPath(outside.subtracted(inside), tint)
            painter.setPen(QPen(QColor(S.TILE_MARK), 1 / scale, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(trim)

    def _paint_marks(self, painter: QPainter, scale: float) -> None:
        s = self.sheet
        assert s is not None and s.page is not None
        if not s.crop_marks:
            return
        w, h = s.page.width, s.page.height
        gap = s.bleed + 2 * MM
        painter.setPen(QPen(QColor(S.REGISTRATION), 1.2 / scale))
        for x, y, sx, sy in ((0, 0, -1, -1), (w, 0, 1, -1), (0, h, -1, 1), (w, h, 1, 1)):
            painter.drawLine(QPointF(x + sx * gap, y), QPointF(x + sx * (gap + MARK_LEN), y))
            painter.drawLine(QPointF(x, y + sy * gap), QPointF(x, y + sy * (gap + MARK_LEN)))

    def _paint_grid(self, painter: QPainter, scale: float) -> None:
        s = self.sheet
        assert s is not None and s.plan is not None and s.page is not None
        plan = s.plan
        painter.save()  # the sheets cover the poster itself, not its paper's margins
        painter.translate(s.page.x, s.page.height - s.page.top)
        self._paint_sheets(painter, plan, scale)
        painter.restore()

    def _paint_sheets(self, painter: QPainter, plan: TilePlan, scale: float) -> None:
        overlap_fill = QColor(S.TILE_MARK)
        overlap_fill.setAlpha(40)
        # the overlap strips first, then the outlines and labels over them
        for row in range(plan.rows):
            for col in range(plan.cols):
                x, y, w, h = plan.region(row, col)
                if col > 0:
                    painter.fillRect(QRectF(x, y, plan.overlap, h), overlap_fill)
                if row > 0:
                    painter.fillRect(QRectF(x, y, w, plan.overlap), overlap_fill)
        outline = QPen(QColor(S.TILE_MARK), 1.5 / scale)
        label_px = max(9.0, min(plan.area_w, plan.area_h) * scale / 5)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(min(label_px, 28))))
        gap = QPen(QColor(S.TILE_MARK), 1 / scale, Qt.PenStyle.DotLine)
        for row in range(plan.rows):
            for col in range(plan.cols):
                x, y, w, h = plan.region(row, col)
                rect = QRectF(x, y, w, h)
                if (row, col) in plan.skipped:  # nothing of the map there: not printed
                    painter.setPen(gap)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)
                    continue
                painter.setPen(outline)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                # the label, unscaled so it stays legible, on a white tag
                centre = QPointF(x + w / 2, y + h / 2)
                painter.save()
                painter.translate(centre)
                painter.scale(1 / scale, 1 / scale)
                painter.setFont(font)
                text = sheet_label(row, col)
                box = painter.fontMetrics().boundingRect(text)
                tag = QRectF(-box.width() / 2 - 4, -box.height() / 2 - 1, box.width() + 8,
                             box.height() + 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 210))
                painter.drawRoundedRect(tag, 3, 3)
                painter.setPen(QColor(S.TILE_MARK))
                painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
                painter.restore()
