"""A clock for tests: time passes only when the test says so (see cjeditor/app/timers.py)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject


class ManualOneShot:
    def __init__(self, clock: ManualClock, slot: Callable[[], None]) -> None:
        self._clock = clock
        self._slot = slot
        self.due_ms: int | None = None
        self.order = 0

    def start(self, msec: int) -> None:
        self.due_ms = self._clock.now_ms + max(0, msec)
        self.order = next(self._clock.starts)  # equal due times fire in start order

    def stop(self) -> None:
        self.due_ms = None

    def is_active(self) -> bool:
        return self.due_ms is not None

    def fire(self) -> None:
        self.due_ms = None
        self._slot()


class ManualClock:
    """Hands out one-shot timers that fire only inside advance()."""

    def __init__(self) -> None:
        self.now_ms = 0
        self.starts = itertools.count()
        self.timers: list[ManualOneShot] = []

    def one_shot(self, parent: QObject, slot: Callable[[], None]) -> ManualOneShot:
        timer = ManualOneShot(self, slot)
        self.timers.append(timer)
        return timer

    def pending(self) -> bool:
        return any(timer.is_active() for timer in self.timers)

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass: every timer due by then fires, in time order, and a
        timer (re)started by a slot fires too if it falls due within the span."""
        until = self.now_ms + round(seconds * 1000)
        while True:
            due = [t for t in self.timers if t.due_ms is not None and t.due_ms <= until]
            if not due:
                break
            timer = min(due, key=lambda t: (t.due_ms, t.order))
            self.now_ms = max(self.now_ms, timer.due_ms or 0)
            timer.fire()
        self.now_ms = until
