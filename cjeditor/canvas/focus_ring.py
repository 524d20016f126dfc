"""Where the keyboard is on the canvas: a dotted ring around the current object.

While the map view has the keyboard focus, the object the arrow keys move from
(the last selected card, else the selected stage, lane or phase) gets a focus
ring (overlay.draw_focus, style FOCUS) outside its selection outline. It goes
when the focus leaves the view (an inline editor, a dock) and follows the object
through layout changes and zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjeditor.canvas.overlay import FOCUS_GAP_PX, SELECTION_PX, draw_focus

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

RING_Z = 60.0  # above cards, headers and the drop indicator


def outline(item: Any) -> QRectF:
    """The object's own box in the scene (its bounding rect also holds tails and marks)."""
    box = getattr(item, "_rect", None)
    rect = item.mapRectToScene(box) if isinstance(box, QRectF) else item.sceneBoundingRect()
    return QRectF(rect)


class FocusRingItem(QGraphicsItem):
    """The ring itself: paints around `target` and takes no mouse or selection."""

    def __init__(self) -> None:
        super().__init__()
        self.target = QRectF()
        self.zoom = 1.0
        self.setZValue(RING_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def place(self, target: QRectF, zoom: float) -> None:
        self.prepareGeometryChange()
        self.target, self.zoom = QRectF(target), max(zoom, 0.01)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        pad = (FOCUS_GAP_PX + 2 * SELECTION_PX) / self.zoom
        return self.target.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        draw_focus(painter, self.target.adjusted(-1.5, -1.5, 1.5, 1.5))


class FocusRing(QObject):
    """Keeps one FocusRingItem on the view's scene around the current object."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.item: FocusRingItem | None = None
        view.installEventFilter(self)
        scene = view.map_scene
        scene.selectionChanged.connect(self.update)
        scene.relaid_out.connect(self.update)
        view.zoom_changed.connect(lambda _zoom: self.update())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def current(self) -> str | None:
        """The id the ring goes around (None: no ring)."""
        view = self.view
        if not shiboken6.isValid(view) or not view.hasFocus():
            return None
        try:
            ids = view.selected_ids()
        except RuntimeError:  # the scene is being torn down
            return None
        cards = [i for i in ids if view.doc.has_card(i)]
        return (cards or ids)[-1] if ids else None

    def update(self) -> None:
        object_id = self.current()
        item: Any = self.view.map_scene.item_for(object_id) if object_id else None
        ring = self.item if self.item is not None and shiboken6.isValid(self.item) else None
        if item is None:
            if ring is not None:
                ring.hide()
            return
        if ring is None or ring.scene() is not self.view.map_scene:
            ring = self.item = FocusRingItem()  # (the scene's clear() deleted the old one)
            self.view.map_scene.addItem(ring)
        ring.place(outline(item), self.view.zoom())
        ring.show()
        ring.update()
