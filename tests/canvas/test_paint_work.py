"""How much the canvas paints and makes (issue 9): a scroll repaints only the strip
that comes into view, also with the frozen header strips shown; card items are
made for what a view shows, none when it is zoomed out to sketches; a render of
a place no view has shown includes its cards."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import MapView
from cjeditor.canvas.frozen import FrozenHeaders
from cjeditor.canvas.sketch import SKETCH_ZOOM
from cjeditor.document import MapDocument

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from genmap import make_map  # noqa: E402

SIZE = (1000, 800)


class PaintedArea(QObject):
    """Pixels a widget is asked to repaint."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.pixels = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.pixels += sum(r.width() * r.height() for r in event.region())
        return False


@pytest.fixture
def big_view(qapp):
    document = MapDocument(make_map(1_500))
    view = MapView(document)
    document.setParent(view)  # owned, as in the editor's window (canvas_helpers.make_view)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    yield view
    dispose(view)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_scroll_repaints_only_the_strip_that_comes_into_view_under_frozen_headers(big_view):
    view = big_view
    frozen = FrozenHeaders(view)
    view.horizontalScrollBar().setValue(400)
    view.verticalScrollBar().setValue(2000)
    _settle()
    assert frozen.stages.isVisible() and frozen.lanes.isVisible()
    painted = PaintedArea(view.viewport())
    bar = view.verticalScrollBar()
    for _ in range(5):
        painted.pixels = 0
        bar.setValue(bar.value() + 40)
        _settle()
        width = view.viewport().width()
        assert 0 < painted.pixels <= width * 40, "the whole view was repainted"


def test_items_are_made_for_the_screen_shown_and_none_far_out(big_view):
    view = big_view
    scene = view.map_scene
    view._prefetch.setInterval(60_000)  # the cards around the view: not in this test

    def cards_in(rect: QRectF) -> set[str]:
        return {cid for cid, g in scene.geometry.cards.items()
                if QRectF(g.rect.x, g.rect.y, g.rect.w, g.rect.h).intersects(rect)}

    bar = view.verticalScrollBar()
    for _ in range(3):  # a screen down: the items of that screen, and only those
        before = set(scene.cards.made)
        bar.setValue(bar.value() + bar.pageStep())
        _settle()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert cards_in(shown) <= set(scene.cards.made)
        assert set(scene.cards.made) - before <= cards_in(shown.adjusted(-8, -8, 8, 8))
    made = len(scene.cards.made)
    view.zoom_to_fit()
    _settle()
    assert view.zoom() < SKETCH_ZOOM
    assert len(scene.cards.made) == made  # sketched lanes need no card items


def test_a_render_of_a_place_no_view_showed_has_its_cards(big_view):
    scene = big_view.map_scene
    lane = scene.geometry.lanes[-1]
    source = QRectF(0, lane.y, scene.geometry.width, lane.height)
    assert not any(scene.geometry.cards[c].rect.y >= lane.y for c in scene.cards.made)

    def picture() -> QImage:
        image = QImage(int(source.width() / 4), int(source.height() / 4),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
        return image

    first = picture()
    assert any(scene.geometry.cards[c].rect.y >= lane.y for c in scene.cards.made)
    assert picture() == first  # nothing was missing the first time
