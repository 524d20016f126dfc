"""MapDocument: primitive mutations, their signals, inverses and refusals."""

from __future__ import annotations

import pytest
from maps import base_map

from cjeditor.document import MapDocument
from cjeditor.model import JourneyMap, NoteCard, Stage, document_problems


@pytest.fixture
def doc(qapp):
    return MapDocument(JourneyMap.model_validate(base_map()))


def record(doc, *names):
    seen = []
    for name in names:
        getattr(doc, name).connect(lambda *a, n=name: seen.append((n, *a)))
    return seen


def test_lookups(doc):
    assert doc.card("c-tp").title == "Google"
    assert doc.lane_of("c-tp").id == "l-tp"
    assert doc.card_position("c-tp") == (1, 0)
    assert doc.stage_index("s-3") == 2
    assert doc.kind_of("ph-1") == "phase"
    assert doc.kind_of("nope") is None
    assert doc.allowed("touchpoint", "l-tp") == (True, "")
    ok, reason = doc.allowed("note", "l-emo")
    assert not ok and reason.startswith("Note cards cannot go") and "it takes: Emotion." in reason


def test_insert_card_emits_and_inverts(doc):
    before = doc.map.model_dump()
    seen = record(doc, "card_added", "card_removed", "changed")
    card = NoteCard(id="c-new", kind="note", stage="s-2", title="Hola")
    inverse = doc.insert_card("l-notes", 0, card)
    assert seen == [("card_added", "c-new"), ("changed",)]
    assert doc.card_position("c-new") == (0, 0)
    doc.apply(inverse)
    assert doc.map.model_dump() == before
    assert not doc.has_card("c-new")


def test_refused_kind_leaves_document_untouched(doc):
    before = doc.map.model_dump()
    card = NoteCard(id="c-new", kind="note", stage="s-2", title="x")
    with pytest.raises(ValueError, match="cannot go in the lane"):
        doc.insert_card("l-emo", 0, card)
    with pytest.raises(ValueError, match="already used"):
        doc.insert_card("l-notes", 0, card.model_copy(update={"id": "c-tp"}))
    assert doc.map.model_dump() == before


def test_update_card_validates(doc):
    with pytest.raises(ValueError):
        doc.update_card("c-pain", {"severity": 9})
    with pytest.raises(ValueError, match="span"):
        doc.update_card("c-tp", {"span": 5})
    with pytest.raises(ValueError, match="emotion"):
        doc.update_card("c-emo1", {"stage": "s-2"})
    old = doc.card("c-pain")
    inverse = doc.update_card("c-pain", {"severity": 5})
    assert doc.card("c-pain").severity == 5
    doc.apply(inverse)
    assert doc.card("c-pain") is old


def test_move_card_to_other_lane_and_back(doc):
    before = doc.map.model_dump()
    doc.insert_card("l-notes", 1, NoteCard(id="c-n2", kind="note", stage="s-3", title="b"))
    mid = doc.map.model_dump()
    seen = record(doc, "card_moved")
    inverse = doc.move_card("c-n2", "l-notes", 0, "s-1")
    assert seen == [("card_moved", "c-n2")]
    assert [c.id for c in doc.lane("l-notes").cards] == ["c-n2", "c-note"]
    doc.apply(inverse)
    assert doc.map.model_dump() == mid
    doc.remove_card("c-n2")
    assert doc.map.model_dump() == before
    with pytest.raises(ValueError):
        doc.move_card("c-note", "l-tp", 0)


def test_structure_refusals(doc):
    with pytest.raises(ValueError, match="holds cards"):
        doc.remove_stage("s-1")
    with pytest.raises(ValueError, match="split"):
        doc.move_stage("s-1", 2)
    assert [s.id for s in doc.map.stages] == ["s-1", "s-2", "s-3"]
    with pytest.raises(ValueError):
        doc.update_lane("l-tp", {"type": "notes"})
    with pytest.raises(ValueError, match="Stages still belong"):
        doc.remove_phase("ph-1")
    assert not document_problems(doc.map)


def test_stage_lane_phase_round_trips(doc):
    before = doc.map.model_dump()
    inverses = [
        doc.insert_stage(3, Stage(id="s-4", name="Fin")),
        doc.move_stage("s-4", 2),
        doc.update_stage("s-4", {"name": "Final", "moment": "tmot"}),
        doc.move_lane("l-img", 0),
        doc.update_lane("l-tp", {"title": "Canales", "collapsed": True}),
        doc.update_phase("ph-1", {"name": "Antes"}),
        doc.update_meta({"title": "Otro"}),
        doc.update_persona("p-1", {"name": "Ana"}),
    ]
    assert doc.map.stages[2].name == "Final"
    assert doc.map.lanes[0].id == "l-img"
    assert doc.lane("l-tp").collapsed
    for inverse in reversed(inverses):
        doc.apply(inverse)
    assert doc.map.model_dump() == before


def test_batch_emits_changed_once(doc):
    seen = record(doc, "changed")
    with doc.batch():
        doc.update_card("c-tp", {"title": "a"})
        doc.update_card("c-tp", {"title": "b"})
    assert seen == [("changed",)]


def test_modified_and_set_map(doc):
    from cjeditor.commands import EditCardFieldsCommand, push

    flags = []
    doc.modified_changed.connect(flags.append)
    push(doc, EditCardFieldsCommand(doc, "c-tp", {"title": "x"}))
    assert doc.modified and flags == [True]
    doc.set_clean()
    assert not doc.modified
    resets = record(doc, "reset")
    doc.set_map(JourneyMap.model_validate(base_map()))
    assert resets == [("reset",)] and doc.undo_stack.count() == 0
