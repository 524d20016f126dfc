"""Docks that open at a usable size.

A dock shown from View ▸ Panels, or raised from behind a tab, gets whatever room its
dock area had: at 1366 × 768 the impact × effort matrix opened 86 px tall and the map
check showed 3 of its 8 keys. `open_tall` grows such a dock when it is shown too
short, once the window has laid it out; a size the user gives it later is kept
until it is hidden and shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow


def open_tall(dock: QDockWidget, share: float, most: int | None = None) -> None:
    """Whenever `dock` is shown shorter than `share` of its window's height (at most
    `most` pixels), make it that tall."""

    def grow() -> None:
        window = dock.parentWidget()
        if not isinstance(window, QMainWindow) or dock.isFloating() \
                or not dock.isVisible():
            return
        wanted = int(window.height() * share)
        if most is not None:
            wanted = min(wanted, most)
        if dock.height() < wanted:
            window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(lambda shown: shown and QTimer.singleShot(0, grow))
