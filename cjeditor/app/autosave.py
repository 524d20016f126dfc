"""Autosave: one Autosaver per window keeps a recovery copy of unsaved work.

While the document has unsaved changes, a copy is written (see recovery.py):
- shortly after the user stops editing (the debounce, default 2 s), and
- at the latest N seconds after the first change not yet copied (the interval,
  default 30 s, a setting), so continuous editing is copied too.

Writes only ever happen from timers, never inside an edit, and are put off while
a mouse button is held (a drag in progress). A successful save, an undo back to
the saved state or a normal close removes the copy; a crash leaves it for the
recovery dialog at the next start.

The timers come from the window's clock (timers.py), so tests advance time
instead of sleeping.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from cjeditor.app import save_errors
from cjeditor.app.recovery import RecoveryEntry, RecoveryStore
from cjeditor.app.timers import Clock, clock_for

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 30.0
DEFAULT_DEBOUNCE = 2.0
_DRAG_RETRY_MS = 300


class Autosaver(QObject):
    """Writes recovery copies of one window's document from timers."""

    autosaved = Signal(str)  # the copy's path, once the copy and its sidecar are on disk
    failed = Signal(str)  # why a copy could not be written

    def __init__(self, window: MainWindow, store: RecoveryStore | None = None,
                 clock: Clock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.store = store if store is not None else RecoveryStore()
        self.key = self.store.new_key()
        self._dirty = False
        self._written = False
        self._warned = False
        clock = clock if clock is not None else clock_for(window)
        self._debounce = clock.one_shot(self, self._fire)  # a pause in the editing
        self._deadline = clock.one_shot(self, self._fire)  # at the latest, while editing
        self.document.changed.connect(self._on_changed)
        self.document.modified_changed.connect(self._on_modified_changed)
        if self.document.modified:
            self._schedule()

    # ------------------------------------------------------------- settings
    def timing(self) -> tuple[float, float]:
        """(interval, debounce) in seconds, read from the settings each time."""
        settings = getattr(getattr(self.window, "manager", None), "settings", None)
        interval = getattr(settings, "autosave_interval", DEFAULT_INTERVAL)
        debounce = getattr(settings, "autosave_debounce", DEFAULT_DEBOUNCE)
        return float(interval), min(float(debounce), float(interval))

    @property
    def copy_path(self) -> Path:
        return self.store.copy_path(self.key)

    def has_copy(self) -> bool:
        return self._written

    def pending(self) -> bool:
        """True while there are changes not yet in a recovery copy."""
        return self._dirty and self.document.modified

    # ------------------------------------------------------------ scheduling
    def _on_changed(self) -> None:
        # The first edit emits changed() before the undo stack leaves the clean
        # state, so modified is checked when the timer fires, not here.
        self._schedule()

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            self._schedule()
        else:
            self.discard()  # saved, or undone back to the saved state

    def _schedule(self) -> None:
        self._dirty = True
        interval, debounce = self.timing()
        self._debounce.start(max(0, int(debounce * 1000)))
        if not self._deadline.is_active():
            self._deadline.start(max(0, int(interval * 1000)))

    def _fire(self) -> None:
        if not self._dirty:
            return
        if not self.document.modified:
            self._dirty = False
            self._stop_timers()
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._debounce.start(_DRAG_RETRY_MS)  # a drag in progress: not now
            return
        self.write_now()

    def _stop_timers(self) -> None:
        self._debounce.stop()
        self._deadline.stop()

    # ----------------------------------------------------------------- write
    def write_now(self) -> bool:
        """Write the recovery copy now; False (and `failed`) if it could not be written."""
        doc = self.document
        self._stop_timers()
        try:
            watch = getattr(self.window, "disk_watch", None)  # made after the autosaver
            base = watch.based_on() if watch is not None else None
            self.store.write(self.key, doc.map, doc.path, doc.map.meta.title, base)
        except OSError as error:
            log.warning("recovery copy not written: %s", error)
            self._report_failure(save_errors.reason(error))
            interval, _debounce = self.timing()
            self._deadline.start(max(1000, int(interval * 1000)))  # try again later
            return False
        except Exception:  # never let autosave take the window down
            log.exception("recovery copy not written")
            self._report_failure(self.tr("unexpected error"))
            return False
        self._dirty = False
        self._written = True
        self._warned = False
        self.autosaved.emit(str(self.copy_path))
        return True

    def _report_failure(self, reason: str) -> None:
        self.failed.emit(reason)
        if self._warned:
            return
        self._warned = True
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(self.tr("Could not write the recovery copy: %1")
                              .replace("%1", reason), 10000)

    def discard(self) -> None:
        """Forget the recovery copy (after a save, an undo to clean or a normal close)."""
        self._stop_timers()
        self._dirty = False
        self._written = False
        try:
            self.store.remove(self.key)
        except OSError as error:
            log.warning("recovery copy not removed: %s", error)

    def adopt(self, entry: RecoveryEntry) -> None:
        """Take over a restored copy: write our own, then delete the old one."""
        if entry.key == self.key:
            return
        if self.write_now():
            self.store.remove(entry.key)
