"""Constrained scalar types shared by the models."""

from __future__ import annotations

import math
import re
import sys
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from cjeditor.model import limits

ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
# A well-formed BCP 47 tag (RFC 5646, section 2.1): language (with extended subtags),
# script, region, variants, extensions and private use; a private-use tag alone; the
# irregular grandfathered tags (the regular ones already fit the first form).
LANGUAGE_PATTERN = (
    r"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language, extlangs
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"  # variants
    r"(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*"  # extensions
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"  # private use
    r"|[Xx](?:-[A-Za-z0-9]{1,8})+"
    r"|[Ii]-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)"
    r"|en-GB-oed|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)$"
)

# Friendly sentences for the patterns above (used by fileio's messages).
PATTERN_MESSAGES = {
    ID_PATTERN: "is not a valid id: use 1 to 64 letters, digits, '_' or '-'",
    COLOR_PATTERN: 'is not a colour: write it as "#RRGGBB", e.g. "#1F6FB2"',
    LANGUAGE_PATTERN: 'is not a language tag such as "es" or "en-GB"',
}

Id = Annotated[str, Field(pattern=ID_PATTERN)]
Color = Annotated[str, Field(pattern=COLOR_PATTERN)]


def text(max_length: int, min_length: int = 0) -> object:
    """A string field of bounded length (in characters)."""
    return Annotated[str, Field(min_length=min_length, max_length=max_length)]


Name = Annotated[str, Field(min_length=1, max_length=limits.MAX_NAME)]
LongText = Annotated[str, Field(max_length=limits.MAX_LONG_TEXT)]


def _check_finite(value: int | float) -> int | float:
    # a whole number past the largest float (a 400-digit integer is valid JSON) is no
    # more a number a map can compute with than 1e400 is
    if not math.isfinite(value) if isinstance(value, float) else abs(value) > _FLOAT_MAX:
        raise PydanticCustomError("finite_number", "must be a finite number")
    return value


_FLOAT_MAX = sys.float_info.max


Number = Annotated[int | float, AfterValidator(_check_finite)]

_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


def _check_datetime(value: str) -> str:
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        parsed = None
    if parsed is None or "T" not in value.upper() or parsed.tzinfo is None:
        raise PydanticCustomError(
            "datetime_with_offset",
            'is not a date and time with offset, e.g. "2026-03-01T10:30:00+01:00"',
        )
    return value


DateTimeText = Annotated[str, Field(max_length=64), AfterValidator(_check_datetime)]

# A map path (`link`, `counterpart`): relative, "/"-separated, naming a .cjmap file.
# The model checks it piece by piece below (one sentence per mistake); this pattern says
# the same for the JSON Schema, and a test keeps the two in agreement.
MAP_PATH_SUFFIX = ".cjmap"
MAP_PATH_PATTERN = r"^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!/)[^\\\x00]*\.cjmap$"
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


# Why a map path is refused, by reason (messages.py has their Spanish)
MAP_PATH_PROBLEMS: dict[str, str] = {
    "backslash": 'is not a map path: use "/" between folders, never "\\"',
    "nul": "is not a map path: it contains a NUL character",
    "absolute": 'must be relative to this map\'s folder, not start with "/"',
    "address": ('must be a path relative to this map, not a web address or a drive '
                '(nothing like "x:" at the start)'),
    "suffix": f'must name a map file: end in "{MAP_PATH_SUFFIX}"',
}


def map_path_problem(value: str) -> str | None:
    """Why `value` is not a valid map path (a key of MAP_PATH_PROBLEMS), or None
    (length aside)."""
    if "\\" in value:
        return "backslash"
    if "\x00" in value:
        return "nul"
    if value.startswith("/"):
        return "absolute"
    if _SCHEME_RE.match(value):
        return "address"
    if not value.endswith(MAP_PATH_SUFFIX):
        return "suffix"
    return None


def _check_map_path(value: str) -> str:
    reason = map_path_problem(value)
    if reason is not None:
        raise PydanticCustomError("map_path", MAP_PATH_PROBLEMS[reason], {"reason": reason})
    return value


MapPath = Annotated[
    str,
    Field(min_length=1, max_length=limits.MAX_MAP_PATH,
          json_schema_extra={"pattern": MAP_PATH_PATTERN}),
    AfterValidator(_check_map_path),
]
Rating = Annotated[int, Field(ge=limits.MIN_RATING, le=limits.MAX_RATING)]
