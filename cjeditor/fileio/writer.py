"""The canonical writer and the one atomic write used by save, recovery and every export.

Canonical: keys in the spec's order, optional keys only when not default,
2-space indent, non-ASCII as itself, a final newline. Saving the same document
twice gives the same bytes.

Atomic: `write_atomic` writes a temporary file in the target's folder, fsyncs it,
renames it over the target and fsyncs the folder. Whatever fails, the temporary
file is removed and a file already there is left as it was.

Permissions without touching the umask: the temporary file of a NEW target is
created with `os.open(..., 0o666)`, so the kernel applies the process umask (and
a folder's default ACL) exactly as for any new file, and nothing needs to read or
swap the umask (which is process-wide, so not thread-safe to swap). The
temporary file replacing an EXISTING target is created 0o600, so its content is
never readable by more people than the target's, then `fchmod`-ed to the
target's mode before the rename.

Symlinks are written through: the link's target is replaced and the link kept.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cjeditor.fileio.errors import MapSaveError
from cjeditor.model import JourneyMap

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

__all__ = ["MapSaveError", "Producer", "dumps", "save", "write_atomic"]

# Writes the whole content into the binary file it is given (e.g. reportlab's canvas).
Producer = Callable[[BinaryIO], None]

_BUFFER = 1024 * 1024
_NAME_MAX = 255  # bytes in one file name on the usual file systems
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows


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
    content: bytes | Producer,
    *,
    overwrite: bool = True,
    backup: bool = False,
) -> None:
    """Write `content` to `path` completely or not at all.

    `content` is the bytes, or a function that writes them into the binary file
    it is given (for producers that stream, such as reportlab). The target's
    permissions are kept; with `backup`, the previous file is kept as
    `name.bak`; with `overwrite=False` an existing file is never replaced.

    Raises MapSaveError (an OSError naming `path`, with the system's errno) when
    the file cannot be written. An exception raised by the producer itself (a
    drawing failure, a cancel) removes the temporary file and goes through
    unchanged; a failed write into the file given to the producer is a
    MapSaveError even if the producer wrapped it in another exception.
    """
    name = os.fspath(path)
    try:
        target = Path(os.path.realpath(name))  # through symlinks; needs the current folder
    except OSError as exc:  # os.getcwd() fails: the folder we run in was deleted
        gone = isinstance(exc, FileNotFoundError)
        reason = ("the current folder does not exist any more (was it deleted?)" if gone
                  else exc.strerror or str(exc))
        raise _failure(name, exc, reason) from None
    old_mode = _existing_mode(name, target, overwrite)
    folder = target.parent
    temp: Path | None = None
    passthrough: BaseException | None = None  # the producer's own failure, not a write's
    try:
        temp, handle = _create_temp(folder, target.name, existing=old_mode is not None)
        raw = handle.raw
        assert isinstance(raw, _TempFile)
        raw.target = name
        with handle:
            if isinstance(content, bytes):
                handle.write(content)
            else:
                try:
                    content(handle)
                except BaseException as exc:
                    if raw.failure is not None:  # the disk refused a write, whatever was raised
                        raise raw.failure from exc
                    passthrough = exc  # the producer's own failure: through unchanged
                    raise
            handle.flush()
            os.fsync(handle.fileno())
            if old_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), old_mode)
        if old_mode is not None and not hasattr(os, "fchmod"):
            os.chmod(temp, old_mode)
        if backup and old_mode is not None and not _holds(target, content):
            _keep_backup(target)
        if overwrite:
            os.replace(temp, target)
        else:
            _link_new(temp, target)
        temp = None
        _fsync_folder(folder)
    except MapSaveError:
        raise
    except OSError as exc:
        if exc is passthrough:  # e.g. Pillow's "image file is truncated": not a write
            raise
        raise _failure(name, exc, _reason(exc, folder)) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _failure(name: str, exc: OSError, reason: str) -> MapSaveError:
    return MapSaveError(exc.errno, reason, name)


def _reason(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return f"the folder {folder} does not exist"
    if exc.errno == errno.EEXIST:
        return "a file of that name already exists"
    return exc.strerror or str(exc)


def _existing_mode(name: str, target: Path, overwrite: bool) -> int | None:
    """The permission bits of the file being replaced, or None if there is none."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _failure(name, exc, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise MapSaveError(errno.EISDIR, "a folder of that name is in the way", name)
    if not overwrite:
        raise MapSaveError(errno.EEXIST, "a file of that name already exists", name)
    return stat.S_IMODE(info.st_mode)


class _TempFile(io.FileIO):
    """The temporary file: remembers the first write the system refused.

    A producer may catch or wrap an OSError from its file; remembering it here is
    how write_atomic tells a writing failure from a drawing failure.
    """

    failure: MapSaveError | None = None
    target = ""  # the file meant, as the caller named it, for the message

    def write(self, data: ReadableBuffer) -> int:
        try:
            return super().write(data) or 0
        except OSError as exc:
            if self.failure is None:
                self.failure = MapSaveError(exc.errno, exc.strerror or str(exc), self.target)
            raise


def _create_temp(folder: Path, name: str, *, existing: bool) -> tuple[Path, io.BufferedWriter]:
    """A new, empty `.<name>.<random>.tmp` in `folder`, opened for writing.

    Mode 0o666 for a new target (the kernel applies the umask, as for any new file),
    0o600 when it replaces an existing file (fchmod-ed later to that file's mode).
    """
    prefix = "." + _fit(name, _NAME_MAX - 15)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_CLOEXEC | _O_NOFOLLOW | _O_BINARY
    mode = 0o600 if existing else 0o666
    for _attempt in range(100):
        temp = folder / f"{prefix}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, flags, mode)
        except FileExistsError:
            continue
        try:
            raw = _TempFile(fd, "wb", closefd=True)
        except BaseException:
            os.close(fd)
            os.unlink(temp)
            raise
        return temp, io.BufferedWriter(raw, _BUFFER)
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def _fit(name: str, limit: int) -> str:
    """`name` cut to at most `limit` UTF-8 bytes (a temporary name must stay legal)."""
    data = name.encode("utf-8", "surrogateescape")
    if len(data) <= limit:
        return name
    return data[:limit].decode("utf-8", "ignore")


def _link_new(temp: Path, target: Path) -> None:
    """Give `temp` the name `target`, failing if `target` exists (even if it appeared
    a moment ago)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system: reserve the name, then replace
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_CLOEXEC, 0o666)
        os.close(fd)
        os.replace(temp, target)
        return
    os.unlink(temp)


def _holds(target: Path, content: bytes | Producer) -> bool:
    """Does `target` hold exactly `content` already? Then it is not a previous version:
    the .bak keeps the real one (a second save without changes must not lose it)."""
    if not isinstance(content, bytes):
        return False
    try:
        if target.stat().st_size != len(content):
            return False
        return target.read_bytes() == content
    except OSError:
        return False


def _keep_backup(target: Path) -> None:
    backup = target.with_name(target.name + ".bak")
    temp, handle = _create_temp(target.parent, backup.name, existing=True)
    handle.close()
    try:
        shutil.copy2(target, temp)
        os.replace(temp, backup)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows fsync on a folder)."""
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
