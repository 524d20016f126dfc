"""One-shot timers behind a clock.

Autosave and the disk watch act when time has passed (a pause in typing, a file
settling after another program's save). They take their timers from a Clock: the
real one wraps QTimer; tests pass a manual clock and advance it, instead of
sleeping and hoping the timer fired. A window's clock is its manager's `clock`
attribute when it has one, else the Qt clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer


class OneShot(Protocol):
    """A timer that calls its slot once, `msec` after the last start()."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


class Clock(Protocol):
    def one_shot(self, parent: QObject, slot: Callable[[], None]) -> OneShot: ...


class QtOneShot:
    """A single-shot QTimer owned by `parent` (it dies with it)."""

    def __init__(self, parent: QObject, slot: Callable[[], None]) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(slot)

    def start(self, msec: int) -> None:
        self._timer.start(msec)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()


class QtClock:
    """Real time, from Qt's event loop."""

    def one_shot(self, parent: QObject, slot: Callable[[], None]) -> OneShot:
        return QtOneShot(parent, slot)


QT_CLOCK = QtClock()


def clock_for(window: Any) -> Clock:
    """The clock of `window`'s manager, or real time."""
    clock = getattr(getattr(window, "manager", None), "clock", None)
    return clock if clock is not None else QT_CLOCK
