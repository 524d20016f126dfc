"""Raw-dict migrations: a registry of `from -> to` steps applied before validation.

Version 0 is the draft format used before the first release: it kept the title
at the top level and had no `meta` object. Version 2 only added optional keys
(spec: "Version 2"), so 1 -> 2 changes the number, after refusing a version 1
file that already uses a version 2 key. Each step takes the raw dict of version
N and returns the raw dict of version N + 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cjeditor.model.limits import FORMAT_VERSION
from cjeditor.model.versions import (
    V2_CARD_KEYS,
    V2_LANE_KEYS,
    V2_LANE_TYPES,
    V2_META_KEYS,
    V2_PHASE_KEYS,
    V2_STAGE_KEYS,
    V2_TOP_KEYS,
)

if TYPE_CHECKING:
    from cjeditor.model.messages import Phrase

RawMap = dict[str, Any]
Step = Callable[[RawMap], RawMap]
MIGRATIONS: dict[int, Step] = {}


@dataclass(frozen=True)
class MigrationProblem:
    """Where (JSON path) and why an old file cannot be upgraded (a phrase of
    cjeditor.model.messages, worded when shown; `message` is its English)."""

    path: str
    phrase: Phrase

    @property
    def message(self) -> str:
        return self.phrase.say("en")


class MigrationRefused(ValueError):
    """The file cannot be upgraded; `problems` say where, as the reader reports them."""

    def __init__(self, problems: list[MigrationProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.path}: {p.message}" for p in problems))


def migration(from_version: int) -> Callable[[Step], Step]:
    def register(step: Callable[[RawMap], RawMap]) -> Callable[[RawMap], RawMap]:
        MIGRATIONS[from_version] = step
        return step

    return register


@migration(0)
def _v0_to_v1(data: RawMap) -> RawMap:
    """v0 had `title`, `product` and `language` at the top level."""
    out = dict(data)
    meta = dict(out.pop("meta", None) or {})
    for key in ("title", "product", "language"):
        if key in out:
            meta.setdefault(key, out.pop(key))
    out["meta"] = meta
    for key in ("personas", "phases", "lanes", "assets"):
        out.setdefault(key, [])
    out["version"] = 1
    return out


def version_2_uses(data: RawMap) -> Iterator[str]:
    """JSON paths where a raw map uses something version 2 added. Malformed parts are
    skipped: validation reports them later."""

    def items(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    yield i, item

    def keys(obj: Any, names: tuple[str, ...], path: str) -> Iterator[str]:
        if isinstance(obj, dict):
            for name in names:
                if name in obj:
                    yield f"{path}.{name}" if path else name

    yield from keys(data, V2_TOP_KEYS, "")
    yield from keys(data.get("meta"), V2_META_KEYS, "meta")
    for i, phase in items(data.get("phases")):
        yield from keys(phase, V2_PHASE_KEYS, f"phases[{i}]")
    for i, stage in items(data.get("stages")):
        yield from keys(stage, V2_STAGE_KEYS, f"stages[{i}]")
    for i, lane in items(data.get("lanes")):
        if lane.get("type") in V2_LANE_TYPES:
            yield f"lanes[{i}].type"
        yield from keys(lane, V2_LANE_KEYS, f"lanes[{i}]")
        for j, card in items(lane.get("cards")):
            kind = card.get("kind")
            names = V2_CARD_KEYS[None] + (V2_CARD_KEYS.get(kind, ()) if isinstance(kind, str)
                                          else ())
            yield from keys(card, names, f"lanes[{i}].cards[{j}]")


@migration(1)
def _v1_to_v2(data: RawMap) -> RawMap:
    """Nothing to convert; a version 1 file using version 2 keys is refused at each."""
    found = list(version_2_uses(data))
    if found:
        from cjeditor.model.messages import Message  # the sentences: only for a refusal

        needs = Message("map_needs_version", needed=2, says=1)
        raise MigrationRefused([MigrationProblem(path, needs) for path in found])
    return {**data, "version": 2}


def migrate(data: RawMap, target: int = FORMAT_VERSION) -> RawMap:
    """Apply every step from `data["version"]` up to `target`. A refusal names the
    version the file says, not the one an earlier step brought it to."""
    version = original = data["version"]
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise KeyError(f"no migration from version {version}")
        try:
            data = step(data)
        except MigrationRefused as exc:
            if version == original:
                raise
            raise MigrationRefused([_as_said(problem, original) for problem in exc.problems]
                                   ) from None
        if data.get("version") != version + 1:
            raise AssertionError(f"migration from {version} did not reach {version + 1}")
        version += 1
    return data


def _as_said(problem: MigrationProblem, version: int) -> MigrationProblem:
    """`problem` naming `version` as the one the file says."""
    from cjeditor.model.messages import Message

    phrase = problem.phrase
    if isinstance(phrase, Message) and "says" in phrase.params:
        phrase = Message(phrase.key, **{**phrase.params, "says": version})
    return MigrationProblem(problem.path, phrase)
