"""Raw-dict migrations: a registry of `from -> to` steps applied before validation.

Version 0 is the draft format used before the first release: it kept the title
at the top level and had no `meta` object. Each step takes the raw dict of
version N and returns the raw dict of version N + 1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjeditor.model.limits import FORMAT_VERSION

RawMap = dict[str, Any]
MIGRATIONS: dict[int, Callable[[RawMap], RawMap]] = {}


def migration(from_version: int) -> Callable[[Callable[[RawMap], RawMap]], Callable]:
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


def migrate(data: RawMap, target: int = FORMAT_VERSION) -> RawMap:
    """Apply every step from `data["version"]` up to `target`."""
    version = data["version"]
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise KeyError(f"no migration from version {version}")
        data = step(data)
        if data.get("version") != version + 1:
            raise AssertionError(f"migration from {version} did not reach {version + 1}")
        version += 1
    return data
