"""The incremental layout equals a from-scratch layout after every edit.

A seeded random sequence of edits goes through the real commands and undo
stack of a MapDocument shown by a MapScene (which updates its LayoutCache from
the document's signals). After each step the scene's geometry must equal
`compute_layout` of the document exactly, float for float, and every item must
sit where that geometry says.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import pytest
from cj_testmaps import rich_map
from PySide6.QtCore import QPointF

from cjeditor.canvas.scene import MapScene
from cjeditor.commands import (
    AddCardCommand,
    DeleteCardsCommand,
    EditCardFieldsCommand,
    EditLaneCommand,
    EditPhaseCommand,
    EditStageCommand,
    InsertStageCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    ResizeSpanCommand,
    SetEmotionScoreCommand,
    push,
)
from cjeditor.document import MapDocument
from cjeditor.layout import LayoutCache, compute_layout
from cjeditor.model import ALLOWED_KINDS

STEPS = 260
WORDS = ("envío", "¿cuándo llega?", "¡genial!", "49 €", "“cómodo”", "talla", "devolución",
         "reseñas", "😀", "una frase bastante más larga que obliga a partir la línea")


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9)))


class Editor:
    """Random edits of every kind on `doc`, through commands (refused ones skipped)."""

    def __init__(self, doc: MapDocument, scene: MapScene, rng: random.Random) -> None:
        self.doc, self.scene, self.rng = doc, scene, rng
        self.done: dict[str, int] = {}

    def card_ids(self, kinds: Any = None) -> list[str]:
        return [c.id for lane in self.doc.map.lanes for c in lane.cards
                if kinds is None or c.kind in kinds]

    def cell(self) -> tuple[str, str]:
        lane = self.rng.choice(self.doc.map.lanes)
        return lane.id, self.rng.choice(self.doc.map.stages).id

    def add(self) -> Any:
        lane_id, stage_id = self.cell()
        lane = self.doc.lane(lane_id)
        kind = self.rng.choice(sorted(ALLOWED_KINDS[lane.type]))
        if kind in ("emotion", "image"):
            return None
        fields: dict[str, Any] = {"title": _text(self.rng)}
        if self.rng.random() < 0.5:
            fields["text"] = _text(self.rng)
        n = len([c for c in lane.cards if c.stage == stage_id])
        return AddCardCommand(self.doc, lane_id, stage_id, kind, fields,
                              position=self.rng.randint(0, n))

    def move(self) -> Any:
        ids = self.card_ids()
        card_id = self.rng.choice(ids)
        card = self.doc.card(card_id)
        lanes = [la.id for la in self.doc.map.lanes
                 if card.kind in ALLOWED_KINDS[la.type] and not la.collapsed]
        if card.kind == "emotion" or not lanes:
            return None
        stage = self.rng.choice(self.doc.map.stages).id
        return MoveCardsCommand(self.doc, [(card_id, self.rng.choice(lanes), stage,
                                            self.rng.choice([None, 0, 1]))])

    def retitle(self) -> Any:
        card_id = self.rng.choice(self.card_ids())
        field = self.rng.choice(["title", "text"])
        return EditCardFieldsCommand(self.doc, card_id, {field: _text(self.rng)})

    def span(self) -> Any:
        ids = self.card_ids(kinds={"note", "touchpoint", "pain_point", "idea", "opportunity"})
        if not ids:
            return None
        card_id = self.rng.choice(ids)
        room = len(self.doc.map.stages) - self.doc.stage_index(self.doc.card(card_id).stage)
        return ResizeSpanCommand(self.doc, card_id, self.rng.randint(1, max(1, room)))

    def emotion(self) -> Any:
        ids = self.card_ids(kinds={"emotion"})
        return SetEmotionScoreCommand(self.doc, self.rng.choice(ids),
                                      self.rng.randint(-2, 2)) if ids else None

    def delete(self) -> Any:
        return DeleteCardsCommand(self.doc, [self.rng.choice(self.card_ids())])

    def stage_order(self) -> Any:
        stages = self.doc.map.stages
        return MoveStageCommand(self.doc, self.rng.choice(stages).id,
                                self.rng.randrange(len(stages)))

    def stage_edit(self) -> Any:
        stage = self.rng.choice(self.doc.map.stages)
        fields = self.rng.choice([{"name": _text(self.rng)},
                                  {"width": self.rng.choice([1, 1.5, 2])},
                                  {"description": _text(self.rng)}])
        return EditStageCommand(self.doc, stage.id, fields)

    def stage_insert(self) -> Any:
        return InsertStageCommand(self.doc, self.rng.randrange(len(self.doc.map.stages) + 1),
                                  _text(self.rng))

    def lane_order(self) -> Any:
        lanes = self.doc.map.lanes
        return MoveLaneCommand(self.doc, self.rng.choice(lanes).id, self.rng.randrange(len(lanes)))

    def lane_edit(self) -> Any:
        lane = self.rng.choice(self.doc.map.lanes)
        if self.rng.random() < 0.6:
            return EditLaneCommand(self.doc, lane.id, {"collapsed": not lane.collapsed})
        return EditLaneCommand(self.doc, lane.id, {"title": _text(self.rng)})

    def metric(self) -> Any:
        """A metric's value: the metrics footers show totals and the map's CAC."""
        ids = self.card_ids(kinds={"metric"})
        if not ids:
            return None
        return EditCardFieldsCommand(self.doc, self.rng.choice(ids),
                                     {"value": self.rng.choice([0, 3, 120, 2500])})

    def acquisition(self) -> Any:
        """Which phases count for the CAC (any metrics footer may change)."""
        phase = self.rng.choice(self.doc.map.phases)
        return EditPhaseCommand(self.doc, phase.id, {"acquisition": not phase.acquisition})

    def persona(self) -> None:
        choices = [None, *[p.id for p in self.doc.map.personas]]
        self.scene.set_persona(self.rng.choice(choices))

    def undo(self) -> None:
        self.doc.undo_stack.undo()

    def redo(self) -> None:
        self.doc.undo_stack.redo()

    def step(self) -> str:
        actions: list[tuple[float, Callable[[], Any]]] = [
            (4, self.add), (3, self.move), (4, self.retitle), (2, self.span), (2, self.emotion),
            (2, self.delete), (1, self.stage_order), (1, self.stage_edit), (0.3, self.stage_insert),
            (1, self.lane_order), (1.5, self.lane_edit), (1, self.persona), (1, self.metric),
            (0.5, self.acquisition), (2.5, self.undo), (1.5, self.redo),
        ]
        action = self.rng.choices([a for _, a in actions], [w for w, _ in actions])[0]
        name = action.__name__
        try:
            command = action()
            if command is not None:
                push(self.doc, command)
        except ValueError:  # refused, e.g. a kind in the wrong lane: nothing changed
            name += " (refused)"
        self.done[name] = self.done.get(name, 0) + 1
        return name


def assert_scene_matches(scene: MapScene) -> None:
    """The scene's geometry is a from-scratch layout's, and every card item made so
    far (items are made lazily, a block of columns at a time) sits where it says."""
    geom = scene.geometry
    assert geom is not None
    expected = compute_layout(scene.doc.map, persona=scene.persona)
    assert geom == expected
    assert set(scene.cards) == set(expected.cards)
    assert set(scene.cards.made) <= set(expected.cards)
    for card_id, item in scene.cards.made.items():
        g = expected.cards[card_id]
        assert item.scenePos() == QPointF(g.rect.x, g.rect.y), card_id
        assert item.card is scene.doc.card(card_id)
    for lane in expected.lanes:
        assert scene.lane_headers[lane.lane_id].geom == lane
    assert {c.stage_id: c for c in expected.columns} == {
        k: item.geom for k, item in scene.stages.items()}


@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_keep_incremental_equal_to_scratch(qapp, seed):
    doc = MapDocument(rich_map())
    scene = MapScene(doc)
    rng = random.Random(seed)
    editor = Editor(doc, scene, rng)
    start = time.perf_counter()
    for step in range(STEPS):
        name = editor.step()
        if step % 3 == 0 and scene.cards:  # bring one more block of cards into being
            assert scene.cards[rng.choice(sorted(scene.cards))].scene() is scene
        try:
            assert_scene_matches(scene)
        except AssertionError as exc:
            raise AssertionError(f"step {step} ({name}) with seed {seed}: {exc}") from None
    assert 0 < len(scene.cards.made) < len(scene.cards) or len(scene.cards) < 30
    kinds = {k.split(" ")[0] for k, n in editor.done.items() if " (refused)" not in k}
    assert kinds >= {"add", "move", "retitle", "span", "emotion", "delete", "stage_order",
                     "lane_order", "lane_edit", "persona", "metric", "acquisition", "undo",
                     "redo"}, editor.done
    assert time.perf_counter() - start < 20


def test_cache_without_hints_equals_scratch_and_reuses_objects():
    doc = rich_map()
    cache = LayoutCache()
    first = cache.update(doc)
    assert first == compute_layout(doc)
    again = cache.update(doc)
    assert all(a is b for a, b in zip(first.lanes, again.lanes, strict=True))
    assert all(a is b for a, b in zip(first.columns, again.columns, strict=True))
    assert cache.relaid == set()


def test_a_taller_lane_moves_the_lanes_below_without_laying_them_out():
    doc = rich_map()
    cache = LayoutCache()
    before = cache.update(doc)
    lane = doc.lanes[1]
    locals_below = {la.id: cache.local_cards(la.id) for la in doc.lanes[2:]}
    card = lane.cards[0]
    lane.cards[0] = card.model_copy(update={"text": "otra línea " * 40})
    after = cache.update(doc, dirty=[lane.id])
    assert cache.relaid == {lane.id}
    assert after.lanes[1].height > before.lanes[1].height
    for la in doc.lanes[2:]:
        assert cache.local_cards(la.id) is locals_below[la.id]
    assert after.lanes[2].y > before.lanes[2].y
    assert after == compute_layout(doc)


def test_items_are_made_for_what_the_view_shows(qapp):
    """On a big map the view makes the items of the blocks it shows (and a screen
    around), more as it scrolls; an edit out of view makes none."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from genmap import make_map

    from cjeditor.canvas import MapView

    document = MapDocument(make_map(3_000))
    view = MapView(document)
    document.setParent(view)  # owned, as in the editor's window
    try:
        view.resize(800, 600)
        view.show()
        qapp.processEvents()
        scene = view.map_scene
        made = len(scene.cards.made)
        assert 0 < made < len(scene.cards) / 4
        far = next(c for c in reversed(scene.doc.map.lanes[-1].cards))
        assert far.id not in scene.cards.made
        push(scene.doc, EditCardFieldsCommand(scene.doc, far.id, {"title": "Lejos"}))
        assert far.id not in scene.cards.made and len(scene.cards.made) == made
        item = scene.cards[far.id]  # asked for: made, at its place
        g = scene.geometry.cards[far.id]
        assert item.scenePos() == QPointF(g.rect.x, g.rect.y) and item.card.title == "Lejos"
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
        qapp.processEvents()
        assert len(scene.cards.made) > made + 1
    finally:
        view.hide()
        view.map_scene.clear()
        view.deleteLater()
