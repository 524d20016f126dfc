"""Views dock: the map's saved views (spec/cjmap-format.md "views").

The dock holds the settings being looked at — which lanes in which order, a persona
filter, "overlay emotion curves" — and the list of saved views. "Save view…" stores
the settings as a new named view; choosing a view switches to it (its settings are
loaded and applied to the canvas); while a saved view is chosen, changing a setting
changes that view. Saving, changing, renaming and deleting are undoable commands
(commands/views.py); switching changes nothing in the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app import labels
from cjeditor.app.docks import textfit
from cjeditor.commands import push
from cjeditor.commands.base import DocCommand
from cjeditor.commands.views import (
    DeleteViewCommand,
    EditViewCommand,
    RenameViewCommand,
    SaveViewCommand,
    view_fields,
)
from cjeditor.document import MapDocument
from cjeditor.model import limits

ID_ROLE = Qt.ItemDataRole.UserRole


class _Page(QWidget):
    """The dock's page: as tall as the dock, scrolled only when the dock is shorter than
    its minimum. (Its wrapped label made the scroll area size it by its lists' full
    height, 589 px, so the buttons below them were always out of sight.)"""

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 (Qt override)
        return -1


def _with_new_lanes(shown: list[str], listed: list[str], lanes: list[str]) -> list[str]:
    """`shown` (a whole-map choice of lanes, some unticked) with the lanes the map gained
    since the panel `listed` its lanes: a lane just added is shown, after the lane it
    follows in the map (first if none does)."""
    out, known = list(shown), set(listed)
    for n, lane_id in enumerate(lanes):
        if lane_id in known:
            continue
        before = next((lanes[k] for k in range(n - 1, -1, -1) if lanes[k] in out), None)
        out.insert(out.index(before) + 1 if before is not None else 0, lane_id)
    return out


class ViewsDock(QDockWidget):
    """Emits `applied(lanes, persona, overlay)` when the settings shown change (the
    window applies them to the canvas); `lanes` is None for every lane."""

    applied = Signal(object, object, bool)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Views"), parent)
        self.setObjectName("ViewsDock")
        self.document = document
        self.active: str | None = None  # the saved view chosen, None: the whole map
        self._loading = False
        self._shown: tuple[Any, ...] | None = None  # what the canvas was last told
        page = _Page()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        saved = QLabel(self.tr("Saved views"))
        box.addWidget(saved)
        self.views = QListWidget()
        saved.setBuddy(self.views)  # screen readers name the list by its label
        self.views.setAccessibleName(saved.text())
        self.views.setToolTip(self.tr("Choose a view to switch to it"))
        box.addWidget(self.views, 1)
        buttons = QGridLayout()  # two columns: the dock may be narrow (the map needs room)
        self.save_button = QPushButton(self.tr("Save view…"))
        self.save_button.setToolTip(self.tr("Save the lanes, persona and overlay below as "
                                            "a named view"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for number, button in enumerate((self.save_button, self.rename_button,
                                         self.delete_button)):
            buttons.addWidget(button, number // 2, number % 2)
        box.addLayout(buttons)

        shown = QLabel(self.tr("Lanes shown (tick, and order with Up and Down)"))
        shown.setWordWrap(True)
        box.addWidget(shown)
        self.lanes = QListWidget()
        shown.setBuddy(self.lanes)
        self.lanes.setAccessibleName(shown.text())
        box.addWidget(self.lanes, 2)
        order = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        box.addLayout(order)
        persona_row = QHBoxLayout()
        persona_row.addWidget(QLabel(self.tr("Persona")))
        self.persona = QComboBox()
        persona_row.addWidget(self.persona, 1)
        box.addLayout(persona_row)
        self.overlay = QCheckBox(self.tr("Overlay emotion curves"))
        self.overlay.setToolTip(self.tr("Draw every shown emotion lane as one chart, one "
                                        "curve per persona"))
        box.addWidget(self.overlay)
        # scrolled, as the other docks: its lists' own minimum (347 px) held the whole
        # left column, so the matrix below the map could not open taller than 217 px
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        # as wide as the page needs (it scrolls only up and down); not counting a scroll
        # bar, which shows only in a short dock: the left column stays as narrow as the
        # other docks need, and the map keeps its room (tests/app/test_desktop.py)
        scroll.setMinimumWidth(page.minimumSizeHint().width() + 2 * scroll.frameWidth())
        self.setWidget(scroll)

        self.views.currentItemChanged.connect(self._chosen)
        self.save_button.clicked.connect(self._ask_save)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(lambda: self.active and self.delete(self.active))
        self.lanes.itemChanged.connect(lambda _item: self._edited())
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.persona.activated.connect(lambda _i: self._edited())
        self.overlay.toggled.connect(lambda _on: self._edited())
        for name in ("view_added", "view_removed", "view_changed", "lane_added",
                     "lane_removed", "lane_changed", "lane_moved", "persona_added",
                     "persona_removed", "persona_changed"):
            getattr(document, name).connect(lambda *_: self.reload())
        document.reset.connect(self._reset)
        self.reload()

    # ------------------------------------------------------------ settings
    def listed(self) -> list[str]:
        """The ids of the lanes the panel lists, in its order."""
        return [self.lanes.item(i).data(ID_ROLE) for i in range(self.lanes.count())]

    def settings(self) -> dict[str, Any]:
        """The settings shown, as a view's fields: every lane (None) when every lane
        listed is ticked in the map's order, whatever lanes the map gained since."""
        listed = self.listed()
        ticked = [lane_id for i, lane_id in enumerate(listed)
                  if self.lanes.item(i).checkState() == Qt.CheckState.Checked]
        known = set(listed)
        in_map_order = [lane.id for lane in self.document.map.lanes if lane.id in known]
        every = ticked == listed == in_map_order
        return view_fields(None if every else ticked, self.persona.currentData(),
                           self.overlay.isChecked())

    def _show_settings(self, lanes: list[str] | None, persona: str | None,
                       overlay: bool) -> None:
        doc = self.document.map
        titles = {lane.id: lane.title for lane in doc.lanes}
        shown = [i for i in (lanes or list(titles)) if i in titles]
        self._loading = True
        try:
            keep = self.lanes.currentRow()
            self.lanes.clear()
            for lane_id in shown + [i for i in titles if i not in shown]:
                item = QListWidgetItem(titles[lane_id])
                item.setData(ID_ROLE, lane_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if lane_id in shown
                                   else Qt.CheckState.Unchecked)
                self.lanes.addItem(item)
            self.lanes.setCurrentRow(min(keep, self.lanes.count() - 1))
            self.persona.clear()
            self.persona.addItem(self.tr("All personas"), None)
            for p in doc.personas:
                self.persona.addItem(p.name, p.id)
            self.persona.setCurrentIndex(max(0, self.persona.findData(persona)))
            self.overlay.setChecked(overlay)
        finally:
            self._loading = False

    # --------------------------------------------------------------- list
    def reload(self) -> None:
        """The saved views and the chosen one's settings, after any change to the map."""
        doc = self.document.map
        gone = self.active is not None and all(v.id != self.active for v in doc.views)
        if gone:
            self.active = None  # deleted (or its saving undone): back to the whole map
        current = self.settings() if self.active is None and self.lanes.count() \
            and not gone else None
        if current is not None and current["lanes"] is not None:
            current["lanes"] = _with_new_lanes(current["lanes"], self.listed(),
                                               [lane.id for lane in doc.lanes])
        self._loading = True
        try:
            self.views.clear()
            whole = QListWidgetItem(self.tr("Whole map (no saved view)"))
            whole.setData(ID_ROLE, None)
            self.views.addItem(whole)
            for view in doc.views:
                item = QListWidgetItem(view.name)
                item.setData(ID_ROLE, view.id)
                self.views.addItem(item)
                if view.id == self.active:
                    self.views.setCurrentItem(item)
            if self.active is None:
                self.views.setCurrentRow(0)
        finally:
            self._loading = False
        if self.active is not None:
            view = self.document.view(self.active)
            self._show_settings(view.lanes, view.persona, view.overlay_emotions)
        elif current is not None:
            self._show_settings(current["lanes"], current["persona"],
                                current["overlay_emotions"])
        else:
            self._show_settings(None, None, False)
        self.update_buttons()
        if self._shown is not None:
            self._apply()  # e.g. the chosen view was changed by undo, or deleted

    def update_buttons(self) -> None:
        """Save, Rename and Delete change the map: off in a read-only window
        (app/already_open.py); Rename and Delete need a view chosen."""
        writable = not self.document.read_only
        self.save_button.setEnabled(writable)
        self.rename_button.setEnabled(writable and self.active is not None)
        self.delete_button.setEnabled(writable and self.active is not None)

    def _reset(self) -> None:
        self.active = None
        self.lanes.clear()
        self.reload()
        self._apply()

    def _chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if not self._loading and item is not None:
            self.switch(item.data(ID_ROLE))

    def switch(self, view_id: str | None) -> None:
        """Show a saved view (None: the whole map, every lane, no filter)."""
        self.active = view_id
        if view_id is None:
            self.lanes.clear()  # back to every lane, in map order
        self.reload()
        self._apply()

    def _apply(self) -> None:
        """Tell the canvas what to show (only when that changed)."""
        fields = self.settings()
        shown = (fields["lanes"], fields["persona"], fields["overlay_emotions"])
        if shown != self._shown:
            self._shown = shown
            self.applied.emit(*shown)

    def follow_persona(self, persona: str | None) -> None:
        """The persona filter was chosen elsewhere (the toolbar): show it here too, so
        "Save view…" saves what the canvas shows. A chosen saved view is left as saved."""
        if self.active is None:
            self._loading = True
            self.persona.setCurrentIndex(max(0, self.persona.findData(persona)))
            self._loading = False

    # ------------------------------------------------------------ editing
    def _edited(self) -> None:
        if self._loading:
            return
        fields = self.settings()
        if self.active is not None:
            if fields["lanes"] is not None and not fields["lanes"]:
                self._say(self.tr("A view shows at least one lane."))
                self.reload()
                return
            self._push(EditViewCommand(self.document, self.active, fields))
        self._apply()

    def _move(self, step: int) -> None:
        row = self.lanes.currentRow()
        if row < 0 or not 0 <= row + step < self.lanes.count():
            return
        self._loading = True
        item = self.lanes.takeItem(row)
        self.lanes.insertItem(row + step, item)
        self.lanes.setCurrentRow(row + step)
        self._loading = False
        self._edited()

    def _taken(self, name: str, other_than: str | None = None) -> bool:
        """Whether another saved view has this name (two alike could not be told apart
        in the list, the menu or an export's choice); said on the status bar."""
        wanted = name.strip().casefold()
        taken = any(view.name.strip().casefold() == wanted and view.id != other_than
                    for view in self.document.map.views)
        if taken:
            self._say(self.tr("A view called “%1” exists already: choose another name.")
                      .replace("%1", name.strip()))
        return taken

    def save_current(self, name: str) -> str | None:
        """Save the settings shown as a new view and switch to it; its id."""
        if self._taken(name):
            return None
        fields = self.settings()
        if fields["lanes"] is not None and not fields["lanes"]:
            self._say(self.tr("A view shows at least one lane."))
            return None
        try:
            command = SaveViewCommand(self.document, name.strip(), fields)
        except ValueError as error:
            self._say(str(error))
            return None
        if not self._push(command):
            return None
        self.switch(command.view_id)
        return command.view_id

    def rename(self, view_id: str, name: str) -> None:
        if not self._taken(name, other_than=view_id):
            self._push(RenameViewCommand(self.document, view_id, name.strip()))

    def delete(self, view_id: str) -> None:
        self._push(DeleteViewCommand(self.document, view_id))

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"))
        if ok and name.strip():
            self.save_current(self._fit(name))

    def _ask_rename(self) -> None:
        if self.active is None:
            return
        old = self.document.view(self.active).name
        name, ok = QInputDialog.getText(self, self.tr("Rename view"),
                                        self.tr("Name of the view:"), text=old)
        if ok and name.strip():
            self.rename(self.active, self._fit(name))

    def _fit(self, name: str) -> str:
        """The name within the format's limit, saying what was left out."""
        kept, _end, removed = textfit.fit(name, limits.MAX_NAME)
        if removed:
            self._say(textfit.cut_message(labels.field_name("name"), limits.MAX_NAME,
                                          removed))
        return kept

    def _push(self, command: DocCommand) -> bool:
        try:
            return push(self.document, command)
        except ValueError as error:
            self._say(str(error))
            self.reload()
            return False

    def _say(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)
