"""Items for the map's frame: lane bands, lane and stage headers, phase bands,
the emotion curve with its draggable faces, and opportunity links.

Each item paints its part of the map with paint.MapPainter through QtPen, the
same calls the poster makes; what only the screen shows (selection) is an
overlay drawn on top.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText is in QtGui's Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from cjeditor.canvas import tooltips
from cjeditor.canvas.overlay import draw_selection, map_painter, scene_doc, scene_geometry
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


def _curve_for(item: QGraphicsItem, lane_id: str) -> EmotionCurve | None:
    geometry = scene_geometry(item)
    if geometry is None:
        return None
    return next((c for c in geometry.curves if c.lane_id == lane_id), None)


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

    def paint_selection(self, painter: QPainter) -> None:
        """The selection's outline, if selected (in scene coordinates: the item sits at
        the origin); the frozen headers draw it on their copies too."""
        if self.isSelected():
            draw_selection(painter, self._rect.adjusted(1, 1, -1, -1))


class LaneBandItem(_FrameItem):
    """A lane's background across all stages, with cell borders and its footer."""

    def __init__(self, geom: LaneGeom) -> None:
        super().__init__(geom.lane_id, QRectF(), 0, False)
        # painted only where exposed: a lane spans the whole map, a view shows little
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.set_geom(geom)

    def set_geom(self, geom: LaneGeom) -> None:
        self.geom = geom
        left = geom.header.right
        right = geom.cells[-1].right if geom.cells else left
        self.set_rect(QRectF(left, geom.y, right - left, geom.height))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        doc = scene_doc(self)
        if doc is None:
            return
        lane = doc.lane(self.geom.lane_id)
        parts = map_painter(painter, self)
        # ItemUsesExtendedStyleOption: the part to paint, and a margin for the widest
        # line's half and two device pixels (antialiasing)
        exposed = option.exposedRect
        margin = 2 + 2 / max(option.levelOfDetailFromTransform(painter.worldTransform()), 1e-6)
        shown = Rect(exposed.x() - margin, exposed.y() - margin,
                     exposed.width() + 2 * margin, exposed.height() + 2 * margin)
        parts.lane_band(self.geom, lane, self._rect.right(), shown)
        curve = _curve_for(self, self.geom.lane_id) if not self.geom.collapsed else None
        if curve is not None:
            parts.emotion_scale(curve, self.geom.header.right, self._rect.right(), shown)


class LaneHeaderItem(_FrameItem):
    object_kind = "lane"

    def __init__(self, geom: LaneGeom, title: str) -> None:
        super().__init__(geom.lane_id, qrect(geom.header), 5, True)
        self.set_geom(geom, title)

    def set_geom(self, geom: LaneGeom, title: str) -> None:
        if getattr(self, "geom", None) is not None and self.geom.collapsed != geom.collapsed:
            self.prepareGeometryChange()  # the marker comes or goes
        self.geom, self.title = geom, title
        self._update_tip()
        self.set_rect(qrect(geom.header))

    def _update_tip(self) -> None:
        doc = scene_doc(self)
        hidden = None
        if self.geom.collapsed and doc is not None and doc.kind_of(self.geom.lane_id) == "lane":
            hidden = len(doc.lane(self.geom.lane_id).cards)
        self.setToolTip(tooltips.lane_tip(self.title, self.geom.type, hidden))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        rect = super().boundingRect()
        geom = getattr(self, "geom", None)
        if geom is not None and geom.collapsed:  # the marker beside the header
            rect = rect.united(tooltips.marker_rect(geom.header).adjusted(-1, -1, 1, 1))
        return rect

    def shape(self) -> QPainterPath:
        path = super().shape()
        if self.geom.collapsed:  # a click on the marker is a click on this header
            path.addRect(tooltips.marker_rect(self.geom.header))
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            self._update_tip()  # the hidden cards are counted once the map is known
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        doc = scene_doc(self)
        if doc is None:
            return
        parts = map_painter(painter, self)
        lane = doc.lane(self.geom.lane_id)
        parts.lane_header(self.geom, lane)
        curve = _curve_for(self, self.geom.lane_id) if not self.geom.collapsed else None
        if curve is not None:
            parts.emotion_scale_labels(curve, self.geom.header.right)
        if self.geom.collapsed:  # screen only: how many cards it hides, click to expand
            tooltips.draw_marker(painter, self.geom.header, len(lane.cards))
        self.paint_selection(painter)


class StageHeaderItem(_FrameItem):
    object_kind = "stage"

    def __init__(self, geom: ColumnGeom, stage: Any) -> None:
        super().__init__(geom.stage_id, qrect(geom.header), 5, True)
        self.set_geom(geom, stage)

    def set_geom(self, geom: ColumnGeom, stage: Any) -> None:
        self.geom, self.stage = geom, stage
        self.setToolTip(tooltips.stage_tip(stage))  # with its moment of truth explained
        self.set_rect(qrect(geom.header))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        map_painter(painter, self).stage_header(self.geom, self.stage)
        self.paint_selection(painter)


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
        map_painter(painter, self).phase(self.geom, self.phase)
        self.paint_selection(painter)


class EmotionCurveItem(QGraphicsPathItem):
    """The smooth curve through the emotion points of one lane (its score
    lines are painted with the lane's band)."""

    def __init__(self, curve: EmotionCurve) -> None:
        super().__init__()
        self.setZValue(8)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_curve(curve)

    def set_curve(self, curve: EmotionCurve) -> None:
        self.curve = curve
        path = QPainterPath()
        if curve.points:
            path.moveTo(curve.points[0].x, curve.points[0].y)
        for segment in curve.segments:
            path.cubicTo(*segment[2:])
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return super().boundingRect().adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        map_painter(painter, self).curve(self.curve)


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
        doc = scene_doc(self)
        if doc is None:
            return
        map_painter(painter, self).face(self.point, doc.card(self.point.card_id), self.radius,
                                        self.preview_score)


class LinkItem(QGraphicsPathItem):
    """A dashed arrow from an opportunity to a pain point it answers."""

    def __init__(self, link: LinkGeom) -> None:
        super().__init__()
        self.setZValue(9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_link(link)

    def set_link(self, link: LinkGeom) -> None:
        self.link = link
        path = QPainterPath()
        if link.points:
            path.moveTo(*link.points[0])
            for p in link.points[1:]:
                path.lineTo(*p)
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return super().boundingRect().adjusted(-7, -7, 7, 7)  # the arrowhead and start dot

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        map_painter(painter, self).link(self.link)
