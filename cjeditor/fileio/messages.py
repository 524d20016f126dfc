"""Turn pydantic's validation errors into one plain sentence each, with a JSON path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from cjeditor.fileio.errors import Problem
from cjeditor.model.cards import CARD_KINDS
from cjeditor.model.types import PATTERN_MESSAGES

_TYPE_NAMES = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}


def json_path(loc: Sequence[str | int]) -> str:
    """('lanes', 2, 'cards', 5, 'touchpoint', 'stage') -> 'lanes[2].cards[5].stage'."""
    out = ""
    previous: str | int | None = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif previous is not None and isinstance(previous, int) and out.endswith(
            f"cards[{previous}]"
        ) and part in CARD_KINDS:
            # pydantic names the union member inside a card's location: drop it.
            pass
        else:
            out += f".{part}" if out else part
        previous = part
    return out


def _plural(count: Any, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _sentence(error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "is not a known key (a typo?)"
    if kind in _TYPE_NAMES:
        return f"must be {_TYPE_NAMES[kind]}"
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return "must not be empty"
        return f"must be at least {_plural(ctx.get('min_length'), 'character')} long"
    if kind == "string_too_long":
        return f"is too long: at most {_plural(ctx.get('max_length'), 'character')}"
    if kind == "too_short":
        return f"must have at least {_plural(ctx.get('min_length'), 'item')}"
    if kind == "too_long":
        return f"has too many items: at most {ctx.get('max_length')}"
    if kind == "string_pattern_mismatch":
        return PATTERN_MESSAGES.get(ctx.get("pattern", ""), "has the wrong form")
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))}"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')}"
    if kind == "union_tag_invalid":
        return f"kind {ctx.get('tag')!r} is not a card kind; use one of {ctx.get('expected_tags')}"
    if kind == "union_tag_not_found":
        return "kind is required but missing"
    if kind == "finite_number":
        return "must be a finite number"
    if kind == "value_error":
        return str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    return str(error.get("msg", "is not valid"))


def problems_from_validation(exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors(include_url=False, include_input=False):
        rules = (error.get("ctx") or {}).get("problems")
        if error["type"] == "cjmap_rules" and rules:
            problems.extend(Problem(rule.message, rule.path) for rule in rules)
            continue
        loc = error["loc"]
        if loc and loc[-1] in ("int", "float") and error["type"] in _TYPE_NAMES:
            # A number field is a union of int and float: one message for both.
            problems.append(Problem("must be a number", json_path(loc[:-1])))
            continue
        if error["type"] == "union_tag_not_found" or error["type"] == "union_tag_invalid":
            loc = (*loc, "kind")
        problems.append(Problem(_sentence(error), json_path(loc)))
    return _dedupe(problems)


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for problem in problems:
        key = (problem.path, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out
