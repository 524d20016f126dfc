"""View ▸ Compare with Counterpart: the other map of a current/future pair drawn over
this one — its emotion curve as a ghost line, the stages that differ marked (see
canvas/ghost.py).

The counterpart is `meta.counterpart`, a path relative to this map's file
(spec/cjmap-format.md, "Links between maps"). It is read only when the user asks, with
the same safe reader as File ▸ Open; a missing or refused file is the load-problems
dialog and the comparison stays off. While comparing, edits of this map update the
marks after a short pause; the other map is read once (turn compare off and on to read
it again).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from cjeditor.app.dialogs.compare import CompareDock, compare_with_file
from cjeditor.canvas.ghost import GhostItems, this_is_current
from cjeditor.fileio import MapLoadError, load

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

__all__ = ["CounterpartCompare", "counterpart_path"]

REFRESH_MS = 300  # edits are compared again after this pause



def counterpart_path(stored: str, map_path: Path) -> Path:
    """The file a stored counterpart path names, from the map at `map_path`."""
    return map_path.parent / Path(*stored.split("/"))


class CounterpartCompare(QObject):
    """The checkable action and what it turns on and off for one window.

    The changes are listed too, by id, in File ▸ Compare with File…'s dock (its list of
    `cjeditor diff`'s changes, from the other file to this map; a click shows the
    object), which goes when the comparison ends. `compared(other_map, path)` is
    emitted when a comparison starts and after every refresh, `stopped()` when it ends."""

    compared = Signal(object, object)
    stopped = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.path: Path | None = None  # the counterpart being compared with
        self.action = QAction(self.tr("Compare with &Counterpart"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr("Draw the other map of the pair (current ↔ future) over "
                                    "this one: its emotion curve and the stages that differ"))
        self.action.toggled.connect(self._toggled)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._refresh)
        doc = self.document
        doc.changed.connect(self._edited)
        doc.meta_changed.connect(self._meta_changed)
        doc.path_changed.connect(lambda _path: self._meta_changed())
        doc.reset.connect(lambda: self.action.setChecked(False))
        self._update_enabled()

    # ------------------------------------------------------------ state
    @property
    def ghost(self) -> GhostItems | None:
        scene = getattr(self.window.view, "map_scene", None)
        charts = getattr(scene, "charts", None)
        return charts.ghost if charts is not None else None

    def _update_enabled(self) -> None:
        has = bool(self.document.map.meta.counterpart) and self.ghost is not None
        self.action.setEnabled(has or self.action.isChecked())
        self.action.setToolTip(self.tr("Compare with the map in the brief's Counterpart field")
                               if has else self.tr("Choose a counterpart map in the brief first"))

    def _meta_changed(self) -> None:
        """The state or the counterpart may have changed: compare anew (or stop)."""
        self._update_enabled()
        if not self.action.isChecked():
            return
        wanted = self._wanted_path()
        if wanted is None:
            self.action.setChecked(False)
        elif wanted != self.path:
            self._stop()
            if not self._start():
                self.action.setChecked(False)
        else:
            self._restate()

    def _wanted_path(self) -> Path | None:
        stored, map_path = self.document.map.meta.counterpart, self.document.path
        if not stored or map_path is None:
            return None
        return counterpart_path(stored, map_path)

    # ------------------------------------------------------------ on / off
    def _toggled(self, on: bool) -> None:
        if on:
            if not self._start():
                self.action.blockSignals(True)
                self.action.setChecked(False)
                self.action.blockSignals(False)
        else:
            self._stop()
        self._update_enabled()

    def _start(self) -> bool:
        ghost = self.ghost
        if ghost is None:
            return False
        if self.document.path is None:
            self._say(self.tr("Save the map first: its counterpart is found relative to its file."))
            return False
        path = self._wanted_path()
        if path is None:
            self._say(self.tr("This map has no counterpart: choose one in the brief."))
            return False
        try:
            other = load(path)
        except MapLoadError as error:
            self._problems(path, error)
            return False
        except OSError as error:  # the reader reports unreadable files itself
            self._problems(path, [error.strerror or str(error)])
            return False
        self.path = path
        current = this_is_current(self.document.map, other)
        ghost.set_counterpart(other, current)
        self._frozen()
        self._report()
        # the list of changes, below the map: from the current map to the future one
        compare_with_file(self.window, path, this_first=current)
        self.compared.emit(other, path)
        return True

    def _restate(self) -> None:
        """This map's state changed: which of the two is the current one may too."""
        ghost = self.ghost
        if ghost is not None and ghost.other is not None:
            ghost.set_counterpart(ghost.other, this_is_current(self.document.map, ghost.other))
            self._frozen()

    def _stop(self) -> None:
        self.timer.stop()
        dock = self.window.findChild(CompareDock)
        if dock is not None and self.path is not None and dock.path == self.path:
            dock.hide()  # the list of this comparison (not one of another file)
        self.path = None
        ghost = self.ghost
        if ghost is not None:
            ghost.set_counterpart(None)
            self._frozen()
        self.stopped.emit()

    def _edited(self) -> None:
        if self.path is not None:
            self.timer.start()

    def _refresh(self) -> None:
        ghost = self.ghost
        if ghost is not None and ghost.active:
            ghost.refresh()
            self._frozen()
            self.compared.emit(ghost.other, self.path)

    def _frozen(self) -> None:
        """The frozen header strips show the stage marks too: paint them again."""
        frozen = getattr(self.window, "frozen", None)
        if frozen is not None:
            frozen.place()

    # ------------------------------------------------------------ words
    def _report(self) -> None:
        ghost = self.ghost
        cmp = ghost.comparison if ghost is not None else None
        if cmp is None or self.path is None:
            return
        differ = sum(row.status != "same" for row in cmp.rows)
        self._say(self.tr("Compared with “%1”: %2 stage(s) differ.").replace("%1", self.path.name)
                  .replace("%2", str(differ)))

    def _problems(self, path: Path, problems: list[str] | MapLoadError) -> None:
        manager: Any = self.window.manager
        manager.show_load_error(path, problems, self.window)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
