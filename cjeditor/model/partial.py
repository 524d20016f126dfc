"""The cross-object rules of a map whose cards, connections or views fail to validate.

Pydantic checks the rules (model/rules.py) only on a map whose every object is
well formed, so a file with a title too long and a card pointing at a missing stage
would show the first problem, and the second only once that one is mended. Where
every object that fails is a card, a connection or a view, the rules are checked on
the map without them: each problem found there is said at the place it has in the
file. A bad name or optional field of meta, a stage, a phase, a persona or a lane is
mended instead (a stand-in name, the field left out): those objects are referred to.
A problem that names a left-out object (a connection to a card that failed, the same
id as one) is not said: that object's own problem is.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from cjeditor.model.journey import JourneyMap
from cjeditor.model.rules import RuleProblem

Loc = Sequence[str | int]
# where an object of a list lies, as a key of `left_out`: ("lanes", 2, "cards") ...
Where = tuple[str | int, ...]
_PLACE = re.compile(r"\b(lanes\[(\d+)\]\.cards|connections|views)\[(\d+)\]")


def _where(loc: Loc) -> tuple[Where, int] | None:
    """The list and index of the object a problem at `loc` lies in, if it can be left
    out: a card, a connection or a view."""
    if len(loc) >= 4 and loc[0] == "lanes" and isinstance(loc[1], int) \
            and loc[2] == "cards" and isinstance(loc[3], int):
        return ("lanes", loc[1], "cards"), loc[3]
    if len(loc) >= 2 and loc[0] in ("connections", "views") and isinstance(loc[1], int):
        return (loc[0],), loc[1]
    return None


def rules_despite(raw: dict[str, Any], refusal: ValidationError) -> list[RuleProblem]:
    """The rule problems of `raw`, a map refused with `refusal`, checked without the
    objects its problems lie in; none when the rules were checked already, or unless
    each problem lies in a card, a connection or a view."""
    errors = refusal.errors(include_url=False, include_input=False)
    if any(error["type"] == "cjmap_rules" for error in errors):
        return []  # the structure held: the rules' problems are said already
    left_out: dict[Where, set[int]] = {}
    mended: list[Loc] = []
    for error in errors:
        place = _where(error["loc"])
        if place is not None:
            left_out.setdefault(place[0], set()).add(place[1])
        elif _mendable(error["loc"]):
            mended.append(error["loc"])
        else:
            return []
    try:
        return _check_without(raw, left_out, mended)
    except RecursionError:  # a file nested too deep: its own problem says so
        return []


# Fields of the map's other objects that the rules never read, or read only to refer:
# a bad one is mended (a name given a stand-in, an optional field left out) rather than
# the object left out, which every reference to it would then miss.
_NAMES = {"meta": "title", "stages": "name", "phases": "name", "personas": "name",
          "lanes": "title"}
_OPTIONAL = {
    "meta": {"product", "objective", "team_goal", "language", "created", "modified",
             "authors", "state", "counterpart"},
    "stages": {"description", "phase", "moment", "color", "width", "link"},
    "phases": {"color", "acquisition"},
    "personas": {"role", "description", "goals", "frustrations", "quote", "image", "color"},
    "lanes": {"persona", "color", "collapsed", "line_below"},
}
_STAND_IN = "-"  # a name that passes (the problem itself is said from the file's own)


def _field_of(loc: Loc) -> tuple[tuple[str | int, ...], str] | None:
    """The object (its path) and field a problem at `loc` lies in, for meta and the
    items of stages, phases, personas and lanes."""
    if len(loc) >= 2 and loc[0] == "meta" and isinstance(loc[1], str):
        return ("meta",), loc[1]
    if len(loc) >= 3 and loc[0] in ("stages", "phases", "personas", "lanes") \
            and isinstance(loc[1], int) and isinstance(loc[2], str):
        return (loc[0], loc[1]), loc[2]
    return None


def _mendable(loc: Loc) -> bool:
    found = _field_of(loc)
    if found is None:
        return False
    kind, field = str(found[0][0]), found[1]
    return field == _NAMES[kind] or field in _OPTIONAL[kind]


def _mend(raw: dict[str, Any], loc: Loc) -> None:
    found = _field_of(loc)
    assert found is not None
    node: Any = raw
    for key in found[0]:
        node = node[key]
    kind, field = str(found[0][0]), found[1]
    if field == _NAMES[kind]:
        node[field] = _STAND_IN
    else:
        node.pop(field, None)


def _check_without(raw: dict[str, Any], left_out: dict[Where, set[int]],
                   mended: Sequence[Loc] = ()) -> list[RuleProblem]:
    pruned = copy.deepcopy(raw)
    try:
        for loc in mended:
            _mend(pruned, loc)
    except (KeyError, IndexError, TypeError):
        return []
    kept: dict[Where, list[int]] = {}  # for each list, the file's index of each kept one
    names: set[str] = set()  # the ids of the objects left out
    for where, indexes in left_out.items():
        items = _list(pruned, where)
        if items is None:
            return []
        for index in indexes:
            if index < len(items) and isinstance(items[index], dict):
                names.add(str(items[index].get("id")))
        kept[where] = [i for i in range(len(items)) if i not in indexes]
        items[:] = [item for i, item in enumerate(items) if i not in indexes]
    try:
        JourneyMap.model_validate(pruned)
    except ValidationError as exc:
        problems: list[RuleProblem] = []
        for error in exc.errors(include_url=False, include_input=False):
            rules = (error.get("ctx") or {}).get("problems")
            if error["type"] != "cjmap_rules" or not rules:
                return []  # the map without them fails otherwise: say nothing more
            problems.extend(rules)
        return [RuleProblem(_in_file(p.path, kept), _in_file(p.message, kept))
                for p in problems if not any(f'"{name}"' in p.message for name in names)]
    return []


def _list(raw: dict[str, Any], where: Where) -> list[Any] | None:
    node: Any = raw
    for key in where:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node if isinstance(node, list) else None


def _in_file(text: str, kept: dict[Where, list[int]]) -> str:
    """`text` with the places of the map left short turned into the file's places."""

    def back(match: re.Match[str]) -> str:
        head, lane, index = match.group(1), match.group(2), int(match.group(3))
        where: Where = ("lanes", int(lane), "cards") if lane is not None else (head,)
        indexes = kept.get(where)
        return f"{head}[{indexes[index] if indexes and index < len(indexes) else index}]"

    return _PLACE.sub(back, text)
