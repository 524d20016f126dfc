"""Card pictures (issue 9): on screen a card is a kept picture of itself, drawn anew
when what it shows changes; while the view stands still the cards a screen away
are drawn ahead, so the page scrolled into after a pause is copied, not drawn, and
looks exactly as if it had been drawn then."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import MapView, card_pictures
from cjeditor.commands import EditCardFieldsCommand
from cjeditor.document import MapDocument

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from genmap import make_map  # noqa: E402

SIZE = (900, 700)


def _idle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _open(journey_map) -> MapView:
    view = MapView(MapDocument(journey_map))
    view.resize(*SIZE)
    view.show()
    view.viewport().repaint()
    QApplication.processEvents()
    return view


@pytest.fixture
def renders(monkeypatch):
    """Counts the card pictures drawn (not copied)."""
    count = [0]
    draw = card_pictures._render

    def counted(*args):
        count[0] += 1
        return draw(*args)

    monkeypatch.setattr(card_pictures, "_render", counted)
    card_pictures.KEPT.clear()
    return count


@pytest.fixture
def big_map():
    return make_map(600)


def _page_down(view: MapView) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + bar.pageStep())
    view.viewport().repaint()
    QApplication.processEvents()


def test_after_a_pause_the_next_page_is_copied_not_drawn(qapp, renders, big_map):
    view = _open(big_map)
    try:
        _page_down(view)  # no pause before it: its cards are drawn as they are shown
        assert renders[0] > 10
        _idle(600)  # the view stands still: the screens around it are drawn ahead
        ahead = renders[0]
        assert ahead > 10
        _page_down(view)
        assert renders[0] == ahead  # every card of the new page was ready
    finally:
        dispose(view)


def test_a_page_drawn_ahead_looks_as_if_drawn_when_shown(qapp, big_map):
    card_pictures.KEPT.clear()
    ahead = _open(big_map.model_copy(deep=True))
    fresh = _open(big_map.model_copy(deep=True))
    try:
        _idle(600)
        _page_down(ahead)
        card_pictures.KEPT.clear()
        _page_down(fresh)
        assert ahead.grab().toImage() == fresh.grab().toImage()
    finally:
        dispose(ahead)
        dispose(fresh)


def test_an_edited_card_is_drawn_anew_and_undo_restores_its_pixels(qapp, big_map):
    view = _open(big_map)
    try:
        card = next(c for c in view.doc.map.lanes[1].cards)
        view.centerOn(view.map_scene.cards[card.id])
        view.viewport().repaint()
        QApplication.processEvents()
        before = view.grab().toImage()
        view.run(EditCardFieldsCommand(view.doc, card.id, {"title": "¿Otra cosa? ¡Sí! 49 €"}))
        view.viewport().repaint()
        QApplication.processEvents()
        assert view.grab().toImage() != before
        view.doc.undo_stack.undo()
        view.viewport().repaint()
        QApplication.processEvents()
        assert view.grab().toImage() == before
    finally:
        dispose(view)


def test_kept_pictures_stay_within_their_budget(qapp, monkeypatch, big_map):
    monkeypatch.setattr(card_pictures, "BUDGET", 2_000_000)
    card_pictures.KEPT.clear()
    view = _open(big_map)
    try:
        for _ in range(4):
            _page_down(view)
        assert 0 < card_pictures.KEPT.size <= 2_000_000 + 200_000  # one picture over at most
        assert card_pictures.KEPT.size == sum(i.sizeInBytes()
                                              for i in card_pictures.KEPT.images.values())
    finally:
        dispose(view)
        card_pictures.KEPT.clear()


def test_drawing_ahead_skips_items_deleted_since_they_were_queued(qapp, big_map):
    view = _open(big_map)
    try:
        ahead = view.prepainter
        ahead.start()
        while ahead.pending:
            ahead._work()
        queued = len(ahead.queue)
        assert queued > 10
        view.map_scene.clear()  # deletes every item still queued
        ahead._work()  # must not touch them
        assert len(ahead.queue) < queued
    finally:
        dispose(view)
