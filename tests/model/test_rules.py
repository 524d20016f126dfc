"""Every rule of the format spec: a valid and an invalid example, the message names the path."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from maps import b64, base_map, jpeg_header, png_bytes

from cjeditor.fileio import MapLoadError, loads
from cjeditor.model import JourneyMap

Edit = Callable[[dict[str, Any]], None]


def _jpeg(width: int, height: int) -> bytes:
    """A real JPEG (a valid image must decode in full, not only have a header)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), "#336699").save(out, "JPEG")
    return out.getvalue()


def card(doc: dict, lane_id: str, index: int = 0) -> dict:
    lane = next(lane for lane in doc["lanes"] if lane["id"] == lane_id)
    return lane["cards"][index]


def lane(doc: dict, lane_id: str) -> dict:
    return next(lane for lane in doc["lanes"] if lane["id"] == lane_id)


def problems_of(doc: dict) -> list[str]:
    try:
        loads(json.dumps(doc, ensure_ascii=False))
    except MapLoadError as exc:
        return [str(problem) for problem in exc.problems]
    return []


def setter(path: str, value: Any) -> Edit:
    """An edit setting a dotted path such as 'lanes.1.cards.0.channel'."""

    def edit(doc: dict) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return edit


DELETE = object()


def persona(i: int) -> dict:
    return {"id": f"p{i}" if i else "p-1", "name": "n"}


def phase(i: int) -> dict:
    return {"id": f"ph{i}" if i else "ph-1", "name": "n"}
TP = "lanes.1.cards.0"  # the touchpoint card
EMO = "lanes.3.cards.0"

# (rule name, valid edit, invalid edit, expected path, words in the message)
RULES: list[tuple[str, Edit, Edit, str, str]] = [
    ("format", setter("format", "cjmap"), setter("format", "cjmap2"), "format",
     "not a cjmap file"),
    ("version newer", setter("version", 2), setter("version", 3), "version", "version 3"),
    ("version older", setter("version", 1), setter("version", -1), "version", "unknown"),
    ("version type", setter("version", 2), setter("version", "2"), "version", "whole number"),
    ("unknown key top", setter("meta.title", "x"), setter("bogus", 1), "bogus", "not a known key"),
    ("null optional key", setter("lanes.1.color", "#AABBCC"), setter("lanes.1.color", None),
     "lanes[1].color", "is null"),
    ("null card text", setter(f"{TP}.text", "x"), setter(f"{TP}.text", None),
     "lanes[1].cards[0].text", "is null"),
    ("unknown key card", setter(f"{TP}.title", "x"), setter(f"{TP}.titel", "x"),
     "lanes[1].cards[0].titel", "not a known key"),
    ("missing meta.title", setter("meta.title", "T"), setter("meta.title", DELETE),
     "meta.title", "required"),
    ("title empty", setter("meta.title", "T"), setter("meta.title", ""), "meta.title", "empty"),
    ("title length", setter("meta.title", "x" * 200), setter("meta.title", "x" * 201),
     "meta.title", "at most 200"),
    ("product length", setter("meta.product", "x" * 500), setter("meta.product", "x" * 501),
     "meta.product", "at most 500"),
    ("objective length", setter("meta.objective", "x" * 2000),
     setter("meta.objective", "x" * 2001), "meta.objective", "at most 2000"),
    ("team goal length", setter("meta.team_goal", "x" * 2000),
     setter("meta.team_goal", "x" * 2001), "meta.team_goal", "at most 2000"),
    ("language", setter("meta.language", "en-GB"), setter("meta.language", "español!"),
     "meta.language", "language tag"),
    # BCP 47 as RFC 5646 writes it: extensions and private use are tags; a lone singleton,
    # a one-digit region or a second region are not
    ("language extension", setter("meta.language", "de-DE-u-co-phonebk-ka-shifted-kb-true"),
     setter("meta.language", "en-a"), "meta.language", "language tag"),
    ("language private use", setter("meta.language", "x-klingon"),
     setter("meta.language", "es-ES-ES"), "meta.language", "language tag"),
    ("language grandfathered", setter("meta.language", "i-klingon"),
     setter("meta.language", "en-1"), "meta.language", "language tag"),
    ("created offset", setter("meta.created", "2026-03-01T10:30:00+01:00"),
     setter("meta.created", "2026-03-01T10:30:00"), "meta.created", "offset"),
    ("modified date", setter("meta.modified", "2026-03-01T10:30:00Z"),
     setter("meta.modified", "ayer"), "meta.modified", "offset"),
    ("authors item", setter("meta.authors", ["x" * 200]), setter("meta.authors", ["x" * 201]),
     "meta.authors[0]", "at most 200"),
    ("personas count", setter("personas", [persona(i) for i in range(50)]),
     setter("personas", [persona(i) for i in range(51)]), "personas", "at most 50"),
    ("persona name", setter("personas.0.name", "N"), setter("personas.0.name", ""),
     "personas[0].name", "empty"),
    ("persona quote", setter("personas.0.quote", "x" * 2000),
     setter("personas.0.quote", "x" * 2001), "personas[0].quote", "at most 2000"),
    ("persona goals count", setter("personas.0.goals", ["g"] * 50),
     setter("personas.0.goals", ["g"] * 51), "personas[0].goals", "at most 50"),
    ("persona goal length", setter("personas.0.frustrations", ["x" * 500]),
     setter("personas.0.frustrations", ["x" * 501]), "personas[0].frustrations[0]",
     "at most 500"),
    ("persona image ref", setter("personas.0.image", "a-1"), setter("personas.0.image", "s-1"),
     "personas[0].image", "which is a stage, not an asset"),
    ("phases count", setter("phases", [phase(i) for i in range(50)]),
     setter("phases", [phase(i) for i in range(51)]), "phases", "at most 50"),
    ("phase name", setter("phases.0.name", "F"), setter("phases.0.name", 3),
     "phases[0].name", "must be text"),
    ("stages at least one", setter("stages.2.name", "U"), setter("lanes", []) ,
     "", ""),  # placeholder replaced below
    ("stage name length", setter("stages.0.name", "x" * 200), setter("stages.0.name", "x" * 201),
     "stages[0].name", "at most 200"),
    ("stage description", setter("stages.0.description", "x" * 2000),
     setter("stages.0.description", "x" * 2001), "stages[0].description", "at most 2000"),
    ("stage moment", setter("stages.0.moment", "tmot"), setter("stages.0.moment", "xmot"),
     "stages[0].moment", "must be one of"),
    ("stage width low", setter("stages.0.width", 0.5), setter("stages.0.width", 0.4),
     "stages[0].width", "at least 0.5"),
    ("stage width high", setter("stages.0.width", 4), setter("stages.0.width", 4.5),
     "stages[0].width", "at most 4"),
    ("stage phase ref", setter("stages.2.phase", "ph-1"), setter("stages.2.phase", "ph-x"),
     "stages[2].phase", 'refers to phase "ph-x", which does not exist'),
    ("lanes count", setter("meta.title", "T"), setter("lanes", [
        {"id": f"l{i}", "type": "notes", "title": "n", "cards": []} for i in range(101)]),
     "lanes", "at most 100"),
    ("lane type", setter("lanes.0.type", "objectives"), setter("lanes.0.type", "acciones"),
     "lanes[0].type", "must be one of"),
    ("lane title", setter("lanes.0.title", "A"), setter("lanes.0.title", ""), "lanes[0].title",
     "empty"),
    ("lane persona ref", setter("lanes.0.persona", "p-1"), setter("lanes.0.persona", "c-tp"),
     "lanes[0].persona", "which is a touchpoint, not a persona"),
    ("lane collapsed type", setter("lanes.0.collapsed", True), setter("lanes.0.collapsed", "yes"),
     "lanes[0].collapsed", "true or false"),
    ("lane cards required", setter("lanes.0.cards", []), setter("lanes.0.cards", DELETE),
     "lanes[0].cards", "required"),
    ("id pattern", setter("lanes.0.id", "s_3-OK"), setter("lanes.0.id", "s 3"),
     "lanes[0].id", "not a valid id"),
    ("id length", setter("lanes.0.id", "s" * 64), setter("lanes.0.id", "s" * 65),
     "lanes[0].id", "not a valid id"),
    ("ids unique", setter("lanes.0.id", "s-9"), setter("lanes.0.id", "c-tp"),
     "lanes[1].cards[0].id", 'id "c-tp" is already used by lanes[0].id'),
    ("card stage ref", setter(f"{TP}.stage", "s-2"), setter(f"{TP}.stage", "s-9"),
     "lanes[1].cards[0].stage", 'refers to stage "s-9", which does not exist'),
    ("card stage kind", setter(f"{TP}.stage", "s-3"), setter(f"{TP}.stage", "ph-1"),
     "lanes[1].cards[0].stage", "which is a phase, not a stage"),
    ("span inside map", setter(f"{TP}.span", 3), setter(f"{TP}.span", 4),
     "lanes[1].cards[0].span", "past the last stage"),
    ("span positive", setter(f"{TP}.span", 1), setter(f"{TP}.span", 0),
     "lanes[1].cards[0].span", "at least 1"),
    ("card title length", setter(f"{TP}.title", ""), setter(f"{TP}.title", "x" * 301),
     "lanes[1].cards[0].title", "at most 300"),
    ("card title required", setter(f"{TP}.title", ""), setter(f"{TP}.title", DELETE),
     "lanes[1].cards[0].title", "required"),
    ("card text length", setter(f"{TP}.text", "x" * 10000), setter(f"{TP}.text", "x" * 10001),
     "lanes[1].cards[0].text", "at most 10000"),
    ("card evidence", setter(f"{TP}.evidence", "assumed"), setter(f"{TP}.evidence", "guessed"),
     "lanes[1].cards[0].evidence", "must be one of"),
    ("card tags count", setter(f"{TP}.tags", ["t"] * 20), setter(f"{TP}.tags", ["t"] * 21),
     "lanes[1].cards[0].tags", "at most 20"),
    ("card tag length", setter(f"{TP}.tags", ["x" * 50]), setter(f"{TP}.tags", ["x" * 51]),
     "lanes[1].cards[0].tags[0]", "at most 50"),
    ("colour", setter(f"{TP}.color", "#a1B2c3"), setter(f"{TP}.color", "#12345G"),
     "lanes[1].cards[0].color", "not a colour"),
    ("colour name", setter("phases.0.color", "#FFFFFF"), setter("phases.0.color", "red"),
     "phases[0].color", "not a colour"),
    ("kind unknown", setter(f"{TP}.kind", "touchpoint"), setter(f"{TP}.kind", "sticky"),
     "lanes[1].cards[0].kind", "not a card kind"),
    ("kind missing", setter(f"{TP}.kind", "touchpoint"), setter(f"{TP}.kind", DELETE),
     "lanes[1].cards[0].kind", "required"),
    ("kind in lane", setter("lanes.0.type", "notes"), setter("lanes.0.type", "touchpoints"),
     "lanes[0].cards[0].kind", "a note card cannot go in a touchpoints lane"),
    ("channel required", setter(f"{TP}.channel", "whatsapp"), setter(f"{TP}.channel", DELETE),
     "lanes[1].cards[0].channel", "required"),
    ("channel value", setter(f"{TP}.channel", "point_of_sale"), setter(f"{TP}.channel", "fax"),
     "lanes[1].cards[0].channel", "must be one of"),
    ("channel label", setter(f"{TP}.channel_label", "x" * 100),
     setter(f"{TP}.channel_label", "x" * 101), "lanes[1].cards[0].channel_label", "at most 100"),
    ("initiative", setter(f"{TP}.initiative", "proactive"), setter(f"{TP}.initiative", "active"),
     "lanes[1].cards[0].initiative", "must be one of"),
    ("decision point", setter(f"{TP}.decision_point", False),
     setter(f"{TP}.decision_point", "true"), "lanes[1].cards[0].decision_point", "true or false"),
    ("met", setter("lanes.2.cards.0.met", "partly"), setter("lanes.2.cards.0.met", "maybe"),
     "lanes[2].cards[0].met", "must be one of"),
    ("emotion score range", setter(f"{EMO}.score", -2), setter(f"{EMO}.score", 3),
     "lanes[3].cards[0].score", "at most 2"),
    ("emotion score required", setter(f"{EMO}.score", 2), setter(f"{EMO}.score", DELETE),
     "lanes[3].cards[0].score", "required"),
    ("emotion score integer", setter(f"{EMO}.score", 0), setter(f"{EMO}.score", 1.5),
     "lanes[3].cards[0].score", "whole number"),
    ("emotion score written whole", setter(f"{EMO}.score", 1), setter(f"{EMO}.score", 1.0),
     "lanes[3].cards[0].score", "whole number"),
    ("emoji length", setter(f"{EMO}.emoji", "😀" * 16), setter(f"{EMO}.emoji", "😀" * 17),
     "lanes[3].cards[0].emoji", "at most 16"),
    ("one emotion per stage", setter(f"{EMO}.stage", "s-3"), setter(f"{EMO}.stage", "s-2"),
     "lanes[3].cards[1].stage", "already has an emotion"),
    ("emotion span", setter(f"{EMO}.span", 1), setter(f"{EMO}.span", 2),
     "lanes[3].cards[0].span", "exactly one stage"),
    ("severity", setter("lanes.4.cards.0.severity", 5), setter("lanes.4.cards.0.severity", 6),
     "lanes[4].cards[0].severity", "at most 5"),
    ("feedback source", setter("lanes.5.cards.0.source", "call"),
     setter("lanes.5.cards.0.source", "rumour"), "lanes[5].cards[0].source", "must be one of"),
    ("feedback source required", setter("lanes.5.cards.0.source", "other"),
     setter("lanes.5.cards.0.source", DELETE), "lanes[5].cards[0].source", "required"),
    ("feedback score number", setter("lanes.5.cards.0.score", 4),
     setter("lanes.5.cards.0.score", "4"), "lanes[5].cards[0].score", "must be a number"),
    ("feedback score finite", setter("lanes.5.cards.0.score", -1e300),
     setter("lanes.5.cards.0.score", float("inf")), "", "Infinity"),
    ("addresses ref", setter("lanes.6.cards.0.addresses", []),
     setter("lanes.6.cards.0.addresses", ["c-exp"]), "lanes[6].cards[0].addresses[0]",
     "which is an expectation, not a pain point"),
    ("addresses exist", setter("lanes.6.cards.0.addresses", ["c-pain"]),
     setter("lanes.6.cards.0.addresses", ["c-none"]), "lanes[6].cards[0].addresses[0]",
     "does not exist"),
    ("priority", setter("lanes.6.cards.0.priority", 5), setter("lanes.6.cards.0.priority", 0),
     "lanes[6].cards[0].priority", "at least 1"),
    ("hypothesis", setter("lanes.7.cards.0.hypothesis", "x" * 2000),
     setter("lanes.7.cards.0.hypothesis", "x" * 2001), "lanes[7].cards[0].hypothesis",
     "at most 2000"),
    ("idea measure", setter("lanes.7.cards.0.measure", "x" * 500),
     setter("lanes.7.cards.0.measure", "x" * 501), "lanes[7].cards[0].measure", "at most 500"),
    ("idea status", setter("lanes.7.cards.0.status", "validated"),
     setter("lanes.7.cards.0.status", "done"), "lanes[7].cards[0].status", "must be one of"),
    ("metric measure", setter("lanes.8.cards.0.measure", "time"),
     setter("lanes.8.cards.0.measure", "weight"), "lanes[8].cards[0].measure", "must be one of"),
    ("metric value", setter("lanes.8.cards.0.value", -3), setter("lanes.8.cards.0.value", DELETE),
     "lanes[8].cards[0].value", "required"),
    ("metric value type", setter("lanes.8.cards.0.value", 1e6),
     setter("lanes.8.cards.0.value", True), "lanes[8].cards[0].value", "must be a number"),
    ("metric unit", setter("lanes.8.cards.0.unit", "x" * 20),
     setter("lanes.8.cards.0.unit", "x" * 21), "lanes[8].cards[0].unit", "at most 20"),
    ("image asset ref", setter("lanes.9.cards.0.asset", "a-1"),
     setter("lanes.9.cards.0.asset", "c-img"), "lanes[9].cards[0].asset",
     "which is an image, not an asset"),
    ("image asset required", setter("lanes.9.cards.0.asset", "a-1"),
     setter("lanes.9.cards.0.asset", DELETE), "lanes[9].cards[0].asset", "required"),
    ("phases contiguous", setter("stages.2.phase", "ph-1"),
     lambda d: (d["phases"].append({"id": "ph-2", "name": "Otra"}),
                d["stages"][1].__setitem__("phase", "ph-2"),
                d["stages"][2].__setitem__("phase", "ph-1")),
     "stages[2].phase", 'phase "ph-1" is split'),
    ("asset media type", setter("assets.0.media_type", "image/png"),
     setter("assets.0.media_type", "image/jpeg"), "assets[0]",
     "declared as image/jpeg but its data is a PNG image"),
    ("asset base64", setter("assets.0.data", b64(png_bytes(3, 1))),
     setter("assets.0.data", "not base64!"), "assets[0].data", "not valid base64"),
    ("asset signature", setter("assets.0.data", b64(png_bytes(1, 1))),
     setter("assets.0.data", b64(b"GIF89a" + b"\0" * 40)), "assets[0]", "not a PNG or JPEG"),
    ("asset pixels png", setter("assets.0.data", b64(png_bytes(5000, 8000))),
     setter("assets.0.data", b64(png_bytes(2, 2, claimed=(60000, 60000)))), "assets[0]",
     "60000x60000 pixels"),
    ("asset pixels jpeg",
     lambda d: d["assets"][0].update(media_type="image/jpeg", data=b64(_jpeg(640, 480))),
     lambda d: d["assets"][0].update(media_type="image/jpeg", data=b64(jpeg_header(9000, 9000))),
     "assets[0]", "9000x9000 pixels"),
]
# Replace the placeholder: a map needs at least one stage.
RULES = [rule for rule in RULES if rule[0] != "stages at least one"] + [
    ("stages at least one", setter("stages.2.name", "U"),
     lambda d: (d.__setitem__("stages", []), d.__setitem__("lanes", []),
                d["personas"].clear(), d.__setitem__("phases", [])),
     "stages", "at least 1 item"),
    ("stages at most 200",
     lambda d: d["stages"].extend({"id": f"x{i}", "name": "n"} for i in range(197)),
     lambda d: d["stages"].extend({"id": f"x{i}", "name": "n"} for i in range(198)),
     "stages", "at most 200"),
]


def test_base_map_is_valid():
    assert problems_of(base_map()) == []


@pytest.mark.parametrize("name, valid, invalid, path, words", RULES, ids=[r[0] for r in RULES])
def test_rule(name: str, valid: Edit, invalid: Edit, path: str, words: str):
    good = base_map()
    valid(good)
    assert problems_of(good) == [], f"{name}: the valid example was refused"

    bad = base_map()
    invalid(bad)
    found = problems_of(bad)
    assert found, f"{name}: the invalid example was accepted"
    expected_prefix = f"{path}: " if path else ""
    assert any(p.startswith(expected_prefix) and words in p for p in found), found


def test_what_the_spec_does_not_limit_is_not_limited():
    """The spec limits each author's length, not how many there are, and sets no length
    for an asset's name: a reader refusing more would refuse valid files."""
    doc = base_map()
    doc["meta"]["authors"] = [f"Autora {i}" for i in range(120)]
    doc["assets"][0]["name"] = "fotografía del taller de mapas " * 40
    assert problems_of(doc) == []


def test_cards_per_lane_and_total():
    doc = base_map()
    doc["lanes"][0]["cards"] = [
        {"id": f"n{i}", "kind": "note", "stage": "s-1", "title": ""} for i in range(2000)
    ]
    assert problems_of(doc) == []
    doc["lanes"][0]["cards"].append({"id": "n-x", "kind": "note", "stage": "s-1", "title": ""})
    assert any(p.startswith("lanes[0].cards: ") and "at most 2000" in p for p in problems_of(doc))

    doc = base_map()
    doc["lanes"] = [
        {"id": f"l{j}", "type": "notes", "title": "n", "cards": [
            {"id": f"n{j}-{i}", "kind": "note", "stage": "s-1", "title": ""} for i in range(2000)
        ]} for j in range(10)
    ]
    assert problems_of(doc) == []
    doc["lanes"][0]["cards"].pop()
    doc["lanes"].append({"id": "l-extra", "type": "notes", "title": "n", "cards": [
        {"id": f"e{i}", "kind": "note", "stage": "s-1", "title": ""} for i in range(2)]})
    assert any(p.startswith("lanes: ") and "at most 20000" in p for p in problems_of(doc))


def test_assets_count():
    doc = base_map()
    asset = doc["assets"][0]
    doc["assets"] = [dict(asset, id=f"a{i}") for i in range(499)] + [asset]
    assert problems_of(doc) == []
    doc["assets"].append(dict(asset, id="a-more"))
    assert any(p.startswith("assets: ") and "at most 500" in p for p in problems_of(doc))


def test_asset_decoded_size_limit():
    doc = base_map()
    big = png_bytes(4, 4) + b"\0" * (10 * 1024 * 1024)
    doc["assets"][0]["data"] = b64(big)
    assert any("larger than 10 MiB" in p for p in problems_of(doc))
    for extra in (1, 2, 3):  # the size said is the decoded one, base64's padding aside
        data = b"\0" * (10 * 1024 * 1024 + 10_000 + extra)
        doc["assets"][0]["data"] = b64(data)
        assert any(f"({len(data)} bytes)" in p for p in problems_of(doc)), extra


def test_nan_refused_in_python_too():
    doc = base_map()
    doc["lanes"][5]["cards"][0]["score"] = float("nan")
    with pytest.raises(ValueError, match="finite"):
        JourneyMap.model_validate(doc)


def test_at_most_twenty_problems():
    doc = base_map()
    doc["lanes"][0]["cards"] = [
        {"id": f"n{i}", "kind": "note", "stage": "nowhere", "title": ""} for i in range(50)
    ]
    with pytest.raises(MapLoadError) as info:
        loads(json.dumps(doc))
    assert len(info.value.problems) == 20
    assert info.value.total == 50
    assert "30 more" in info.value.lines()[-1]


def test_messages_are_one_plain_sentence():
    doc = base_map()
    doc["lanes"][1]["cards"][0]["stage"] = "s9"
    assert problems_of(doc) == ['lanes[1].cards[0].stage: refers to stage "s9", '
                                "which does not exist"]
