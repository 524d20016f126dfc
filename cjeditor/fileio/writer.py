"""The canonical writer and the atomic save.

Canonical: keys in the spec's order, optional keys only when not default,
2-space indent, non-ASCII as itself, a final newline. Saving the same document
twice gives the same bytes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from cjeditor.model import JourneyMap


class MapSaveError(OSError):
    """A save failed; the file on disk is as it was before."""


def dumps(doc: JourneyMap) -> str:
    return doc.model_dump_json(indent=2, exclude_defaults=True) + "\n"


def save(
    doc: JourneyMap,
    path: str | os.PathLike[str],
    *,
    overwrite: bool = True,
    backup: bool = False,
) -> None:
    """Write `doc` to `path` atomically (see write_atomic)."""
    write_atomic(path, dumps(doc).encode("utf-8"), overwrite=overwrite, backup=backup)


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    overwrite: bool = True,
    backup: bool = False,
) -> None:
    """Write `data` completely or not at all.

    A temporary file in the same folder is written and fsynced, then renamed over
    the target, and the folder is fsynced. The target's permissions are kept. With
    `backup`, the previous file is kept as `name.bak`. Any failure removes the
    temporary file, leaves the old file as it was, and raises MapSaveError.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        old_mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        old_mode = None
    except OSError as exc:
        raise MapSaveError(exc.errno, f"cannot save {path}: {exc.strerror}") from None
    if old_mode is not None and not overwrite:
        raise MapSaveError(17, f"{path} already exists")

    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, old_mode if old_mode is not None else 0o666 & ~_umask())
        if backup and old_mode is not None:
            _keep_backup(target)
        if overwrite:
            os.replace(temp_name, target)
        else:
            os.link(temp_name, target)  # fails if the target appeared meanwhile
            os.unlink(temp_name)
        temp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise MapSaveError(exc.errno, f"cannot save {path}: {reason}") from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def _keep_backup(target: Path) -> None:
    backup = target.with_name(target.name + ".bak")
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{backup.name}.", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copy2(target, temp)
        os.replace(temp, backup)
    except OSError:
        os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename is done
    finally:
        os.close(fd)
