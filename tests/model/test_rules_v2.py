"""Every rule format version 2 added: a valid and an invalid example, message and path."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from maps import base_map
from model.test_rules import Edit, problems_of, setter

from cjeditor.fileio import loads
from cjeditor.model import (
    LANE_TYPES,
    NoteCard,
    allowed_kinds,
    emotion_clashes,
    emotion_conflict,
    emotion_span_faults,
    emotion_span_ok,
    kind_allowed,
    lane_types_for,
)
from cjeditor.model.types import MAP_PATH_PATTERN, map_path_problem


def arrow(i: int | str, frm: str = "c-tp", to: str = "c-pain", **extra: Any) -> dict:
    return {"id": f"k-{i}", "from": frm, "to": to, **extra}


def view(i: int | str, **extra: Any) -> dict:
    return {"id": f"v-{i}", "name": "Para soporte", **extra}


def add_notes(doc: dict, count: int) -> list[str]:
    ids = [f"n{i}" for i in range(count)]
    doc["lanes"][0]["cards"] += [{"id": n, "kind": "note", "stage": "s-3", "title": ""}
                                 for n in ids]
    return ids


def many_arrows(count: int) -> Edit:
    def edit(doc: dict) -> None:
        ids = add_notes(doc, 80)
        pairs = [(a, b) for a in ids for b in ids if a != b][:count]
        doc["connections"] = [arrow(k, a, b) for k, (a, b) in enumerate(pairs)]

    return edit


def hundred_lanes(view_lanes: int) -> Edit:
    def edit(doc: dict) -> None:
        doc["lanes"] = [{"id": f"l{i}", "type": "notes", "title": "n", "cards": []}
                        for i in range(100)]
        listed = [f"l{i}" for i in range(100)] + ["l0"] * (view_lanes - 100)
        doc["views"] = [view(1, lanes=listed)]

    return edit


def lines(*values: str | None) -> Edit:
    def edit(doc: dict) -> None:
        for lane, value in zip(doc["lanes"], values, strict=False):
            if value is not None:
                lane["line_below"] = value

    return edit


def version_1(*edits: Edit) -> Edit:
    def edit(doc: dict) -> None:
        doc["version"] = 1
        for one in edits:
            one(doc)

    return edit


def both(*edits: Edit) -> Edit:
    def edit(doc: dict) -> None:
        for one in edits:
            one(doc)

    return edit


OPP = "lanes.6.cards.0"
IDEA = "lanes.7.cards.0"
MET = "lanes.8.cards.0"
NEEDS = "needs version 2"

# (rule name, valid edit, invalid edit, expected path, words in the message)
RULES_V2: list[tuple[str, Edit, Edit, str, str]] = [
    # connections
    ("connections count", many_arrows(5000), many_arrows(5001), "connections", "at most 5000"),
    ("connection from exists", setter("connections", [arrow(1)]),
     setter("connections", [arrow(1, frm="c-none")]), "connections[0].from",
     'refers to card "c-none", which does not exist'),
    ("connection to is a card", setter("connections", [arrow(1, to="c-img")]),
     setter("connections", [arrow(1, to="s-1")]), "connections[0].to",
     'refers to "s-1", which is a stage, not a card'),
    ("connection not to itself", setter("connections", [arrow(1, "c-tp", "c-note")]),
     setter("connections", [arrow(1, "c-tp", "c-tp")]), "connections[0].to",
     "an arrow cannot go from a card to itself"),
    ("connection pair once", setter("connections", [arrow(1), arrow(2, "c-pain", "c-tp")]),
     setter("connections", [arrow(1), arrow(2)]), "connections[1].to",
     'connections[0] already goes from "c-tp" to "c-pain"'),
    ("connection from required", setter("connections", [arrow(1)]),
     setter("connections", [{"id": "k-1", "to": "c-tp"}]), "connections[0].from", "required"),
    ("connection key spelled from", setter("connections", [arrow(1)]),
     setter("connections", [{"id": "k-1", "from_": "c-pain", "to": "c-tp"}]),
     "connections[0].from_", "not a known key"),
    ("connection label", setter("connections", [arrow(1, label="x" * 100)]),
     setter("connections", [arrow(1, label="x" * 101)]), "connections[0].label",
     "at most 100"),
    ("connection style", setter("connections", [arrow(1, style="dependency")]),
     setter("connections", [arrow(1, style="dashed")]), "connections[0].style",
     "must be one of"),
    ("connection id pattern", setter("connections", [arrow("ok_1")]),
     setter("connections", [arrow("no va")]), "connections[0].id", "not a valid id"),
    ("connection id unique", setter("connections", [arrow(1)]),
     setter("connections", [dict(arrow(1), id="c-tp")]), "connections[0].id",
     'id "c-tp" is already used by lanes[1].cards[0].id'),
    # views
    ("views count", setter("views", [view(i) for i in range(50)]),
     setter("views", [view(i) for i in range(51)]), "views", "at most 50"),
    ("view id unique", setter("views", [view(1), view(2)]),
     setter("views", [view(1), dict(view(2), id="l-tp")]), "views[1].id",
     'id "l-tp" is already used by lanes[1].id'),
    ("view and connection ids", both(setter("connections", [arrow(1)]),
                                     setter("views", [view(1)])),
     both(setter("connections", [arrow(1)]), setter("views", [dict(view(1), id="k-1")])),
     "views[0].id", 'id "k-1" is already used by connections[0].id'),
    ("view name empty", setter("views", [view(1, name="x")]),
     setter("views", [view(1, name="")]), "views[0].name", "empty"),
    ("view name length", setter("views", [view(1, name="x" * 200)]),
     setter("views", [view(1, name="x" * 201)]), "views[0].name", "at most 200"),
    ("view lanes at least one", setter("views", [view(1, lanes=["l-emo"])]),
     setter("views", [view(1, lanes=[])]), "views[0].lanes", "at least 1 item"),
    ("view lanes at most 100", hundred_lanes(100), hundred_lanes(101), "views[0].lanes",
     "at most 100"),
    ("view lanes no repeats", setter("views", [view(1, lanes=["l-tp", "l-emo"])]),
     setter("views", [view(1, lanes=["l-tp", "l-emo", "l-tp"])]), "views[0].lanes[2]",
     'lane "l-tp" is already listed at views[0].lanes[0]'),
    ("view lanes exist", setter("views", [view(1, lanes=["l-tp"])]),
     setter("views", [view(1, lanes=["l-gone"])]), "views[0].lanes[0]",
     'refers to lane "l-gone", which does not exist'),
    ("view lanes are lanes", setter("views", [view(1, lanes=["l-tp"])]),
     setter("views", [view(1, lanes=["c-tp"])]), "views[0].lanes[0]",
     'refers to "c-tp", which is a touchpoint, not a lane'),
    ("view persona", setter("views", [view(1, persona="p-1")]),
     setter("views", [view(1, persona="l-tp")]), "views[0].persona",
     'refers to "l-tp", which is a lane, not a persona'),
    ("view overlay", setter("views", [view(1, overlay_emotions=True)]),
     setter("views", [view(1, overlay_emotions="yes")]), "views[0].overlay_emotions",
     "true or false"),
    # blueprint lanes and lines
    ("physical evidence holds images", setter("lanes.9.type", "physical_evidence"),
     setter("lanes.1.type", "physical_evidence"), "lanes[1].cards[0].kind",
     "a touchpoint card cannot go in a physical evidence lane (it takes: note, image)"),
    ("physical evidence holds notes", setter("lanes.0.type", "physical_evidence"),
     setter("lanes.3.type", "physical_evidence"), "lanes[3].cards[0].kind",
     "an emotion card cannot go in a physical evidence lane"),
    ("frontstage holds notes", setter("lanes.0.type", "frontstage"),
     setter("lanes.9.type", "frontstage"), "lanes[9].cards[0].kind",
     "an image card cannot go in a frontstage lane (it takes: note)"),
    ("support holds notes", setter("lanes.0.type", "support"),
     setter("lanes.9.type", "support"), "lanes[9].cards[0].kind",
     "an image card cannot go in a support lane (it takes: note)"),
    ("line below value", setter("lanes.0.line_below", "visibility"),
     setter("lanes.0.line_below", "horizon"), "lanes[0].line_below", "must be one of"),
    ("line below once", lines("interaction", None, "visibility"),
     lines("interaction", None, "interaction"), "lanes[2].line_below",
     'the "interaction" line is already drawn under lanes[0]'),
    ("line below order", lines("interaction", "visibility", "internal"),
     lines("visibility", None, "interaction"), "lanes[2].line_below",
     'the "interaction" line must be above the "visibility" line (under lanes[0])'),
    ("line below order internal", lines(None, "interaction", None, "internal"),
     lines("internal", "visibility"), "lanes[1].line_below",
     'the "visibility" line must be above the "internal" line'),
    # prioritisation, metrics, phases
    ("impact range", setter(f"{OPP}.impact", 5), setter(f"{OPP}.impact", 6),
     "lanes[6].cards[0].impact", "at most 5"),
    ("effort range", setter(f"{IDEA}.effort", 1), setter(f"{IDEA}.effort", 0),
     "lanes[7].cards[0].effort", "at least 1"),
    ("effort integer", setter(f"{OPP}.effort", 3), setter(f"{OPP}.effort", "3"),
     "lanes[6].cards[0].effort", "whole number"),
    ("impact only on opportunities and ideas", setter(f"{IDEA}.impact", 2),
     setter("lanes.0.cards.0.impact", 2), "lanes[0].cards[0].impact", "not a known key"),
    ("metric scope", setter(f"{MET}.scope", "per_customer"), setter(f"{MET}.scope", "each"),
     "lanes[8].cards[0].scope", "must be one of"),
    ("phase acquisition", setter("phases.0.acquisition", True),
     setter("phases.0.acquisition", "yes"), "phases[0].acquisition", "true or false"),
    ("meta state", setter("meta.state", "future"), setter("meta.state", "ideal"),
     "meta.state", "must be one of"),
    # map paths
    ("counterpart relative", setter("meta.counterpart", "../actual/compra.cjmap"),
     setter("meta.counterpart", "actual\\compra.cjmap"), "meta.counterpart", 'never "\\"'),
    ("map path leading slash", setter("stages.0.link", "detalle/búsqueda.cjmap"),
     setter("stages.0.link", "/home/ana/búsqueda.cjmap"), "stages[0].link",
     'not start with "/"'),
    ("map path scheme", setter("stages.0.link", "ab/../c.cjmap"),
     setter("stages.0.link", "https://example.com/a.cjmap"), "stages[0].link",
     "not a web address or a drive"),
    ("map path drive", setter("stages.0.link", "c/x.cjmap"),
     setter("stages.0.link", "c:/x.cjmap"), "stages[0].link", "not a web address or a drive"),
    ("map path suffix", setter("stages.0.link", "x.cjmap"), setter("stages.0.link", "x.json"),
     "stages[0].link", 'end in ".cjmap"'),
    ("map path NUL", setter("stages.0.link", "x.cjmap"), setter("stages.0.link", "x\0.cjmap"),
     "stages[0].link", "NUL"),
    ("map path length", setter("stages.0.link", "a/" * 246 + "xy.cjmap"),
     setter("stages.0.link", "a/" * 246 + "xyz.cjmap"), "stages[0].link", "at most 500"),
    ("map path empty", setter("stages.0.link", ".cjmap"), setter("stages.0.link", ""),
     "stages[0].link", "empty"),
    ("card link", setter("lanes.4.cards.0.link", "../dolor.cjmap"),
     setter("lanes.4.cards.0.link", "C:\\dolor.cjmap"), "lanes[4].cards[0].link", '"\\"'),
    # a version 1 file using a version 2 key is refused at that key
    ("v1 connections", version_1(), version_1(setter("connections", [arrow(1)])),
     "connections", NEEDS),
    ("v1 views", version_1(), version_1(setter("views", [])), "views", NEEDS),
    ("v1 meta state", version_1(), version_1(setter("meta.state", "current")),
     "meta.state", NEEDS),
    ("v1 meta counterpart", version_1(), version_1(setter("meta.counterpart", "f.cjmap")),
     "meta.counterpart", NEEDS),
    ("v1 acquisition", version_1(), version_1(setter("phases.0.acquisition", False)),
     "phases[0].acquisition", NEEDS),
    ("v1 stage link", version_1(), version_1(setter("stages.1.link", "f.cjmap")),
     "stages[1].link", NEEDS),
    ("v1 card link", version_1(), version_1(setter("lanes.2.cards.0.link", "f.cjmap")),
     "lanes[2].cards[0].link", NEEDS),
    ("v1 line below", version_1(), version_1(setter("lanes.3.line_below", "interaction")),
     "lanes[3].line_below", NEEDS),
    ("v1 lane type", version_1(setter("lanes.0.type", "backstage")),
     version_1(setter("lanes.0.type", "frontstage")), "lanes[0].type", NEEDS),
    ("v1 impact", version_1(), version_1(setter(f"{OPP}.impact", 3)),
     "lanes[6].cards[0].impact", NEEDS),
    ("v1 effort", version_1(), version_1(setter(f"{IDEA}.effort", 3)),
     "lanes[7].cards[0].effort", NEEDS),
    ("v1 scope", version_1(), version_1(setter(f"{MET}.scope", "total")),
     "lanes[8].cards[0].scope", NEEDS),
]


@pytest.mark.parametrize("name, valid, invalid, path, words", RULES_V2,
                         ids=[r[0] for r in RULES_V2])
def test_rule_v2(name: str, valid: Edit, invalid: Edit, path: str, words: str):
    good = base_map()
    valid(good)
    assert problems_of(good) == [], f"{name}: the valid example was refused"

    bad = base_map()
    invalid(bad)
    found = problems_of(bad)
    assert found, f"{name}: the invalid example was accepted"
    assert any(p.startswith(f"{path}: ") and words in p for p in found), found


def test_version_1_is_migrated_to_2():
    doc = base_map()
    doc["version"] = 1
    assert loads(json.dumps(doc)).version == 2


def test_version_1_with_version_2_keys_names_every_key():
    doc = base_map()
    doc["version"] = 1
    doc["views"] = []
    doc["lanes"][0]["line_below"] = "interaction"
    doc["lanes"][0]["cards"][0]["impact"] = 2  # a note: not a version 2 key, just wrong
    doc["lanes"][8]["cards"][0]["link"] = "m.cjmap"
    assert problems_of(doc) == [
        'views: needs version 2 of the format; this file says "version": 1',
        'lanes[0].line_below: needs version 2 of the format; this file says "version": 1',
        'lanes[8].cards[0].link: needs version 2 of the format; this file says "version": 1',
    ]


def test_every_new_field_together_is_valid():
    doc = base_map()
    for edit in (setter("meta.state", "current"), setter("meta.counterpart", "futuro.cjmap"),
                 setter("phases.0.acquisition", True), setter("stages.0.link", "z/s.cjmap"),
                 setter("lanes.0.cards.0.link", "n.cjmap"), setter(f"{OPP}.impact", 4),
                 setter(f"{OPP}.effort", 2), setter(f"{IDEA}.impact", 1),
                 setter(f"{IDEA}.effort", 5), setter(f"{MET}.scope", "per_customer"),
                 lines("interaction", "visibility", None, None, "internal"),
                 setter("connections", [arrow(1), arrow(2, "c-pain", "c-opp", style="dependency",
                                                         label="resuelve")]),
                 setter("views", [view(1, lanes=["l-emo", "l-tp"], persona="p-1",
                                       overlay_emotions=True)])):
        edit(doc)
    doc["lanes"] += [
        {"id": "l-ev", "type": "physical_evidence", "title": "Evidencia física", "cards": [
            {"id": "c-ev1", "kind": "note", "stage": "s-1", "title": "Ticket"},
            {"id": "c-ev2", "kind": "image", "stage": "s-2", "title": "Caja", "asset": "a-1"}]},
        {"id": "l-front", "type": "frontstage", "title": "Frontstage", "cards": [
            {"id": "c-fr", "kind": "note", "stage": "s-1", "title": "Dependiente"}]},
        {"id": "l-sup", "type": "support", "title": "Soporte", "cards": [
            {"id": "c-sup", "kind": "note", "stage": "s-1", "title": "ERP"}]},
    ]
    assert problems_of(doc) == []


# ------------------------------------------------------------- the one kind matrix


def test_kind_matrix_functions():
    assert allowed_kinds("physical_evidence") == ("note", "image")
    assert allowed_kinds("frontstage") == allowed_kinds("support") == ("note",)
    assert allowed_kinds("nonsense") == ()
    assert kind_allowed("image", "physical_evidence")
    assert not kind_allowed("image", "frontstage")
    assert lane_types_for("image") == ("images", "physical_evidence")
    assert set(lane_types_for("note")) == {
        "objectives", "actions", "thoughts", "backstage", "notes", "physical_evidence",
        "frontstage", "support"}
    assert all(allowed_kinds(t) for t in LANE_TYPES)


def test_emotion_rule_functions():
    def emo(card_id: str, stage: str, span: int = 1) -> Any:
        return NoteCard.model_construct(id=card_id, kind="emotion", stage=stage, span=span)

    lane = [emo("e1", "s1"), emo("e2", "s2"), emo("e3", "s1"), emo("e4", "s2")]
    assert [(i, card.id) for i, card in emotion_clashes(lane)] == [(2, "e1"), (3, "e2")]
    assert emotion_conflict(lane[:2], emo("new", "s1")).id == "e1"
    assert emotion_conflict(lane[:2], lane[0]) is None  # a card does not clash with itself
    assert emotion_conflict(lane[:2], emo("new", "s1"), ignore={"e1"}) is None
    assert emotion_conflict(lane[:2], emo("new", "s3")) is None
    note = NoteCard(id="n", kind="note", stage="s1", title="")
    assert emotion_conflict(lane, note) is None
    assert emotion_span_ok(emo("e", "s1")) and not emotion_span_ok(emo("e", "s1", span=2))
    assert emotion_span_ok(note.model_copy(update={"span": 3}))
    wide = note.model_copy(update={"span": 3})
    assert list(emotion_span_faults([wide, emo("e", "s1", span=2), emo("f", "s2")])) == [1]


# ------------------------------------------------------------------- map paths

PATHS = ["a.cjmap", "../actual/compra.cjmap", "./x/y.cjmap", "año/ñu ü.cjmap", "x/y:z.cjmap",
         ".cjmap", "a\\b.cjmap", "/a.cjmap", "//server/a.cjmap", "C:a.cjmap", "c:/a.cjmap",
         "https://e.com/a.cjmap", "file:a.cjmap", "a.json", "a.cjmap.bak", "a\0.cjmap",
         "A.CJMAP"]


@pytest.mark.parametrize("value", PATHS)
def test_map_path_schema_pattern_agrees_with_the_model(value: str):
    assert (map_path_problem(value) is None) == bool(re.search(MAP_PATH_PATTERN, value))
