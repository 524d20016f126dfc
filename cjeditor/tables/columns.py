"""The card table's columns and how one cell is written and read (spec/cli.md,
"import and the table format"). Shared by the CSV and XLSX sides. No I/O.

A cell is written from a card's value and read back into one: text cells are made
formula-safe, lists are joined by `;`, numbers stay numbers.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Literal

from cjeditor.model.messages import Message

__all__ = [
    "BOOL_COLUMNS", "CARD_COLUMNS", "COLUMNS", "INT_COLUMNS", "KIND_COLUMNS", "LANE_COLUMNS",
    "LIST_COLUMNS", "NUMBER_COLUMNS", "STAGE_COLUMNS", "CellError", "Cell", "column_type",
    "join_list", "read_bool", "read_int", "read_number", "safe_text", "split_list",
    "unsafe_text",
]

# Where the card is, then what every card has, then the kind-specific fields.
PLACE_COLUMNS: tuple[str, ...] = (
    "lane_id", "lane_type", "lane_title", "stage_id", "stage_name", "stage_index", "position",
)
CARD_COLUMNS: tuple[str, ...] = (
    "card_id", "kind", "title", "text", "span", "evidence", "color", "tags",
)
KIND_COLUMNS: tuple[str, ...] = (
    "channel", "channel_label", "initiative", "decision_point", "met", "score", "emoji",
    "severity", "source", "addresses", "priority", "impact", "effort", "hypothesis", "measure",
    "status", "value", "unit", "scope", "link",
)
COLUMNS: tuple[str, ...] = PLACE_COLUMNS + CARD_COLUMNS + KIND_COLUMNS

# The xlsx's `stages` and `lanes` sheets: every field of the model, in its order, and
# the names of the phase and persona they refer to (phases and personas are not in a
# table otherwise; with these the import rebuilds them by id and name).
STAGE_COLUMNS: tuple[str, ...] = (
    "id", "name", "description", "phase", "moment", "color", "width", "link", "phase_name",
)
LANE_COLUMNS: tuple[str, ...] = (
    "id", "type", "title", "persona", "color", "collapsed", "line_below", "persona_name",
)

INT_COLUMNS = frozenset({"stage_index", "position", "span", "severity", "priority", "impact",
                         "effort"})
NUMBER_COLUMNS = frozenset({"score", "value", "width"})  # int or float
BOOL_COLUMNS = frozenset({"decision_point", "collapsed"})
LIST_COLUMNS = frozenset({"tags", "addresses"})

ColumnType = Literal["int", "number", "bool", "list", "text"]
Cell = str | int | float | bool | None


@cache
def column_type(column: str) -> ColumnType:
    if column in INT_COLUMNS:
        return "int"
    if column in NUMBER_COLUMNS:
        return "number"
    if column in BOOL_COLUMNS:
        return "bool"
    if column in LIST_COLUMNS:
        return "list"
    return "text"


class CellError(ValueError):
    """A cell that cannot be read as its column's type; `phrase` says why (its English
    is the exception's text)."""

    def __init__(self, key: str) -> None:
        self.phrase = Message(key)
        super().__init__(self.phrase.say("en"))


# ------------------------------------------------------------------ formula safety
_RISKY_START = ("=", "+", "-", "@", "\t", "\r", "'")


def safe_text(text: str) -> str:
    """A text cell as written: one more `'` in front when a spreadsheet could take it
    for a formula (or when it already starts with `'`, so import gives it back)."""
    return "'" + text if text.startswith(_RISKY_START) else text


def unsafe_text(text: str) -> str:
    """A text cell as read: one leading `'` removed."""
    return text[1:] if text.startswith("'") else text


# ------------------------------------------------------------------ lists
# Items are joined by ";". Inside an item, "\" escapes the next character, so an item
# may hold ";" or "\" and keep spaces at its ends; spaces next to a ";" that are not
# escaped are ignored, so people may type "urgente; envío".
_ESCAPE_RE = re.compile(r"([\\;])")


def join_list(items: list[str]) -> str:
    """The items of a list cell joined by `;` (empty items are not kept)."""
    out = []
    for item in items:
        body = _ESCAPE_RE.sub(r"\\\1", item)
        if not body.strip():
            out.append("".join("\\" + c for c in body))
            continue
        lead = len(body) - len(body.lstrip())
        end = len(body.rstrip())
        out.append("".join("\\" + c for c in body[:lead]) + body[lead:end]
                   + "".join("\\" + c for c in body[end:]))
    return ";".join(out)


def split_list(cell: str) -> list[str]:
    items: list[str] = []
    current: list[tuple[str, bool]] = []  # (character, escaped)

    def close() -> None:
        while current and not current[0][1] and current[0][0].isspace():
            current.pop(0)
        while current and not current[-1][1] and current[-1][0].isspace():
            current.pop()
        if current:
            items.append("".join(c for c, _ in current))
        current.clear()

    chars = iter(cell)
    for char in chars:
        if char == "\\":
            following = next(chars, None)
            if following is None:
                current.append(("\\", True))
            else:
                current.append((following, True))
        elif char == ";":
            close()
        else:
            current.append((char, False))
    close()
    return items


# ------------------------------------------------------------------ numbers
def read_int(value: Cell) -> int:
    if isinstance(value, bool):
        raise CellError("cell_whole_number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellError("cell_whole_number")
    text = str(value).strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        raise CellError("cell_whole_number") from None
    if math.isfinite(number) and number.is_integer():
        return int(number)
    raise CellError("cell_whole_number")


def read_number(value: Cell) -> int | float:
    if isinstance(value, bool):
        raise CellError("cell_number")
    if isinstance(value, int | float):
        number: int | float = value
    else:
        text = str(value).strip()
        try:
            number = int(text)
        except ValueError:
            try:
                number = float(text.replace(",", ".") if text.count(",") == 1
                               and "." not in text else text)
            except ValueError:
                raise CellError("cell_number") from None
    if isinstance(number, float) and not math.isfinite(number):
        raise CellError("finite_number")
    return number


_TRUE = {"true", "yes", "1", "sí", "si", "verdadero", "x"}
_FALSE = {"false", "no", "0", "falso"}


def read_bool(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError("cell_true_false")
