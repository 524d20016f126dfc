"""Frozen headers: the stage header row and the lane header column stay in view.

Like frozen panes in a spreadsheet: once the map is scrolled past its stage
headers (or its lane headers), a copy of them is painted along the top (or the
left) edge of the view, by the same painter, at the view's zoom. They are
widgets on the viewport (its children, so that scrolling still moves what the
viewport shows and paints only the strip that comes into view: a widget lying
over the viewport from outside makes Qt repaint all of it on every scroll), not
scene items, so the scene and its layout are untouched. A click selects the
stage or lane under it; a double-click edits its name (the view scrolls back to
the real header). Down the left, a lane taller than the view keeps its name at the
top of the column, within the lane (`sticky`): the lane column also shows, over
the real headers and looking the same, while the map is not scrolled sideways but
the name of the lane at the top is out of view; the mouse then goes through it to
the real headers. A selected header is outlined in a strip as on the real one.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QToolTip, QWidget

from cjeditor.canvas.overlay import map_painter
from cjeditor.layout.geometry import LaneGeom, Rect, TextBlock
from cjeditor.paint import style as S
from cjeditor.paint.blueprint import blueprint_line

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView


class _Band(QWidget):
    """One frozen strip: stages along the top (`top=True`) or lanes down the left."""

    def __init__(self, frozen: FrozenHeaders, top: bool) -> None:
        super().__init__(frozen.view.viewport())
        self.frozen, self.top = frozen, top
        # it paints every pixel of itself: the map under it is not painted in vain
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setObjectName("FrozenStages" if top else "FrozenLanes")
        self.hide()
        # The stage strip keeps its last picture: scrolling down moves it with the
        # viewport and back, and Qt asks for it all again, though it shows the same
        # (a page jump spent a millisecond on it). Anything that changes what it shows
        # calls refresh(); the key is a second guard.
        self.stale = True
        self._kept: QPixmap | None = None
        self._kept_key: tuple[Any, ...] | None = None

    def refresh(self) -> None:
        """What the strip shows changed: paint it anew."""
        self.stale = True
        self.update()

    def _key(self) -> tuple[Any, ...]:
        t = self.scene_transform()
        corner = self.frozen.lanes
        scene = self.frozen.view.map_scene
        selected = tuple(sorted(stage_id for stage_id, item in scene.stages.items()
                                if item.isSelected()))
        return (self.width(), self.height(), self.devicePixelRatioF(), t.m11(), t.m22(),
                t.dx(), t.dy(), corner.isVisible(), corner.x() + corner.width() - self.x(),
                id(scene.geometry), selected)

    def scene_transform(self) -> QTransform:
        """Scene -> this widget: the view's transform, shifted onto the strip."""
        view = self.frozen.view
        shift = QPointF(-self.x(), -self.y())  # viewport -> this strip
        if self.top:
            shift.setY(-self.frozen.top_of_band() * view.zoom())
        else:
            shift.setX(-self.frozen.left_of_column() * view.zoom())
        vt = view.viewportTransform()
        if self.top:
            return QTransform(vt.m11(), 0, 0, vt.m22(), vt.dx() + shift.x(), shift.y())
        return QTransform(vt.m11(), 0, 0, vt.m22(), shift.x(), vt.dy() + shift.y())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.top:
            self._paint(self, event.rect())
            return
        key = self._key()
        if self.stale or key != self._kept_key or self._kept is None:
            ratio = self.devicePixelRatioF()
            kept = QPixmap(self.size() * ratio)
            kept.setDevicePixelRatio(ratio)
            self._paint(kept, self.rect())
            self._kept, self._kept_key, self.stale = kept, key, False
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._kept)
        painter.end()

    def _paint(self, device: QPaintDevice, exposed: QRect) -> None:
        view = self.frozen.view
        scene = view.map_scene
        geometry, doc = scene.geometry, view.doc
        if geometry is None:
            return
        painter = QPainter(device)
        painter.fillRect(self.rect(), QColor(S.WHITE))
        transform = self.scene_transform()
        painter.setTransform(transform)
        shown = transform.inverted()[0].mapRect(QRectF(exposed))  # in the scene
        parts = map_painter(painter, _InScene(scene))  # type: ignore[arg-type]
        if self.top:
            left, right = shown.left(), shown.right()
            phases = {p.id: p for p in doc.map.phases}
            for g in geometry.phases:
                if g.rect.x <= right and g.rect.right >= left:
                    parts.phase(g, phases.get(g.phase_id))
            for col in geometry.columns:
                if col.header.x <= right and col.header.right >= left \
                        and doc.kind_of(col.stage_id) == "stage":
                    parts.stage_header(col, doc.stage(col.stage_id))
                    _selection(painter, scene.stages.get(col.stage_id))
        else:
            top, bottom = shown.top(), shown.bottom()
            strip_top = transform.inverted()[0].map(QPointF(0, 0)).y()  # in the scene
            curves = {curve.lane_id: curve for curve in geometry.curves}
            for lane in geometry.lanes:
                if lane.header.y <= bottom and lane.header.bottom >= top \
                        and doc.kind_of(lane.lane_id) == "lane":
                    parts.lane_header(sticky(lane, strip_top), doc.lane(lane.lane_id))
                    curve = curves.get(lane.lane_id) if not lane.collapsed else None
                    if curve is not None:  # the scale the lane's header shows, as in the scene
                        parts.emotion_scale_labels(curve, lane.header.right)
                    _selection(painter, scene.lane_headers.get(lane.lane_id))
            for line in geometry.blueprint:  # the lines go on under it, named
                if top - 10 <= line.y <= bottom + 10:
                    blueprint_line(parts, line)
        charts = getattr(scene, "charts", None)
        if charts is not None:  # stage marks along the top, chart legends down the left
            charts.paint_frozen(parts, self.top)
        painter.resetTransform()
        painter.setPen(QPen(QColor(S.MUTED), 1))
        r = self.rect()
        corner = self.frozen.lanes
        if self.top and corner.isVisible():  # the corner above the lane column stays blank
            edge = corner.x() + corner.width() - self.x()
            painter.fillRect(QRect(0, 0, edge, r.height()), QColor(S.WHITE))
            painter.drawLine(edge - 1, 0, edge - 1, r.bottom())
        if self.top:
            painter.drawLine(r.bottomLeft(), r.bottomRight())  # the edge of the frozen pane
        else:
            painter.drawLine(r.topRight(), r.bottomRight())
        painter.end()

    def _target(self, event: QMouseEvent) -> str | None:
        view = self.frozen.view
        scene_pos = self.scene_transform().inverted()[0].map(event.position())
        geometry = view.map_scene.geometry
        if geometry is None:
            return None
        if self.top:
            index = view.map_scene.column_at(scene_pos.x(), clamp=False)
            return geometry.columns[index].stage_id if index is not None else None
        index = view.map_scene.lane_at(scene_pos.y())
        return geometry.lanes[index].lane_id if index is not None else None

    def event(self, event: QEvent) -> bool:
        """A tooltip here is the one of the scene item drawn under the pointer (a badge,
        a compare mark, a shortened lane name), as on the real headers."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            scene_pos = self.scene_transform().inverted()[0].map(QPointF(event.pos()))
            for item in self.frozen.view.map_scene.items(scene_pos):
                text = item.toolTip()
                if text:
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        target = self._target(event)
        if target is not None and event.button() == Qt.MouseButton.LeftButton:
            self.frozen.view.select_ids([target])
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        target = self._target(event)
        view = self.frozen.view
        if target is not None and self.top and view.map_links.open_stage_badge_at(
                target, self.scene_transform().inverted()[0].map(event.position())):
            event.accept()  # a stage's link badge: the linked map opens
            return
        if target is not None:
            self.frozen.view.edit_title(target)
        event.accept()


def _selection(painter: QPainter, header: Any) -> None:
    """The real header's selection outline, on its copy here."""
    if header is not None:
        header.paint_selection(painter)


def name_hidden(lane: LaneGeom, top: float) -> bool:
    """Whether `lane`'s name is cut off at `top` (in the scene) while the lane goes on
    below it: its name belongs at the top of the view (`sticky`)."""
    return lane.title.rect.y < top < lane.header.bottom


def sticky(lane: LaneGeom, top: float) -> LaneGeom:
    """`lane` with its title and subtitle moved down to `top` (the strip's top edge,
    in the scene) while its header starts above it: a lane taller than the view stays
    named however far down it is scrolled, and its name never leaves the lane."""
    title, subtitle = lane.title, lane.subtitle
    pad = title.rect.y - lane.header.y
    room = lane.header.bottom - pad - (subtitle or title).rect.bottom
    dy = min(top + pad - title.rect.y, room)
    if dy <= 0:
        return lane
    return dataclasses.replace(lane, title=_moved(title, dy),
                               subtitle=_moved(subtitle, dy) if subtitle else None)


def _moved(block: TextBlock, dy: float) -> TextBlock:
    r = block.rect
    return block._replace(rect=Rect(r.x, r.y + dy, r.w, r.h))


class _InScene:
    """What map_painter asks of an item: its scene (for the map's pictures)."""

    def __init__(self, scene: Any) -> None:
        self._scene = scene

    def scene(self) -> Any:
        return self._scene


class FrozenHeaders(QObject):
    """Keeps the two strips placed and painted as the view scrolls, zooms and changes."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.stages = _Band(self, top=True)
        self.lanes = _Band(self, top=False)
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self._scrolled_down_or_up)
        view.zoom_changed.connect(lambda _zoom: self.place())
        view.map_scene.relaid_out.connect(self.place)
        view.map_scene.selectionChanged.connect(self._selection_changed)
        view.viewport().installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def _scrolled_down_or_up(self, _value: int) -> None:
        self.place(same_stages=True)  # the stage strip shows what it showed

    def _selection_changed(self) -> None:
        for band in (self.stages, self.lanes):
            if shiboken6.isValid(band) and band.isVisible():  # the scene may outlive them
                band.refresh()

    # ------------------------------------------------------------ geometry
    def top_of_band(self) -> float:
        geometry = self.view.map_scene.geometry
        if geometry is None or not geometry.columns:
            return 0.0
        tops = [col.header.y for col in geometry.columns] + [p.rect.y for p in geometry.phases]
        return min(tops)

    def bottom_of_band(self) -> float:
        geometry = self.view.map_scene.geometry
        if geometry is None or not geometry.columns:
            return 0.0
        return max(col.header.bottom for col in geometry.columns)

    def left_of_column(self) -> float:
        geometry = self.view.map_scene.geometry
        if geometry is None or not geometry.lanes:
            return 0.0
        return min(lane.header.x for lane in geometry.lanes)

    def _name_hidden_at(self, y: int) -> bool:
        """Whether the lane at viewport height `y` has its name scrolled out of view."""
        view = self.view
        top = view.mapToScene(QPoint(0, y)).y()
        index = view.map_scene.lane_at(top)
        geometry = view.map_scene.geometry
        return index is not None and geometry is not None \
            and name_hidden(geometry.lanes[index], top)

    def place(self, same_stages: bool = False) -> None:
        """Show a strip only while its real headers are scrolled out of view, and the
        lane column also while the name of the lane at the view's top is. Painted anew
        unless `same_stages` (a scroll down or up: the stage strip shows the same)."""
        view = self.view
        geometry = view.map_scene.geometry
        viewport = view.viewport()
        origin = QPoint(0, 0)  # the strips are the viewport's children
        if geometry is None or not geometry.columns or not view.map_scene.detailed:
            self.stages.hide()
            self.lanes.hide()
            return
        zoom = view.zoom()
        top = view.mapFromScene(QPointF(0, self.top_of_band())).y()
        band_h = round((self.bottom_of_band() - self.top_of_band()) * zoom)
        show_top = top < -1
        if show_top:
            self.stages.setGeometry(QRect(origin.x(), origin.y(), viewport.width(), band_h))
            self.stages.show()
            self.stages.raise_()
            if same_stages:
                self.stages.update()
            else:
                self.stages.refresh()
        else:
            self.stages.hide()
        left = view.mapFromScene(QPointF(self.left_of_column(), 0)).x()
        column_w = round(geometry.header_width * zoom)
        y = origin.y() + (band_h if show_top else 0)
        if left < -1 or (left < viewport.width() and self._name_hidden_at(y)):
            self.lanes.setGeometry(QRect(origin.x() + max(left, 0), y, column_w,
                                         viewport.height() - (band_h if show_top else 0)))
            # over the real headers it only shows: the mouse reaches them (a lane
            # dragged to reorder, ctrl-click, a collapsed lane's marker, its menu)
            self.lanes.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents,
                                    left >= -1)
            self.lanes.show()
            self.lanes.raise_()
            self.lanes.refresh()
        else:
            self.lanes.hide()
