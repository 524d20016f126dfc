"""Card pictures (issue 9): on screen a card is a kept picture of itself, made anew
when what it shows changes; a card with no picture yet is drawn straight on the
screen, and while the view stands still the pictures of the cards in view and a
screen away are made, so the page scrolled into after a pause is copied, not
drawn, and looks exactly as if it had been drawn then."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import MapView, card_pictures
from cjeditor.canvas.items import CardItem
from cjeditor.commands import EditCardFieldsCommand

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_editor import open_view  # noqa: E402
from genmap import make_map  # noqa: E402

SIZE = (900, 700)
ROUNDING = 2  # levels of 255 a blended picture and a card drawn straight may differ


def _idle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


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
    """One screen down, painted once, as a Page Down key is."""
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + bar.pageStep())
    QApplication.processEvents()


@pytest.fixture
def direct():
    """Counts the cards drawn straight on the screen (no picture kept for them), by
    the count the view reads to start a pause."""
    start = card_pictures.FRAMES.straight
    return lambda: card_pictures.FRAMES.straight - start


def test_after_a_pause_the_next_page_is_copied_not_drawn(qapp, renders, direct, big_map):
    view = open_view(big_map, SIZE)
    try:
        _page_down(view)  # no pause before it: its cards are drawn as they are shown;
        # pictures are made only of those painted again (the rows the page step keeps)
        assert direct() > 10 and renders[0] < direct() / 3
        shown = direct()
        _idle(600)  # the view stands still: the pictures of the cards in view and of
        ahead = renders[0]  # the screens around it are made
        assert ahead > shown
        view.viewport().repaint()
        QApplication.processEvents()
        assert direct() == shown  # the cards in view are copied now
        _page_down(view)
        assert renders[0] == ahead  # every card of the new page was ready
        assert direct() == shown
    finally:
        dispose(view)


def _shown(view: MapView) -> Image.Image:
    """The viewport's pixels."""
    data = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (data.width(), data.height()), bytes(data.constBits()),
                           "raw", "RGB", data.bytesPerLine())


def _worst_difference(a: Image.Image, b: Image.Image) -> int:
    """The largest difference of any colour channel of any pixel, 0 to 255."""
    return max(high for _low, high in ImageChops.difference(a, b).getextrema())


def test_a_card_drawn_straight_looks_as_its_picture(qapp, direct, big_map):
    view = open_view(big_map, SIZE)
    try:
        _page_down(view)
        # a card's title cut by the view's left edge, in the middle of its letters
        shown_now = view.mapToScene(view.viewport().rect()).boundingRect()
        card = next(i for i in view.map_scene.items(shown_now) if isinstance(i, CardItem)
                    and i.card.kind != "emotion" and i.x() > shown_now.left() + 100)
        cut = view.mapFromScene(card.geom.title.rect.x + 20.5, 0).x()
        across = view.horizontalScrollBar()
        across.setValue(across.value() + cut)
        QApplication.processEvents()
        assert abs(view.mapFromScene(card.geom.title.rect.x + 20.5, 0).x()) <= 1
        _idle(600)  # the pictures of the cards in view are made
        shown = direct()
        copied = _shown(view)
        assert direct() == shown
        card_pictures.KEPT.clear()
        for item in view.map_scene.cards.values():
            item.shown = None  # as if never painted: drawn straight again
        drawn = _shown(view)
        assert direct() > shown + 10
        # a picture is blended onto the screen, a card drawn straight is not: the
        # edges of letters and curves may round one level apart
        assert _worst_difference(drawn, copied) <= ROUNDING
    finally:
        dispose(view)


def test_a_page_drawn_ahead_looks_as_if_drawn_when_shown(qapp, big_map):
    card_pictures.KEPT.clear()
    ahead = open_view(big_map.model_copy(deep=True), SIZE)
    fresh = open_view(big_map.model_copy(deep=True), SIZE)
    try:
        _idle(600)
        _page_down(ahead)
        card_pictures.KEPT.clear()
        _page_down(fresh)
        assert _worst_difference(_shown(ahead), _shown(fresh)) <= ROUNDING
    finally:
        dispose(ahead)
        dispose(fresh)


def test_an_edited_card_is_drawn_anew_and_undo_restores_its_pixels(qapp, big_map):
    view = open_view(big_map, SIZE)
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
    view = open_view(big_map, SIZE)
    try:
        for _ in range(4):
            _page_down(view)
            _idle(300)  # pictures are made while the view stands still
        assert 0 < card_pictures.KEPT.size <= 2_000_000 + 200_000  # one picture over at most
        assert card_pictures.KEPT.size == sum(i.sizeInBytes()
                                              for i in card_pictures.KEPT.images.values())
    finally:
        dispose(view)
        card_pictures.KEPT.clear()


def test_drawing_ahead_skips_items_deleted_since_they_were_queued(qapp, big_map):
    view = open_view(big_map, SIZE)
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


def _repaint(view: MapView) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


def test_a_card_painted_again_soon_gets_its_picture(qapp, renders, direct, big_map):
    view = open_view(big_map, SIZE)
    try:
        _page_down(view)
        before = renders[0]
        _repaint(view)  # the next frame paints the same cards (a selection band, an edit)
        made = renders[0] - before
        assert made > 10
        shown = direct()
        _repaint(view)
        assert renders[0] == before + made and direct() == shown  # copied now
    finally:
        dispose(view)


def test_a_page_seen_long_ago_is_drawn_straight_again(qapp, renders, direct, big_map):
    view = open_view(big_map, SIZE)
    try:
        _page_down(view)
        shown, before = direct(), renders[0]
        for _ in range(card_pictures.RECENT + 1):
            card_pictures.FRAMES.next()  # frames painted elsewhere meanwhile
        _repaint(view)
        assert renders[0] == before  # no pictures made in a hurry
        assert direct() - shown > 10  # drawn straight again
    finally:
        dispose(view)


def test_only_a_plain_scale_and_move_has_a_scale(qapp):
    """Pictures are kept for the views' transforms only: anything rotated, sheared,
    stretched or projected is drawn as it is."""
    assert card_pictures.plain_scale(QTransform(1.5, 0, 0, 1.5, 10.25, -3.5)) == 1.5
    assert card_pictures.plain_scale(QTransform()) == 1.0
    assert card_pictures.plain_scale(QTransform().rotate(30).scale(2, 2)) is None
    assert card_pictures.plain_scale(QTransform().shear(0.2, 0)) is None
    assert card_pictures.plain_scale(QTransform.fromScale(2, 1)) is None
    assert card_pictures.plain_scale(QTransform.fromScale(-1, -1)) is None
    assert card_pictures.plain_scale(QTransform(1, 0, 0.001, 0, 1, 0, 0, 0, 1)) is None
    assert card_pictures.plain_scale(QTransform(1, 0, 0, 0, 1, 0, 0, 0, 2)) is None
