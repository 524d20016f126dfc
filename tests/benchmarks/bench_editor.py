"""Editor benchmarks: open a 3,000-card map in a MapView, drag a card, zoom to fit.

`rows(doc_3000)` is imported by run.py; `doc_3000` (a JourneyMap) is not changed.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjeditor.canvas import MapView  # noqa: E402
from cjeditor.document import MapDocument  # noqa: E402
from cjeditor.model import JourneyMap  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])


def _send(view: MapView, kind: QEvent.Type, pt: QPointF, button, buttons) -> None:
    vp = QPointF(view.mapFromScene(pt))
    event = QMouseEvent(kind, vp, QPointF(view.viewport().mapToGlobal(vp.toPoint())),
                        button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _open(journey_map: JourneyMap) -> MapView:
    """MapDocument + MapView shown and painted once."""
    view = MapView(MapDocument(journey_map))
    view.resize(1600, 1000)
    view.show()
    view.viewport().repaint()
    QApplication.processEvents()
    return view


def _dispose(view: MapView) -> None:
    view.hide()
    view.map_scene.clear()
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def rows(doc_3000: JourneyMap, runs: int = 5) -> list[tuple[str, float]]:
    app = _app()
    copies = [doc_3000.model_copy(deep=True) for _ in range(runs)]
    open_times = []
    for journey_map in copies[:-1]:
        start = time.perf_counter()
        view = _open(journey_map)
        open_times.append(time.perf_counter() - start)
        _dispose(view)
    start = time.perf_counter()
    view = _open(copies[-1])
    open_times.append(time.perf_counter() - start)

    # One card dragged across a few cells: time each mouse move (with a repaint).
    scene = view.map_scene
    card_id = next(c.card_id for c in scene.geometry.cards.values() if c.kind == "touchpoint")
    item = scene.cards[card_id]
    view.centerOn(item)
    app.processEvents()
    origin = item.sceneBoundingRect().center()
    _send(view, QEvent.Type.MouseButtonPress, origin, LEFT, LEFT)
    move_times, paint_times = [], []
    for i in range(1, 61):
        pt = origin + QPointF(i * 7.0, (i % 10) * 3.0)
        start = time.perf_counter()
        _send(view, QEvent.Type.MouseMove, pt, Qt.MouseButton.NoButton, LEFT)
        handled = time.perf_counter()
        view.viewport().repaint()
        move_times.append(handled - start)
        paint_times.append(time.perf_counter() - start)
    start = time.perf_counter()
    _send(view, QEvent.Type.MouseButtonRelease, pt, LEFT, Qt.MouseButton.NoButton)
    release = time.perf_counter() - start

    fit_times = []
    for _ in range(runs):
        view.zoom_reset()
        start = time.perf_counter()
        view.zoom_to_fit()
        view.viewport().repaint()
        fit_times.append(time.perf_counter() - start)
    _dispose(view)
    return [
        ("editor: open 3,000 cards (shown)", statistics.median(open_times)),
        ("editor: drag mouse-move handler", statistics.median(move_times)),
        ("editor: drag mouse-move + repaint", statistics.median(paint_times)),
        ("editor: drop (command + relayout)", release),
        ("editor: zoom_to_fit (painted)", statistics.median(fit_times)),
    ]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from genmap import make_map

    for name, seconds in rows(make_map(3_000)):
        print(f"{name:<40} {seconds * 1000:9.1f} ms")
