"""Read a .cjmap file safely: size first, then UTF-8, JSON, version, migration, model.

Every refusal is a `MapLoadError` listing plain-language problems; the file is
only ever read.
"""

from __future__ import annotations

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


def load(path: str | os.PathLike[str]) -> JourneyMap:
    """Read, migrate and validate the map at `path`, or raise MapLoadError."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(path, "is a folder, not a map file")
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise _refuse(path, "is not a regular file (it is a pipe or a device), "
                                "so it was not read")
        if info.st_size > MAX_FILE_BYTES:
            raise _refuse(path, _too_large(info.st_size))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(path, "does not exist") from None
    except PermissionError:
        raise _refuse(path, "cannot be read: permission denied") from None
    except OSError as exc:
        raise _refuse(path, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(path, _too_large(len(data)))
    return loads(data, source=path)


def loads(data: bytes | str, source: str | os.PathLike[str] | None = None) -> JourneyMap:
    """Parse and validate a map from bytes or text (e.g. the clipboard)."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise _refuse(source, _too_large(len(data)))
        text = _decode(data, source)
    else:
        text = data.removeprefix("\ufeff")  # a byte-order mark, as a decoded file may keep
    raw = _parse_json(text, source, from_utf8=isinstance(data, bytes))
    raw = _check_header(raw, source)
    try:
        return JourneyMap.model_validate(raw)
    except ValidationError as exc:
        # the sentences for problems are only needed for a refused file: imported then
        from cjeditor.fileio.messages import problems_from_validation

        problems = problems_from_validation(exc)
        raise MapLoadError(source, problems, total=len(problems)) from None
    except RecursionError:
        raise _refuse(source, "is nested too deeply to be a map") from None


def _too_large(size: int) -> str:
    return (f"is too large ({size / _MIB:.1f} MiB); a map file may be at most "
            f"{MAX_FILE_BYTES // _MIB} MiB")


def _refuse(source: Any, message: str, **where: Any) -> MapLoadError:
    return MapLoadError(source, [Problem(message, **where)])


def _decode(data: bytes, source: Any) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_column(data[: exc.start])
        raise _refuse(source, "is not UTF-8 text (a byte here cannot be read)",
                      line=line, column=column) from None


def _line_column(prefix: bytes) -> tuple[int, int]:
    line = prefix.count(b"\n") + 1
    start = prefix.rfind(b"\n") + 1
    return line, len(prefix[start:].decode("utf-8", "replace")) + 1


def _parse_json(text: str, source: Any, from_utf8: bool) -> Any:
    try:
        return strict_json.parse(text, from_utf8=from_utf8)
    except json.JSONDecodeError as exc:
        message = exc.msg[0].lower() + exc.msg[1:]
        raise _refuse(source, f"is not valid JSON: {message}",
                      line=exc.lineno, column=exc.colno) from None
    except strict_json.StrictJsonError as exc:
        raise MapLoadError(source, exc.problems, total=exc.total) from None
    except RecursionError:
        raise _refuse(source, "is nested too deeply to be a map") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise _refuse(source, f"is not valid JSON: {exc}") from None


def _check_header(raw: Any, source: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _refuse(source, 'is not a cjmap file (it needs "format": "cjmap" at the top)')
    version = raw.get("version")
    if "version" not in raw:
        raise _refuse(source, "is required but missing", path="version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _refuse(source, "must be a whole number", path="version")
    if version > FORMAT_VERSION:
        raise _refuse(
            source,
            f"was written in format version {version}, newer than version {FORMAT_VERSION} "
            "that this cjeditor reads; update cjeditor to open it",
            path="version",
        )
    if version < FORMAT_VERSION:  # an older file (the migrations are imported only then)
        from cjeditor.fileio.migrations import MIGRATIONS, MigrationRefused, migrate

        if any(v not in MIGRATIONS for v in range(version, FORMAT_VERSION)):
            raise _refuse(source, f"format version {version} is unknown", path="version")
        try:
            return migrate(raw)
        except MigrationRefused as exc:  # e.g. a version 1 file using a version 2 key
            problems = [Problem(p.message, p.path) for p in exc.problems]
            raise MapLoadError(source, problems, total=len(problems)) from None
        except Exception as exc:  # a malformed old file: refuse, never crash
            raise _refuse(source, f"cannot be upgraded from version {version}: {exc}",
                          path="version") from None
    return raw
