"""The JSON Schema of the format, generated from the models.

The generated text ships as resources/cjmap.schema.json (printed by
`cjeditor schema`); `python -m cjeditor.model.schema` rewrites it, and a test
fails when the two differ. Rules that span objects (references, unique ids,
lane kinds) are not expressible here; the models check them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cjeditor.model.journey import JourneyMap

SCHEMA_ID = "https://cjeditor.example/schema/cjmap-2.schema.json"


def json_schema() -> dict:
    schema = JourneyMap.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Customer journey map (.cjmap), format version 2",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/cjmap.schema.json")
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
