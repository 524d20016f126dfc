"""The main window's actions, menus and toolbar, with standard shortcuts."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget

from cjeditor.app import labels, plaintext
from cjeditor.app.assets import icon, kind_icon
from cjeditor.app.docks.palette import lane_icon
from cjeditor.app.persona_filter import PersonaFilter
from cjeditor.canvas import MapView
from cjeditor.canvas.editing import edit_selected
from cjeditor.model import CARD_KINDS, LANE_TYPES

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

Key = QKeySequence.StandardKey


def platform_keys(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for a standard action (Delete is Del, and Ctrl+D too on KDE
    and GNOME)."""
    return QKeySequence.keyBindings(standard)


def key_bindings(shortcut: object) -> list[QKeySequence]:
    """Key sequences for a standard key, a string, or a list of either (first is primary)."""
    items = shortcut if isinstance(shortcut, list) else [shortcut]
    keys: list[QKeySequence] = []
    for item in items:
        if isinstance(item, QKeySequence.StandardKey):
            found = platform_keys(item)
        else:
            found = [QKeySequence(item)]  # type: ignore[arg-type]
        keys += [k for k in found if not k.isEmpty() and k not in keys]
    return keys


def one_action_per_key(actions: list[QAction]) -> None:
    """Give each key to one action: the one whose first key it is, else the first that
    has it. Qt runs neither of two actions sharing a key ("Ambiguous shortcut"), and a
    platform's standard keys can take one of ours: on KDE and GNOME, Delete is also
    Ctrl+D, which is Duplicate here."""
    owner: dict[str, QAction] = {}
    for action in actions:
        keys = action.shortcuts()
        if keys:
            owner.setdefault(keys[0].toString(), action)
    for action in actions:
        for key in action.shortcuts():
            owner.setdefault(key.toString(), action)
    for action in actions:
        keys = action.shortcuts()
        kept = [key for key in keys if owner[key.toString()] is action]
        if len(kept) != len(keys):
            action.setShortcuts(kept)


def _rename(view: object) -> None:
    """Edit ▸ Rename: the canvas's in-place editor for the selected object."""
    if isinstance(view, MapView):
        edit_selected(view)


def canvas_has_focus(window: QWidget, view: QWidget) -> bool:
    """True while the keyboard is the canvas's: the focus is on the view (its viewport,
    its in-place editor) or on nothing in particular. Not in a side panel's list, a
    field of the Properties panel, the toolbar's persona filter..."""
    focus = QApplication.focusWidget()
    return focus is None or focus is window or focus is view or view.isAncestorOf(focus)


class CanvasKeys(QObject):
    """The shortcuts of the canvas's edit actions (Delete, Ctrl+X, Ctrl+C, Ctrl+V, Ctrl+D,
    Ctrl+A, F2 act on the canvas selection) are the window's only while the canvas has
    the keyboard focus (canvas_has_focus). Elsewhere the key is the focused widget's
    own: Delete in a side panel's list no longer deletes a stage out of sight, a text
    field edits its text as always. The menu items and
    toolbar buttons work whatever has the focus (they say what they act on)."""

    def __init__(self, window: MainWindow, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self._canvas: bool | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.follow_focus()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.follow_focus()

    def follow_focus(self) -> None:
        try:
            canvas = canvas_has_focus(self.window, self.window.view)
        except RuntimeError:  # the window is being torn down
            return
        if canvas == self._canvas:
            return
        self._canvas = canvas
        # WidgetShortcut: only with the focus on a widget the action is on (never a panel's),
        # so the key goes to the focused widget as an ordinary key press
        context = (Qt.ShortcutContext.WindowShortcut if canvas
                   else Qt.ShortcutContext.WidgetShortcut)
        for action in self.actions:
            action.setShortcutContext(context)


def _find(window: MainWindow, step: int) -> None:
    """Find (step 0) opens the find bar; Find Next and Previous go on from the card found
    (opening the bar first when it is closed)."""
    bar = window.find_bar
    if bar is None:
        return
    if step == 0 or not bar.isVisible():
        bar.open_bar()
    else:
        bar.find(step)


def _start_screen(window: MainWindow) -> None:
    from cjeditor.app.first_run import show_start_screen  # the window imports this module

    show_start_screen(window)


def _import_table(window: MainWindow) -> None:
    from cjeditor.app.import_table import import_table  # only when asked for

    import_table(window)


def _compare_with_file(window: MainWindow) -> None:
    from cjeditor.app.dialogs.compare import compare_with_file  # only when asked for

    compare_with_file(window)


class WindowActions:
    """Creates and wires every QAction of one MainWindow."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("WindowActions", text)

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        view = w.view
        files = w.files

        def make(text, slot=None, shortcut=None, icon_name=None, tip=None) -> QAction:
            action = QAction(text, w)
            if icon_name:
                action.setIcon(icon(icon_name))
            if shortcut is not None:
                action.setShortcuts(key_bindings(shortcut))
            if tip:
                action.setStatusTip(tip)
            if slot is not None:
                action.triggered.connect(lambda _checked=False: slot())
            w.addAction(action)
            return action

        # File
        self.new = make(self.tr("&New…"), files.new, Key.New, "action-new",
                        self.tr("Create a new journey map from a template"))
        self.open = make(self.tr("&Open…"), files.open, Key.Open, "action-open",
                         self.tr("Open a journey map"))
        self.save = make(self.tr("&Save"), files.save, Key.Save, "action-save",
                         self.tr("Save the map"))
        self.save_as = make(self.tr("Save &As…"), files.save_as, Key.SaveAs, None,
                            self.tr("Save the map under a new name"))
        self.revert = make(self.tr("Re&vert"), files.revert, None, None,
                           self.tr("Discard the changes and reload the file from disk"))
        self.export = make(self.tr("&Export…"), w.show_export, "Ctrl+E", "action-export",
                           self.tr("Export the map: a PDF poster or slides, an image, a web "
                                   "page, a table or a Mermaid journey"))
        self.import_table = make(self.tr("&Import Table…"), partial(_import_table, w), None,
                                 None, self.tr("A map from a CSV or Excel table or a Mermaid "
                                               "journey, new or added to this one"))
        self.compare_file = make(self.tr("Co&mpare with File…"), partial(_compare_with_file, w),
                                 None, None, self.tr("List what changed between this map and "
                                                     "another .cjmap file"))
        self.close = make(self.tr("&Close"), w.close, Key.Close, None, self.tr("Close this map"))
        self.preferences = make(self.tr("&Preferences…"), w.show_preferences, Key.Preferences)
        self.quit = make(self.tr("&Quit"), w.manager.quit, Key.Quit, None,
                         self.tr("Close every map and quit"))

        # Edit
        stack = w.document.undo_stack
        self.undo = stack.createUndoAction(w, self.tr("&Undo"))
        self.undo.setShortcuts(key_bindings(Key.Undo))
        self.undo.setIcon(icon("action-undo"))
        self.redo = stack.createRedoAction(w, self.tr("&Redo"))
        self.redo.setShortcuts(key_bindings(Key.Redo))
        self.redo.setIcon(icon("action-redo"))
        w.addAction(self.undo)
        w.addAction(self.redo)
        for action, step in ((self.undo, stack.undo), (self.redo, stack.redo)):
            # what is being typed (a title on the canvas, a panel's field) is committed
            # first, as Save does: else the map changes under the open editor, which
            # then commits its text over the undone step, or onto a card undone away
            action.triggered.disconnect()  # the stack's own undo()/redo()
            action.triggered.connect(lambda _checked=False, step=step: (
                files.commit_typing(), step()))
        self.cut = make(self.tr("Cu&t"), lambda: view.cut(), Key.Cut, "action-cut")
        self.copy = make(self.tr("&Copy"), lambda: view.copy(), Key.Copy, "action-copy")
        self.paste = make(self.tr("&Paste"), lambda: view.paste(), Key.Paste, "action-paste")
        self.duplicate = make(self.tr("D&uplicate"), lambda: view.duplicate(), "Ctrl+D")
        self.delete = make(self.tr("&Delete"), lambda: view.delete_selected(), Key.Delete,
                           "action-delete")
        self.select_all = make(self.tr("Select &All"), lambda: view.select_all(), Key.SelectAll)
        self.rename = make(self.tr("Re&name"), lambda: _rename(view), "F2", None,
                           self.tr("Edit the title of the selected card, stage, lane or "
                                   "phase in place"))
        self.find = make(self.tr("&Find…"), lambda: _find(w, 0), Key.Find, None,
                         self.tr("Find cards by the words of their title, text or tags"))
        self.find_next = make(self.tr("Find &Next"), lambda: _find(w, 1), Key.FindNext)
        self.find_previous = make(self.tr("Find Pre&vious"), lambda: _find(w, -1),
                                  Key.FindPrevious)
        # these act on the canvas selection: their keys only while the canvas has the focus
        self.canvas_keys = CanvasKeys(w, [self.cut, self.copy, self.paste, self.duplicate,
                                          self.delete, self.select_all, self.rename])

        # View
        # Ctrl+= too: on most keyboards "+" needs Shift, and Ctrl+= is what people press
        self.zoom_in = make(self.tr("Zoom &In"), lambda: view.zoom_in(),
                            [Key.ZoomIn, "Ctrl+=", "Ctrl++"], "action-zoom-in")
        self.zoom_out = make(self.tr("Zoom &Out"), lambda: view.zoom_out(),
                             [Key.ZoomOut, "Ctrl+-"], "action-zoom-out")
        self.zoom_reset = make(self.tr("&Actual Size"), lambda: view.zoom_reset(), "Ctrl+0",
                               "action-zoom-reset")
        self.zoom_fit = make(self.tr("&Fit Map in Window"), lambda: view.zoom_to_fit(), "Ctrl+9",
                             "action-zoom-fit")

        # Insert
        self.add_card_here = make(self.tr("Card &Here"), w.insert_card_here, ["Ins",
                                                                         "Ctrl+Shift+K"],
                                  None, self.tr("Add a card of the lane's kind to the "
                                                "selected cell and edit its title"))
        self.add_stage = make(self.tr("&Stage"), w.insert_stage, "Ctrl+Shift+T", None,
                              self.tr("Add a stage after the selected one"))
        self.add_lane_here = make(self.tr("Lane &Below"), w.insert_lane_here, "Ctrl+Shift+L",
                                  None, self.tr("Add a lane of the same type below the "
                                                "selected one"))
        self.add_phase = make(self.tr("P&hase"), w.insert_phase, None, None,
                              self.tr("Add a phase"))
        self.add_persona = make(self.tr("Pe&rsona"), w.insert_persona, None, None,
                                self.tr("Add a persona"))
        self.add_lane: dict[str, QAction] = {}
        for lane_type in LANE_TYPES:
            action = make(labels.lane_type_name(lane_type), partial(w.insert_lane, lane_type))
            action.setIcon(lane_icon(lane_type))
            self.add_lane[lane_type] = action

        self.add_card: dict[str, QAction] = {}
        for kind in CARD_KINDS:
            if kind == "image":
                continue  # pictures come from files dropped on an images lane
            action = make(labels.kind_name(kind), partial(w.insert_card, kind))
            action.setIcon(kind_icon(kind))
            action.setStatusTip(self.tr("Add a card to the selected lane and stage"))
            self.add_card[kind] = action

        # Help
        self.guide = make(self.tr("&Guide"), lambda: w.show_guide(), Key.HelpContents, None,
                          self.tr("How to build a journey map, and the keyboard shortcuts"))
        self.glossary = make(self.tr("G&lossary"), lambda: w.show_guide(glossary=True), None,
                             None, self.tr("The lane types and the moments of truth"))
        self.start_screen = make(self.tr("&Start Screen"), partial(_start_screen, w), None,
                                 None, self.tr("Templates, the example map and recent maps"))
        self.about = make(self.tr("&About cjeditor"), lambda: w.manager.about(w))
        one_action_per_key(QWidget.actions(w))  # the window's attribute `actions` is this

        # what adds to the map: off in a read-only window (MainWindow.update_edit_actions)
        self.inserting = [self.add_card_here, self.add_stage, self.add_lane_here,
                          self.add_phase, self.add_persona, *self.add_lane.values(),
                          *self.add_card.values()]

        self._build_menus()
        self._build_toolbar()
        w.manager.recent_files_changed.connect(self.update_recent_menu)
        self.update_recent_menu()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self.window)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.revert])
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.import_table, self.compare_file])
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addAction(self.rename)
        edit.addAction(self.select_all)
        edit.addSeparator()
        edit.addActions([self.find, self.find_next, self.find_previous])

        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.zoom_fit])
        view.addSeparator()
        self.docks_menu = view.addMenu(self.tr("&Panels"))
        for dock in self.window.docks():
            self.docks_menu.addAction(dock.toggleViewAction())
        self.toolbar_menu_anchor = view

        insert = bar.addMenu(self.tr("&Insert"))
        insert.addActions([self.add_card_here, self.add_stage, self.add_lane_here,
                           self.add_phase])
        insert.addSeparator()
        lanes = insert.addMenu(self.tr("&Lane"))
        lanes.addActions(list(self.add_lane.values()))
        cards = insert.addMenu(self.tr("&Card"))
        cards.addActions(list(self.add_card.values()))
        insert.addAction(self.add_persona)
        connector = getattr(self.window.view, "connector", None)
        if connector is not None:  # Ctrl+K on a selected card, as the handle's drag
            insert.addSeparator()
            insert.addAction(connector.connect_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide, self.glossary, self.start_screen])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        self.menus = {"file": file_menu, "edit": edit, "view": view, "insert": insert,
                      "help": help_menu}

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self.window)
        bar.setObjectName("MainToolbar")
        bar.addActions([self.new, self.open, self.save, self.export])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.cut, self.copy, self.paste, self.delete])
        bar.addSeparator()
        bar.addActions([self.zoom_out, self.zoom_in, self.zoom_reset, self.zoom_fit])
        bar.addSeparator()
        self.persona_filter = PersonaFilter(self.window.document, self.window.view, bar)
        bar.addWidget(self.persona_filter)
        self.window.addToolBar(bar)
        self.toolbar = bar
        self.docks_menu.addSeparator()
        self.docks_menu.addAction(bar.toggleViewAction())

    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.window.manager.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            name = Path(path).name.replace("&", "&&")  # a name's "&" is no mnemonic
            action = menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(plaintext.tooltip(path))  # literal, even with & or <
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.files.open_path(p))
        if recent:
            menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.window.manager.clear_recent)
        menu.setEnabled(True)
