"""The registry's step 1 -> 2: the number changes, nothing else; version 2 keys in a
version 1 file are refused, each at its path."""

from __future__ import annotations

import copy

import pytest
from maps import base_map, v2_map

from cjeditor.fileio.migrations import (
    MIGRATIONS,
    MigrationRefused,
    migrate,
    version_2_uses,
)
from cjeditor.model import JourneyMap
from cjeditor.model.limits import FORMAT_VERSION


def test_registry_reaches_the_current_version():
    assert FORMAT_VERSION == 2
    assert set(range(FORMAT_VERSION)) <= set(MIGRATIONS)


def test_step_changes_only_the_number():
    v1 = base_map()
    v1["version"] = 1
    original = copy.deepcopy(v1)
    v2 = migrate(v1)
    assert v1 == original, "the raw dict it was given is left alone"
    assert v2 == {**original, "version": 2}
    assert JourneyMap.model_validate(v2).version == 2


def test_version_0_goes_all_the_way():
    v0 = base_map()
    meta = v0.pop("meta")
    v0.update(version=0, title=meta["title"])
    assert migrate(v0)["version"] == 2


def test_a_refusal_names_the_version_the_file_says():
    """A version 0 file using a version 2 key: "this file says "version": 0", not the
    1 that the first step brought it to."""
    raw = v2_map()
    meta = raw.pop("meta")
    raw.update(version=0, title=meta["title"], meta={"state": "current"})
    with pytest.raises(MigrationRefused) as info:
        migrate(raw)
    assert info.value.problems
    assert all(p.message.endswith('this file says "version": 0') for p in info.value.problems)


def test_every_version_2_key_is_found_with_its_path():
    raw = v2_map()
    raw["version"] = 1
    found = list(version_2_uses(raw))
    assert found == [
        "connections", "views", "meta.state", "meta.counterpart", "phases[0].acquisition",
        "stages[1].link", "lanes[0].line_below", "lanes[0].cards[0].link",
        "lanes[1].line_below", "lanes[6].cards[0].impact", "lanes[6].cards[0].effort",
        "lanes[7].cards[0].impact", "lanes[7].cards[0].effort", "lanes[8].line_below",
        "lanes[8].cards[0].scope", "lanes[10].type", "lanes[11].type", "lanes[12].type",
    ]
    with pytest.raises(MigrationRefused) as info:
        migrate(raw)
    assert [p.path for p in info.value.problems] == found
    assert all("needs version 2" in p.message for p in info.value.problems)


@pytest.mark.parametrize("raw", [
    {"version": 1, "lanes": "nada"}, {"version": 1, "lanes": [3, None, {"cards": 5}]},
    {"version": 1, "meta": [], "phases": {}, "stages": [[]]},
    {"version": 1, "lanes": [{"type": ["frontstage"], "cards": [{"kind": ["idea"],
                                                                 "impact": 3}]}]},
])
def test_malformed_parts_are_left_to_validation(raw):
    assert migrate(raw)["version"] == 2  # no crash; the model refuses it afterwards


def test_impact_on_a_note_is_not_called_a_version_2_key():
    raw = base_map()
    raw["version"] = 1
    raw["lanes"][0]["cards"][0]["impact"] = 3
    assert list(version_2_uses(raw)) == []
