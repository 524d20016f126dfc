"""Items for the map's frame: lane bands, lane and stage headers, phase bands,
the emotion curve with its draggable faces, and opportunity links."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText is in QtGui's Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from cjeditor.canvas import style
from cjeditor.layout.geometry import (
    ColumnGeom,
    CurvePoint,
    EmotionCurve,
    LaneGeom,
    LinkGeom,
    PhaseGeom,
    Rect,
)


def plain_tooltip(text: str) -> str:
    """User text as a tooltip shown literally (escaped, whatever Qt guesses)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class _FrameItem(QGraphicsItem):
    """Base of header items: drawn in scene coordinates, moved by `setPos` while dragged."""

    object_kind = ""

    def __init__(self, object_id: str, rect: QRectF, z: float, selectable: bool) -> None:
        super().__init__()
        self.object_id = object_id
        self._rect = rect
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, selectable)
        if not selectable:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.setPos(0, 0)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path


class LaneBandItem(_FrameItem):
    """A lane's background across all stages, with cell borders and its footer."""

    def __init__(self, geom: LaneGeom) -> None:
        super().__init__(geom.lane_id, QRectF(), 0, False)
        self.set_geom(geom)

    def set_geom(self, geom: LaneGeom) -> None:
        self.geom = geom
        left = geom.cells[0].x if geom.cells else geom.header.right
        right = geom.cells[-1].right if geom.cells else left
        self.set_rect(QRectF(left, geom.y, right - left, geom.height))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        band = style.LANE_COLORS.get(self.geom.type, style.LANE_COLORS["notes"])[0]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(band))
        painter.drawRect(self._rect)
        painter.setPen(QPen(QColor(style.GRID), 0.6))
        for cell in self.geom.cells:
            painter.drawLine(QPointF(cell.right, cell.y), QPointF(cell.right, cell.bottom))
        painter.drawLine(self._rect.bottomLeft(), self._rect.bottomRight())
        style.draw_block(painter, self.geom.footer, style.MUTED)


class LaneHeaderItem(_FrameItem):
    object_kind = "lane"

    def __init__(self, geom: LaneGeom, title: str) -> None:
        super().__init__(geom.lane_id, qrect(geom.header), 5, True)
        self.set_geom(geom, title)

    def set_geom(self, geom: LaneGeom, title: str) -> None:
        self.geom = geom
        self.setToolTip(plain_tooltip(title))
        self.set_rect(qrect(geom.header))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        accent = style.LANE_COLORS.get(self.geom.type, style.LANE_COLORS["notes"])[2]
        painter.setPen(QPen(QColor(style.GRID), 0.6))
        painter.setBrush(QColor(style.HEADER_FILL))
        painter.drawRect(self._rect)
        painter.fillRect(QRectF(self._rect.x(), self._rect.y(), 4, self._rect.height()),
                         QColor(accent))
        if self.isSelected():
            painter.setPen(QPen(QColor(style.SELECT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(1, 1, -1, -1))
        style.draw_block(painter, self.geom.title)
        style.draw_block(painter, self.geom.subtitle, style.MUTED)


class StageHeaderItem(_FrameItem):
    object_kind = "stage"

    def __init__(self, geom: ColumnGeom, stage: Any) -> None:
        super().__init__(geom.stage_id, qrect(geom.header), 5, True)
        self.set_geom(geom, stage)

    def set_geom(self, geom: ColumnGeom, stage: Any) -> None:
        self.geom, self.stage = geom, stage
        tip = stage.name + (f"\n{stage.description}" if stage.description else "")
        self.setToolTip(plain_tooltip(tip))
        self.set_rect(qrect(geom.header))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        painter.setPen(QPen(QColor(style.GRID), 0.6))
        painter.setBrush(QColor(self.stage.color) if self.stage.color
                         else QColor(style.HEADER_FILL))
        painter.drawRect(self._rect)
        if self.isSelected():
            painter.setPen(QPen(QColor(style.SELECT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(1, 1, -1, -1))
        style.draw_block(painter, self.geom.name)
        if self.geom.badge is not None and self.geom.moment:
            moment = self.geom.moment
            style.draw_label(painter, qrect(self.geom.badge), moment.upper(),
                             style.MOMENT_COLORS.get(moment, "#888888"), 7.5, "#FFFFFF")


class PhaseItem(_FrameItem):
    object_kind = "phase"

    def __init__(self, geom: PhaseGeom, phase: Any) -> None:
        super().__init__(geom.phase_id, qrect(geom.rect), 5, True)
        self.set_geom(geom, phase)

    def set_geom(self, geom: PhaseGeom, phase: Any) -> None:
        self.geom, self.phase = geom, phase
        self.setToolTip(plain_tooltip(phase.name) if phase else "")
        self.set_rect(qrect(geom.rect))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        color = self.phase.color if self.phase is not None and self.phase.color else \
            style.PHASE_FILL
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(QColor(color))
        painter.drawRect(self._rect)
        if self.isSelected():
            painter.setPen(QPen(QColor(style.SELECT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(1, 1, -1, -1))
        style.draw_block(painter, self.geom.name)


class EmotionCurveItem(QGraphicsPathItem):
    """The smooth curve through the emotion points of one lane."""

    def __init__(self, curve: EmotionCurve) -> None:
        super().__init__()
        self.setZValue(8)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        pen = QPen(QColor("#B03A6A"), 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.set_curve(curve)

    def set_curve(self, curve: EmotionCurve) -> None:
        self.curve = curve
        path = QPainterPath()
        if curve.points:
            path.moveTo(curve.points[0].x, curve.points[0].y)
        for segment in curve.segments:
            path.cubicTo(*segment[2:])
        self.setPath(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        # Faint guide lines at each score behind the curve.
        if self.curve.score_y and self.curve.points:
            painter.setPen(QPen(QColor("#E6C6D3"), 0.5, Qt.PenStyle.DotLine))
            left = self.scene().sceneRect().left() if self.scene() else 0
            for y in self.curve.score_y.values():
                painter.drawLine(QPointF(max(left, self.curve.points[0].x - 40), y),
                                 QPointF(self.curve.points[-1].x + 40, y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        super().paint(painter, option, widget)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        rect = super().boundingRect()
        if self.curve.score_y and self.curve.points:
            ys = list(self.curve.score_y.values())
            rect = rect.united(QRectF(self.curve.points[0].x - 41, min(ys) - 1,
                                      self.curve.points[-1].x - self.curve.points[0].x + 82,
                                      max(ys) - min(ys) + 2))
        return rect


class EmotionPointItem(_FrameItem):
    """A face on the curve; drag it up or down to change the score."""

    object_kind = "emotion"

    def __init__(self, point: CurvePoint, radius: float, lane_id: str,
                 score_y: dict[int, float]) -> None:
        super().__init__(point.card_id, QRectF(), 12, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.radius = radius
        self.set_point(point, lane_id, score_y)

    def set_point(self, point: CurvePoint, lane_id: str, score_y: dict[int, float]) -> None:
        self.point, self.lane_id, self.score_y = point, lane_id, dict(score_y)
        self.preview_score: int | None = None
        r = self.radius
        self.set_rect(QRectF(point.x - r, point.y - r, 2 * r, 2 * r))

    def score_at(self, y: float) -> int:
        if not self.score_y:
            return self.point.score
        return min(self.score_y, key=lambda s: abs(self.score_y[s] - y))

    def set_preview(self, score: int | None) -> None:
        self.preview_score = score
        dy = 0.0 if score is None else self.score_y.get(score, self.point.y) - self.point.y
        self.setPos(0, dy)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        score = self.point.score if self.preview_score is None else self.preview_score
        style.draw_face(painter, self._rect.center(), self.radius, score)


class LinkItem(QGraphicsPathItem):
    """A dashed arrow from an opportunity to a pain point it answers."""

    def __init__(self, link: LinkGeom) -> None:
        super().__init__()
        self.setZValue(9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        pen = QPen(QColor("#2E8B3A"), 1.2, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.set_link(link)

    def set_link(self, link: LinkGeom) -> None:
        self.link = link
        path = QPainterPath()
        if link.points:
            path.moveTo(*link.points[0])
            for p in link.points[1:]:
                path.lineTo(*p)
            if len(link.points) >= 2:
                (x0, y0), (x1, y1) = link.points[-2], link.points[-1]
                angle = math.atan2(y1 - y0, x1 - x0)
                for da in (2.6, -2.6):
                    path.moveTo(x1, y1)
                    path.lineTo(x1 + 6 * math.cos(angle + da), y1 + 6 * math.sin(angle + da))
        self.setPath(path)
