"""JSON as a map file may hold it: no key twice in one object, no broken characters.

`json.loads` alone keeps the last of two equal keys (hiding a merge accident),
turns an escaped lone surrogate (`"\\ud800"`) into a string that no encoder and
no validator accepts, and reads NaN and Infinity, which JSON does not have. `parse`
refuses all three, each at the JSON path of the place. Syntax errors are left to
the caller (`json.JSONDecodeError`).

Speed: the only cost on a good file is the object hook (a `dict` and a length
comparison per object); the tree is walked only when a duplicate or a constant was
seen, or the text can hold a lone surrogate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from cjeditor.fileio.errors import Problem

# The escape of a UTF-16 surrogate, the only way JSON text decoded from UTF-8 can hold one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class StrictJsonError(ValueError):
    """The JSON is well formed but not acceptable; `problems` say where and why."""

    def __init__(self, problems: list[Problem], total: int):
        super().__init__(str(problems[0]))
        self.problems = problems
        self.total = total


class _Repeated(dict[str, Any]):
    """A JSON object in which some key appeared more than once."""

    __slots__ = ("counts",)
    counts: dict[str, int]


class _Constant:
    """Where the text held NaN, Infinity or -Infinity (not JSON): said at its path."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


# A JSON string (skipped), or one of the tokens a problem is about
_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
_LONG_NUMBER = re.compile(r'"(?:[^"\\]|\\.)*"|(-?[0-9]{4000,})')


def token_position(text: str, pattern: re.Pattern[str]) -> tuple[int | None, int | None]:
    """Line and column (from 1) of the first match of `pattern`'s group 1 outside
    strings: where json stopped on a value it does not report the place of."""
    for match in pattern.finditer(text):
        if match.group(1):
            return line_column(text, match.start(1))
    return None, None


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Line and column (from 1, in characters) of `offset` in `text`."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def long_number_position(text: str) -> tuple[int | None, int | None]:
    """Where an integer too long for Python to read (thousands of digits) starts."""
    return token_position(text, _LONG_NUMBER)


def parse(text: str, *, from_utf8: bool = False) -> Any:
    """Parse `text` as JSON; StrictJsonError for repeated keys, lone surrogates, NaN.

    StrictJsonError is a ValueError, as json's own errors are. `from_utf8` says the
    text was decoded from UTF-8 bytes, so only an escape can hold a surrogate.
    """
    seen_repeat = seen_constant = False

    def constant(name: str) -> _Constant:
        nonlocal seen_constant
        seen_constant = True
        return _Constant(name)

    def make_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal seen_repeat
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        seen_repeat = True
        repeated = _Repeated(obj)
        counts: dict[str, int] = {}
        for key, _value in pairs:
            counts[key] = counts.get(key, 0) + 1
        repeated.counts = {key: n for key, n in counts.items() if n > 1}
        return repeated

    raw = json.loads(text, object_pairs_hook=make_object, parse_constant=constant)
    problems: list[Problem] = []
    if seen_constant:
        problems.extend(_not_numbers(raw, text))
    if seen_repeat:
        problems.extend(_repeated_keys(raw))
    if _may_hold_surrogates(text, from_utf8):
        problems.extend(_broken_text(raw))
    if problems:
        raise StrictJsonError(problems, len(problems))
    return raw


def _may_hold_surrogates(text: str, from_utf8: bool) -> bool:
    if _SURROGATE_ESCAPE.search(text):
        return True
    if from_utf8:
        return False
    try:  # text not read from UTF-8 bytes (e.g. the clipboard) may hold one as itself
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every object, list and string under `node`, with its JSON path, depth first."""
    stack: list[tuple[str, Any]] = [(path, node)]
    while stack:
        where, item = stack.pop()
        yield where, item
        if isinstance(item, dict):
            children = [(f"{where}.{_segment(key)}" if where else _segment(key), value)
                        for key, value in item.items()]
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend(reversed([(f"{where}[{i}]", value) for i, value in enumerate(item)]))


def _repeated_keys(raw: Any) -> Iterator[Problem]:
    from cjeditor.model.messages import Message  # the sentences: only for a refused file

    for where, item in _walk(raw):
        if isinstance(item, _Repeated):
            for key, count in item.counts.items():
                times = Message("times_two") if count == 2 else Message("times_many",
                                                                        count=count)
                yield Problem(Message("json_key_repeated", name=shown(key), times=times), where)


def _not_numbers(raw: Any, text: str) -> Iterator[Problem]:
    """NaN and the infinities, each at its path (the whole file's first place, when the
    file is nothing but one)."""
    from cjeditor.model.messages import Message

    for where, item in _walk(raw):
        if isinstance(item, _Constant):
            if where:
                yield Problem(Message("json_not_a_number_at", name=item.name), where)
            else:
                line, column = token_position(text, _CONSTANT)
                yield Problem(Message("json_not_a_number", name=item.name), line=line,
                              column=column)


def _broken_text(raw: Any) -> Iterator[Problem]:
    from cjeditor.model.messages import Message

    for where, item in _walk(raw):
        if isinstance(item, str) and not _is_unicode(item):
            yield Problem(Message("text_lone_surrogate", text=_around_break(item)), where)
        elif isinstance(item, dict):
            for key in item:
                if not _is_unicode(key):
                    yield Problem(Message("key_lone_surrogate", name=shown(key)), where)


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _segment(key: str) -> str:
    return key if _is_unicode(key) else key.encode("utf-8", "backslashreplace").decode("utf-8")


def _around_break(text: str) -> str:
    """The first broken character with a little text either side, quoted."""
    index = next(i for i, char in enumerate(text) if "\ud800" <= char <= "\udfff")
    start, end = max(0, index - 20), index + 21
    return shown(("…" if start else "") + text[start:end] + ("…" if end < len(text) else ""),
                 limit=60)


def shown(text: str, limit: int = 60) -> str:
    """`text` quoted for a message: control characters and surrogates escaped, long text cut."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    quoted = json.dumps(text, ensure_ascii=False)
    return quoted.encode("utf-8", "backslashreplace").decode("utf-8")
