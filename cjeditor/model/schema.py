"""The JSON Schema of the format, generated from the models.

The generated text ships as resources/cjmap.schema.json (printed by
`cjeditor schema`); `python -m cjeditor.model.schema` rewrites it, and a test
fails when the two differ.

pydantic writes the schema of each model; one step here adds what the models
check in code but a schema can still say, all derived from the same tables: a
lane becomes a union discriminated on `type`, one variant per family of lane
types that hold the same card kinds (so a third-party validator refuses a kind
in the wrong lane), an emotion's `span` is 1, a view lists a lane once, and
bounds of `int | float` fields use JSON Schema's words. What no schema can
express is listed in `BEYOND_SCHEMA`, which the schema's description repeats.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from cjeditor.model import limits, versions
from cjeditor.model.cards import ALLOWED_KINDS, CARD_CLASSES, LANE_TYPES
from cjeditor.model.journey import JourneyMap
from cjeditor.model.limits import FORMAT_VERSION
from cjeditor.model.placement import EMOTION_KIND, EMOTION_SPAN

_MIB = 1024 * 1024
SCHEMA_ID = f"https://cjeditor.example/schema/cjmap-{FORMAT_VERSION}.schema.json"

# The rules of the format (spec/cjmap-format.md) that the models check in code and no
# JSON Schema can express. A test checks that the schema accepts a map breaking any one
# of these and refuses every other error of the rule tests.
BEYOND_SCHEMA: tuple[str, ...] = (
    "ids are unique across the whole document",
    "references (stage, phase, persona, addresses, asset, image, a connection's from and "
    "to, a view's lanes and persona) name an existing object of the right kind",
    "the stages of a phase are contiguous",
    "a lane holds at most one emotion per stage",
    "a card's span stays inside the map",
    f"a map holds at most {limits.MAX_CARDS} cards",
    "a connection does not go from a card to itself, and no two connections join the same "
    "two cards in the same direction",
    "each service-blueprint line (line_below) appears once, in the order interaction, "
    "visibility, internal from the top",
    "dates are real date-times with an offset",
    "an asset's data is base64 of a PNG or JPEG of the declared type, at most "
    f"{limits.MAX_ASSET_BYTES // _MIB} MiB and {limits.MAX_ASSET_PIXELS // 1_000_000} "
    "megapixels, that decodes in full",
    "a whole number is written without a fraction (2, not 2.0)",
    "a JSON object has no key twice, text is valid Unicode, numbers are finite and a file "
    f"is at most {limits.MAX_FILE_BYTES // _MIB} MiB",
)


def _title(kind: str) -> str:
    return "".join(part.capitalize() for part in kind.split("_"))


def _card_union(kinds: tuple[str, ...]) -> dict[str, Any]:
    refs = {kind: f"#/$defs/{CARD_CLASSES[kind].__name__}" for kind in kinds}
    return {
        "oneOf": [{"$ref": ref} for ref in refs.values()],
        "discriminator": {"propertyName": "kind", "mapping": refs},
    }


def _discriminate_lanes(defs: dict[str, Any]) -> None:
    """Replace `Lane` by a union on `type`: one variant per set of allowed kinds."""
    base = defs["Lane"]
    families: dict[tuple[str, ...], list[str]] = {}
    for lane_type in LANE_TYPES:
        families.setdefault(ALLOWED_KINDS[lane_type], []).append(lane_type)
    mapping: dict[str, str] = {}
    variants = []
    for kinds, lane_types in families.items():
        name = "".join(_title(kind) for kind in kinds) + "Lane"
        variant = copy.deepcopy(base)
        variant["title"] = name
        variant["description"] = (f"A lane of type {', '.join(lane_types)}: its cards are "
                                  f"{', '.join(kinds)} cards.")
        variant["properties"]["type"] = {"enum": lane_types, "title": "Type", "type": "string"}
        variant["properties"]["cards"]["items"] = _card_union(kinds)
        defs[name] = variant
        variants.append({"$ref": f"#/$defs/{name}"})
        mapping.update({lane_type: f"#/$defs/{name}" for lane_type in lane_types})
    defs["Lane"] = {
        "title": "Lane",
        "description": "A row of the map, top to bottom; its type decides which card kinds "
                       "it holds.",
        "oneOf": variants,
        "discriminator": {"propertyName": "type", "mapping": mapping},
    }


_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _standard_bounds(node: Any) -> None:
    """pydantic writes the bounds of an `int | float` field as "ge"/"le", words JSON
    Schema does not know (so validators ignore them): rename them."""
    if isinstance(node, dict):
        for ours, standard in _BOUNDS.items():
            if ours in node and "anyOf" in node:
                node[standard] = node.pop(ours)
        for value in node.values():
            _standard_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _standard_bounds(value)


def _no_null(node: Any) -> None:
    """pydantic lets an optional field be null; the format does not (absent says
    nothing): keep the other branch of each `anyOf [..., null]`."""
    if isinstance(node, dict):
        branches = node.get("anyOf")
        if isinstance(branches, list) and {"type": "null"} in branches:
            rest = [b for b in branches if b != {"type": "null"}]
            del node["anyOf"]
            if len(rest) == 1:
                node.update(rest[0])
            else:
                node["anyOf"] = rest
            if node.get("default", 0) is None:
                del node["default"]
        for value in node.values():
            _no_null(value)
    elif isinstance(node, list):
        for value in node:
            _no_null(value)


# a key that a version 1 file may not have ("not" names the key in validators' errors,
# where `false` names its object)
_V2_ONLY = {"not": {}, "description": "needs version 2 of the format"}


def _absent(keys: tuple[str, ...]) -> dict[str, Any]:
    return {"properties": {key: _V2_ONLY for key in keys}}


def _version_1() -> dict[str, Any]:
    """A version 1 file uses nothing version 2 added (the reader refuses it at that
    key, "needs version 2"): the keys are absent, the new lane types unused."""
    card_keys = tuple(dict.fromkeys(k for keys in versions.V2_CARD_KEYS.values() for k in keys))
    lane = _absent(versions.V2_LANE_KEYS)
    lane["properties"]["type"] = {"not": {"enum": list(versions.V2_LANE_TYPES)}}
    lane["properties"]["cards"] = {"items": _absent(card_keys)}
    then = _absent(versions.V2_TOP_KEYS)
    then["properties"].update({
        "meta": _absent(versions.V2_META_KEYS),
        "phases": {"items": _absent(versions.V2_PHASE_KEYS)},
        "stages": {"items": _absent(versions.V2_STAGE_KEYS)},
        "lanes": {"items": lane},
    })
    return {"if": {"properties": {"version": {"const": 1}}}, "then": then}


def json_schema() -> dict[str, Any]:
    schema = JourneyMap.model_json_schema()
    _standard_bounds(schema)
    _no_null(schema)
    defs = schema["$defs"]
    _discriminate_lanes(defs)
    emotion = CARD_CLASSES[EMOTION_KIND].__name__
    defs[emotion]["properties"]["span"] = {"const": EMOTION_SPAN, "default": EMOTION_SPAN,
                                           "title": "Span"}
    defs["View"]["properties"]["lanes"]["uniqueItems"] = True  # a lane is listed once
    schema["$defs"] = dict(sorted(defs.items()))
    schema["properties"]["version"] = {"enum": list(versions.READ_VERSIONS), "title": "Version",
                                       "type": "integer"}
    schema["allOf"] = [_version_1()]
    read = " and ".join(map(str, versions.READ_VERSIONS))
    description = (
        f"One customer journey map, format version {FORMAT_VERSION} (cjeditor writes "
        f"{FORMAT_VERSION}; it reads versions {read}, and "
        "a version 1 file uses none of the keys version 2 added). This schema checks the "
        "structure: keys, types, "
        "lengths, patterns, value lists and which card kinds each lane type holds. It "
        "cannot express these rules, which cjeditor checks: "
        + "; ".join(BEYOND_SCHEMA) + "."
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"Customer journey map (.cjmap), format version {FORMAT_VERSION}",
        **{key: value for key, value in schema.items() if key not in ("title", "description")},
        "description": description,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/cjmap.schema.json")
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
