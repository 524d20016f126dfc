"""Links between maps in the window: the Edit menu's entries, opening a linked map,
and the properties dock's link field.

The canvas (canvas/map_links.py) finds badges and sets links; opening a file is
the window's job: the linked map opens in a window of its own (or that window
comes to the front) through the same safe reader as File ▸ Open, and a missing or
refused file is the load-problems dialog, never an error of this map.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from cjeditor.app import plaintext
from cjeditor.app.docks.fields import Editor

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow
    from cjeditor.canvas.map_links import MapLinks

__all__ = ["LinkField", "install", "link_editor", "open_linked"]


def _links(window: Any) -> MapLinks | None:
    """The canvas's links (None when the canvas could not be built)."""
    return getattr(getattr(window, "view", None), "map_links", None)


def install(window: MainWindow) -> None:
    """Edit ▸ Link to Map…, Remove Link, Open Linked Map; double-clicked badges and
    the context menu open the linked map in its own window."""
    links = _links(window)
    if links is None:
        return
    links.save_first = window.files.save
    links.open_requested.connect(lambda path: open_linked(window, Path(path)))
    actions: Any = getattr(window, "actions", None)  # WindowActions (shadows QWidget's)
    edit = getattr(actions, "menus", {}).get("edit")
    if edit is not None:
        edit.addSeparator()
        edit.addActions(links.actions())


def open_linked(window: MainWindow, target: Path) -> Any:
    """Open `target` (a linked map) like File ▸ Open does; the window, or None."""
    manager = window.manager
    if not target.exists():  # (a loop of symbolic links does not exist either)
        said = QCoreApplication.translate(
            "linked_maps", "%1 does not exist (a card or stage of “%2” links to it).")
        manager.show_load_error(target, [said.replace("%1", str(target))
                                         .replace("%2", _title(window))], window)
        return None
    return manager.open_path(target, parent=window)


def _title(window: MainWindow) -> str:
    path = window.document.path
    return path.name if path is not None else window.document.map.meta.title


class LinkField(QWidget):
    """The properties dock's link of a card or stage: the path (read only), and
    buttons to choose another map, open it and remove the link (each an undo step)."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.object_id: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText("—")
        self.choose = self._button("…", self.tr("Link to another journey map (a sub-journey)"))
        self.open = self._button("↗", self.tr("Open the linked map"))
        self.clear = self._button("×", self.tr("Remove the link"))
        row.addWidget(self.path, 1)
        for button in (self.choose, self.open, self.clear):
            row.addWidget(button)
        self.choose.clicked.connect(lambda: self._run("ask_link"))
        self.open.clicked.connect(self._open)
        self.clear.clicked.connect(lambda: self._run("remove_link"))
        self.set_path(None)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _run(self, name: str) -> None:
        links = _links(self.window_)
        if links is not None and self.object_id is not None:
            getattr(links, name)([self.object_id])

    def _open(self) -> None:
        links = _links(self.window_)
        if links is not None and self.object_id is not None:
            links.open_link(self.object_id)

    def value(self) -> str | None:
        return self.path.text() or None

    def set_path(self, value: str | None) -> None:
        self.path.setText(value or "")
        self.path.setCursorPosition(0)
        self.path.setToolTip(plaintext.tooltip(value or ""))
        self.open.setEnabled(bool(value))
        self.clear.setEnabled(bool(value))


def link_editor(window: Any, object_id: str | None) -> Editor:
    """The link field as a form editor; edits go through the canvas's commands, so the
    form never reports one itself."""
    field = LinkField(window)
    field.object_id = object_id
    return Editor(field, field.value, field.set_path, lambda _cb: None)
