"""The View menu's entries for the emotion chart: "Overlay Emotion Curves" (the same
setting as the Views dock's check box: it changes the chosen saved view, one undoable
edit, or only the screen when no view is chosen) and "Compare with Counterpart"
(app/counterpart.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cjeditor.app.counterpart import CounterpartCompare

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

__all__ = ["ChartMenu"]



class ChartMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        box = window.views.overlay
        self.overlay = QAction(self.tr("Overlay &Emotion Curves"), window)
        self.overlay.setCheckable(True)
        self.overlay.setChecked(box.isChecked())
        self.overlay.setStatusTip(self.tr("Draw every shown emotion lane as one chart, one curve "
                                     "per persona (saved in the chosen view)"))
        self.overlay.toggled.connect(self._set_box)
        box.toggled.connect(self._follow)
        self.compare = CounterpartCompare(window)
        actions: Any = cast(Any, window).actions  # WindowActions (not QWidget.actions())
        menu = actions.menus["view"]
        anchor = actions.docks_menu.menuAction()
        menu.insertAction(anchor, self.overlay)
        menu.insertAction(anchor, self.compare.action)
        menu.insertSeparator(anchor)

    def _set_box(self, on: bool) -> None:
        box = self.window.views.overlay
        if box.isChecked() != on:
            box.setChecked(on)  # the dock applies it (and edits the chosen view)

    def _follow(self, on: bool) -> None:
        """The dock's box changed (a click, a view switched, an undo): the menu follows."""
        if self.overlay.isChecked() != on:
            self.overlay.blockSignals(True)
            self.overlay.setChecked(on)
            self.overlay.blockSignals(False)
