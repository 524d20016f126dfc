"""Prepaint: while a view stands still, the cards a screen away are drawn ahead.

Once scrolling pauses (MapView's prefetch timer), the pictures of the cards in
view (drawn straight on the screen when they were first shown) are made, then the
card items of the screens above, below, left and right of the view are made and
their pictures drawn (card_pictures.prime), nearest first, a few milliseconds at a
time so input is never kept waiting. A page scrolled into is then copied, not
drawn.

Then, still in the pause, the screens further away are readied one by one, the
nearest first: its card items are made and their recipes recorded
(card_recipes.py), so that a page further away, with no picture, is played rather
than drawn from scratch. Pictures hold pixels (about eight screens are kept);
recipes hold calls, small enough to keep for every card shown. A pause readies the
READY_SCREENS screens nearest the view (a whole map of 3,000 cards, about a
quarter of one of 20,000), and makes card items only while fewer than READY_CARDS
exist: items and recipes are long-lived objects, and readying all of a big map
made one of Python's collections of young objects take 200 ms, and a drag's
bookkeeping in the scene (its index of every item) four times heavier.

Between the two, the cards a zoom step out would show, then those a step in would,
are recorded at that step's scale (each card keeps three recipes): one step out,
small text becomes bars and far out cards become plain boxes (one step in, back),
so the recipes of the scale shown would not serve, and some 500 cards would be
drawn anew in one frame (measured at 3,000 cards: 150-210 ms a step out at 51-33 %,
about half that with them).

Any scroll or zoom stops it; the next pause starts it again from where the view
is (cards ready already are passed over quickly).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene

from cjeditor.canvas import card_pictures
from cjeditor.canvas.items import CardItem
from cjeditor.canvas.sketch import SKETCH_ZOOM

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

SLICE_S = 0.004  # drawing ahead gives the event loop back this often
REACH = 1.0  # screens drawn ahead on each side of the view
READY_SCREENS = 60  # screens readied around the view in a pause (items made, recipes kept)
READY_CARDS = 6_000  # beyond this many card items, a pause makes no more (records only)


class Prepainter(QObject):
    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.pending: list[QRectF] = []  # screens whose items are still to be made
        self.queue: list[CardItem] = []  # items to draw ahead, the nearest last
        # areas whose cards' recipes to record, each with the factor of the zoom at which
        # the view would show it, the next last: what a zoom step out, then in, would
        # show; then the map's other screens, the nearest last
        self.steps: list[tuple[QRectF, float]] = []
        self.further: list[tuple[QRectF, float]] = []
        self.to_record: list[CardItem] = []  # the items of the area taken, the nearest last
        self.factor = 1.0  # that area's zoom factor
        self.centre = QPointF()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._work)

    def areas(self) -> list[QRectF]:
        """The view, then the screens around it (scene coordinates): above, below,
        left, right."""
        view = self.view
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        w, h = shown.width() * REACH, shown.height() * REACH
        return [shown, shown.adjusted(0, -h, 0, 0), shown.adjusted(0, 0, 0, h),
                shown.adjusted(-w, 0, 0, 0), shown.adjusted(0, 0, w, 0)]

    def start(self) -> None:
        """Begin with the view, then the screens around it: their items are made one
        screen a slice and queued nearest first; then their pictures are drawn."""
        view = self.view
        self.centre = view.mapToScene(view.viewport().rect().center())
        self.pending = self.areas()
        self.queue, self.to_record = [], []
        self.steps = self._zoom_steps()[::-1]  # the step out first
        self.further = [(area, 1.0) for area in self._screens()[-READY_SCREENS:]]
        self.timer.start()

    def _zoom_steps(self) -> list[tuple[QRectF, float]]:
        """What the view shows one zoom step out and one step in, with the factor of
        each step's scale (none where cards are sketched, or past the zoom limits)."""
        from cjeditor.canvas.view import MAX_ZOOM, STEP  # view.py imports this module

        view = self.view
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        whole = view.map_scene.sceneRect()
        steps = []
        for factor in (1 / STEP, STEP):
            if not SKETCH_ZOOM <= view.zoom() * factor <= MAX_ZOOM:
                continue
            area = QRectF(shown)
            area.setSize(area.size() / factor * 1.02)  # scrolling rounds to whole pixels
            area.moveCenter(self.centre)
            # the view cannot show beyond the map: at an edge it zooms out away from it
            dx = max(whole.left() - area.left(), 0.0) or min(whole.right() - area.right(), 0.0)
            dy = max(whole.top() - area.top(), 0.0) or min(whole.bottom() - area.bottom(), 0.0)
            steps.append((area.translated(dx, dy), factor))
        return steps

    def _screens(self) -> list[QRectF]:
        """The map cut into screens the size of the view, the nearest to it last."""
        view, centre = self.view, self.centre
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        w, h = shown.width(), shown.height()
        whole = view.map_scene.sceneRect()
        if w <= 0 or h <= 0 or whole.isEmpty():
            return []
        # a grid aligned with the view, covering the map
        x0 = shown.left() - w * math.ceil((shown.left() - whole.left()) / w)
        y0 = shown.top() - h * math.ceil((shown.top() - whole.top()) / h)
        columns = max(1, math.ceil((whole.right() - x0) / w))
        rows = max(1, math.ceil((whole.bottom() - y0) / h))
        screens = [QRectF(x0 + i * w, y0 + j * h, w, h)
                   for i in range(columns) for j in range(rows)]
        screens.sort(key=lambda r: _squared(r.center() - centre), reverse=True)
        return screens

    def _take(self, area: QRectF) -> None:
        """Make the items of `area` and queue them, the nearest to the view last."""
        scene, centre = self.view.map_scene, self.centre
        scene.reveal(area)
        queued = {id(item) for item in self.queue}
        self.queue += [item for item in scene.items(area)
                       if isinstance(item, CardItem) and id(item) not in queued]
        self.queue.sort(key=lambda item: _squared(item.sceneBoundingRect().center() - centre),
                        reverse=True)

    def stop(self) -> None:
        self.pending, self.queue, self.steps, self.further, self.to_record = [], [], [], [], []
        self.timer.stop()

    def _work(self) -> None:
        view = self.view
        if not view.isVisible():
            self.stop()
            return
        if self.pending:
            self._take(self.pending.pop(0))
            self.timer.start()
            return
        to_viewport = view.viewportTransform()
        ratio = view.viewport().devicePixelRatioF()
        scene = view.map_scene
        end = time.perf_counter() + SLICE_S
        while self.queue and time.perf_counter() < end:
            item = self.queue.pop()
            if _still_shown(item, scene):
                card_pictures.prime(item, item.deviceTransform(to_viewport), ratio)
        if not self.queue:
            self._record(self.steps, to_viewport, ratio, end)
            if not (self.steps or self.to_record):
                self._record(self.further, to_viewport, ratio, end)
        if self.queue or self.steps or self.to_record or self.further:
            self.timer.start()

    def _record(self, areas: list[tuple[QRectF, float]], to_viewport: QTransform,
                ratio: float, end: float) -> None:
        """Record, until `end`, the recipes of the cards of `areas` (taken from the end),
        each at the scale its area's zoom would show it at, the nearest to the view
        first; their items are made first while fewer than READY_CARDS exist."""
        scene = self.view.map_scene
        while time.perf_counter() < end and (self.to_record or areas):
            if not self.to_record:
                area, self.factor = areas.pop()
                if len(scene.cards.made) < READY_CARDS:
                    scene.reveal(area)
                centre = self.centre
                self.to_record = sorted(
                    (item for item in scene.items(area) if isinstance(item, CardItem)),
                    key=lambda item: _squared(item.sceneBoundingRect().center() - centre),
                    reverse=True)
                continue
            item = self.to_record.pop()
            if _still_shown(item, scene):
                scale = card_pictures.plain_scale(item.deviceTransform(to_viewport))
                if scale is not None:
                    item.recipe_for(scale * ratio * self.factor)


def _squared(d: QPointF) -> float:
    """The square of a distance (to sort by)."""
    return QPointF.dotProduct(d, d)


def _still_shown(item: CardItem, scene: QGraphicsScene) -> bool:
    """Whether a queued item is still shown in `scene` and not being resized."""
    try:
        shown = item.scene() is scene and item.isVisible()
    except RuntimeError:  # deleted with its scene's items since it was queued
        return False
    return shown and item.preview_width is None
