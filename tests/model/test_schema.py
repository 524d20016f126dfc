"""The shipped JSON Schema, run by a third-party validator (`jsonschema`): it accepts every
valid map and refuses every structural error; what it cannot express is said in its
description and is exactly what it lets through."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from maps import base_map, v2_map
from model.test_rules import RULES, Edit
from model.test_rules_v2 import RULES_V2

from cjeditor.fileio.migrations import version_2_uses
from cjeditor.model.schema import BEYOND_SCHEMA, json_schema, schema_text
from cjeditor.templates import LANGUAGES, TEMPLATE_NAMES, create_map

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "resources" / "cjmap.schema.json"
EXAMPLE_MAP = REPO / "resources" / "examples" / "zapatillas-running.cjmap"

# Rule tests whose invalid example breaks only a rule of BEYOND_SCHEMA: the schema must
# accept them (so the list in its description stays exact). Every other invalid example
# of the rule tests is a structural error the schema must refuse.
BEYOND = {
    # ids and references
    "ids unique", "persona image ref", "stage phase ref", "lane persona ref",
    "card stage ref", "card stage kind", "addresses ref", "addresses exist",
    "image asset ref", "connection from exists", "connection to is a card",
    "connection id unique", "view id unique", "view and connection ids", "view lanes exist",
    "view lanes are lanes", "view persona",
    # order and position
    "phases contiguous", "one emotion per stage", "span inside map",
    "connection not to itself", "connection pair once", "line below once",
    "line below order", "line below order internal",
    # contents of values
    "created offset", "modified date", "asset media type", "asset base64",
    "asset signature", "asset pixels png", "asset pixels jpeg", "feedback score finite",
    "emotion score written whole",
}
ALL_RULES = RULES + RULES_V2


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    assert cls is jsonschema.Draft202012Validator
    return cls(schema)


def as_file(doc: dict[str, Any]) -> Any:
    """What a file holds (through JSON text, as a reader sees it)."""
    return json.loads(json.dumps(doc, ensure_ascii=False, allow_nan=True))


def test_shipped_schema_is_the_generated_one():
    assert SHIPPED.read_text(encoding="utf-8") == schema_text()


def test_description_names_what_no_schema_can_express():
    description = json_schema()["description"]
    assert all(rule in description for rule in BEYOND_SCHEMA)
    assert "format version 2" in description


def test_every_rule_example_is_classified():
    names = {rule[0] for rule in ALL_RULES}
    assert names >= BEYOND, BEYOND - names


def valid_maps() -> list[tuple[str, dict[str, Any]]]:
    maps = [("base", base_map()), ("v2", v2_map()),
            ("example", json.loads(EXAMPLE_MAP.read_text(encoding="utf-8")))]
    for name in TEMPLATE_NAMES:
        for language in LANGUAGES:
            doc = create_map(name, language)
            maps.append((f"template {name} {language}",
                         json.loads(doc.model_dump_json(exclude_defaults=True))))
    return maps


@pytest.mark.parametrize("name, doc", valid_maps(), ids=[m[0] for m in valid_maps()])
def test_schema_accepts_every_valid_map(validator, name, doc):
    errors = [e.message for e in validator.iter_errors(doc)]
    assert errors == [], name


def edited(edit: Edit) -> Any:
    doc = base_map()
    edit(doc)
    return as_file(doc)


@pytest.mark.parametrize("name, valid, invalid, path, words", ALL_RULES,
                         ids=[rule[0] for rule in ALL_RULES])
def test_schema_on_the_rule_examples(validator, name, valid, invalid, path, words):
    good = edited(valid)
    assert list(validator.iter_errors(good)) == [], f"{name}: valid example refused"
    bad = edited(invalid)
    refused = not validator.is_valid(bad)
    if name in BEYOND:
        assert not refused, f"{name}: the schema now checks this; take it out of BEYOND"
    else:
        assert refused, f"{name}: the schema accepts a structural error"


def test_versions_1_and_2_are_read_and_a_version_1_file_uses_nothing_of_2(validator):
    """spec/cjmap-format.md: "A reader accepts 1 and 2"; a version 1 file using a key
    version 2 added is refused at that key."""
    old = {**as_file(base_map()), "version": 1}
    assert validator.is_valid(old)
    for version in (0, 3, "2"):
        assert not validator.is_valid({**old, "version": version}), version
    new = as_file(v2_map())
    assert new["version"] == 2 and validator.is_valid(new)
    errors = list(validator.iter_errors({**new, "version": 1}))
    # refused where the reader refuses it, and nowhere else
    assert {e.json_path.removeprefix("$.") for e in errors} == set(version_2_uses(new))
    assert {"connections", "views"} <= set(version_2_uses(new))


CARD_OF_KIND = {
    "note": {}, "image": {"asset": "a-1"}, "touchpoint": {"channel": "other"},
    "emotion": {"score": 0}, "idea": {},
}
HOME_OF_KIND = {"note": "notes", "image": "physical_evidence", "touchpoint": "touchpoints",
                "emotion": "emotions", "idea": "ideas"}


@pytest.mark.parametrize("lane_type, kind", [
    ("touchpoints", "note"), ("frontstage", "image"), ("support", "touchpoint"),
    ("physical_evidence", "emotion"), ("emotions", "image"), ("notes", "idea"),
])
def test_kind_in_the_wrong_lane_is_refused(validator, lane_type, kind):
    doc = base_map()
    card = {"id": "c-1", "kind": kind, "stage": "s-1", "title": "", **CARD_OF_KIND[kind]}
    doc["lanes"] = [{"id": "l-1", "type": lane_type, "title": "x", "cards": [card]}]
    assert not validator.is_valid(as_file(doc))
    doc["lanes"][0]["type"] = HOME_OF_KIND[kind]
    assert validator.is_valid(as_file(doc))


def test_structural_errors_beyond_the_rule_tests(validator):
    def refused(edit: Edit) -> bool:
        return not validator.is_valid(edited(edit))

    def put(path: str, value: Any) -> Edit:
        def edit(doc: dict[str, Any]) -> None:
            *parents, last = path.split(".")
            target: Any = doc
            for part in parents:
                target = target[int(part)] if part.isdigit() else target[part]
            target[int(last) if last.isdigit() else last] = value

        return edit

    assert refused(put("connections", [{"id": "k", "from": "c-tp"}]))  # missing "to"
    assert refused(put("connections", [{"id": "k", "from": "c-tp", "to": "c-exp",
                                        "colour": "red"}]))  # extra key
    assert refused(put("views", [{"id": "v", "name": "n", "lanes": "l-tp"}]))  # wrong type
    assert refused(put("lanes.3.cards.1.span", 2))  # an emotion covers one stage
    assert refused(put("meta.counterpart", "C:\\mapas\\x.cjmap"))  # pattern
    assert not refused(put("version", 1))  # readers take version 1 (nothing of 2 used)
    assert refused(put("version", 3))
