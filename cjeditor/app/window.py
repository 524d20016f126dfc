"""MainWindow: one journey map, its canvas, docks, menus and status bar."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app import inserting
from cjeditor.app.accessibility import make_accessible, menu_actions
from cjeditor.app.actions import WindowActions
from cjeditor.app.assets import app_icon
from cjeditor.app.autosave import Autosaver
from cjeditor.app.canvas_host import create_view
from cjeditor.app.chart_menu import ChartMenu
from cjeditor.app.dialogs.preferences import PreferencesDialog
from cjeditor.app.disk_watch import DiskWatcher
from cjeditor.app.dock_focus import DockFocus
from cjeditor.app.docks.brief import BriefDock
from cjeditor.app.docks.check import CheckDock
from cjeditor.app.docks.palette import PaletteDock
from cjeditor.app.docks.personas import PersonasDock
from cjeditor.app.docks.properties import PropertiesDock
from cjeditor.app.docks.views import ViewsDock
from cjeditor.app.files import SUFFIX, WindowFiles, file_read_only
from cjeditor.app.find_bar import FindBar
from cjeditor.app.help import GLOSSARY, GUIDE, GuideDialog
from cjeditor.app.linked_maps import install as install_map_links
from cjeditor.app.prioritise import PrioritiseDock
from cjeditor.app.statusbar import MapStatusBar
from cjeditor.canvas import keyboard
from cjeditor.canvas.drops import expand_first
from cjeditor.canvas.frozen import FrozenHeaders
from cjeditor.document import MapDocument
from cjeditor.model.placement import allowed_kinds


def _typing() -> bool:
    """True while the keyboard focus is in a text field."""
    return isinstance(QApplication.focusWidget(), (QLineEdit, QPlainTextEdit, QTextEdit))


class MainWindow(QMainWindow):
    def __init__(self, document: MapDocument, manager) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self.document = document
        self.manager = manager
        self.files = WindowFiles(self)
        self.selection: list[str] = []
        self.skip_save_prompt = False  # quitting asked about this window already
        self.chosen_map = False  # made by New… from a template: not replaced unasked
        document.setParent(self)

        self.view = create_view(document, self)
        central = QWidget(self)  # the map, and under it the find bar (Ctrl+F)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        self.find_bar = FindBar(self.view, central) if hasattr(self.view, "map_scene") else None
        if self.find_bar is not None:
            column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        # stage and lane headers stay in view while scrolling (not on a placeholder view)
        self.frozen = FrozenHeaders(self.view) if hasattr(self.view, "map_scene") else None
        self._build_docks()
        self.actions = WindowActions(self)
        install_map_links(self)  # Edit: Link to Map…, Open Linked Map; badges open maps
        self.chart_menu = ChartMenu(self)  # View: overlay emotion curves, compare with counterpart
        # the toolbar's persona filter and the views dock show the same persona
        self.actions.persona_filter.activated.connect(
            lambda _i: self.views.follow_persona(self.actions.persona_filter.currentData()))
        self.setStatusBar(MapStatusBar(document, self.view, self))
        self.autosaver = Autosaver(self)  # recovery copies of unsaved changes
        self.disk_watch = DiskWatcher(self)  # the file changed by another program
        make_accessible(self)  # screen-reader names, menu mnemonics, the canvas focus ring

        document.path_changed.connect(lambda _path: self.update_title())
        document.modified_changed.connect(lambda _mod: self.update_title())
        document.meta_changed.connect(self.update_title)
        document.reset.connect(self.update_title)
        document.reset.connect(lambda: QTimer.singleShot(0, self.show_map_start))
        document.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        document.path_changed.connect(lambda _path: self._update_actions())
        self.view.selection_changed.connect(self._on_selection_changed)
        if hasattr(self.view, "status_message"):
            self.view.status_message.connect(lambda text: self.statusBar().showMessage(text,
                                                                                      5000))
        QApplication.clipboard().dataChanged.connect(self.update_edit_actions)
        document.changed.connect(self._prune_selection)
        self.update_title()
        self._update_actions()
        self.update_edit_actions()
        self.resize(1280, 800)
        geometry, state = manager.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # ------------------------------------------------------------------ docks
    def _build_docks(self) -> None:
        doc = self.document
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.palette = PaletteDock(self)
        self.palette.activated.connect(lambda mime, body: inserting.insert_from_palette(
            self, mime, body))
        self.addDockWidget(left, self.palette)
        self.brief = BriefDock(doc, self)
        self.addDockWidget(left, self.brief)
        self.splitDockWidget(self.palette, self.brief, Qt.Orientation.Vertical)

        self.personas = PersonasDock(doc, self)
        self.addDockWidget(left, self.personas)
        self.tabifyDockWidget(self.brief, self.personas)
        self.brief.raise_()

        self.properties = PropertiesDock(doc, self)
        self.addDockWidget(right, self.properties)
        self.history = QDockWidget(self.tr("History"), self)
        self.history.setObjectName("HistoryDock")
        undo_view = QUndoView(doc.undo_stack)
        undo_view.setEmptyLabel(self.tr("<opened map>"))
        self.history.setWidget(undo_view)
        self.addDockWidget(right, self.history)
        self.splitDockWidget(self.properties, self.history, Qt.Orientation.Vertical)
        self._build_decision_docks()
        # the map keeps about two thirds of a 1600 px window
        self.resizeDocks([self.palette, self.properties], [250, 290], Qt.Orientation.Horizontal)
        self.resizeDocks([self.palette, self.brief], [330, 470], Qt.Orientation.Vertical)
        self.resizeDocks([self.properties, self.history], [620, 180], Qt.Orientation.Vertical)

    def _build_decision_docks(self) -> None:
        """Map check (beside the history), views (beside the personas), and the
        impact × effort matrix below the map (shown from the View menu)."""
        doc = self.document
        self.check = CheckDock(doc, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.check)
        self.tabifyDockWidget(self.history, self.check)
        self.history.raise_()
        self.views = ViewsDock(doc, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.views)
        self.tabifyDockWidget(self.personas, self.views)
        self.brief.raise_()
        self.prioritise = PrioritiseDock(doc, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.prioritise)
        self.prioritise.hide()
        self.check.show_object.connect(self.show_object)
        self.prioritise.show_object.connect(self.show_object)
        self.views.applied.connect(self.apply_view)
        self.dock_focus = DockFocus(self, self.view, self.docks)

    def docks(self) -> list[QDockWidget]:
        return [self.palette, self.properties, self.brief, self.personas, self.history,
                self.check, self.views, self.prioritise]

    def show_object(self, object_id: str) -> None:
        """Select an object named elsewhere (a check finding, a matrix card) and
        scroll the canvas to it."""
        self.view.select_ids([object_id])
        scene = getattr(self.view, "map_scene", None)
        item = scene.item_for(object_id) if scene is not None else None
        if item is None:
            self.statusBar().showMessage(
                self.tr("That is not shown on the canvas (a persona filter hides it)."), 6000)
            return
        self.view.centerOn(item)

    def apply_view(self, lanes: list[str] | None, persona: str | None, overlay: bool) -> None:
        """Show the views dock's settings on the canvas: the persona filter (and the
        lanes and overlay where the canvas can show them)."""
        combo = getattr(getattr(self, "actions", None), "persona_filter", None)
        if combo is not None:
            combo.setCurrentIndex(max(0, combo.findData(persona)))
        set_persona = getattr(self.view, "set_persona", None)
        if callable(set_persona):
            set_persona(persona)
        set_view = getattr(self.view, "set_view", None)  # lanes and overlay, if supported
        if callable(set_view):
            set_view(lanes, overlay)

    # --------------------------------------------------------------- title
    def update_title(self) -> None:
        doc = self.document
        name = doc.path.name if doc.path is not None else self.tr("Untitled") + SUFFIX
        self.setWindowFilePath(str(doc.path) if doc.path is not None else "")
        # another editor has the file (app/already_open.py), or the file is read-only
        if doc.read_only or (doc.path is not None and file_read_only(doc.path)):
            name += " " + self.tr("(read-only)")
        self.setWindowTitle(f"{name}[*] — cjeditor")
        self.setWindowModified(doc.modified)

    def _update_actions(self) -> None:
        actions = getattr(self, "actions", None)
        if actions is None:
            return
        actions.revert.setEnabled(self.document.path is not None and self.document.modified)
        actions.save.setEnabled(not self.document.read_only)  # Save As stays
        self.update_edit_actions()
        for dock in (getattr(self, "personas", None), getattr(self, "views", None)):
            if dock is not None and hasattr(dock, "update_buttons"):
                dock.update_buttons()  # a read-only window's docks add nothing either

    def is_pristine(self) -> bool:
        """An untitled map nobody has touched: opening a file may replace it."""
        doc = self.document
        return doc.path is None and not doc.modified and doc.undo_stack.count() == 0 \
            and not self.chosen_map

    # ------------------------------------------------------------ selection
    def _on_selection_changed(self, ids) -> None:
        self.selection = list(ids)
        self.properties.show_ids(self.selection)
        self.prioritise.matrix.set_chosen(self.selection)
        self.update_edit_actions()

    def _prune_selection(self) -> None:
        """Forget selected objects that an edit (or undo) removed."""
        kept = [i for i in self.selection if self.document.kind_of(i) is not None]
        if kept != self.selection:
            self.selection = kept
            self.update_edit_actions()

    def update_edit_actions(self) -> None:
        """Cut, Copy, Duplicate need selected cards; Delete any selection; Paste cards;
        Rename one card, stage, lane or phase. In a read-only window only Copy is left,
        and nothing of the Insert menu: what cannot act is off, as Save is."""
        actions = getattr(self, "actions", None)
        if actions is None:
            return
        doc = self.document
        writable = not doc.read_only
        cards = any(doc.kind_of(object_id) == "card" for object_id in self.selection)
        actions.copy.setEnabled(cards)
        for action in (actions.cut, actions.duplicate):
            action.setEnabled(cards and writable)
        actions.delete.setEnabled(bool(self.selection) and writable)
        can_paste = getattr(self.view, "can_paste", None)
        actions.paste.setEnabled(writable and callable(can_paste) and bool(can_paste()))
        actions.rename.setEnabled(writable and len(self.selection) == 1 and doc.kind_of(
            self.selection[0]) in ("card", "stage", "lane", "phase"))
        for action in actions.inserting:
            action.setEnabled(writable)

    # ---------------------------------------------------------- insert menu
    def insert_stage(self) -> None:
        inserting.insert_stage(self)
        self.follow_selection()

    def insert_phase(self) -> None:
        inserting.insert_phase(self)
        self.follow_selection()

    def insert_card_here(self) -> None:
        """A card of the selected lane's own kind in the selected cell, its title open."""
        if _typing():
            return  # Ins while typing in a field is the field's
        doc = self.document
        cell = getattr(self.view, "current_cell", None)
        lane_id = inserting.selected_lane(self)
        if lane_id is None and cell and doc.kind_of(cell[0]) == "lane":
            lane_id = cell[0]
        if lane_id is None:
            self.statusBar().showMessage(self.tr("Select a lane, a cell or a card first."), 6000)
            return
        kinds = allowed_kinds(doc.lane(lane_id).type)
        if doc.lane(lane_id).collapsed:
            self.statusBar().showMessage(expand_first(), 6000)
            return
        if not kinds:
            self.statusBar().showMessage(self.tr("This lane takes no new cards."), 6000)
            return
        stage_id = inserting.selected_stage(self)
        if stage_id is None and cell and doc.kind_of(cell[1]) == "stage":
            stage_id = cell[1]
        self.selection = [i for i in (lane_id, stage_id) if i]  # where insert_card puts it
        kind = kinds[0]
        fields = {"channel": "other"} if kind == "touchpoint" else {}
        inserting.insert_card(self, kind, fields)
        new = [i for i in self.view.selected_ids() if doc.kind_of(i) == "card"]
        if len(new) == 1 and doc.lane_of(new[0]).id == lane_id:
            self.follow_selection()
            self.view.edit_title(new[0])

    def insert_lane_here(self) -> None:
        """A lane of the selected lane's type (notes without one) below it."""
        if _typing():
            return
        lane_id = inserting.selected_lane(self)
        lane_type = self.document.lane(lane_id).type if lane_id is not None else "notes"
        inserting.insert_lane(self, lane_type)
        self.follow_selection()

    def follow_selection(self) -> None:
        """Scroll so the selected object (e.g. just inserted) is in view."""
        ids = self.view.selected_ids()
        item = self.view.map_scene.item_for(ids[0]) if len(ids) == 1 else None
        if item is not None:
            rect = item.sceneBoundingRect()  # its top-left corner and a little of it
            keyboard.ensure_visible(self.view, QRectF(rect.topLeft(), QSizeF(
                min(rect.width(), 300), min(rect.height(), 200))))  # clear of frozen strips

    def show_guide(self, glossary: bool = False) -> GuideDialog:
        dialog = GuideDialog(self.actions_list(), self, GLOSSARY if glossary else GUIDE)
        dialog.show()
        return dialog

    def actions_list(self) -> list[tuple[str, QAction]]:
        """(what it does, action) for every action of the window, for the keyboard guide."""
        fixed = {self.actions.undo: QCoreApplication.translate("WindowActions", "&Undo"),
                 self.actions.redo: QCoreApplication.translate("WindowActions", "&Redo")}
        ordered = menu_actions(self.menuBar())  # as the menus list them, then the rest
        ordered += [a for a in self.findChildren(QAction) if a not in ordered]
        return [(fixed.get(action, action.text()), action) for action in ordered if action.text()]

    def insert_persona(self) -> None:
        inserting.insert_persona(self)

    def insert_lane(self, lane_type: str) -> None:
        inserting.insert_lane(self, lane_type)

    def insert_card(self, kind: str) -> None:
        fields = {"channel": "other"} if kind == "touchpoint" else {}
        inserting.insert_card(self, kind, fields)

    def show_export(self) -> None:
        from cjeditor.app.export_runner import export_from

        export_from(self)

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.manager.settings, self)
        dialog.exec()
        dialog.deleteLater()

    # -------------------------------------------------------- drag and drop
    @staticmethod
    def _map_paths(mime) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX)]

    @staticmethod
    def _table_paths(mime) -> list[Path]:
        """Dropped tables and Mermaid journeys: imported as File → Import Table… does."""
        from cjeditor.app.import_table import SUFFIXES as TABLE_SUFFIXES
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower()
                in TABLE_SUFFIXES]

    def _accepts(self, mime) -> bool:
        return bool(self._map_paths(mime) or self._table_paths(mime))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths, tables = self._map_paths(event.mimeData()), self._table_paths(event.mimeData())
        if not paths and not tables:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if paths:  # after the drop returns: opening may show an error or ask (modal)
            QTimer.singleShot(0, lambda: [self.files.open_path(p) for p in paths])
        if tables:  # after the drop returns: importing asks questions (modal dialogs)
            from cjeditor.app.import_table import TableImport
            QTimer.singleShot(0, lambda: [TableImport(self).run(t) for t in tables])

    # --------------------------------------------------------------- close
    def show_map_start(self) -> None:
        """Scroll the canvas to the map's top-left corner: title, phases, first stage."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.view):
            return  # closed before the deferred call arrived
        for bar in (getattr(self.view, "horizontalScrollBar", None),
                    getattr(self.view, "verticalScrollBar", None)):
            if callable(bar):
                bar().setValue(bar().minimum())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            QTimer.singleShot(0, self.show_map_start)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.skip_save_prompt and not self.files.maybe_save():
            event.ignore()
            return
        self.autosaver.discard()  # a normal close: saved or discarded
        self.disk_watch.stop()
        self.manager.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.manager.window_closed(self)
        # The manager outlives this window: stop it calling into our deleted menus.
        self.manager.recent_files_changed.disconnect(self.actions.update_recent_menu)
        # The document dies with the window: silence it so nothing reacts meanwhile.
        self.document.blockSignals(True)
        self.document.undo_stack.blockSignals(True)
        event.accept()
