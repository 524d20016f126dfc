"""Gesture helpers for canvas tests: mouse events sent to the viewport, palette drops."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import MapView
from cjeditor.document import MapDocument
from cjeditor.model import JourneyMap

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def make_view(journey_map: JourneyMap, size=(1500, 1100)) -> MapView:
    document = MapDocument(journey_map)
    view = MapView(document)
    # the view owns its document, as the editor's window does: a document left to
    # Python's collector with commands on its undo stack can crash it later
    document.setParent(view)
    view.resize(*size)
    view.show()
    QApplication.processEvents()
    return view


def dispose(view: MapView) -> None:
    view.hide()
    view.map_scene.clear()
    view.close()
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _mouse(view, kind, scene_pt, button=LEFT, buttons=LEFT, modifiers=NONE):
    vp = QPointF(view.mapFromScene(scene_pt))
    glob = QPointF(view.viewport().mapToGlobal(vp.toPoint()))
    event = QMouseEvent(kind, vp, glob, button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def press(view, pt, button=LEFT, modifiers=NONE):
    _mouse(view, QEvent.Type.MouseButtonPress, pt, button, button, modifiers)


def move(view, pt, buttons=LEFT, modifiers=NONE):
    _mouse(view, QEvent.Type.MouseMove, pt, Qt.MouseButton.NoButton, buttons, modifiers)


def release(view, pt, button=LEFT, modifiers=NONE):
    _mouse(view, QEvent.Type.MouseButtonRelease, pt, button, Qt.MouseButton.NoButton,
           modifiers)


def drag(view, start, end, steps=5, button=LEFT, modifiers=NONE):
    press(view, start, button, modifiers)
    for i in range(1, steps + 1):
        t = i / steps
        move(view, QPointF(start.x() + (end.x() - start.x()) * t,
                           start.y() + (end.y() - start.y()) * t), button, modifiers)
    release(view, end, button, modifiers)


def double_click(view, pt):
    press(view, pt)
    release(view, pt)
    _mouse(view, QEvent.Type.MouseButtonDblClick, pt)
    release(view, pt)


def palette_drop(view, scene_pt, fmt, data) -> tuple[bool, QDropEvent]:
    """Drag enter / move / drop of palette data; returns (move accepted, drop event)."""
    mime = QMimeData()
    mime.setData(fmt, json.dumps(data).encode("utf-8"))
    pos = view.mapFromScene(scene_pt)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, NONE)
    QApplication.sendEvent(view.viewport(), enter)
    move_event = QDragMoveEvent(pos, actions, mime, Qt.MouseButton.LeftButton, NONE)
    QApplication.sendEvent(view.viewport(), move_event)
    accepted = move_event.isAccepted()
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, NONE)
    QApplication.sendEvent(view.viewport(), drop)
    return accepted, drop


def center_of(item) -> QPointF:
    return item.sceneBoundingRect().center()

