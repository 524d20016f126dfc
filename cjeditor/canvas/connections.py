"""Connections and blueprint lines on the canvas, and the gestures that make arrows.

Items paint their part with the poster's calls (paint/connections.py,
paint/blueprint.py) through QtPen; `ConnectionLayer` keeps one item per routed
connection and per line, following the scene's geometry after every relayout.

`Connector` is the editing side, an event filter on the view:
- a small handle appears beside the hovered (or the one selected) card; drag it
  onto another card to draw an arrow;
- "Connect to…" (Ctrl+K, or the card's context menu) picks the target card
  from a list, for the keyboard;
- a connection is selected by a click; Delete removes it; its context menu
  changes its style or label. Each change is one undoable command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
)

from cjeditor.canvas.overlay import SELECTION_PX, map_painter
from cjeditor.commands import (
    AddConnectionCommand,
    DeleteConnectionsCommand,
    EditCardFieldsCommand,
    EditConnectionCommand,
)
from cjeditor.document.checks import ui_language
from cjeditor.layout.blueprint import BlueprintLineGeom
from cjeditor.layout.routes import ConnectionGeom
from cjeditor.model import CONNECTION_STYLES, vocabulary
from cjeditor.paint import style as S
from cjeditor.paint.blueprint import blueprint_line
from cjeditor.paint.connections import connection, connection_label

if TYPE_CHECKING:
    from cjeditor.canvas.scene import MapScene
    from cjeditor.canvas.view import MapView

__all__ = ["BlueprintLineItem", "ConnectionItem", "ConnectionLayer", "Connector"]

HANDLE_R = 4.5  # the connect handle's radius, in points
HIT_WIDTH = 8.0  # how far from its line a click still selects a connection
CONNECT_SHORTCUT = "Ctrl+K"


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def _polyline(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    if points:
        path.moveTo(*points[0])
        for p in points[1:]:
            path.lineTo(*p)
    return path


class ConnectionItem(QGraphicsItem):
    """One routed connection (drawn over the cards, which it never crosses)."""

    Z = 12.0
    object_kind = "connection"

    def __init__(self, geom: ConnectionGeom) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.geom = geom
        self._path = _polyline(geom.points)
        self._shape = self._stroke()

    @property
    def object_id(self) -> str:
        return self.geom.connection_id

    def set_geom(self, geom: ConnectionGeom) -> None:
        self.prepareGeometryChange()
        self.geom = geom
        self._path = _polyline(geom.points)
        self._shape = self._stroke()
        self.update()

    def _stroke(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        return stroker.createStroke(self._path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._path.boundingRect().adjusted(-HIT_WIDTH, -HIT_WIDTH, HIT_WIDTH, HIT_WIDTH)

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        painter.save()
        connection(map_painter(painter, self), self.geom)
        painter.restore()
        if self.isSelected():
            pen = QPen(QColor(S.SELECT), SELECTION_PX + 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)


class _PassiveItem(QGraphicsItem):
    """An item that paints and never takes a click (the click goes to what is under it)."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse


class ConnectionLabelItem(_PassiveItem):
    """A connection's label, above every connection line."""

    def __init__(self, geom: ConnectionGeom) -> None:
        super().__init__(ConnectionItem.Z + 1)
        self.set_geom(geom)

    def set_geom(self, geom: ConnectionGeom) -> None:
        self.prepareGeometryChange()
        self.geom = geom
        b = geom.label_box
        self._rect = QRectF(b.x - 1, b.y - 1, b.w + 2, b.h + 2) if b else QRectF()
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        painter.save()
        connection_label(map_painter(painter, self), self.geom)
        painter.restore()


class BlueprintLineItem(_PassiveItem):
    """A blueprint line across the map, over the lane bands and headers."""

    Z = 6.0

    def __init__(self, geom: BlueprintLineGeom) -> None:
        super().__init__(self.Z)
        self.set_geom(geom)

    def set_geom(self, geom: BlueprintLineGeom) -> None:
        self.prepareGeometryChange()
        self.geom = geom
        b = geom.label_box
        top = min(b.y, geom.y - 2)
        self._rect = QRectF(geom.x0 - 1, top - 1, geom.x1 - geom.x0 + 2, geom.y + 3 - top)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        painter.save()
        blueprint_line(map_painter(painter, self), self.geom)
        painter.restore()


class ConnectionLayer(QObject):
    """Keeps the scene's connection, label and blueprint-line items in step with its
    geometry (after every relayout; items whose geometry kept are left alone)."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.items: dict[str, ConnectionItem] = {}
        self.labels: dict[str, ConnectionLabelItem] = {}
        self.lines: dict[str, BlueprintLineItem] = {}
        scene.relaid_out.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        geom = self.scene.geometry
        if geom is None:
            return
        try:
            self._sync(self.items, {c.connection_id: c for c in geom.connections},
                       ConnectionItem)
            self._sync(self.labels, {c.connection_id: c for c in geom.connections
                                     if c.label is not None}, ConnectionLabelItem)
            self._sync(self.lines, {b.lane_id: b for b in geom.blueprint}, BlueprintLineItem)
        except RuntimeError:  # the scene was cleared under us (being torn down)
            for group in (self.items, self.labels, self.lines):
                group.clear()

    def _sync(self, group: dict[str, Any], wanted: dict[str, Any], make: Any) -> None:
        scene = self.scene
        for key in [k for k in group if k not in wanted]:
            scene.removeItem(group.pop(key))
        for key, value in wanted.items():
            item = group.get(key)
            if item is None:
                item = group[key] = make(value)
                scene.addItem(item)
            elif item.geom != value:
                item.set_geom(value)

    def selected_ids(self) -> list[str]:
        return [i for i, item in self.items.items() if item.isSelected()]

    def select(self, connection_id: str) -> None:
        item = self.items.get(connection_id)
        if item is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)


class HandleItem(QGraphicsItem):
    """The small round handle beside a card: drag it onto another card."""

    Z = 45.0

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.card_id: str | None = None
        self.setToolTip(tr("Drag onto another card to connect them"))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = HANDLE_R + 1.5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(S.WHITE), 1.2))
        painter.setBrush(QColor(S.SELECT))
        painter.drawEllipse(QPointF(0, 0), HANDLE_R, HANDLE_R)
        painter.setPen(QPen(QColor(S.WHITE), 1.1))
        painter.drawLine(QPointF(-2, 0), QPointF(2, 0))
        painter.drawLine(QPointF(0.5, -1.6), QPointF(2, 0))
        painter.drawLine(QPointF(0.5, 1.6), QPointF(2, 0))


class Connector(QObject):
    """The gestures that make and change connections (see the module's docstring)."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        scene = view.map_scene
        self.layer = ConnectionLayer(scene)
        self.handle = HandleItem()
        self.handle.hide()
        scene.addItem(self.handle)
        self.preview = QGraphicsPathItem()
        self.preview.setZValue(HandleItem.Z - 1)
        pen = QPen(QColor(S.SELECT), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.preview.setPen(pen)
        self.preview.hide()
        scene.addItem(self.preview)
        self.target_box = QGraphicsRectItem()
        self.target_box.setZValue(HandleItem.Z - 1)
        self.target_box.hide()
        scene.addItem(self.target_box)
        self.source: str | None = None  # the card a drag started from
        self.target: str | None = None
        self.connect_action = QAction(tr("Connect to…"), view)
        self.connect_action.setShortcut(QKeySequence(CONNECT_SHORTCUT))
        self.connect_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.connect_action.triggered.connect(self.connect_selected)
        view.addAction(self.connect_action)
        view.viewport().setMouseTracking(True)  # hovering a card shows its handle
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # keys go to the view, which has the focus
        view.map_scene.selectionChanged.connect(self._place_handle_on_selection)
        view.map_scene.relaid_out.connect(self._follow_card)

    def _follow_card(self) -> None:
        """After an edit (an undo, a move) the handle stays beside its card, or goes."""
        if self._alive() and self.source is None and self.handle.card_id is not None:
            self.show_handle(self.handle.card_id)

    # --------------------------------------------------------------- look-ups
    def _alive(self) -> bool:
        try:
            return self.handle.scene() is not None
        except RuntimeError:
            return False

    def _card_rect(self, card_id: str) -> QRectF | None:
        geom = self.view.map_scene.geometry
        g = geom.cards.get(card_id) if geom is not None else None
        if g is None:
            return None
        r = g.rect
        return QRectF(r.x, r.y, r.w, r.h)

    def card_at(self, view_pos: Any) -> str | None:
        for item in self.view.items(view_pos):
            if getattr(item, "object_kind", "") == "card" and item.isVisible():
                return str(item.object_id)
        return None

    def _on_handle(self, scene_pos: QPointF) -> bool:
        if not self.handle.isVisible() or self.handle.card_id is None:
            return False
        d = scene_pos - self.handle.pos()
        reach = HANDLE_R + 3.0 / max(self.view.zoom(), 0.05)
        card = self._card_rect(self.handle.card_id)
        if card is not None and scene_pos.x() <= card.right():
            return False  # inside the card its right edge is the span's (resize) strip
        return d.x() * d.x() + d.y() * d.y() <= reach * reach

    # ----------------------------------------------------------------- handle
    def show_handle(self, card_id: str | None) -> None:
        rect = self._card_rect(card_id) if card_id else None
        if rect is None or self.view.doc.card(card_id).kind == "emotion":
            self.handle.hide()
            self.handle.card_id = None
            return
        self.handle.card_id = card_id
        self.handle.setPos(rect.right() + HANDLE_R - 0.5, rect.center().y())
        self.handle.show()

    def _place_handle_on_selection(self) -> None:
        if not self._alive() or self.source is not None:
            return
        try:
            cards = self.view.selected_card_ids()
        except RuntimeError:  # the scene is being torn down
            return
        self.show_handle(cards[0] if len(cards) == 1 else None)

    # ------------------------------------------------------------------ drag
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._alive():
            return False
        kind = event.type()
        if watched is self.view:  # the view itself: only its keys (Escape)
            if kind == QEvent.Type.KeyPress and self.source is not None and \
                    event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self._end_drag()
                return True
            return False
        if kind == QEvent.Type.MouseMove:
            pos = event.position().toPoint()  # type: ignore[attr-defined]
            scene_pos = self.view.mapToScene(pos)
            if self.source is not None:
                self._drag_to(scene_pos, pos)
                return True
            if event.buttons() == Qt.MouseButton.NoButton:  # type: ignore[attr-defined]
                self._hover(pos, scene_pos)
            return False
        if kind == QEvent.Type.MouseButtonPress and \
                event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            scene_pos = self.view.mapToScene(event.position().toPoint())  # type: ignore[attr-defined]
            if self._on_handle(scene_pos):
                self.source = self.handle.card_id
                self.target = None
                self._drag_to(scene_pos, event.position().toPoint())  # type: ignore[attr-defined]
                return True
            return False
        if kind == QEvent.Type.MouseButtonRelease and self.source is not None:
            self._finish()
            return True
        if kind == QEvent.Type.ContextMenu:
            item = self._connection_at(event.pos())  # type: ignore[attr-defined]
            if item is not None:
                self.layer.select(item.object_id)
                self.menu(item.object_id).exec(event.globalPos())  # type: ignore[attr-defined]
                return True
        return False

    def _connection_at(self, view_pos: Any) -> ConnectionItem | None:
        for item in self.view.items(view_pos):
            if isinstance(item, ConnectionItem):
                return item
            if getattr(item, "object_kind", ""):
                return None
        return None

    def _hover(self, pos: Any, scene_pos: QPointF) -> None:
        card = self.card_at(pos)
        if card is not None:
            if card != self.handle.card_id:
                self.show_handle(card)
        elif not self._on_handle(scene_pos):
            self._place_handle_on_selection()

    def _drag_to(self, scene_pos: QPointF, view_pos: Any) -> None:
        start = self.handle.pos()
        path = QPainterPath(start)
        path.lineTo(scene_pos)
        self.preview.setPath(path)
        self.preview.show()
        card = self.card_at(view_pos)
        self.target = card if card != self.source else None
        rect = self._card_rect(self.target) if self.target else None
        if rect is None:
            self.target_box.hide()
            self.view.set_refused("")
            return
        reason = self._refusal(self.source or "", self.target or "")
        color = QColor(S.REFUSED if reason else S.SELECT)
        pen = QPen(color, SELECTION_PX)
        pen.setCosmetic(True)
        self.target_box.setPen(pen)
        self.target_box.setRect(rect.adjusted(-2, -2, 2, 2))
        self.target_box.show()
        self.view.set_refused(reason)

    def _refusal(self, source: str, target: str) -> str:
        """Why an arrow from source to target would be refused ("" when it would not)."""
        for existing in self.view.doc.map.connections:
            if existing.from_ == source and existing.to == target:
                return tr("These cards are already connected in this direction.")
        return ""

    def _finish(self) -> None:
        source, target = self.source, self.target
        self._end_drag()
        if source is None or target is None:
            return
        reason = self._refusal(source, target)
        if reason:
            self.view.status_message.emit(reason)
            return
        self.connect(source, target)

    def _end_drag(self) -> None:
        self.source = self.target = None
        self.preview.hide()
        self.target_box.hide()
        self.view.set_refused("")
        self._place_handle_on_selection()

    # --------------------------------------------------------------- commands
    def connect(self, source: str, target: str) -> str | None:
        """Draw an arrow from `source` to `target` (one undo step); its id, or None."""
        try:
            command = AddConnectionCommand(self.view.doc, source, target)
        except ValueError as exc:
            self.view.status_message.emit(str(exc))
            return None
        if not self.view.run(command):
            return None
        self.layer.select(command.connection_id)
        return command.connection_id

    def connect_selected(self) -> None:
        cards = self.view.selected_card_ids()
        if len(cards) != 1:
            self.view.status_message.emit(tr("Select one card to connect it to another."))
            return
        self.connect_from(cards[0])

    def connect_from(self, card_id: str) -> str | None:
        """"Connect to…": pick the target card from a list (the keyboard's way)."""
        dialog = ConnectDialog(self.view, card_id)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        return self.connect(card_id, dialog.chosen() or "")

    def answer_pain_point(self, card_id: str) -> str | None:
        """"Answers a pain point…" on an opportunity: pick the pain point it addresses
        (the dashed opportunity → pain point link of the method)."""
        doc = self.view.doc
        dialog = ConnectDialog(self.view, card_id, frozenset({"pain_point"}),
                               tr("Answers a pain point…"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        target = dialog.chosen() or ""
        addresses = list(doc.card(card_id).addresses)
        if target not in addresses:
            self.view.run(EditCardFieldsCommand(doc, card_id, {"addresses": [*addresses,
                                                                             target]}))
        return target

    def delete_selected(self) -> bool:
        """Delete the selected connections when no card is selected (True if it did)."""
        ids = self.layer.selected_ids()
        if not ids or self.view.selected_card_ids():
            return False
        self.view.run(DeleteConnectionsCommand(self.view.doc, ids))
        return True

    def set_style(self, connection_id: str, style: str) -> None:
        self.view.run(EditConnectionCommand(self.view.doc, connection_id, {"style": style}))

    def edit_label(self, connection_id: str) -> None:
        old = self.view.doc.connection(connection_id).label or ""
        text, ok = QInputDialog.getText(self.view, tr("Connection label"), tr("Label:"),
                                        QLineEdit.EchoMode.Normal, old)
        if ok:
            self.view.run(EditConnectionCommand(self.view.doc, connection_id,
                                                {"label": text.strip()[:100]}))

    def menu(self, connection_id: str) -> QMenu:
        menu = QMenu(self.view)
        menu.addAction(tr("Edit label…"), lambda: self.edit_label(connection_id))
        styles = menu.addMenu(tr("Style"))
        current = self.view.doc.connection(connection_id).style
        for style in CONNECTION_STYLES:
            action = styles.addAction(vocabulary.name("connection_style", style, ui_language()),
                                      lambda s=style: self.set_style(connection_id, s))
            action.setCheckable(True)
            action.setChecked(style == current)
        menu.addSeparator()
        menu.addAction(tr("Delete connection"), lambda: self.view.run(
            DeleteConnectionsCommand(self.view.doc, [connection_id])))
        return menu


_LIST_KEYS = frozenset((Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                        Qt.Key.Key_PageDown))


class ConnectDialog(QDialog):
    """Pick the card an arrow goes to: type to filter, Enter to choose."""

    def __init__(self, view: MapView, source: str, kinds: frozenset[str] | None = None,
                 title: str | None = None) -> None:
        """`kinds`: only cards of these kinds are offered (all but emotions by default)."""
        super().__init__(view)
        doc = view.doc
        self.setWindowTitle(title or tr("Connect to…"))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Type to filter the cards"))
        self.filter.setAccessibleName(tr("Type to filter the cards"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Cards"))
        self.filter.installEventFilter(self)  # Up and Down move through the list
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        stages = {s.id: s.name for s in doc.map.stages}
        for lane in doc.map.lanes:
            for card in lane.cards:
                if card.id == source or card.kind == "emotion" or (
                        kinds is not None and card.kind not in kinds):
                    continue
                title = card.title or tr("(untitled)")
                entry = QListWidgetItem(f"{title} — {lane.title} · {stages.get(card.stage, '')}")
                entry.setData(Qt.ItemDataRole.UserRole, card.id)
                self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.filter.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.returnPressed.connect(self.accept)
        self.resize(460, 380)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Up, Down, Page Up and Page Down in the filter move through the list, as in
        any filter-and-pick box: the hands stay on the keys that type."""
        if obj is self.filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in _LIST_KEYS:
            QApplication.sendEvent(self.list, QKeyEvent(event))
            return True
        return super().eventFilter(obj, event)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for row in range(self.list.count()):
            entry = self.list.item(row)
            hidden = bool(needle) and needle not in entry.text().casefold()
            entry.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def choose(self, card_id: str) -> None:
        """Select the entry of `card_id` (for scripts and tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == card_id:
                self.list.setCurrentRow(row)

    def chosen(self) -> str | None:
        entry = self.list.currentItem()
        if entry is None or entry.isHidden():
            return None
        value = entry.data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None
