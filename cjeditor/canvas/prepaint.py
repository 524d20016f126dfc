"""Prepaint: while a view stands still, the cards a screen away are drawn ahead.

Once scrolling pauses (MapView's prefetch timer), the pictures of the cards in
view (drawn straight on the screen when they were first shown) are made, then the
card items of the screens above, below, left and right of the view are made and
their pictures drawn (card_pictures.prime), nearest first, a few milliseconds at a
time so input is never kept waiting. A page scrolled into is then copied, not
drawn. Any scroll or zoom stops it; the next pause starts it again from where the
view is.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer

from cjeditor.canvas import card_pictures
from cjeditor.canvas.items import CardItem

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

SLICE_S = 0.004  # drawing ahead gives the event loop back this often
REACH = 1.0  # screens drawn ahead on each side of the view


class Prepainter(QObject):
    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.pending: list[QRectF] = []  # screens whose items are still to be made
        self.queue: list[CardItem] = []  # items to draw ahead, the nearest last
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
        self.queue = []
        self.timer.start()

    def _take(self, area: QRectF) -> None:
        """Make the items of `area` and queue them, the nearest to the view last."""
        scene, centre = self.view.map_scene, self.centre
        scene.reveal(area)
        queued = {id(item) for item in self.queue}
        self.queue += [item for item in scene.items(area)
                       if isinstance(item, CardItem) and id(item) not in queued]

        def distance(item: CardItem) -> float:
            d = item.sceneBoundingRect().center() - centre
            return QPointF.dotProduct(d, d)

        self.queue.sort(key=distance, reverse=True)

    def stop(self) -> None:
        self.pending, self.queue = [], []
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
            try:
                shown = item.scene() is scene and item.isVisible()
            except RuntimeError:  # deleted with its scene's items since it was queued
                continue
            if shown and item.preview_width is None:
                card_pictures.prime(item, item.deviceTransform(to_viewport), ratio)
        if self.queue:
            self.timer.start()
