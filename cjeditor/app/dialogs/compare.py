"""File → Compare with file…: what changed between another .cjmap and the open map, by
id (cjeditor.diff, the changes `cjeditor diff` prints), listed in a dock and grouped by
what changed (stages, lanes, cards...). Clicking a change selects that object on the
canvas and scrolls to it, as the Map check's findings do (MainWindow.show_object).

`ChangesWidget` is the reusable part: two maps in, the grouped list out, and
`show_object(id)` when a change is clicked. The changes go from the file (the older
version, usually) to the open map, and follow the open map's edits as they happen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app import plaintext
from cjeditor.app.docks.check import WrappingRows, WrappingTree
from cjeditor.app.i18n import current_language
from cjeditor.diff import KINDS, Change, diff_maps, shown_value
from cjeditor.document import MapDocument
from cjeditor.fileio import MapLoadError, load
from cjeditor.model import JourneyMap, vocabulary

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

__all__ = ["ChangeSentences", "ChangesWidget", "CompareDock", "change_text",
           "compare_with_file"]

ID_ROLE = Qt.ItemDataRole.UserRole  # a group's "kind:…", a change's place in `changes`
ON_CANVAS = ("phase", "stage", "lane", "card")  # drawn on the canvas, selectable there
DELAY_MS = 400  # after the last edit of the open map


class ChangeSentences:
    """`cjeditor diff`'s sentences in the interface language (in English, exactly the
    command's lines; the values are written as the command writes them)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ChangeSentences", text)

    def __init__(self, language: str | None = None) -> None:
        self.language = language or current_language()

    def subject(self, change: Change) -> str:
        """`stage s-2 "Compra"`: what the change is about, as the command names it."""
        kinds = {"map": self.tr("map"), "persona": self.tr("persona"),
                 "phase": self.tr("phase"), "stage": self.tr("stage"),
                 "lane": self.tr("lane"), "card": self.tr("card"),
                 "connection": self.tr("connection"), "view": self.tr("view")}
        kind = kinds.get(change.kind, change.kind)
        subject = kind if change.kind == "map" else f"{kind} {change.id}"
        return subject + (f" {shown_value(change.name)}" if change.name else "")

    def place(self, where: dict[str, Any] | None) -> str:
        if not where:
            return "?"
        parts = []
        if "lane" in where:
            parts.append(self.tr("lane %1").replace("%1", str(where["lane"])))
        if "stage" in where:
            parts.append(self.tr("stage %1").replace("%1", str(where["stage"])))
        parts.append(self.tr("position %1").replace("%1", str(where["index"] + 1)))
        return ", ".join(parts)

    def field(self, key: str) -> str:
        """A field as the command names it (English), else its name in the vocabulary."""
        return key if self.language == "en" else vocabulary.name("field", key, self.language)

    def value(self, value: Any) -> str:
        """A value as the command writes it; no value in the interface language."""
        return self.tr("(none)") if value is None else shown_value(value)

    def text(self, change: Change) -> str:
        subject = self.subject(change)
        if change.change == "added":
            if change.where_new:
                return (self.tr("added %1 at %2").replace("%2", self.place(change.where_new))
                        .replace("%1", subject))
            return self.tr("added %1").replace("%1", subject)
        if change.change == "removed":
            if change.where_old:
                return (self.tr("removed %1 from %2")
                        .replace("%2", self.place(change.where_old)).replace("%1", subject))
            return self.tr("removed %1").replace("%1", subject)
        if change.change == "moved":
            return (self.tr("moved %1: %2 → %3").replace("%2", self.place(change.where_old))
                    .replace("%3", self.place(change.where_new)).replace("%1", subject))
        parts = "; ".join(f"{self.field(key)} {self.value(old)} → {self.value(new)}"
                          for key, (old, new) in change.fields.items())
        return self.tr("changed %1: %2").replace("%2", parts).replace("%1", subject)


def change_text(change: Change, language: str | None = None) -> str:
    """One change as one line, in the interface language."""
    return ChangeSentences(language).text(change)


class ChangesWidget(QWidget):
    """The changes from `old` to `new`, grouped by kind. A click on a change emits
    `show_object(id)` for an object of the map on the canvas (`new` unless `set_maps`
    says otherwise; a connection: its first card), else `not_shown(why)`, a sentence
    for the status bar."""

    show_object = Signal(str)
    not_shown = Signal(str)

    def __init__(self, old: JourneyMap, new: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old, self.new = old, new
        self.on_canvas = new
        self.changes: list[Change] = []
        self.heading = ""  # what is compared, said before the count
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.tree = WrappingTree()  # rows as tall as their sentence, as in the Map check
        self.tree.setItemDelegate(WrappingRows(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setToolTip(self.tr("Click a change to show it on the map"))
        box.addWidget(self.tree, 1)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.refresh()

    def group_name(self, kind: str, count: int) -> str:
        names = {"map": self.tr("The map (%1)"), "persona": self.tr("Personas (%1)"),
                 "phase": self.tr("Phases (%1)"), "stage": self.tr("Stages (%1)"),
                 "lane": self.tr("Lanes (%1)"), "card": self.tr("Cards (%1)"),
                 "connection": self.tr("Connections (%1)"), "view": self.tr("Views (%1)")}
        return names.get(kind, kind + " (%1)").replace("%1", str(count))

    def set_maps(self, old: JourneyMap, new: JourneyMap,
                 on_canvas: JourneyMap | None = None) -> None:
        """Compare `old` with `new`; `on_canvas` (default `new`) is the one shown."""
        self.old, self.new = old, new
        self.on_canvas = new if on_canvas is None else on_canvas
        self.refresh()

    def refresh(self) -> None:
        self.changes = diff_maps(self.old, self.new)
        sentences = ChangeSentences()
        collapsed = {top.data(0, ID_ROLE) for top in self._groups() if not top.isExpanded()}
        self.tree.clear()
        for kind in KINDS:
            mine = [c for c in self.changes if c.kind == kind]
            if not mine:
                continue
            top = QTreeWidgetItem([self.group_name(kind, len(mine))])
            top.setData(0, ID_ROLE, f"kind:{kind}")
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for change in mine:
                text = sentences.text(change)
                child = QTreeWidgetItem([text])  # items are plain text
                child.setData(0, ID_ROLE, self.changes.index(change))
                child.setToolTip(0, plaintext.tooltip(text))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(f"kind:{kind}" not in collapsed)
        if self.changes:
            count = self.tr("%1 changes by id.").replace("%1", str(len(self.changes)))
        else:
            count = self.tr("No changes by id: the maps differ at most in their dates or in "
                            "how the file is written.")
        self.summary.setText(f"{self.heading} {count}" if self.heading else count)

    def _groups(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [top for top in found if top is not None]

    def change_items(self) -> list[QTreeWidgetItem]:
        """The change rows, group by group."""
        rows = []
        for top in self._groups():
            found = (top.child(j) for j in range(top.childCount()))
            rows += [item for item in found if item is not None]
        return rows

    def target(self, change: Change) -> tuple[str | None, str]:
        """What a click on `change` shows: (object id on the canvas, None) or (None, why
        it cannot be shown)."""
        shown = self.on_canvas
        elsewhere = self.tr("That is only in the other file: not on this map.")
        if change.kind == "connection":
            found = next((c for c in shown.connections if c.id == change.id), None)
            return (found.from_, "") if found is not None else (None, elsewhere)
        if change.kind in ON_CANVAS:
            return (change.id, "") if change.id in _ids(shown, change.kind) else \
                (None, elsewhere)
        if change.kind == "persona":
            return None, self.tr("Personas are edited in the Personas panel.")
        if change.kind == "view":
            return None, self.tr("Saved views are in the Views panel.")
        return None, self.tr("The map's title, goals and authors are in the Brief panel.")

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, ID_ROLE)
        if not isinstance(index, int) or not 0 <= index < len(self.changes):
            return  # a group's row
        object_id, why = self.target(self.changes[index])
        if object_id is not None:
            self.show_object.emit(object_id)
        elif why:
            self.not_shown.emit(why)


def _ids(journey: JourneyMap, kind: str) -> set[str]:
    """The ids of the objects of `kind` (one of ON_CANVAS) in `journey`."""
    if kind == "card":
        return {card.id for card in journey.all_cards()}
    found = {"phase": journey.phases, "stage": journey.stages, "lane": journey.lanes}[kind]
    return {item.id for item in found}


class CompareDock(QDockWidget):
    """The changes between a file and the open map, kept current as the map is edited."""

    def __init__(self, document: MapDocument, other: JourneyMap, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Changes"), parent)
        self.setObjectName("CompareDock")
        self.document = document
        self.other = other
        self.path = path
        self.this_first = False
        self.changes = ChangesWidget(other, document.map)
        self.setWidget(self.changes)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        document.changed.connect(self.timer.start)
        document.reset.connect(self.timer.start)
        self.compare_with(other, path)

    def compare_with(self, other: JourneyMap, path: Path, this_first: bool = False) -> None:
        """List the changes from `other` to this map, or with `this_first` (this is the
        current map of a current/future pair) from this map to `other`."""
        self.other, self.path, self.this_first = other, path, this_first
        heading = self.tr("From this map to “%1”:") if this_first else \
            self.tr("From “%1” to this map:")
        self.changes.heading = heading.replace("%1", path.name)
        self.setToolTip(plaintext.tooltip(str(path)))
        self.refresh()

    def refresh(self) -> None:
        self.timer.stop()
        this = self.document.map
        if self.this_first:
            self.changes.set_maps(this, self.other, on_canvas=this)
        else:
            self.changes.set_maps(self.other, this)


def compare_with_file(window: MainWindow, path: Path | None = None,
                      this_first: bool = False) -> CompareDock | None:
    """File → Compare with file…: pick a .cjmap, read it safely, show the dock (the
    changes from that file to this map; `this_first`: from this map to the file)."""
    if path is None:
        start = (str(window.document.path.parent) if window.document.path is not None
                 else window.manager.settings.last_directory or str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("CompareDock", "Compare with file"), start,
            QCoreApplication.translate("CompareDock", "Journey maps (*.cjmap)") + ";;"
            + QCoreApplication.translate("CompareDock", "All files (*)"))
        if not name:
            return None
        path = Path(name)
    try:
        other = load(path)
    except MapLoadError as error:
        window.manager.show_load_error(path, error, window)
        return None
    dock = window.findChild(CompareDock)
    if dock is None:
        dock = CompareDock(window.document, other, path, window)
        dock.compare_with(other, path, this_first)
        # below the map, as wide as the window: a change is a sentence
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.resizeDocks([dock], [240], Qt.Orientation.Vertical)
        dock.changes.show_object.connect(window.show_object)
        dock.changes.not_shown.connect(lambda why: window.statusBar().showMessage(why, 6000))
        cast(Any, window).actions.docks_menu.addAction(dock.toggleViewAction())  # View → Panels
    else:
        dock.compare_with(other, path, this_first)
    dock.show()
    dock.raise_()
    return dock
