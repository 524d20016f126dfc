"""QtPen: the Pen protocol on a QPainter, for the canvas items and the export preview.

Coordinates are the map's points (scene units). Text is drawn literally with
the shipped DejaVu fonts at the size layout measured it; text too small to read
at the current zoom is drawn as a faint bar (as print previews do).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from cjeditor.canvas.card_recipes import ScaleRange
from cjeditor.layout.metrics import TextMetrics, default_metrics
from cjeditor.paint import style as S
from cjeditor.paint.pen import Dash, PathOp

__all__ = ["GREEK_PX", "REF_PX", "QtPen", "decode_image", "font", "font_family"]

FAMILY = "DejaVu Sans"
GREEK_PX = 4.0  # text smaller than this many device pixels is drawn as a bar
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


@cache
def _register(name: str) -> str | None:
    """Register a shipped font file with Qt once; its family name."""
    from cjeditor.layout.metrics import font_path

    font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def font_family() -> str:
    """The map's font family (the shipped DejaVu), registered with Qt."""
    _register("DejaVuSans-Bold.ttf")
    return _register("DejaVuSans.ttf") or FAMILY


def font_families() -> list[str]:
    """The map's font, then the shipped emoji font: the same fallback as paper."""
    emoji = _register("NotoEmoji-Regular.ttf")
    return [font_family(), *([emoji] if emoji else [])]


REF_PX = 100  # text is set at this pixel size and scaled: advances match layout's


@lru_cache(maxsize=8)
def font(bold: bool, shaped: bool = True) -> QFont:
    """The map's font at REF_PX pixels (drawn scaled to each text's size).

    `shaped=False` skips HarfBuzz (Qt's PreferNoShaping), for text that needs no
    shaping (see `needs_shaping`): about a third faster to draw, and the same
    pixels, since kerning is off and layout measures plain advances anyway."""
    f = QFont()
    f.setFamilies(font_families())
    f.setPixelSize(REF_PX)
    f.setBold(bold)
    f.setKerning(False)  # layout measures without kerning, as the PDF draws
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if not shaped:
        f.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return f


# Latin, Greek and Cyrillic letters, spacing accents, punctuation (“ ” … ¿ ¡) and
# currency (€): one glyph per character, placed by its advance. Anything else
# (combining marks, Arabic, Indic scripts, emoji sequences) is shaped by HarfBuzz,
# which Qt's PreferNoShaping would skip even where a script needs it.
_NEEDS_SHAPING = re.compile("[^\u0000-\u02ff\u0370-\u0482\u048a-\u052f"
                            "\u2000-\u20cf\u2100-\u214f]")


def needs_shaping(text: str) -> bool:
    return not text.isascii() and _NEEDS_SHAPING.search(text) is not None


@cache
def _color(value: str) -> QColor:
    return QColor(value)


@cache
def _opaque(value: str) -> bool:
    return _color(value).alpha() == 255


@lru_cache(maxsize=256)
def _brush(value: str) -> QBrush:
    return QBrush(_color(value))


@lru_cache(maxsize=512)
def _pen(color: str, width: float, dash: Dash | None) -> QPen:
    pen = QPen(_color(color), width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dash:  # Qt counts dashes in pen widths, PDF in points
        pen.setDashPattern([max(d / max(width, 0.1), 0.1) for d in dash])
    return pen


@lru_cache(maxsize=32)
def decode_image(data: bytes) -> QImage | None:
    """PNG/JPEG bytes as a QImage (None if unreadable); recent pictures are kept."""
    image = QImage.fromData(QByteArray(data))
    return None if image.isNull() else image


class QtPen:
    """Pen over `painter`, whose current transform maps points to device pixels.
    Its one choice on the scale (text too small to read as bars) is noted in
    `scales`, if given (a card recipe's range, card_recipes.py)."""

    def __init__(self, painter: QPainter, metrics: TextMetrics | None = None,
                 scales: ScaleRange | None = None) -> None:
        self.p = painter
        self.m = metrics or default_metrics()
        self.scale = painter.deviceTransform().m11() or 1.0  # device pixels per point
        self.scales = scales

    def _readable(self, size: float) -> bool:
        """Whether text of `size` points is drawn as text here (else as a bar)."""
        if size <= 0:
            return False
        threshold = GREEK_PX / size
        readable = self.scale >= threshold
        if self.scales is not None:
            self.scales.note(threshold, readable)
        return readable

    def _set(self, fill: str | None, stroke: str | None, width: float,
             dash: Dash | None) -> None:
        self.p.setBrush(_brush(fill) if fill else _NO_BRUSH)
        self.p.setPen(_pen(stroke, width, dash) if stroke else _NO_PEN)

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None,
             stroke: str | None = None, width: float = 0.5, radius: float = 0.0,
             dash: Dash | None = None) -> None:
        if not (fill or stroke):
            return
        r = min(radius, w / 2, h / 2) if radius > 0 else 0.0
        if fill and stroke and not dash and w > 2 * width and h > 2 * width \
                and _opaque(fill) and _opaque(stroke):
            self._outlined(x, y, w, h, fill, stroke, width, r)
            return
        self._set(fill, stroke, width, dash)
        if r > 0:
            self.p.drawRoundedRect(QRectF(x, y, w, h), r, r)
        else:
            self.p.drawRect(QRectF(x, y, w, h))

    def _outlined(self, x: float, y: float, w: float, h: float, fill: str, stroke: str,
                  width: float, r: float) -> None:
        """An opaque box with a solid outline, as two fills: the outline's outer edge in
        the stroke's colour, then the inside. The same shape as a stroke centred on the
        edge (an arc of radius r stroked `width` wide spans r ± width/2), at well under
        half the cost: Qt strokes thin curves pixel by pixel."""
        p, half = self.p, width / 2
        p.setPen(_NO_PEN)
        p.setBrush(_brush(stroke))
        outer = QRectF(x - half, y - half, w + width, h + width)
        inner = QRectF(x + half, y + half, w - width, h - width)
        if r > 0:
            p.drawRoundedRect(outer, r + half, r + half)
            p.setBrush(_brush(fill))
            inner_r = max(r - half, 0.0)
            p.drawRoundedRect(inner, inner_r, inner_r)
        else:
            p.drawRect(outer)
            p.setBrush(_brush(fill))
            p.drawRect(inner)

    def circle(self, cx: float, cy: float, r: float, fill: str | None = None,
               stroke: str | None = None, width: float = 0.5) -> None:
        if not (fill or stroke):
            return
        self._set(fill, stroke, width, None)
        self.p.drawEllipse(QPointF(cx, cy), r, r)

    def path(self, ops: list[PathOp], fill: str | None = None, stroke: str | None = None,
             width: float = 0.5, dash: Dash | None = None) -> None:
        if not (fill or stroke):
            return
        path = QPainterPath()
        for op in ops:
            code = op[0]
            if code == "M":
                path.moveTo(op[1], op[2])  # type: ignore[arg-type]
            elif code == "L":
                path.lineTo(op[1], op[2])  # type: ignore[arg-type]
            elif code == "C":
                path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])  # type: ignore[arg-type, misc]
            else:
                path.closeSubpath()
        self._set(fill, stroke, width, dash)
        self.p.drawPath(path)

    def text(self, x: float, baseline: float, text: str, size: float, bold: bool = False,
             color: str = S.INK) -> None:
        if text:
            self.text_lines([(x, baseline, text)], size, bold, color)

    def text_lines(self, placed: list[tuple[float, float, str]], size: float, bold: bool,
                   color: str) -> None:
        """Runs of one size, weight and colour, each (x, baseline, text): a block's lines
        (MapPainter.block). The font is set at REF_PX and scaled once for them all.

        `drawText` shapes each run as it draws it; that is about 2.5 times faster than
        a cached QStaticText drawn under a scaling transform, which Qt lays out again."""
        p = self.p
        if not self._readable(size):  # unreadable at this zoom: faint bars
            bar = QColor(_color(color))
            bar.setAlphaF(0.35)
            width = self.m.width
            for x, baseline, text in placed:
                if text:
                    p.fillRect(QRectF(x, baseline - size * 0.55, width(text, size, bold),
                                      size * 0.45), bar)
            return
        k = size / REF_PX
        p.save()
        p.scale(k, k)
        plain = font(bold, shaped=False)
        p.setFont(plain)
        p.setPen(_pen(color, 1.0, None))
        draw = p.drawText
        # baselines on Qt's 1/64 grid (1/6400 of a point here): a recipe draws a line from
        # its QTextLayout, which rounds to that grid, and must show drawText's pixels
        for x, baseline, text in placed:
            if not text:
                continue
            if needs_shaping(text):
                p.setFont(font(bold))
                draw(QPointF(x / k, round(baseline / k * 64) / 64), text)
                p.setFont(plain)
            else:
                draw(QPointF(x / k, round(baseline / k * 64) / 64), text)
        p.restore()

    def hidden_text(self, x: float, baseline: float, text: str, size: float) -> None:
        """Nothing to find on a screen: hidden text is for PDF search and copy."""

    def image(self, x: float, y: float, w: float, h: float, data: bytes,
              media_type: str) -> None:
        image = decode_image(data)
        if image is not None:
            self.p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            self.p.drawImage(QRectF(x, y, w, h), image)

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0) -> None:
        self.p.save()
        self.p.translate(dx, dy)
        if scale != 1.0:
            self.p.scale(scale, scale)

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        self.p.setClipRect(QRectF(x, y, w, h), Qt.ClipOperation.IntersectClip)

    def pop(self) -> None:
        self.p.restore()
