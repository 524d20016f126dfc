"""The editor process's garbage-collector policy.

A map of 20,000 cards is about a million Python objects that live as long as
its window. With CPython's default thresholds (a young collection every 700
allocations, a full one whenever the heap has grown by a quarter) opening such
a map spends a third of its time re-scanning those objects, and a full
collection (half a second) can land in the middle of any later edit. The editor
collects young objects less often and leaves the full collections to the
moment a window closes, when its map becomes garbage (a window and its
document hold each other through Qt's signals, so only the collector frees
them).

Process-wide state: set by the application's start-up (app/main.py), never by
library code.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

# Allocations between two young collections (default 700), young collections
# between two middle ones (default 10), middle ones between two full ones.
THRESHOLDS = (50_000, 20, 10)


def tune() -> None:
    """Collect for a large heap of long-lived objects (the open maps)."""
    gc.set_threshold(*THRESHOLDS)


def collect_soon() -> None:
    """A full collection once the event loop is idle (after a window closed)."""
    QTimer.singleShot(0, gc.collect)
