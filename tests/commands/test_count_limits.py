"""The format's counts (spec/cjmap-format.md, model/limits.py) hold in the editor: at
the limit every command that adds is refused with one plain sentence, the map is left
as it was (byte for byte), and the undo history around the refusal still works.
(Audit F6: 60 "Save view" made a file the editor's own reader refused.)"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from full_maps import full_map
from maps import png_bytes

from cjeditor import commands as C
from cjeditor.commands import push
from cjeditor.commands.app_persona_picture import SetPersonaPictureCommand
from cjeditor.commands.composite import CompositeCommand
from cjeditor.commands.connections import PasteWithConnectionsCommand
from cjeditor.commands.views import SaveViewCommand
from cjeditor.document import MapDocument
from cjeditor.document.checks import LANGUAGE_PROPERTY
from cjeditor.fileio import dumps, loads
from cjeditor.model import Asset, JourneyMap, Lane, NoteCard, limits


def _doc(what: str) -> MapDocument:
    return MapDocument(JourneyMap.model_validate(full_map(what)))


def _asset(doc: MapDocument) -> Asset:
    return Asset(id=doc.new_id("a"), media_type="image/png", name="nueva.png",
                 data=base64.b64encode(png_bytes(3, 3)).decode("ascii"))


def _note(doc: MapDocument, stage: str = "s-2") -> NoteCard:
    return NoteCard(id=doc.new_id("c"), kind="note", stage=stage, title="Otra")


# what is full, the command that would pass it, the refusal (English)
CASES: list[tuple[str, Callable[[MapDocument], Any], str]] = [
    ("views", lambda d: SaveViewCommand(d, "Una más", {}),
     "A map holds at most 50 saved views."),
    ("personas", lambda d: C.AddPersonaCommand(d, "Nueva"),
     "A map holds at most 50 personas."),
    ("phases", lambda d: C.AddPhaseCommand(d, "Nueva"), "A map holds at most 50 phases."),
    ("phases", lambda d: C.AddPhaseCommand(d, "Nueva", ["s-3"]),
     "A map holds at most 50 phases."),
    ("stages", lambda d: C.AddStageCommand(d, "Nueva"), "A map holds at most 200 stages."),
    ("stages", lambda d: C.InsertStageCommand(d, 1, "Nueva"),
     "A map holds at most 200 stages."),
    ("lanes", lambda d: C.AddLaneCommand(d, "actions", "Nuevo"),
     "A map holds at most 100 lanes."),
    ("lanes", lambda d: C.InsertLaneCommand(d, 0, "notes", "Nuevo"),
     "A map holds at most 100 lanes."),
    ("lane_cards", lambda d: C.AddCardCommand(d, "l-full", "s-2", "note"),
     'The lane "Llena" holds at most 2,000 cards.'),
    ("lane_cards", lambda d: C.PasteCardsCommand(d, [("l-full", _note(d))]),
     'The lane "Llena" holds at most 2,000 cards.'),
    ("lane_cards", lambda d: C.MoveCardsCommand(d, [("c-note", "l-full", "s-1", None)]),
     'The lane "Llena" holds at most 2,000 cards.'),
    ("cards", lambda d: C.AddCardCommand(d, "l-room", "s-2", "note"),
     "A map holds at most 20,000 cards."),
    ("cards", lambda d: C.PasteCardsCommand(d, [("l-room", _note(d))], text="Duplicate"),
     "A map holds at most 20,000 cards."),
    ("cards", lambda d: C.InsertLaneCommand(
        d, None, "actions", "Con tarjeta", {"cards": [_note(d).model_dump()]}),
     "A map holds at most 20,000 cards."),
    ("connections", lambda d: C.AddConnectionCommand(d, "c-note", "c-tp"),
     "A map holds at most 5,000 connections."),
    ("connections", lambda d: PasteWithConnectionsCommand(
        d, [("l-notes", _note(d, "s-3"))], [], [C.AddConnectionCommand(
            d, "c-note", "c-tp").connection]),
     "A map holds at most 5,000 connections."),
    ("assets", lambda d: C.AddCardCommand(d, "l-img", "s-1", "image",
                                          {"asset": "a-new"}, assets=[_asset_named(d)]),
     "A map holds at most 500 pictures."),
    ("assets", lambda d: SetPersonaPictureCommand(d, _persona_without_picture(d), _asset(d)),
     "A map holds at most 500 pictures."),
]


def _asset_named(doc: MapDocument) -> Asset:
    return _asset(doc).model_copy(update={"id": "a-new"})


def _persona_without_picture(doc: MapDocument) -> str:
    push(doc, C.AddPersonaCommand(doc, "Sin foto"))  # one undo step before the refusal
    return doc.map.personas[-1].id


@pytest.mark.parametrize(("what", "make", "sentence"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_full_map_refuses_with_one_sentence_and_stays_the_same(qapp, what, make, sentence):
    doc = _doc(what)
    push(doc, C.EditMetaCommand(doc, {"title": "Antes"}))  # history before the refusal
    command = make(doc)
    before, steps = dumps(doc.map), doc.undo_stack.count()
    with pytest.raises(ValueError) as refused:
        push(doc, command)
    assert str(refused.value) == sentence
    assert dumps(doc.map) == before
    assert doc.undo_stack.count() == steps
    loads(dumps(doc.map))  # still a map the reader opens
    # The history around the refusal is intact.
    doc.undo_stack.undo()
    undone = dumps(doc.map)
    doc.undo_stack.redo()
    assert dumps(doc.map) == before
    doc.undo_stack.undo()
    assert dumps(doc.map) == undone


def test_the_same_refusal_inside_one_step_of_several(qapp):
    """A composite (Delete of a selection, an import) refused at its second part
    leaves the first part undone too."""
    doc = _doc("stages")
    before = dumps(doc.map)
    command = CompositeCommand(doc, "Two", [lambda: C.AddLaneCommand(doc, "actions", "L"),
                                            lambda: C.AddStageCommand(doc, "E")])
    with pytest.raises(ValueError, match="at most 200 stages"):
        push(doc, command)
    assert dumps(doc.map) == before


def test_refusal_in_spanish(qapp):
    qapp.setProperty(LANGUAGE_PROPERTY, "es")
    try:
        doc = _doc("views")
        with pytest.raises(ValueError) as refused:
            push(doc, SaveViewCommand(doc, "Otra", {}))
        assert str(refused.value) == "Un mapa admite como máximo 50 vistas guardadas."
        doc = _doc("cards")
        with pytest.raises(ValueError) as refused:
            push(doc, C.AddCardCommand(doc, "l-room", "s-1", "note"))
        assert str(refused.value) == "Un mapa admite como máximo 20\u00a0000 tarjetas."
        doc = _doc("lane_cards")
        with pytest.raises(ValueError) as refused:
            push(doc, C.AddCardCommand(doc, "l-full", "s-1", "note"))
        assert str(refused.value) == 'El carril «Llena» admite como máximo 2000 tarjetas.'
    finally:
        qapp.setProperty(LANGUAGE_PROPERTY, None)


def test_at_the_limit_what_does_not_add_still_works(qapp):
    """Moving inside a full lane, deleting and adding back, replacing a persona's
    picture in a map full of pictures: none passes a count, none is refused."""
    doc = _doc("lane_cards")
    last = doc.lane("l-full").cards[-1].id
    push(doc, C.MoveCardsCommand(doc, [(last, "l-full", "s-1", 0)]))
    assert doc.lane("l-full").cards[0].id == last
    push(doc, C.DeleteCardsCommand(doc, [last]))
    push(doc, C.AddCardCommand(doc, "l-full", "s-1", "note"))
    assert len(doc.lane("l-full").cards) == limits.MAX_CARDS_PER_LANE
    doc = _doc("assets")
    push(doc, C.DeleteCardsCommand(doc, ["c-img"]))  # a-1 is the persona's picture alone now
    before = dumps(doc.map)
    push(doc, SetPersonaPictureCommand(doc, "p-1", _asset(doc)))
    assert len(doc.map.assets) == limits.MAX_ASSETS
    doc.undo_stack.undo()
    assert dumps(doc.map) == before


def test_undoing_a_deleted_lane_at_the_limit_is_exact(qapp):
    """Undo puts back what was there: a full map stays full, never over."""
    doc = _doc("lanes")
    before = dumps(doc.map)
    push(doc, C.DeleteLaneCommand(doc, "l-notes"))
    push(doc, C.AddLaneCommand(doc, "actions", "Otro"))
    with pytest.raises(ValueError, match="at most 100 lanes"):
        push(doc, C.AddLaneCommand(doc, "actions", "Uno más"))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dumps(doc.map) == before
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert len(doc.map.lanes) == limits.MAX_LANES


def test_primitives_refuse_directly(qapp):
    """Every adding primitive checks its count, whatever command calls it."""
    doc = _doc("lanes")
    lane = Lane(id="l-new", type="actions", title="x", cards=[])
    with pytest.raises(ValueError, match="at most 100 lanes"):
        doc.insert_lane(0, lane)
    doc = _doc("personas")
    persona = doc.map.personas[0].model_copy(update={"id": "p-new", "image": None})
    with pytest.raises(ValueError, match="at most 50 personas"):
        doc.insert_persona(0, persona)
    doc = _doc("assets")
    with pytest.raises(ValueError, match="at most 500 pictures"):
        doc.insert_asset(0, _asset(doc))
    doc = _doc("cards")
    with pytest.raises(ValueError, match="at most 20,000 cards"):
        doc.insert_card("l-room", 0, _note(doc))
