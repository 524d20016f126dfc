"""The keyboard between the canvas and the side panels.

Qt keeps a panel tabbed behind another "visible", moved out of sight: Tab walked into
its fields and buttons with nothing on screen showing where the focus was (Space on
the hidden Personas panel's Remove button deleted a persona unseen). A panel the
focus enters is brought to the front, so the focus is always where the user sees it.

F6 and Shift+F6 move the focus from the canvas to the next (previous) panel shown
and round again to the canvas, as in most editors with panes; the keys are the
window's, whatever has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QWidget


def dock_of(widget: QWidget | None) -> QDockWidget | None:
    """The panel `widget` lies in, if any."""
    while widget is not None:
        if isinstance(widget, QDockWidget):
            return widget
        widget = widget.parentWidget()
    return None


def _out_of_sight(window: QMainWindow, dock: QDockWidget) -> bool:
    """A panel tabbed behind another: Qt moves it off the window rather than hiding it."""
    return bool(window.tabifiedDockWidgets(dock)) and dock.visibleRegion().isEmpty()


def _first_stop(dock: QDockWidget) -> QWidget | None:
    """The first widget of `dock` that Tab would stop at."""
    start = dock.widget()
    widget = start
    while widget is not None:
        if (dock.isAncestorOf(widget) and widget.isEnabled() and widget.isVisibleTo(dock)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
        if widget is start:
            return None
    return None


def _scroll_to(widget: QWidget) -> None:
    """A field the focus enters inside a scrolled panel is scrolled into view (Shift+Tab
    from the canvas went to the Properties panel's last field, scrolled out of sight)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget)
            return
        parent = parent.parentWidget()


class DockFocus(QObject):
    """Brings a panel the focus enters to the front; F6 / Shift+F6 go round the panes."""

    def __init__(self, window: QMainWindow, canvas: QWidget,
                 docks: Callable[[], list[QDockWidget]]) -> None:
        super().__init__(window)
        self.window, self.canvas, self.docks = window, canvas, docks
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for key, step in ((Qt.Key.Key_F6, 1), (QKeySequence("Shift+F6"), -1)):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.cycle(step))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            dock = dock_of(new)
            if dock is not None and dock.window() is self.window \
                    and _out_of_sight(self.window, dock):
                dock.raise_()
            if dock is not None and new is not None:
                _scroll_to(new)
        except RuntimeError:  # the window is being torn down
            pass

    def panes(self) -> list[QWidget]:
        """The canvas, then each panel shown (tabbed ones too: they are raised)."""
        docks = [d for d in self.docks() if d.isVisible() and _first_stop(d) is not None]
        return [self.canvas, *docks]

    def cycle(self, step: int) -> None:
        """Move the focus to the next (step 1) or previous (-1) pane."""
        panes = self.panes()
        here = dock_of(QApplication.focusWidget())
        index = panes.index(here) if here in panes else 0
        target = panes[(index + step) % len(panes)]
        if isinstance(target, QDockWidget):
            target.raise_()
            stop = _first_stop(target)
            if stop is not None:
                stop.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            target.setFocus(Qt.FocusReason.TabFocusReason)
