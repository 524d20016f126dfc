"""MapView: zoom, pan, selection, gestures, drops and the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from cjeditor.canvas import card_pictures, keyboard, modes, tooltips
from cjeditor.canvas.connections import Connector
from cjeditor.canvas.drops import DropHandler
from cjeditor.canvas.inline import InlineEditor, InlineTextEditor
from cjeditor.canvas.map_links import MapLinks
from cjeditor.canvas.prepaint import Prepainter
from cjeditor.canvas.scene import MapScene
from cjeditor.canvas.sketch import SKETCH_ZOOM
from cjeditor.canvas.view_clipboard import ClipboardMixin
from cjeditor.commands import (
    DeleteCardsCommand,
    DeleteConnectionsCommand,
    DeleteLaneCommand,
    DeletePhaseCommand,
    DeleteStageCommand,
    DocCommand,
    MoveCardsCommand,
    push,
)
from cjeditor.commands.composite import CompositeCommand
from cjeditor.document import MapDocument
from cjeditor.document.checks import explain

MIN_ZOOM, MAX_ZOOM, STEP = 0.05, 8.0, 1.25
PREFETCH_MS = 60  # a pause in scrolling after which the screens around are drawn ahead


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


class MapView(ClipboardMixin, QGraphicsView):
    zoom_changed = Signal(float)
    selection_changed = Signal(list)  # ids of selected cards, stages, lanes, phases
    status_message = Signal(str)

    def __init__(self, doc: MapDocument, parent: QWidget | None = None,
                 persona: str | None = None, layout: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.map_scene = MapScene(doc, persona=persona, layout=layout, parent=self)
        self.setScene(self.map_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a map smaller than the window starts at its top-left corner, and stays there
        # when an edit changes its height (centred, it would move by half the change)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the scene's background brush covers every exposed pixel: filling the viewport
        # first as well would paint each frame twice (opaque, it still scrolls by blit)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._mode: modes.Mode | None = None
        self._space = False
        self._refused = ""
        self.current_cell: tuple[str, str] | None = None
        self.editor: InlineEditor | InlineTextEditor | None = None
        self.drops = DropHandler(self)
        # items around the view are made once a scroll pauses, after its frame
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_MS)
        self._prefetch.timeout.connect(self._paused)
        self.prepainter = Prepainter(self)  # cards a screen away drawn ahead in a pause
        self.map_scene.selectionChanged.connect(self._on_selection)
        self.connector = Connector(self)  # arrows between cards: items, handle, commands
        self.map_links = MapLinks(self)  # links to other maps: badges, link, open

    # -------------------------------------------------------------- helpers
    def scene_(self) -> MapScene:
        return self.map_scene

    def run(self, command: DocCommand) -> bool:
        """Push a command; a refused change shows its reason instead."""
        try:
            done = push(self.doc, command)
        except (ValueError, KeyError) as exc:
            self.status_message.emit(explain(exc))
            return False
        if done and isinstance(command, MoveCardsCommand) and command.narrowed:
            self._say_narrowed(command.narrowed)
        return done

    def _say_narrowed(self, narrowed: list[tuple[str, int]]) -> None:
        """A card moved towards the map's end spans fewer stages: said, not silent."""
        card_id, before = narrowed[0]
        card = self.doc.card(card_id)
        text = (tr("“%1” now spans %2 of its %3 stages: the map ends there.")
                .replace("%1", card.title or card_id).replace("%2", str(card.span))
                .replace("%3", str(before)))
        if len(narrowed) > 1:
            text += " " + tr("%1 more cards were narrowed too.").replace(
                "%1", str(len(narrowed) - 1))
        self.status_message.emit(text)

    def set_refused(self, reason: str) -> None:
        """Show why a drop here is refused ("" once it is not: the status bar clears)."""
        if reason == self._refused:
            return
        shown, self._refused = self._refused, reason
        if reason:
            self.viewport().setCursor(Qt.CursorShape.ForbiddenCursor)
            self.status_message.emit(reason)
        else:
            self._update_cursor()
            if shown:
                self.status_message.emit("")  # the refusal no longer applies

    def _update_cursor(self) -> None:
        cursor = self._mode.cursor if self._mode is not None else None
        if cursor is None and self._space:
            cursor = Qt.CursorShape.OpenHandCursor
        if cursor is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(cursor)

    def set_persona(self, persona: str | None) -> None:
        self.map_scene.set_persona(persona)

    def set_view(self, lanes: list[str] | None, overlay: bool = False) -> None:
        """A saved view's lanes, in its order (None: every lane), and its overlaid
        emotion chart (`overlay`), drawn as on paper."""
        self.map_scene.set_view_lanes(lanes)
        self.map_scene.set_overlay(overlay)

    # ----------------------------------------------------------------- zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to `factor`, keeping the map's point at `anchor` (viewport pixels: the
        wheel's pointer) where it is; with no anchor (keys, menus, the toolbar), the
        middle of the view. Qt's own anchor under the mouse is the last point the
        mouse moved over, stale once the view scrolls by keys or wheel."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        at = anchor if anchor is not None else QRectF(self.viewport().rect()).center()
        fixed = self.viewportTransform().inverted()[0].map(at)
        anchor_before = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(anchor_before)
        moved = self.viewportTransform().map(fixed) - at
        for bar, by in ((self.horizontalScrollBar(), round(moved.x())),
                        (self.verticalScrollBar(), round(moved.y()))):
            if by:
                bar.setValue(bar.value() + by)
        self._zoomed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        rect = self.map_scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self.set_zoom(self.zoom())
        self._zoomed()

    def _zoomed(self) -> None:
        """Far out the scene sketches lanes instead of drawing every card."""
        self.map_scene.set_detail(self.zoom() >= SKETCH_ZOOM)
        self.reveal()
        if self.editor is not None:
            self.editor.follow()
        self.zoom_changed.emit(self.zoom())

    def reveal(self) -> None:
        """Have the scene make the card items in view; the screens around it are made
        and drawn ahead once the view stays still for a moment (prepaint.py)."""
        if self.zoom() < SKETCH_ZOOM or not self.isVisible():
            return  # far out lanes are sketched (no card items); not shown yet: nothing
        self.map_scene.reveal(self.mapToScene(self.viewport().rect()).boundingRect())
        self.prepainter.stop()
        self._prefetch.start()

    def _paused(self) -> None:
        """Scrolling paused: make the items around the view and draw them ahead; not
        in the middle of a gesture (a drag's frames would share their time with it)."""
        if self.zoom() >= SKETCH_ZOOM and self.isVisible() and self._mode is None:
            self.prepainter.start()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        self.reveal()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        straight = card_pictures.FRAMES.next()
        super().paintEvent(event)
        # a pause counts from the frame, not from the scroll; cards drawn with no
        # picture get theirs in the next pause
        if self._prefetch.isActive() or card_pictures.FRAMES.straight != straight:
            self._prefetch.start()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.reveal()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.reveal()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._prefetch.stop()
        self.prepainter.stop()
        super().hideEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ---------------------------------------------------------------- mouse
    def _hit(self, pos: Any) -> Any:
        for item in self.items(pos):
            if getattr(item, "object_kind", "") and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.prepainter.stop()  # drawing ahead waits for the next pause
        if self.editor is not None:
            self.editor.commit()
        scene_pos = self.mapToScene(event.position().toPoint())
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space):
            self._start(modes.PanMode(self), scene_pos, event)
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self._hit(event.position().toPoint())
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.ShiftModifier))
        kind = getattr(item, "object_kind", "")
        if kind == "card":
            card_id = item.object_id
            self.current_cell = (self.doc.lane_of(card_id).id, item.card.stage)
            if item.on_right_edge(scene_pos, self.zoom()) and not ctrl:
                self._select_only(item)
                self._start(modes.SpanResizeMode(self, scene_pos, card_id), scene_pos, event)
            elif ctrl:
                item.setSelected(not item.isSelected())
            else:
                if not item.isSelected():
                    self._select_only(item)
                self._start(modes.CardDragMode(self, scene_pos, card_id), scene_pos, event)
            event.accept()
            return
        if kind == "emotion":
            card_item = self.map_scene.cards.get(item.object_id)
            if card_item is not None and ctrl:  # added to the selection or taken out
                card_item.setSelected(not card_item.isSelected())
                event.accept()
                return
            if card_item is not None:
                self._select_only(card_item)
            self._start(modes.EmotionDragMode(self, scene_pos, item.object_id), scene_pos, event)
            return
        if tooltips.collapsed_header_at(item) and not ctrl and tooltips.marker_rect(
                item.geom.header).contains(scene_pos):
            tooltips.expand_lane(self, item.object_id)  # the marker: one click expands
            event.accept()
            return
        if kind in ("stage", "lane", "phase"):
            if ctrl:
                item.setSelected(not item.isSelected())
                return
            if not item.isSelected():
                self._select_only(item)
            if kind != "phase":
                self._start(modes.HeaderDragMode(self, scene_pos, item), scene_pos, event)
            return
        self.current_cell = self.map_scene.cell_at(scene_pos)
        super().mousePressEvent(event)  # rubber band / clear selection

    def _select_only(self, item: Any) -> None:
        scene = self.map_scene
        scene.blockSignals(True)
        scene.clearSelection()
        scene.blockSignals(False)
        item.setSelected(True)

    def _start(self, mode: modes.Mode, scene_pos: QPointF, event: QMouseEvent) -> None:
        self._mode = mode
        mode.press(scene_pos, event)
        self._update_cursor()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._mode is not None:
            self._mode.move(self.mapToScene(event.position().toPoint()), event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._prefetch.start()  # the next pause goes on drawing ahead
        if self._mode is not None:
            mode, self._mode = self._mode, None
            mode.release(self.mapToScene(event.position().toPoint()), event)
            self._update_cursor()
            clicked = getattr(mode, "clicked_id", None)
            if clicked is not None and not getattr(mode, "started", True) \
                    and len(self.selected_ids()) > 1:
                # a click, not a drag, on one of several selected: that one alone, as
                # file managers and Qt's item views do (a drag moves them all)
                self.select_ids([clicked])
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self._hit(event.position().toPoint())
        kind = getattr(item, "object_kind", "")
        if tooltips.collapsed_header_at(item):
            tooltips.expand_lane(self, item.object_id)
            event.accept()
            return
        if self.map_links.double_click(item, self.mapToScene(event.position().toPoint())):
            event.accept()  # on a link's badge: open the linked map
            return
        if kind in ("card", "stage", "lane", "phase", "emotion"):
            self.edit_title(item.object_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self._update_cursor()
            return
        if key == Qt.Key.Key_Escape and self._mode is not None:
            mode, self._mode = self._mode, None
            mode.cancel()
            self._update_cursor()
            return
        if key == Qt.Key.Key_Escape and self.selected_ids():  # as drawing programs do
            self.select_ids([])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_selected()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.selected_ids()
            if len(ids) == 1:
                self.edit_title(ids[0])
                return
        if keyboard.arrow(self, key, event.modifiers()) \
                or keyboard.home_end(self, key, event.modifiers()):  # from card to card
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._update_cursor()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._space = False
        super().focusOutEvent(event)

    def contextMenuEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from cjeditor.canvas.menus import context_menu

        pos = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # the Menu key (Shift+F10): the menu of what is selected, beside it, not of
            # whatever lies at the view's corner
            pos = keyboard.selection_point(self) or pos
        item = self._hit(pos)
        scene_pos = self.mapToScene(pos)
        menu = context_menu(self, item, scene_pos)
        if menu is not None and not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(pos))

    # --------------------------------------------------------------- drops
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.drops.enter(event)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.drops.move(event)

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.drops.leave(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.drops.drop(event)

    # ----------------------------------------------------------- selection
    def _on_selection(self) -> None:
        try:
            ids = self.map_scene.selected_ids()
        except RuntimeError:  # scene being torn down
            return
        self.selection_changed.emit(ids)

    def selected_ids(self) -> list[str]:
        return self.map_scene.selected_ids()

    def selected_card_ids(self) -> list[str]:
        return [i for i in self.selected_ids() if self.doc.has_card(i)]

    def select_ids(self, ids: list[str]) -> None:
        self.map_scene.select_ids(ids)

    def select_all(self) -> None:
        self.map_scene.select_ids(list(self.map_scene.cards))

    # ------------------------------------------------------------ editing
    def edit_title(self, object_id: str) -> InlineEditor | InlineTextEditor | None:
        """Edit the title (card) or name (stage, lane, phase) in place (canvas/editing.py)."""
        from cjeditor.canvas.editing import start_title_edit

        return start_title_edit(self, object_id)

    def delete_selected(self) -> bool:
        """Delete everything selected (connections, cards, lanes, stages, phases) as ONE
        undo step; refused as a whole (nothing changes, the status bar says why) if any
        of it cannot go, e.g. every stage of the map."""
        doc = self.doc
        ids = self.selected_ids()
        kinds = {i: doc.kind_of(i) for i in ids}
        parts: list[Callable[[], DocCommand]] = []
        # connections first (they may end at cards going too), then cards, lanes (with
        # their cards), stages (with theirs) and phases (their stages may have gone)
        for kind, make in (("connection", DeleteConnectionsCommand),
                           ("card", DeleteCardsCommand)):
            chosen = [i for i in ids if kinds[i] == kind]
            if chosen:
                parts.append(partial(make, doc, chosen))
        for kind, make_one in (("lane", DeleteLaneCommand), ("stage", DeleteStageCommand),
                               ("phase", DeletePhaseCommand)):
            parts += [partial(make_one, doc, i) for i in ids if kinds[i] == kind]
        if not parts:
            return False
        if len(parts) == 1:  # one kind of thing: its own command and undo text
            try:
                command = parts[0]()
            except (ValueError, KeyError) as exc:
                self.status_message.emit(explain(exc))
                return False
            return self.run(command)
        return self.run(CompositeCommand(doc, tr("Delete"), parts))

    # ------------------------------------------------------------- events
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._mode is not None:
            event.accept()
            return True
        return super().event(event)


__all__ = ["MapView"]
