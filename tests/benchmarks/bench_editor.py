"""Editor benchmarks on a shown MapView: one edit command to a painted frame,
a drag's mouse-move, scrolling one screen and zoom to fit, each painted.

"Painted" is measured as in the editor: the action, then the event loop runs
and Qt paints what changed (checked by counting paint events; if nothing was
painted, the whole viewport is repainted inside the timing).

Before an edit or a drag the card is brought into view and the event loop idles
SEE_S, as a person looks at a card before acting on it: the editor draws the
pictures of the cards in view in such pauses (canvas/prepaint.py), not in the frame
that scrolled to them, and records the calls of the cards further away
(canvas/card_recipes.py). The first scroll row has no pause of its own: every page
is drawn, from the recipes those earlier pauses recorded where they reached (the
whole map at 3,000 cards, not the top of one of 20,000); the cold row jumps
through a view just opened, with nothing readied at all (the worst case).

`editor_rows(journey_map, runs)` is called by run.py once per map size; the map
passed in is copied, never changed.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
from collections.abc import Callable

import benchclock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cjeditor.app import collector  # noqa: E402
from cjeditor.app.main import create_application  # noqa: E402
from cjeditor.canvas import MapView  # noqa: E402
from cjeditor.canvas.frozen import FrozenHeaders  # noqa: E402
from cjeditor.commands import (  # noqa: E402
    AddCardCommand,
    DeleteCardsCommand,
    EditCardFieldsCommand,
    MoveCardsCommand,
    SetEmotionScoreCommand,
)
from cjeditor.document import MapDocument  # noqa: E402
from cjeditor.model import JourneyMap  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
VIEW_SIZE = (1600, 1000)
SEE_S = 0.2  # a person sees a card this long, at least, before editing or dragging it


def _app() -> QApplication:
    """The editor's QApplication, set up as the editor sets it up."""
    return create_application([])


def _send(view: MapView, kind: QEvent.Type, pt: QPointF, button, buttons) -> None:
    vp = QPointF(view.mapFromScene(pt))
    event = QMouseEvent(kind, vp, QPointF(view.viewport().mapToGlobal(vp.toPoint())),
                        button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def open_view(journey_map: JourneyMap, size: tuple[int, int] = VIEW_SIZE,
              frozen: bool = False) -> MapView:
    """MapDocument + MapView shown and painted once. The view owns the document, as
    the editor's window does: a document left to Python's collector with commands on
    its undo stack can crash it (QUndoStack deletes commands whose wrappers are gone).
    `frozen`: with the stage and lane headers kept in view, as in the editor's window
    (app/window.py), which paints them on every scroll."""
    document = MapDocument(journey_map)
    view = MapView(document)
    document.setParent(view)
    if frozen:
        view._bench_frozen = FrozenHeaders(view)  # type: ignore[attr-defined]
    view.resize(*size)
    view.show()
    view.viewport().repaint()
    QApplication.processEvents()
    return view


def dispose(view: MapView) -> None:
    view.hide()
    view.map_scene.clear()
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _painted(view: MapView, action: Callable[[], object]) -> float:
    """Seconds from `action()` (a command, a scroll ...) to the frame it causes being
    painted: Qt repaints what changed when the event loop runs, as in the editor.
    If nothing was painted (nothing visible changed), the whole viewport is."""
    counter = getattr(view, "_bench_paints", None)
    if counter is None:
        counter = view._bench_paints = PaintCounter(view.viewport())  # type: ignore[attr-defined]
    before = counter.count
    start = benchclock.now()
    action()
    QApplication.processEvents()
    if counter.count == before:
        view.viewport().repaint()
    return benchclock.now() - start


def _look_at(view: MapView, card_id: str) -> None:
    """Bring the card into view, and wait as a person does before acting on what they
    see (SEE_S): the editor draws the pictures of the cards in view meanwhile."""
    item = view.map_scene.cards.get(card_id)
    if item is not None:
        view.centerOn(item)
    view.viewport().repaint()
    QApplication.processEvents()
    _idle(SEE_S)


def edit_rows(view: MapView, runs: int, seed: int = 11) -> list[tuple[str, float]]:
    """Each kind of edit `runs` times on random visible cards; medians."""
    doc = view.doc
    rng = random.Random(seed)
    lanes = [lane for lane in doc.map.lanes if lane.type == "touchpoints"]
    lane = lanes[0]
    emotions = [c.id for la in doc.map.lanes if la.type == "emotions" for c in la.cards]
    stages = [s.id for s in doc.map.stages]
    times: dict[str, list[float]] = {}

    def timed(name: str, card_id: str, command: Callable[[], object]) -> None:
        _look_at(view, card_id)
        times.setdefault(name, []).append(_painted(view, command))

    for i in range(runs):
        card = rng.choice(doc.lane(lane.id).cards)
        timed("edit: retitle", card.id, lambda c=card, t=f"{card.title} y {i}": view.run(
            EditCardFieldsCommand(doc, c.id, {"title": t})))
        card = rng.choice(doc.lane(lane.id).cards)
        add = AddCardCommand(doc, lane.id, card.stage, "touchpoint",
                             {"title": f"Nueva tarjeta {i}", "channel": "email"})
        timed("edit: add card", card.id, lambda a=add: view.run(a))
        card = rng.choice(doc.lane(lane.id).cards)
        other = stages[(stages.index(card.stage) + 1) % len(stages)]
        timed("edit: move to another cell", card.id, lambda c=card, o=other: view.run(
            MoveCardsCommand(doc, [(c.id, lane.id, o, 0)])))
        emo = rng.choice(emotions)
        score = (doc.card(emo).score + 3) % 5 - 2
        timed("edit: emotion score", emo, lambda e=emo, s=score: view.run(
            SetEmotionScoreCommand(doc, e, s)))
        card = rng.choice(doc.lane(lane.id).cards)
        timed("edit: delete card", card.id, lambda c=card: view.run(
            DeleteCardsCommand(doc, [c.id])))
        timed("edit: undo", card.id, doc.undo_stack.undo)
    return [(name, statistics.median(values)) for name, values in times.items()]


def drag_rows(view: MapView) -> list[tuple[str, float]]:
    """One card dragged across a few cells: each mouse move, then with a repaint."""
    scene = view.map_scene
    card_id = next(c.card_id for c in scene.geometry.cards.values() if c.kind == "touchpoint")
    item = scene.cards[card_id]
    view.centerOn(item)
    QApplication.processEvents()
    _idle(SEE_S)  # the person sees the card, then grabs it
    origin = item.sceneBoundingRect().center()
    _send(view, QEvent.Type.MouseButtonPress, origin, LEFT, LEFT)
    move_times, paint_times = [], []
    pt = origin
    for i in range(1, 61):
        pt = origin + QPointF(i * 7.0, (i % 10) * 3.0)
        handled: list[float] = []

        def move(p: QPointF = pt, out: list[float] = handled) -> None:
            start = benchclock.now()
            _send(view, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT)
            out.append(benchclock.now() - start)

        paint_times.append(_painted(view, move))
        move_times.append(handled[0])
    drop = _painted(view, lambda: _send(view, QEvent.Type.MouseButtonRelease, pt, LEFT,
                                        Qt.MouseButton.NoButton))
    return [("drag: mouse-move handler", statistics.median(move_times)),
            ("drag: mouse-move + repaint", statistics.median(paint_times)),
            ("drop: command to painted frame", drop)]


def _idle(seconds: float) -> None:
    """Let the event loop run with nothing to do, as while a person reads the screen."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _wheel(view: MapView) -> None:
    """One notch of the mouse wheel, down, over the middle of the view."""
    vp = view.viewport()
    pos = QPointF(vp.width() / 2, vp.height() / 2)
    QApplication.sendEvent(vp, QWheelEvent(
        pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False))


def scroll_rows(view: MapView, runs: int) -> list[tuple[str, float]]:
    """Scrolling at 100 %, three ways, each frame painted:
    - one screen at once (a page), again and again with no pause, down from the top:
      every screen is new, none drawn ahead. At 3,000 cards the edits' pauses have
      recorded every card's calls; at 20,000 they have not reached the top of the map
      (each pause readies the screens around its own card), so those pages are drawn
      from scratch, their card items made in the frame;
    - one screen after a pause of half a second (a person reading), down or right
      by turns: the editor draws the screens around the view ahead while it waits;
    - the wheel, notch after notch, through three screens with no pause."""
    view.zoom_reset()
    bar, across = view.verticalScrollBar(), view.horizontalScrollBar()
    bar.setValue(bar.minimum())
    QApplication.processEvents()
    jump = [_painted(view, lambda: bar.setValue(bar.value() + bar.pageStep()))
            for _ in range(max(runs, 5))]
    bar.setValue(bar.minimum())
    across.setValue(across.minimum())
    QApplication.processEvents()
    paused = []
    for i in range(max(runs, 6)):
        _idle(0.5)
        moved = bar if i % 2 == 0 else across
        paused.append(_painted(view, lambda b=moved: b.setValue(b.value() + b.pageStep())))
    bar.setValue(bar.minimum())
    across.setValue(across.minimum())
    QApplication.processEvents()
    wheel, start = [], bar.value()
    while bar.value() < min(start + 3 * bar.pageStep(), bar.maximum()):
        wheel.append(_painted(view, lambda: _wheel(view)))
    return [("scroll one screen at 100 % (painted)", statistics.median(jump)),
            ("scroll one screen after a pause (painted)", statistics.median(paused)),
            ("scroll by wheel, one notch (painted)", statistics.median(wheel)),
            ("scroll by wheel, slowest notch of 3 screens", max(wheel))]


def cold_scroll_row(journey_map: JourneyMap, runs: int) -> list[tuple[str, float]]:
    """One screen at once, again and again, in a view just opened: no pause at all,
    so nothing drawn or recorded ahead (the worst case)."""
    view = open_view(journey_map.model_copy(deep=True), frozen=True)
    try:
        view.zoom_reset()
        bar = view.verticalScrollBar()
        bar.setValue(bar.minimum())
        QApplication.processEvents()
        jump = [_painted(view, lambda: bar.setValue(bar.value() + bar.pageStep()))
                for _ in range(max(runs, 5))]
    finally:
        dispose(view)
    return [("scroll one screen, cold (view just opened)", statistics.median(jump))]


def view_rows(view: MapView, runs: int) -> list[tuple[str, float]]:
    """Zoom to fit, painted."""
    fit = []
    for _ in range(runs):
        view.zoom_reset()
        view.viewport().repaint()
        QApplication.processEvents()
        fit.append(_painted(view, view.zoom_to_fit))
    return [("zoom to fit (painted)", statistics.median(fit))]


def editor_rows(journey_map: JourneyMap, runs: int = 5) -> list[tuple[str, float]]:
    """The editor's rows, under the editor's garbage-collector policy (app/main.py
    sets it at start-up): without it, a full collection of the map's objects lands in
    the middle of a frame now and then, which the editor does not do."""
    _app()
    thresholds = gc.get_threshold()
    collector.tune()
    try:
        cold = cold_scroll_row(journey_map, runs)
        view = open_view(journey_map.model_copy(deep=True), frozen=True)
        try:
            return [*edit_rows(view, runs), *drag_rows(view), *scroll_rows(view, runs),
                    *cold, *view_rows(view, runs)]
        finally:
            dispose(view)
    finally:
        gc.set_threshold(*thresholds)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from genmap import make_map

    for cards in [int(a) for a in sys.argv[1:]] or [3_000]:
        for name, seconds in editor_rows(make_map(cards)):
            print(f"{cards:>6} {name:<40} {seconds * 1000:9.1f} ms")
