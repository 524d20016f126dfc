"""Card recipes (issue 9): a card's QPainter calls, recorded once and played back,
draw exactly what drawing it anew draws, at every scale the recipe serves; it is
recorded again when the card changes or a choice on the scale flips; and while the
view stands still the whole map's cards are readied (items made, recipes kept)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QPointF, QRectF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import MapView, card_recipes
from cjeditor.canvas.items import LOD_BOX, CardItem
from cjeditor.canvas.qtpen import GREEK_PX
from cjeditor.commands import EditCardFieldsCommand
from cjeditor.fileio import load

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose, move, press, release  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_editor import open_view  # noqa: E402
from genmap import make_map  # noqa: E402

# 1.0 first (recorded there), then scales the same recipe serves or does not: text
# becoming bars, a card becoming a plain box below LOD_BOX, and back
SCALES = (1.0, 0.6, 0.5, 0.35, LOD_BOX + 0.01, LOD_BOX - 0.01, 0.2, 0.45, 1.7, 3.0)


def _idle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _idle_until(done, seconds: float = 15.0) -> None:
    """Let the event loop run, as while a person reads, until `done()` (a slow machine
    readies more slowly); the assertions after it say what was expected."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        _idle(100)


def _resting(view: MapView) -> bool:
    """Whether the view has nothing more to ready (its pause's work is done)."""
    return not (view._prefetch.isActive() or view.prepainter.timer.isActive())


def _image(item: CardItem, scale: float, paint) -> QImage:
    """`paint(painter, scale)` of the item on a white image at `scale`."""
    bx, by, bw, bh = item.box
    image = QImage(int(bw * scale) + 2, int(bh * scale) + 2,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.translate(0.37, 0.61)  # off the pixel grid, as cards mostly are
    painter.scale(scale, scale)
    painter.translate(-bx, -by)
    paint(painter, scale)
    painter.end()
    return image


@pytest.fixture
def example_view(qapp, example_map_path):
    view = open_view(load(example_map_path), (1400, 900))
    yield view
    dispose(view)


def _all_items(view: MapView) -> list[CardItem]:
    cards = view.map_scene.cards
    return [cards[card_id] for card_id in list(cards)]


def test_a_played_recipe_draws_what_drawing_anew_draws_at_every_scale(example_view):
    items = _all_items(example_view)
    kinds = {item.card.kind for item in items}
    assert len(items) > 20 and {"emotion", "image", "metric", "feedback"} <= kinds, kinds
    recorded = 0
    for item in items:
        for scale in SCALES:
            before = item.recipe
            played = _image(item, scale, lambda p, s, i=item: i.recipe_for(s).play(p))
            recorded += item.recipe is not before
            assert played == _image(item, scale, item._draw), (item.card.title, scale)
            assert played == _image(item, scale, item.paint_card)
    # one recipe served several scales; the flips of a choice made new ones
    assert len(items) * 2 <= recorded <= len(items) * (len(SCALES) - 3)


def test_most_lines_of_text_are_kept_laid_out_and_draw_the_same(example_view):
    """A line is kept as its QTextLayout (not laid out again on each frame) unless it
    holds right-to-left letters or a format character; either way it draws what
    drawText draws (so does every card of the test above, at every scale)."""
    recipes = [item.recipe_for(1.0) for item in _all_items(example_view)]
    drawn = sum(op[0] == card_recipes.TEXT for r in recipes for op in r.ops)
    counts = [r.objects[op[1]].lineCount() for r in recipes for op in r.ops
              if op[0] == card_recipes.LINE]
    laid = sum(counts)
    assert laid > 200 and drawn < laid / 10, (laid, drawn)
    # the lines of a title, or of a text, share a layout
    assert len(counts) < laid * 0.75 and max(counts) >= 3, (len(counts), laid, max(counts))
    view = example_view
    card_id = next(i.object_id for i in _all_items(view) if i.card.kind == "note")
    for title, laid_out in [("Árbol ¿ñandú? € “sí”", True), ("Pago 💳 con tarjeta", True),
                            ("★ ★ favorito", True), ("café\u0301 naïve", True),
                            ("مرحبا بالعالم", False), ("ida\u200fvuelta", False),
                            # a title of several lines: one layout; then with a
                            # line to shape in the middle: three
                            ("Árbol ¿ñandú? € “sí”, compra en la tienda del barrio y "
                             "pago con tarjeta ¡ya!", True),
                            ("Compra en la tienda del barrio 💳 pago con tarjeta y "
                             "envío “gratis” ¿a casa? ¡sí!", True)]:
        view.run(EditCardFieldsCommand(view.doc, card_id, {"title": title}))
        QApplication.processEvents()
        item = view.map_scene.cards[card_id]
        for scale in (1.0, 1.7):
            played = _image(item, scale, lambda p, s, i=item: i.recipe_for(s).play(p))
            assert played == _image(item, scale, item._draw), (title, scale)
        recipe = item.recipe_for(1.0)
        texts = [op[3] for op in recipe.ops if op[0] == card_recipes.TEXT]
        assert (title not in texts) is laid_out, (title, texts)


def test_a_recipe_serves_the_scales_at_which_its_choices_hold(example_view):
    item = next(i for i in _all_items(example_view) if i.card.kind != "emotion" and i.card.text)
    recipe = item.recipe_for(1.0)
    assert item.recipe_for(1.0) is recipe and item.recipe_for(2.5) is recipe
    assert item.recipe_for(LOD_BOX - 0.01) is not recipe  # a plain box far out
    boxed = item.recipe
    assert item.recipe_for(LOD_BOX / 2) is boxed
    readable = item.recipe_for(1.0)
    low = readable.scales.low  # below it, the smallest text would be a bar
    assert LOD_BOX < low < 1.0 and 5 <= GREEK_PX / low <= 12  # a small text's size
    assert item.recipe_for(low) is readable
    assert item.recipe_for(low * 0.999) is not readable


def test_an_edited_card_is_recorded_anew(example_view):
    view = example_view
    item = next(i for i in _all_items(view) if i.card.kind != "emotion")
    old = item.recipe_for(1.0)
    view.run(EditCardFieldsCommand(view.doc, item.object_id, {"title": "Pago con tarjeta 💳 ¿ya?"}))
    QApplication.processEvents()
    item = view.map_scene.cards[item.object_id]
    assert item.recipe is old and not old.serves(item.look, 1.0)  # drawn anew until then
    assert item.recipe_for(1.0) is not old
    assert _image(item, 1.0, item.paint_card) == _image(item, 1.0, item._draw)


def test_the_recorder_keeps_any_painter_call_and_answers_the_transform(qapp):
    def draw(painter: QPainter, scale: float, scales: card_recipes.ScaleRange) -> None:
        assert painter.deviceTransform().m11() == scale
        painter.setOpacity(0.5)  # not one of the calls cards make: kept all the same
        painter.fillRect(QRectF(1, 1, 8, 8), QColor("#c0392b"))
        painter.drawLine(QPointF(0, 0), QPointF(9, 9))
        scales.note(0.5, scale >= 0.5)

    recipe = card_recipes.record(draw, look=7, scale=2.0)
    codes = card_recipes
    assert [op[0] for op in recipe.ops] == [codes.OTHER, codes.FILL, codes.OTHER]
    assert recipe.serves(7, 0.5) and recipe.serves(7, 40) and not recipe.serves(7, 0.49)
    assert not recipe.serves(8, 2.0)

    def on_image(paint) -> QImage:
        image = QImage(12, 12, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        paint(painter)
        painter.end()
        return image

    def direct(painter: QPainter) -> None:
        painter.setOpacity(0.5)
        painter.fillRect(QRectF(1, 1, 8, 8), QColor("#c0392b"))
        painter.drawLine(QPointF(0, 0), QPointF(9, 9))

    assert on_image(recipe.play) == on_image(direct)


def test_a_pause_readies_the_whole_map_and_a_page_jump_then_records_nothing(qapp, monkeypatch):
    view = open_view(make_map(600), (900, 700))
    try:
        cards = view.map_scene.cards
        assert len(cards.made) < len(cards) / 2  # a map opens with the items it shows
        _idle_until(lambda: len(cards.made) == len(cards)
                    and all(item.recipe is not None for item in cards.made.values()))
        assert len(cards.made) == len(cards)
        assert all(item.recipe is not None for item in cards.made.values())
        recorded = []
        record = card_recipes.record
        monkeypatch.setattr(card_recipes, "record",
                            lambda *a: recorded.append(a) or record(*a))
        bar = view.verticalScrollBar()
        for _ in range(3):
            bar.setValue(bar.value() + bar.pageStep())
            QApplication.processEvents()
        assert recorded == []
    finally:
        dispose(view)


@pytest.mark.parametrize("direction", ["out", "in"])
@pytest.mark.parametrize("ready_steps", [True, False])
def test_after_a_pause_a_zoom_step_draws_no_card_anew(qapp, monkeypatch, direction,
                                                      ready_steps):
    """One step out, small text turns into bars (one step in, back): the recipes of the
    scale shown no longer serve, and a pause has recorded those of the steps either
    side (prepaint.py). Without that phase the same step draws cards anew: the test
    can tell."""
    from cjeditor.canvas import prepaint
    from cjeditor.canvas.view import STEP

    if not ready_steps:
        monkeypatch.setattr(prepaint.Prepainter, "_zoom_steps", lambda self: [])
    view = open_view(make_map(600), (900, 700))
    try:
        item = next(iter(view.map_scene.cards.made.values()))
        low = item.recipe_for(1.0).scales.low  # below it, some text becomes bars
        factor = 1 / STEP if direction == "out" else STEP
        view.set_zoom(low * (1 + 1 / factor) / 2)  # one step crosses it
        QApplication.processEvents()
        _idle_until(lambda: _resting(view))
        drawn = []
        draw = CardItem._draw
        monkeypatch.setattr(CardItem, "_draw", lambda self, *a: drawn.append(self) or
                            draw(self, *a))
        (view.zoom_out if direction == "out" else view.zoom_in)()
        view.viewport().repaint()
        assert (view.zoom() < low) is (direction == "out")
        shown = [i for i in view.map_scene.items(view.mapToScene(view.viewport().rect())
                                                 .boundingRect()) if isinstance(i, CardItem)]
        assert len(shown) > 30
        if ready_steps:
            assert drawn == []
        else:
            assert len(drawn) > len(shown) / 2
    finally:
        dispose(view)


def test_a_pause_makes_no_items_beyond_its_bound_but_records_those_made(qapp, monkeypatch):
    from cjeditor.canvas import prepaint

    monkeypatch.setattr(prepaint, "READY_CARDS", 0)  # as if the map had many items
    view = open_view(make_map(600), (900, 700))
    try:
        cards = view.map_scene.cards
        _idle_until(lambda: _resting(view)
                    and all(item.recipe is not None for item in cards.made.values()))
        made = len(cards.made)
        assert 0 < made < len(cards) / 2  # the view and the screens around it only
        assert all(item.recipe is not None for item in cards.made.values())
    finally:
        dispose(view)


def test_a_drag_is_not_shared_with_drawing_ahead_which_goes_on_after_it(qapp):
    view = open_view(make_map(600), (900, 700))
    try:
        cards = view.map_scene.cards
        _idle_until(lambda: view.prepainter.timer.isActive())  # the pause's work began
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        start = next(i.sceneBoundingRect().center() for i in cards.made.values()
                     if i.card.kind != "emotion" and shown.contains(i.sceneBoundingRect()))
        press(view, start)
        for step in range(1, 6):
            move(view, QPointF(start.x() + 9 * step, start.y() + 4 * step))
            _idle(100)  # a pause with the button held: no drawing ahead either
            assert not view.prepainter.timer.isActive()
        release(view, QPointF(start.x() + 45, start.y() + 20))
        _idle_until(lambda: len(cards.made) == len(cards) and _resting(view)
                    and all(i.recipe is not None for i in cards.made.values()))
        assert len(cards.made) == len(cards)
    finally:
        dispose(view)
