"""Zooming keeps the designer's place: keys, menus and the toolbar zoom around the
middle of the view, the wheel around the point under the pointer, wherever the view
was scrolled to (Qt's own anchor used the last point the mouse had moved over, and
a view scrolled by keys or wheel, or never visited by the mouse, jumped to another
part of the map: its top-left corner)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose, make_view  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from genmap import make_map  # noqa: E402


@pytest.fixture
def scrolled_view(qapp):
    view = make_view(make_map(600), (900, 700))
    view.set_zoom(1.0)
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue((bar.minimum() + bar.maximum()) // 2 + 37)  # by the scroll bars
    QApplication.processEvents()
    yield view
    dispose(view)


def _scene_at(view, point: QPointF) -> QPointF:
    return view.viewportTransform().inverted()[0].map(point)


def _middle(view) -> QPointF:
    return QRectF(view.viewport().rect()).center()


def test_keys_and_menus_zoom_around_the_middle_of_the_view(scrolled_view):
    view = scrolled_view
    before = _scene_at(view, _middle(view))
    assert before.x() > 300 and before.y() > 300  # well inside the map, not its corner
    for zoom, tolerance in ((view.zoom_out, 1 / 0.8), (view.zoom_out, 1 / 0.64),
                            (view.zoom_in, 1 / 0.8), (view.zoom_in, 1.0)):
        zoom()
        QApplication.processEvents()
        after = _scene_at(view, _middle(view))
        # scroll bars move by whole pixels: within a pixel of the point kept
        assert abs(after.x() - before.x()) <= tolerance
        assert abs(after.y() - before.y()) <= tolerance
    assert view.zoom() == pytest.approx(1.0)


def test_the_wheel_zooms_around_the_point_under_the_pointer(scrolled_view):
    view = scrolled_view
    pointer = QPointF(210.0, 160.0)
    under = _scene_at(view, pointer)
    for notch in (-120, -120, 120):
        QApplication.sendEvent(view.viewport(), QWheelEvent(
            pointer, QPointF(view.viewport().mapToGlobal(pointer.toPoint())), QPoint(0, 0),
            QPoint(0, notch), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        QApplication.processEvents()
        now = _scene_at(view, pointer)
        assert abs(now.x() - under.x()) <= 1 / view.zoom()
        assert abs(now.y() - under.y()) <= 1 / view.zoom()
    assert view.zoom() == pytest.approx(0.8)
