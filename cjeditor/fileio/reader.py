"""Read a .cjmap file safely: size first, then UTF-8, JSON, version, migration, model.

Every refusal is a `MapLoadError` listing plain-language problems; the file is
only ever read.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjeditor.fileio import strict_json
from cjeditor.fileio.errors import MapLoadError, Problem
from cjeditor.model import JourneyMap
from cjeditor.model.limits import FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES

_MIB = 1024 * 1024
_JSON_STARTS = frozenset('{["-0123456789tfnNI')  # what a JSON text (or NaN, Infinity) begins with


def load(path: str | os.PathLike[str]) -> JourneyMap:
    """Read, migrate and validate the map at `path`, or raise MapLoadError."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(path, "map_folder")
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise _refuse(path, "map_not_regular")
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path, info.st_size)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(path, "file_missing") from None
    except PermissionError:
        raise _refuse(path, "file_permission") from None
    except OSError as exc:
        from cjeditor.fileio.messages import os_reason

        raise _refuse(path, "file_unreadable", reason=os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path, len(data))
    return loads(data, source=path)


def loads(data: bytes | str, source: str | os.PathLike[str] | None = None) -> JourneyMap:
    """Parse and validate a map from bytes or text (e.g. the clipboard)."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(source, len(data))
        text = _decode(data, source)
    else:
        # as long as a file: a character takes at least one byte, at most four
        if len(data) > MAX_FILE_BYTES or (len(data) * 4 > MAX_FILE_BYTES
                                          and len(data.encode("utf-8", "surrogatepass"))
                                          > MAX_FILE_BYTES):
            raise _too_large(source, len(data.encode("utf-8", "surrogatepass")))
        text = data.removeprefix("\ufeff")  # a byte-order mark, as a decoded file may keep
    raw = _parse_json(text, source, from_utf8=isinstance(data, bytes))
    raw = _check_header(raw, source)
    if "null" in text:  # JSON writes null only so: without it, nothing to walk for
        _refuse_nulls(raw, source)
    try:
        return JourneyMap.model_validate(raw)
    except ValidationError as exc:
        # the sentences for problems are only needed for a refused file: imported then
        from cjeditor.fileio.messages import problems_from_validation, rule_problems
        from cjeditor.model.partial import rules_despite

        problems = problems_from_validation(exc)
        # every problem at once: the rules too, where only cards, connections or views
        # failed (model/partial.py)
        problems += rule_problems(rules_despite(raw, exc))
        raise MapLoadError(source, problems, total=len(problems)) from None
    except RecursionError:
        raise _refuse(source, "map_too_deep") from None


def _refuse_nulls(raw: dict[str, Any], source: Any) -> None:
    """No key of the format takes null: an optional key is absent when it says nothing
    (spec), and null read as absent would be dropped by the next save."""
    from cjeditor.fileio.messages import problem

    paths: list[str] = []
    stack: list[tuple[str, Any]] = [("", raw)]
    while stack:  # a walk without recursion: the nesting is as deep as the file makes it
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, item in reversed(value.items()):
                inner = f"{path}.{key}" if path else key
                if item is None:
                    paths.append(inner)
                else:
                    stack.append((inner, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    if paths:
        problems = [problem("json_null", path) for path in paths]
        raise MapLoadError(source, problems, total=len(problems))


def _too_large(source: Any, size: int) -> MapLoadError:
    from cjeditor.fileio.messages import size_mib

    return _refuse(source, "map_too_large", size=size_mib(size), limit=MAX_FILE_BYTES // _MIB)


def _refuse(source: Any, key: str, path: str = "", line: int | None = None,
            column: int | None = None, **params: Any) -> MapLoadError:
    """A refusal with one problem, worded by the sentence `key` (cjeditor.model.messages)."""
    from cjeditor.fileio.messages import problem

    return MapLoadError(source, [problem(key, path, line, column, **params)])


def _decode(data: bytes, source: Any) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        body = data.removeprefix(codecs.BOM_UTF8)  # where exc.start counts from
        if not body.lstrip().startswith(b"{"):
            # a picture, a PDF, a spreadsheet...: not a map at all, whatever byte failed
            raise _refuse(source, "map_not_a_map", line=1, column=1) from None
        line, column = _line_column(body[: exc.start])
        raise _refuse(source, "map_not_utf8", line=line, column=column) from None


def _line_column(prefix: bytes) -> tuple[int, int]:
    """Where the bytes after `prefix` start, in lines and characters."""
    text = prefix.decode("utf-8", "replace")
    return strict_json.line_column(text, len(text))


def _parse_json(text: str, source: Any, from_utf8: bool) -> Any:
    try:
        return strict_json.parse(text, from_utf8=from_utf8)
    except json.JSONDecodeError as exc:
        raise _syntax_refusal(text, exc, source) from None
    except strict_json.StrictJsonError as exc:
        raise MapLoadError(source, exc.problems, total=exc.total) from None
    except RecursionError:
        raise _refuse(source, "map_too_deep") from None
    except ValueError:  # an integer with thousands of digits: valid JSON, no number
        line, column = strict_json.long_number_position(text)
        raise _refuse(source, "map_long_number", line=line, column=column) from None


def _syntax_refusal(text: str, exc: json.JSONDecodeError, source: Any) -> MapLoadError:
    """A file JSON cannot read, said as a designer sees it where the cause is plain: an
    empty file, a file that is not a map's text at all, a map cut off before its end;
    else json's own sentence at its line and column."""
    body = text.strip()
    if not body:
        return _refuse(source, "map_empty", line=1, column=1)
    if body[0] not in _JSON_STARTS and body[0] != "\ufeff":  # a second BOM: json says it
        return _refuse(source, "map_not_a_map", line=exc.lineno, column=exc.colno)
    if exc.pos >= len(text.rstrip()):  # what is there reads well, but the map never ends
        return _refuse(source, "map_cut_short", line=exc.lineno, column=exc.colno)
    from cjeditor.fileio.messages import json_syntax

    return _refuse(source, "map_not_json", line=exc.lineno, column=exc.colno,
                   detail=json_syntax(exc.msg))


def _check_header(raw: Any, source: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _refuse(source, "map_not_cjmap", path="format" if isinstance(raw, dict) else "")
    version = raw.get("version")
    if "version" not in raw:
        raise _refuse(source, "missing", path="version")
    if isinstance(version, float) and version.is_integer():
        raise _refuse(source, "whole_without_point", path="version", whole=int(version),
                      written=version)
    if isinstance(version, bool) or not isinstance(version, int):
        raise _refuse(source, "cell_whole_number", path="version")
    if version > FORMAT_VERSION:
        raise _refuse(source, "map_version_newer", path="version", version=version,
                      supported=FORMAT_VERSION)
    if version < FORMAT_VERSION:  # an older file (the migrations are imported only then)
        from cjeditor.fileio.migrations import MIGRATIONS, MigrationRefused, migrate

        if any(v not in MIGRATIONS for v in range(version, FORMAT_VERSION)):
            raise _refuse(source, "map_version_unknown", path="version", version=version)
        try:
            return migrate(raw)
        except MigrationRefused as exc:  # e.g. a version 1 file using a version 2 key
            problems = [Problem(p.phrase, p.path) for p in exc.problems]
            raise MapLoadError(source, problems, total=len(problems)) from None
        except Exception as exc:  # a malformed old file: refuse, never crash
            from cjeditor.fileio.messages import upgrade_reason

            raise _refuse(source, "map_cannot_upgrade", path="version", version=version,
                          reason=upgrade_reason(exc)) from None
    return raw
