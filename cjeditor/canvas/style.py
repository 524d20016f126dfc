"""Colours, fonts and small painted glyphs of the canvas (print-friendly pastels)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPainterPath, QPen

from cjeditor.layout.geometry import TextBlock

# lane type -> (band background, card fill, accent)
LANE_COLORS: dict[str, tuple[str, str, str]] = {
    "objectives": ("#F3F6FC", "#DCE7FA", "#4A6FB5"),
    "actions": ("#F2F8F3", "#D8EEDC", "#3C8A4E"),
    "touchpoints": ("#F1F7FC", "#D6EAF8", "#2874A6"),
    "expectations": ("#F8F3FA", "#EBDDF2", "#7D3C98"),
    "thoughts": ("#FDFAF0", "#FBF0C8", "#A6842A"),
    "emotions": ("#FDF4F7", "#F8DCE6", "#B03A6A"),
    "pain_points": ("#FDF3F1", "#F9D3CB", "#C0392B"),
    "feedback": ("#F0F9FA", "#D3EEF1", "#1E8190"),
    "opportunities": ("#F1F9F1", "#D5F0D5", "#2E8B3A"),
    "ideas": ("#FEFCEE", "#FAF3C0", "#9A7D0A"),
    "metrics": ("#F4F6F7", "#E1E6E9", "#4D5C66"),
    "backstage": ("#F7F4F2", "#E9E0DA", "#6E5546"),
    "images": ("#F6F6F6", "#FFFFFF", "#666666"),
    "notes": ("#FAFAFA", "#EFEFEF", "#666666"),
}
HEADER_FILL = "#ECEFF3"
PHASE_FILL = "#DDE3EA"
GRID = "#C9CFD6"
TEXT = "#1F2328"
MUTED = "#5B6570"
SELECT = "#1A73E8"
REFUSED = "#D93025"
MOMENT_COLORS = {"zmot": "#5B8DEF", "fmot": "#E67E22", "amot": "#8E7CC3", "smot": "#27AE60",
                 "tmot": "#D35D8E"}

# channel -> (short label, group colour)
_BEFORE, _WHILE, _AFTER, _SERVICE, _COMMON = "#7FB3D5", "#F0B27A", "#82E0AA", "#C39BD3", "#AEB6BF"
CHANNEL_GLYPHS: dict[str, tuple[str, str]] = {
    "social": ("SOC", _BEFORE), "ads": ("AD", _BEFORE), "content": ("TXT", _BEFORE),
    "event": ("EVT", _BEFORE), "referral": ("REF", _BEFORE), "sales_rep": ("REP", _WHILE),
    "catalog": ("CAT", _WHILE), "ecommerce": ("SHOP", _WHILE), "reviews": ("★", _WHILE),
    "point_of_sale": ("POS", _WHILE), "thank_you": ("THX", _AFTER), "survey": ("SRV", _AFTER),
    "email": ("@", _COMMON), "billing": ("€", _AFTER), "subscription": ("SUB", _AFTER),
    "support": ("SUP", _SERVICE), "success_program": ("CSP", _SERVICE),
    "onboarding": ("ONB", _SERVICE), "loyalty": ("♥", _SERVICE),
    "self_service": ("SELF", _SERVICE), "website": ("WEB", _COMMON),
    "whatsapp": ("WA", _COMMON), "instagram": ("IG", _COMMON), "facebook": ("FB", _COMMON),
    "phone": ("TEL", _COMMON), "store": ("STORE", _COMMON), "app": ("APP", _COMMON),
    "other": ("…", _COMMON),
}  # fmt: skip
SOURCE_GLYPHS = {"survey": "SRV", "review": "★", "social": "SOC", "support": "SUP",
                 "interview": "INT", "analytics": "WEB", "call": "TEL", "other": "…"}
IDEA_STATUS_COLORS = {"idea": "#BDC3C7", "running": "#F5B041", "validated": "#27AE60",
                      "invalidated": "#C0392B"}
FACE_COLORS = {-2: "#E74C3C", -1: "#F0A07A", 0: "#F4D03F", 1: "#A9DC76", 2: "#27AE60"}
FAMILY = "DejaVu Sans"


@cache
def register_fonts() -> str:
    """Register the shipped DejaVu fonts with Qt once; returns the family name."""
    from cjeditor.layout.metrics import font_path

    family = FAMILY
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
        except Exception:  # noqa: BLE001 - a missing font falls back to the default
            continue
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


@cache
def font(size: float, bold: bool, dpi: int) -> tuple[QFont, QFontMetricsF]:
    """A font whose em is `size` scene units (points) on a device of `dpi`."""
    f = QFont(register_fonts())
    f.setPointSizeF(size * 72.0 / max(dpi, 1))
    f.setBold(bold)
    f.setKerning(False)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f, QFontMetricsF(f)


def draw_block(painter: QPainter, block: TextBlock | None, color: str = TEXT) -> None:
    """Draw pre-wrapped plain text lines at their baselines."""
    if block is None or not block.lines:
        return
    dpi = painter.device().logicalDpiY() if painter.device() else 96
    f, fm = font(block.size, block.bold, dpi)
    painter.setFont(f)
    painter.setPen(QColor(color))
    rect = block.rect
    for i, line in enumerate(block.lines):
        if not line:
            continue
        x = rect.x
        if block.align == "center":
            x += (rect.w - fm.horizontalAdvance(line)) / 2
        painter.drawText(QPointF(x, block.baseline(i)), line)


def draw_block_lod(painter: QPainter, block: TextBlock | None, color: str = TEXT) -> None:
    """Greeked text (thin bars) for far-away zoom levels."""
    if block is None or not block.lines:
        return
    c = QColor(color)
    c.setAlpha(90)
    rect = block.rect
    for i, line in enumerate(block.lines):
        w = min(rect.w, len(line) * block.size * 0.5)
        y = block.baseline(i) - block.size * 0.35
        painter.fillRect(QRectF(rect.x, y, w, block.size * 0.35), c)


def draw_label(painter: QPainter, rect: QRectF, text: str, fill: str, size: float = 7.0,
               color: str = TEXT, bold: bool = True) -> None:
    """A small rounded tag with centred text."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(rect, 3, 3)
    dpi = painter.device().logicalDpiY() if painter.device() else 96
    f, fm = font(size, bold, dpi)
    while fm.horizontalAdvance(text) > rect.width() - 2 and size > 4:
        size -= 0.5
        f, fm = font(size, bold, dpi)
    painter.setFont(f)
    painter.setPen(QColor(color))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def draw_face(painter: QPainter, center: QPointF, r: float, score: int,
              outline: str = "#5D4037") -> None:
    """A round face, very unhappy (-2) ... very happy (+2)."""
    painter.setPen(QPen(QColor(outline), max(r / 9, 0.8)))
    painter.setBrush(QColor(FACE_COLORS.get(score, "#F4D03F")))
    painter.drawEllipse(center, r, r)
    painter.setBrush(QColor(outline))
    eye = r * 0.12
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(center.x() + dx * r, center.y() - 0.25 * r), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    y = center.y() + 0.35 * r
    bend = score * 0.16 * r
    mouth.moveTo(center.x() - 0.45 * r, y - bend / 2)
    mouth.quadTo(QPointF(center.x(), y + bend * 1.2), QPointF(center.x() + 0.45 * r, y - bend / 2))
    painter.drawPath(mouth)
