"""Links to other maps on the canvas: the badge's hit-test and tooltip, and the
"Link to map…", "Remove link" and "Open linked map" gestures of one MapView.

spec/cjmap-format.md "Links between maps": a card or a stage may name another
.cjmap by a path relative to this map's file. The canvas never opens a file
(that is app/'s job): "Open linked map" resolves the path and emits
`open_requested` with the file it names; the window opens it through the safe
reader. The badge is painted by the one painter (paint/parts.py
`map_link_badge`); here it is only found under the pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolTip, QWidget

from cjeditor.canvas.tooltips import plain
from cjeditor.commands import push
from cjeditor.commands.links import SetMapLinkCommand, linkable_ids
from cjeditor.document.checks import explain
from cjeditor.document.map_paths import linked_path, relative_map_path
from cjeditor.layout.geometry import Rect

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

__all__ = ["OPEN_SHORTCUT", "MapLinks"]

OPEN_SHORTCUT = "Ctrl+Shift+O"
SLACK = 1.5  # points around a badge that still count as on it


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def _badge_of(item: Any) -> Rect | None:
    geom = getattr(item, "geom", None)
    return getattr(geom, "link_badge", None)


def _around(badge: Rect) -> Rect:
    """The badge and a little around it: what a click on it may hit."""
    return Rect(badge.x - SLACK, badge.y - SLACK, badge.w + 2 * SLACK, badge.h + 2 * SLACK)


def _map_point(item: Any, scene_pos: QPointF) -> tuple[float, float]:
    """`scene_pos` in the map coordinates the item's geometry is written in (a card
    item is placed at its rect's corner and paints from there; headers paint in
    scene coordinates, moved by their position while dragged)."""
    local = item.mapFromScene(scene_pos)
    if getattr(item, "object_kind", "") == "card":
        r = item.geom.rect
        return local.x() + r.x, local.y() + r.y
    return local.x(), local.y()


class MapLinks(QObject):
    """The links of the map shown in `view`: found, set, removed and opened."""

    # the file a link names (absolute); the window opens it (or raises its window)
    open_requested = Signal(str)

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        # Set by the window: save an untitled map (True once it has a file).
        self.save_first: Callable[[], bool] | None = None
        self.link_action = self._action(tr("&Link to Map…"), self.link_selected)
        self.link_action.setStatusTip(
            tr("Link the selected card or stage to another journey map (a sub-journey)"))
        self.remove_action = self._action(tr("Remo&ve Link"), self.remove_selected)
        self.remove_action.setStatusTip(tr("Remove the link of the selected cards and stages"))
        self.open_action = self._action(tr("&Open Linked Map"), self.open_selected)
        self.open_action.setShortcut(QKeySequence(OPEN_SHORTCUT))
        self.open_action.setStatusTip(
            tr("Open the map that the selected card or stage links to"))
        view.viewport().installEventFilter(self)  # the badge's own tooltip
        view.selection_changed.connect(lambda _ids: self.update_actions())
        view.doc.changed.connect(self.update_actions)
        self.update_actions()

    def _action(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.view)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        return action

    def add_to_menu(self, menu: QMenu, object_id: str) -> None:
        """A card's or stage's context menu: link it (with the rest of the selection)
        to a map, and open or remove its link."""
        ids = self._selected()
        if object_id not in ids:
            ids = [object_id]
        menu.addSeparator()
        menu.addAction(tr("Link to Map…"), lambda: self.ask_link(ids))
        if self.link_of(object_id):
            menu.addAction(tr("Open Linked Map"), lambda: self.open_link(object_id))
            menu.addAction(tr("Remove Link"), lambda: self.remove_link(ids))

    def actions(self) -> list[QAction]:
        """Link to Map…, Remove Link, Open Linked Map (for the window's Edit menu)."""
        return [self.link_action, self.remove_action, self.open_action]

    # ------------------------------------------------------------- finding
    def link_of(self, object_id: str) -> str | None:
        """The link of card or stage `object_id` (None without one)."""
        doc = self.view.doc
        kind = doc.kind_of(object_id)
        if kind == "card":
            link: str | None = doc.card(object_id).link
            return link
        if kind == "stage":
            link = doc.stage(object_id).link
            return link
        return None

    def _selected(self) -> list[str]:
        return linkable_ids(self.view.doc, self.view.selected_ids())

    def badge_at(self, item: Any, scene_pos: QPointF) -> str | None:
        """The id of the card or stage whose link badge is at `scene_pos` on `item`."""
        if getattr(item, "object_kind", "") not in ("card", "stage"):
            return None
        badge = _badge_of(item)
        if badge is None:
            return None
        x, y = _map_point(item, scene_pos)
        object_id: str = item.object_id
        return object_id if _around(badge).contains(x, y) and self.link_of(object_id) else None

    def open_stage_badge_at(self, stage_id: str, scene_pos: QPointF) -> bool:
        """A double-click at `scene_pos` on stage `stage_id`'s header as the frozen band
        paints it: on the link badge, the linked map opens (True: handled)."""
        geometry = self.view.map_scene.geometry
        col = next((c for c in geometry.columns if c.stage_id == stage_id), None) \
            if geometry is not None else None
        badge = col.link_badge if col is not None else None
        if badge is None or not self.link_of(stage_id):
            return False
        return _around(badge).contains(scene_pos.x(), scene_pos.y()) and self.open_link(stage_id)

    def update_actions(self) -> None:
        try:
            ids = self._selected()
        except RuntimeError:  # the scene is being torn down
            return
        links = [self.link_of(i) for i in ids]
        self.link_action.setEnabled(bool(ids))
        self.remove_action.setEnabled(any(links))
        self.open_action.setEnabled(len(ids) == 1 and bool(links[0]))

    # ------------------------------------------------------------- events
    def double_click(self, item: Any, scene_pos: QPointF) -> bool:
        """A double-click on a badge opens the linked map (True: handled)."""
        object_id = self.badge_at(item, scene_pos)
        if object_id is None:
            return False
        self.open_link(object_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = event.pos()
            item = self.view._hit(pos)
            object_id = self.badge_at(item, self.view.mapToScene(pos))
            if object_id is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(object_id),
                                  self.view.viewport())
                return True
        return super().eventFilter(watched, event)

    def tooltip(self, object_id: str) -> str:
        """What the badge says on hover: the path, literally (escaped)."""
        text = tr("Linked map: %1\nDouble-click to open it.").replace(
            "%1", self.link_of(object_id) or "")
        return plain(text)

    # ------------------------------------------------------------ gestures
    def link_selected(self) -> bool:
        return self.ask_link(self._selected())

    def remove_selected(self) -> bool:
        return self.remove_link(self._selected())

    def open_selected(self) -> bool:
        ids = [i for i in self._selected() if self.link_of(i)]
        if len(ids) != 1:
            self.view.status_message.emit(tr("Select one card or stage that links to a map."))
            return False
        return self.open_link(ids[0])

    def ask_link(self, ids: Sequence[str]) -> bool:
        """"Link to map…": choose a .cjmap with the file dialog and store its path,
        relative to this map's file, on the cards and stages `ids`."""
        ids = linkable_ids(self.view.doc, ids)
        if not ids or not self._has_file():
            return False
        path = self.view.doc.path
        assert path is not None  # _has_file()
        current = next((self.link_of(i) for i in ids if self.link_of(i)), None)
        start = linked_path(path, current).parent if current else path.parent
        name, _filter = QFileDialog.getOpenFileName(
            self.view, tr("Link to Map"), str(start), tr("Journey maps (*.cjmap)"))
        if not name:
            return False
        return self.link_to_file(ids, Path(name))

    def link_to_file(self, ids: Sequence[str], target: Path) -> bool:
        """Store `target` on `ids` as a map path relative to this map (one undo step);
        a target that cannot be one is said in a message and nothing changes."""
        doc = self.view.doc
        if doc.path is None:
            return self._has_file()
        try:
            link = relative_map_path(target, doc.path)
        except ValueError:
            if target.suffix.lower() != ".cjmap":
                self._tell(tr("Choose a journey map (a .cjmap file)."))
            else:
                self._tell(tr("“%1” cannot be linked from this map's folder.")
                           .replace("%1", str(target)) + " " + tr("Is it on another drive?"))
            return False
        if link == doc.path.name:  # the map's own file (its path is kept resolved)
            self._tell(tr("A map cannot link to itself: choose another map."))
            return False
        try:
            return push(doc, SetMapLinkCommand(doc, ids, link))
        except (ValueError, KeyError) as error:
            self._tell(tr("“%1” cannot be linked: %2").replace("%1", link)
                       .replace("%2", explain(error)))
            return False

    def remove_link(self, ids: Sequence[str]) -> bool:
        ids = [i for i in linkable_ids(self.view.doc, ids) if self.link_of(i)]
        if not ids:
            return False
        return self.view.run(SetMapLinkCommand(self.view.doc, ids, None))

    def open_link(self, object_id: str) -> bool:
        """Ask the window to open the map that `object_id` links to (True if asked)."""
        link = self.link_of(object_id)
        doc = self.view.doc
        if not link:
            return False
        if doc.path is None:
            self._tell(tr("This map has no file yet, so “%1” cannot be found.").replace(
                "%1", link) + " " + tr("Links are relative to the map's file: save it first."),
                tr("Open Linked Map"))
            return False
        self.open_requested.emit(str(linked_path(doc.path, link)))
        return True

    # -------------------------------------------------------------- helpers
    def _has_file(self) -> bool:
        """An untitled map is offered a save first (links are relative to its file);
        True once it has a file."""
        doc = self.view.doc
        if doc.path is not None:
            return True
        text = tr("This map has not been saved yet, and links are relative to its file.")
        if self.save_first is None:
            self._tell(text + " " + tr("Save the map first."))
            return False
        box = QMessageBox(QMessageBox.Icon.Question, tr("Link to Map"),
                          text + " " + tr("Save it now?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                          self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Save.value:
            return False
        return bool(self.save_first()) and doc.path is not None

    def _parent(self) -> QWidget:
        return self.view.window() or self.view

    def _tell(self, text: str, title: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title or tr("Link to Map"), text,
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()
