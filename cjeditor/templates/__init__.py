"""Built-in templates: new maps with the stages, phases and lanes of each method.

The data lives in `resources/templates/<name>.json` (shipped as
`cjeditor.resources`), one file per template holding both languages::

    {"name", "title": {lang: str}, "description": {lang: str},
     "phases": [{"key", "name": {lang: str}, "acquisition"?: bool}],
     "stages": [{"key", "name": {..}, "description"?: {..}, "phase"?: key, "moment"?: str}],
     "lanes": [{"key"?, "type", "title": {..}, "line_below"?: str}],
     "cards"?: [{"key"?, "lane": key, "stage": key, "kind", "title": {..}, "text"?: {..}, ...}],
     "connections"?: [{"from": card key, "to": card key, "label"?: {..}, "style"?: str}]}

Card entries may carry any other card field (e.g. `score`, `channel`) as a
plain value; it is copied as is. No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.resources import files
from typing import Any

from cjeditor.model import JourneyMap, new_id
from cjeditor.model.limits import FORMAT_NAME, FORMAT_VERSION

__all__ = [
    "LANGUAGES",
    "TEMPLATE_NAMES",
    "TemplateInfo",
    "UnknownLanguageError",
    "UnknownTemplateError",
    "create_map",
    "list_templates",
    "load_template",
]

TEMPLATE_NAMES: tuple[str, ...] = (
    "blank",
    "moments-of-truth",
    "six-moments",
    "digital-era",
    "lean-three-phases",
    "service-blueprint",
)
LANGUAGES: tuple[str, ...] = ("es", "en")
DEFAULT_TEMPLATE = "blank"
DEFAULT_LANGUAGE = "es"

# Keys of a template's card entry that are not copied verbatim into the card.
_CARD_TEMPLATE_KEYS = {"key", "lane", "stage", "title", "text"}


class UnknownTemplateError(ValueError):
    """The name is not one of TEMPLATE_NAMES."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f'unknown template "{name}"; choose one of: {", ".join(TEMPLATE_NAMES)}'
        )
        self.name = name


class UnknownLanguageError(ValueError):
    """The language is not one of LANGUAGES."""

    def __init__(self, language: str) -> None:
        super().__init__(
            f'unknown template language "{language}"; choose one of: {", ".join(LANGUAGES)}'
        )
        self.language = language


@dataclass(frozen=True)
class TemplateInfo:
    """What `cjeditor templates` and the New-map dialog show about a template."""

    name: str
    languages: tuple[str, ...]
    stage_count: int
    title: dict[str, str]
    description: dict[str, str]


@cache
def _load_text(name: str) -> str:
    resource = files("cjeditor.resources") / "templates" / f"{name}.json"
    return resource.read_text(encoding="utf-8")


def load_template(name: str) -> dict[str, Any]:
    """The raw data of a template (a fresh copy each call)."""
    if name not in TEMPLATE_NAMES:
        raise UnknownTemplateError(name)
    data: dict[str, Any] = json.loads(_load_text(name))
    if data.get("name") != name:
        raise RuntimeError(f'template file "{name}.json" names itself "{data.get("name")}"')
    return data


def list_templates() -> list[TemplateInfo]:
    """The built-in templates, in TEMPLATE_NAMES order."""
    infos = []
    for name in TEMPLATE_NAMES:
        data = load_template(name)
        infos.append(
            TemplateInfo(
                name=name,
                languages=LANGUAGES,
                stage_count=len(data["stages"]),
                title={lang: data["title"][lang] for lang in LANGUAGES},
                description={lang: data["description"][lang] for lang in LANGUAGES},
            )
        )
    return infos


def _timestamp(now: datetime | None) -> str:
    if now is None:
        now = datetime.now()
    if now.tzinfo is None or now.utcoffset() is None:
        # A naive datetime is taken as local time; the format wants an offset.
        now = now.astimezone()
    return now.isoformat(timespec="seconds")


def create_map(
    name: str = DEFAULT_TEMPLATE,
    language: str = DEFAULT_LANGUAGE,
    title: str | None = None,
    now: datetime | None = None,
) -> JourneyMap:
    """A new, valid map from template `name` in `language`, with fresh random ids.

    `title` defaults to the template's title in that language (an empty or blank
    title too). `now` (default: the current local time) sets meta.created and
    meta.modified. Raises UnknownTemplateError / UnknownLanguageError (both
    ValueError) for a name or language it does not know, and pydantic's
    ValidationError (also a ValueError) for a title longer than 200 characters.
    """
    if name not in TEMPLATE_NAMES:
        raise UnknownTemplateError(name)
    if language not in LANGUAGES:
        raise UnknownLanguageError(language)
    data = load_template(name)
    taken: set[str] = set()

    def fresh(prefix: str) -> str:
        new = new_id(prefix, taken)
        taken.add(new)
        return new

    def tr(value: dict[str, str]) -> str:
        return value[language]

    phase_ids = {phase["key"]: fresh("ph") for phase in data["phases"]}
    phases = [{"id": phase_ids[p["key"]], "name": tr(p["name"]),
               **({"acquisition": True} if p.get("acquisition") else {})}
              for p in data["phases"]]

    stage_ids: dict[str, str] = {}
    stages = []
    for entry in data["stages"]:
        stage: dict[str, Any] = {"id": fresh("s"), "name": tr(entry["name"])}
        stage_ids[entry["key"]] = stage["id"]
        if "description" in entry:
            stage["description"] = tr(entry["description"])
        if "phase" in entry:
            stage["phase"] = phase_ids[entry["phase"]]
        if "moment" in entry:
            stage["moment"] = entry["moment"]
        stages.append(stage)

    lane_by_key: dict[str, dict[str, Any]] = {}
    lanes = []
    for entry in data["lanes"]:
        lane = {"id": fresh("l"), "type": entry["type"], "title": tr(entry["title"]), "cards": []}
        if "line_below" in entry:
            lane["line_below"] = entry["line_below"]
        if "key" in entry:
            lane_by_key[entry["key"]] = lane
        lanes.append(lane)

    card_ids: dict[str, str] = {}
    for entry in data.get("cards", []):
        card: dict[str, Any] = {
            "id": fresh("c"),
            "kind": entry["kind"],
            "stage": stage_ids[entry["stage"]],
            "title": tr(entry["title"]),
        }
        if "text" in entry:
            card["text"] = tr(entry["text"])
        card.update({k: v for k, v in entry.items() if k not in _CARD_TEMPLATE_KEYS})
        if "key" in entry:
            card_ids[entry["key"]] = card["id"]
        lane_by_key[entry["lane"]]["cards"].append(card)

    connections = []
    for entry in data.get("connections", []):
        connection: dict[str, Any] = {"id": fresh("k"), "from": card_ids[entry["from"]],
                                      "to": card_ids[entry["to"]]}
        if "label" in entry:
            connection["label"] = tr(entry["label"])
        if "style" in entry:
            connection["style"] = entry["style"]
        connections.append(connection)

    stamp = _timestamp(now)
    map_title = title.strip() if title is not None and title.strip() else tr(data["title"])
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "meta": {
            "title": map_title,
            "language": language,
            "created": stamp,
            "modified": stamp,
        },
        "personas": [],
        "phases": phases,
        "stages": stages,
        "lanes": lanes,
        "assets": [],
    }
    if connections:
        document["connections"] = connections
    return JourneyMap.model_validate(document)
