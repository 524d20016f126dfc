"""Map paths (`link`, `counterpart`) between a map's file and the file they name.

spec/cjmap-format.md "Links between maps": a map path is relative to the folder
of the map that holds it, with `/` between folders (`..` allowed). These two
functions turn a chosen file into such a path and back; neither reads a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from cjeditor.model.types import MAP_PATH_SUFFIX

__all__ = ["linked_path", "rebased_map_path", "relative_map_path"]


def relative_map_path(target: Path, map_path: Path) -> str:
    """`target` as the format stores a map path from the map at `map_path`; ValueError
    (in plain words) when it cannot be one (another drive, not a .cjmap file)."""
    if target.suffix.lower() != MAP_PATH_SUFFIX:
        raise ValueError(f"“{target.name}” is not a {MAP_PATH_SUFFIX} file.")
    try:
        relative = os.path.relpath(target.resolve(), map_path.resolve().parent)
    except ValueError:  # Windows: another drive
        raise ValueError(f"“{target}” is on another drive than the map.") from None
    except (OSError, RuntimeError):  # a loop of symbolic links, an unreadable folder
        raise ValueError(f"“{target}” cannot be found from the map's folder.") from None
    return Path(relative).as_posix()


def linked_path(map_path: Path, link: str) -> Path:
    """The file that `link` (a valid map path) names, seen from the map at `map_path`."""
    return Path(os.path.normpath(map_path.resolve().parent / Path(*link.split("/"))))


def rebased_map_path(link: str, old_map: Path, new_map: Path) -> str:
    """`link` (from the map at `old_map`) as seen from `new_map`. Unchanged when the
    file it names does not exist (the user may mean to copy it along) or cannot be
    reached by a relative path from there (another drive)."""
    target = linked_path(old_map, link)
    if not target.is_file():
        return link
    try:
        return relative_map_path(target, new_map)
    except ValueError:
        return link
