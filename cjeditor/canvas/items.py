"""CardItem: one card, drawn from its CardGeom according to its kind."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjeditor.canvas import style
from cjeditor.layout.geometry import CardGeom

EDGE = 6.0  # width of the span handle on a card's right edge, in view pixels
QImageReader.setAllocationLimit(256)  # MiB: a hostile image cannot exhaust memory


def decode_image(data: bytes) -> QImage | None:
    """Decode PNG/JPEG bytes into a QImage (None if unreadable)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else image


def tooltip_for(card: Any) -> str:
    parts = [f"<b>{html.escape(card.title)}</b>" if card.title else ""]
    if card.text:
        parts.append(html.escape(card.text[:600]).replace("\n", "<br>"))
    return "<br>".join(p for p in parts if p)


class CardItem(QGraphicsItem):
    Z = 10

    def __init__(self, geom: CardGeom, card: Any, lane_type: str,
                 image: QImage | None = None) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)
        self.geom = geom
        self.card = card
        self.lane_type = lane_type
        self.image = image
        self._rect = QRectF()
        self.preview_width: float | None = None
        self.set_data(geom, card, lane_type, image, force=True)

    # ----------------------------------------------------------------- ids
    @property
    def object_id(self) -> str:
        return self.geom.card_id

    @property
    def object_kind(self) -> str:
        return "card"

    # --------------------------------------------------------------- update
    def set_data(self, geom: CardGeom, card: Any, lane_type: str, image: QImage | None = None,
                 force: bool = False) -> None:
        old = self.geom
        # Same card object and same box: title and body wrap the same (cheap test first).
        if not force and card is self.card and image is self.image \
                and lane_type == self.lane_type and geom.rect == old.rect \
                and geom.extra == old.extra and geom.icon == old.icon \
                and geom.image == old.image and geom.title.rect == old.title.rect \
                and self.preview_width is None:
            if self.x() != geom.rect.x or self.y() != geom.rect.y:
                self.setPos(geom.rect.x, geom.rect.y)
            self.geom = geom
            return
        self.prepareGeometryChange()
        self.geom, self.card, self.lane_type, self.image = geom, card, lane_type, image
        self.preview_width = None
        r = geom.rect
        self._rect = QRectF(0, 0, r.w, r.h)
        self.setPos(r.x, r.y)
        self.setToolTip(tooltip_for(card))
        self.update()

    def set_preview_width(self, width: float | None) -> None:
        self.prepareGeometryChange()
        self.preview_width = width
        self._rect = QRectF(0, 0, width if width is not None else self.geom.rect.w,
                            self.geom.rect.h)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def on_right_edge(self, scene_pos: QPointF, scale: float) -> bool:
        if self.card.kind == "emotion":
            return False
        local = self.mapFromScene(scene_pos)
        return self._rect.width() - EDGE / max(scale, 0.05) <= local.x() <= self._rect.width() + 1

    def hoverMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        if self.on_right_edge(event.scenePos(), scale):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.unsetCursor()

    # ---------------------------------------------------------------- paint
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        card = self.card
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        _band, fill, accent = style.LANE_COLORS.get(self.lane_type, style.LANE_COLORS["notes"])
        rect = self._rect
        selected = self.isSelected()
        if card.kind == "emotion":
            if selected:
                painter.setPen(QPen(QColor(style.SELECT), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            self._texts(painter, lod)
            return
        pen = QPen(QColor(style.SELECT) if selected else QColor(accent).darker(115),
                   2.0 if selected else 0.8)
        if card.evidence == "assumed":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(card.color) if card.color else QColor(fill))
        if self.lane_type == "thoughts" and lod > 0.3:
            painter.drawPath(self._bubble(rect))
        else:
            painter.drawRoundedRect(rect, 3, 3)
        if lod < 0.3:
            return
        if card.kind == "touchpoint":
            self._touchpoint_marks(painter, accent)
        self._texts(painter, lod)
        if lod >= 0.5:
            self._icon(painter, accent)
        if card.kind == "image":
            self._picture(painter)

    def _bubble(self, rect: QRectF) -> QPainterPath:
        path = QPainterPath()
        body = rect.adjusted(0, 0, 0, -5)
        path.addRoundedRect(body, 6, 6)
        tail = QPainterPath()
        x = body.left() + 14
        tail.moveTo(x, body.bottom() - 1)
        tail.lineTo(x + 2, rect.bottom())
        tail.lineTo(x + 9, body.bottom() - 1)
        tail.closeSubpath()
        return path.united(tail)

    def _local(self, painter: QPainter) -> None:
        painter.translate(-self.geom.rect.x, -self.geom.rect.y)

    def _texts(self, painter: QPainter, lod: float) -> None:
        painter.save()
        self._local(painter)
        g = self.geom
        draw = style.draw_block if lod * g.title.size >= 3.5 else style.draw_block_lod
        draw(painter, g.title, style.TEXT)
        draw(painter, g.extra, style.MUTED)
        draw(painter, g.body, style.TEXT)
        painter.restore()

    def _touchpoint_marks(self, painter: QPainter, accent: str) -> None:
        card = self.card
        h = self._rect.height()
        if card.initiative:
            painter.setPen(QPen(QColor(accent), 1.2))
            stripe = QRectF(0.5, 3, 2.5, h - 6)
            painter.setBrush(QColor(accent) if card.initiative == "proactive"
                             else Qt.BrushStyle.NoBrush)
            painter.drawRect(stripe)
        if card.decision_point:
            d = QPainterPath()
            cx, cy, r = 0.0, 0.0, 5.0
            d.moveTo(cx, cy - r)
            d.lineTo(cx + r, cy)
            d.lineTo(cx, cy + r)
            d.lineTo(cx - r, cy)
            d.closeSubpath()
            painter.setPen(QPen(QColor("#7E5109"), 0.8))
            painter.setBrush(QColor("#F39C12"))
            painter.drawPath(d)

    def _icon_rect(self) -> QRectF | None:
        icon = self.geom.icon
        if icon is None:
            return None
        return QRectF(icon.x - self.geom.rect.x, icon.y - self.geom.rect.y, icon.w, icon.h)

    def _icon(self, painter: QPainter, accent: str) -> None:
        r = self._icon_rect()
        card = self.card
        if r is None:
            return
        kind = card.kind
        if kind == "touchpoint":
            label, fill = style.CHANNEL_GLYPHS.get(card.channel, ("?", "#CCCCCC"))
            style.draw_label(painter, r, label, fill, 7.0)
        elif kind == "expectation":
            self._met_mark(painter, r, card.met)
        elif kind == "pain_point":
            n = 5
            d = min(r.height(), r.width() / n - 1)
            for i in range(n):
                c = QRectF(r.left() + i * (r.width() / n), r.top() + (r.height() - d) / 2, d, d)
                painter.setPen(QPen(QColor("#922B21"), 0.7))
                painter.setBrush(QColor("#E74C3C") if i < card.severity else QColor("#FFFFFF"))
                painter.drawEllipse(c)
        elif kind == "feedback":
            style.draw_label(painter, r, "“ " + style.SOURCE_GLYPHS.get(card.source, "…"),
                             "#A3D9E0", 6.5)
        elif kind == "idea":
            painter.setPen(QPen(QColor("#555555"), 0.7))
            painter.setBrush(QColor(style.IDEA_STATUS_COLORS.get(card.status or "idea")))
            painter.drawEllipse(r.adjusted(1, 1, -1, -1))
        elif kind == "opportunity" and card.priority:
            style.draw_label(painter, r, f"P{card.priority}", "#A9DFBF", 7.0)

    def _met_mark(self, painter: QPainter, r: QRectF, met: str | None) -> None:
        colors = {"yes": "#27AE60", "partly": "#F39C12", "no": "#C0392B", None: "#B0B0B0"}
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.get(met, "#B0B0B0")))
        painter.drawEllipse(r)
        pen = QPen(QColor("#FFFFFF"), max(r.width() / 7, 1.2))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        c, w = r.center(), r.width()
        if met == "yes":
            painter.drawPolyline([QPointF(c.x() - w * .25, c.y()), QPointF(c.x() - w * .05,
                                  c.y() + w * .2), QPointF(c.x() + w * .27, c.y() - w * .2)])
        elif met == "no":
            a = w * 0.22
            painter.drawLine(QPointF(c.x() - a, c.y() - a), QPointF(c.x() + a, c.y() + a))
            painter.drawLine(QPointF(c.x() - a, c.y() + a), QPointF(c.x() + a, c.y() - a))
        elif met == "partly":
            painter.drawLine(QPointF(c.x() - w * .25, c.y()), QPointF(c.x() + w * .25, c.y()))
        else:
            painter.drawPoint(c)

    def _picture(self, painter: QPainter) -> None:
        g = self.geom
        if g.image is None:
            return
        target = QRectF(g.image.x - g.rect.x, g.image.y - g.rect.y, g.image.w, g.image.h)
        if self.image is None:
            painter.setPen(QPen(QColor("#999999"), 0.8, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("#EEEEEE"))
            painter.drawRect(target)
            return
        iw, ih = self.image.width(), self.image.height()
        scale = min(target.width() / iw, target.height() / ih)
        w, h = iw * scale, ih * scale
        dest = QRectF(target.x() + (target.width() - w) / 2,
                      target.y() + (target.height() - h) / 2, w, h)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(dest, self.image)
