"""The editor keeps what format version 2 added: a round trip through MapDocument, the
undo stack and the file, and the cascades that keep connections and views valid."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from maps import base_map, v2_map

from cjeditor import commands as C
from cjeditor.commands import push
from cjeditor.document import MapDocument
from cjeditor.fileio import load, save
from cjeditor.model import Connection, JourneyMap, View, document_problems


def canonical(raw: dict[str, Any]) -> dict[str, Any]:
    return JourneyMap.model_validate(raw).model_dump(mode="json", exclude_defaults=True)


@pytest.fixture
def doc(qapp) -> MapDocument:
    return MapDocument(JourneyMap.model_validate(v2_map()))


def test_the_v2_map_is_valid():
    assert document_problems(JourneyMap.model_validate(v2_map())) == []


def test_round_trip_through_the_editor_keeps_every_new_field(qapp, tmp_path):
    path = tmp_path / "blueprint.cjmap"
    path.write_text(json.dumps(v2_map(), ensure_ascii=False), encoding="utf-8")
    doc = MapDocument(load(path), path)
    # Ordinary edits of objects that carry version 2 fields.
    push(doc, C.EditCardFieldsCommand(doc, "c-opp", {"title": "Envío gratis siempre"}))
    push(doc, C.EditCardFieldsCommand(doc, "c-note", {"text": "Busca en Google"}))
    push(doc, C.EditLaneCommand(doc, "l-tp", {"title": "Contacto"}))
    push(doc, C.EditStageCommand(doc, "s-2", {"name": "Decisión"}))
    push(doc, C.EditPhaseCommand(doc, "ph-1", {"name": "Captación"}))
    push(doc, C.EditMetaCommand(doc, {"title": "Mapa futuro"}))
    push(doc, C.MoveCardsCommand(doc, [("c-idea", "l-idea", "s-2", None)]))
    push(doc, C.AddCardCommand(doc, "l-sup", "s-3", "note", {"title": "Almacén"}))
    save(doc.map, path)
    doc.set_clean()

    expected = v2_map()
    lanes = {lane["id"]: lane for lane in expected["lanes"]}
    lanes["l-opp"]["cards"][0]["title"] = "Envío gratis siempre"
    lanes["l-notes"]["cards"][0]["text"] = "Busca en Google"
    lanes["l-tp"]["title"] = "Contacto"
    expected["stages"][1]["name"] = "Decisión"
    expected["phases"][0]["name"] = "Captación"
    expected["meta"]["title"] = "Mapa futuro"
    lanes["l-idea"]["cards"][0]["stage"] = "s-2"
    added = doc.lane("l-sup").cards[-1]
    lanes["l-sup"]["cards"].append({"id": added.id, "kind": "note", "stage": "s-3",
                                    "title": "Almacén"})
    reloaded = load(path)
    assert reloaded.model_dump(mode="json", exclude_defaults=True) == canonical(expected)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "cjmap",\n  "version": 2,')
    assert '"from": "c-fr"' in text and "from_" not in text
    assert list(json.loads(text)) == ["format", "version", "meta", "personas", "phases",
                                      "stages", "lanes", "connections", "views", "assets"]

    # Saving the reloaded map again without an edit gives the same bytes.
    before = path.read_bytes()
    save(reloaded, path)
    assert path.read_bytes() == before


def test_deleting_a_card_deletes_its_connections_and_undo_restores_both(doc):
    before = doc.map.model_dump()
    assert [c.id for c in doc.connections_of("c-fr")] == ["k-1", "k-2"]
    assert push(doc, C.DeleteCardsCommand(doc, ["c-fr"]))
    assert not doc.has_card("c-fr")
    assert [c.id for c in doc.map.connections] == ["k-3", "k-4"]
    assert document_problems(doc.map) == []
    after = doc.map.model_dump()
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    assert doc.map == JourneyMap.model_validate(v2_map())
    doc.undo_stack.redo()
    assert doc.map.model_dump() == after


def test_deleting_cards_at_both_ends_and_a_pain_point(doc):
    before = doc.map.model_dump()
    push(doc, C.DeleteCardsCommand(doc, ["c-sup", "c-pain", "c-tp"]))
    assert [c.id for c in doc.map.connections] == []  # k-1, k-4, k-3, k-2 all touched
    assert doc.card("c-opp").addresses == []
    assert document_problems(doc.map) == []
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_deleting_a_stage_deletes_the_connections_of_its_cards(doc):
    before = doc.map.model_dump()
    push(doc, C.DeleteStageCommand(doc, "s-2"))
    assert [c.id for c in doc.map.connections] == []
    assert document_problems(doc.map) == []
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_deleting_a_lane_fixes_the_views_that_show_it(doc):
    before = doc.map.model_dump()
    push(doc, C.DeleteLaneCommand(doc, "l-front"))
    views = {v.id: v for v in doc.map.views}
    assert "v-front" not in views  # it showed only that lane
    assert views["v-sup"].lanes == ["l-sup", "l-tp"]
    assert views["v-emo"].lanes is None
    assert [c.id for c in doc.map.connections] == ["k-3", "k-4"]
    assert document_problems(doc.map) == []
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    assert [v.id for v in doc.map.views] == ["v-sup", "v-front", "v-emo"]


def test_deleting_a_persona_drops_the_view_filter(doc):
    before = doc.map.model_dump()
    push(doc, C.DeletePersonaCommand(doc, "p-1"))
    assert doc.view("v-sup").persona is None
    assert doc.view("v-sup").lanes == ["l-front", "l-sup", "l-tp"]
    assert document_problems(doc.map) == []
    saved = json.loads(JourneyMap.model_validate(doc.map.model_dump(by_alias=True))
                       .model_dump_json(exclude_defaults=True))
    assert "persona" not in saved["views"][0]
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_primitives_refuse_what_would_break_the_map(doc):
    before = copy.deepcopy(doc.map.model_dump())

    def arrow(**data: Any) -> Connection:
        return Connection.model_validate({"id": "k-new", "from": "c-tp", "to": "c-exp", **data})

    for bad, words in ((arrow(to="c-tp"), "itself"), (arrow(to="c-fr"), "already goes"),
                       (arrow(to="c-gone"), "does not exist"), (arrow(to="s-1"), "not a card")):
        with pytest.raises(ValueError, match=words):
            doc.insert_connection(0, bad)
    with pytest.raises(ValueError, match="already used"):
        doc.insert_connection(0, arrow(id="v-sup"))
    with pytest.raises(ValueError, match="Connections still"):
        doc.remove_card("c-fr")
    with pytest.raises(ValueError):
        doc.remove_lane("l-front")  # views still show it (commands fix them first)
    with pytest.raises(ValueError):
        doc.update_view("v-sup", {"persona": "p-gone"})
    assert doc.map.model_dump() == before


def test_connection_and_view_primitives_invert(doc):
    before = doc.map.model_dump()
    seen: list[tuple[str, str]] = []
    for name in ("connection_added", "connection_removed", "connection_changed",
                 "view_added", "view_removed", "view_changed"):
        getattr(doc, name).connect(lambda obj_id, n=name: seen.append((n, obj_id)))
    ops = [
        doc.insert_connection(1, Connection.model_validate(
            {"id": "k-5", "from": "c-exp", "to": "c-pain", "style": "dependency"})),
        doc.update_connection("k-1", {"from": "c-ev1", "label": None}),
        doc.insert_view(0, View(id="v-new", name="Nueva", lanes=["l-ev"])),
        doc.update_view("v-emo", {"overlay_emotions": False, "persona": "p-1"}),
        doc.remove_connection("k-2"),
        doc.remove_view("v-front"),
    ]
    assert doc.connection("k-1").from_ == "c-ev1" and doc.connection("k-1").label is None
    assert doc.kind_of("k-5") == "connection" and doc.kind_of("v-new") == "view"
    assert {"k-5", "v-new"} <= doc.taken_ids()
    assert document_problems(doc.map) == []
    assert [n for n, _ in seen] == ["connection_added", "connection_changed", "view_added",
                                    "view_changed", "connection_removed", "view_removed"]
    with pytest.raises(ValueError):
        doc.update_connection("k-1", {"to": "c-ev1"})  # to itself
    with pytest.raises(ValueError):
        doc.update_view("v-sup", {"lanes": ["l-tp", "l-tp"]})
    for inverse in reversed(ops):
        doc.apply(inverse)
    assert doc.map.model_dump() == before


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 99)), min_size=1, max_size=8))
def test_random_deletions_keep_connections_and_views_valid(qapp, ops):
    """Deleting cards, lanes, stages and personas in any order never leaves a dangling
    connection or view, and undoing everything gives the map back exactly."""
    doc = MapDocument(JourneyMap.model_validate(v2_map()))
    start = doc.map.model_dump()
    for op, n in ops:
        m = doc.map
        cards = list(m.all_cards())
        try:
            if op == 0 and cards:
                push(doc, C.DeleteCardsCommand(doc, [cards[n % len(cards)].id]))
            elif op == 1 and cards:
                push(doc, C.DeleteCardsCommand(doc, [c.id for c in cards[n % len(cards)::3]]))
            elif op == 2 and m.lanes:
                push(doc, C.DeleteLaneCommand(doc, m.lanes[n % len(m.lanes)].id))
            elif op == 3 and len(m.stages) > 1:
                push(doc, C.DeleteStageCommand(doc, m.stages[n % len(m.stages)].id))
            elif op == 4 and m.personas:
                push(doc, C.DeletePersonaCommand(doc, m.personas[n % len(m.personas)].id))
        except ValueError:
            pass  # refused: the document must be as it was, which the checks below cover
        assert document_problems(doc.map) == []
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.map.model_dump() == start


def test_a_version_1_file_is_saved_as_version_2_with_nothing_else_changed(qapp, tmp_path):
    old = base_map()
    old["version"] = 1
    path = tmp_path / "antiguo.cjmap"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    doc = MapDocument(load(path), path)
    save(doc.map, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == canonical({**old, "version": 2})
    assert saved["version"] == 2
