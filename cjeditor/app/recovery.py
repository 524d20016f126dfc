"""Recovery copies of unsaved maps, kept in platformdirs' state folder.

Each open document with unsaved changes has a key `<pid>-<instance>-<random>`;
its copy is `<key>.cjmap` (written with fileio's atomic writer) and its sidecar
`<key>.json` (original path or null, pid, lock, time, app version, title, and
`base`: the stamp of the original file the edits were based on), written
atomically *after* the copy, so a sidecar never describes a copy older than
itself. With `base`, a copy restored after the file changed (saved later, or
changed by another program) is told apart from one that is still the newest work.

Whether the editor that wrote a copy still runs is told by a lock file: before
its first copy, each editor process takes `<pid>-<instance>.lock` in the folder
with QLockFile and keeps it while it runs. A lock file left by a process that
died is stale: Qt's own check (same host, that pid running the same program)
says so on every platform, without /proc and without signalling the process
(on Windows `os.kill(pid, 0)` would end it). A copy whose lock is held by a live
editor is left alone; the others are "stale" and the recovery dialog offers them
at the next start. Copies from before locks (no lock file) fall back to a
portable check of the pid.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QLockFile

from cjeditor import __version__
from cjeditor.app.file_stamp import FileStamp
from cjeditor.fileio import MapLoadError, dumps, load, write_atomic
from cjeditor.model import JourneyMap

APP_NAME = "cjeditor"
COPY_SUFFIX = ".cjmap"
INFO_SUFFIX = ".json"
UNREADABLE = "unreadable"  # where copies that cannot be read are kept, not offered again
LOCK_SUFFIX = ".lock"
# write_atomic's temporary files: ".<target name>.<random>.tmp"
_TEMP_SUFFIX = ".tmp"
# A sidecar is tiny; anything bigger is not ours.
_MAX_INFO_BYTES = 64 * 1024


def recovery_dir() -> Path:
    """`<user state dir>/recovery` (never the cache or temp folder)."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "recovery"


# ------------------------------------------------------------------ processes
_INSTANCE = secrets.token_hex(4)  # this process among those that had its pid
_LOCKS: dict[Path, QLockFile] = {}  # recovery folder -> this process's lock in it


def _proc_start_ticks(pid: int) -> int | None:
    """The process start time in clock ticks since boot (Linux), or None."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    # "pid (comm) state ppid ..." where comm may hold spaces and parentheses.
    fields = raw[raw.rfind(b")") + 2:].split()
    try:
        return int(fields[19])  # field 22 of stat, counting from pid
    except (IndexError, ValueError):
        return None


def process_start_ticks() -> int | None:
    return _proc_start_ticks(os.getpid())


def pid_running(pid: int) -> bool:
    """True if a process `pid` exists (POSIX: signal 0 only checks). Elsewhere nothing
    is asked (on Windows `os.kill` ends the process): False, the lock file decides there."""
    if pid <= 0 or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)  # POSIX: signal 0 only checks
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists but belongs to someone else
    except OSError:
        return False
    return True


def _command_line(pid: int) -> bytes | None:
    """The command line of `pid` from /proc (Linux); None where there is no /proc."""
    proc = Path(f"/proc/{pid}")
    if not proc.exists():
        return None
    try:
        return (proc / "cmdline").read_bytes()
    except OSError:
        return b""


def pid_is_editor(pid: int, started: int | None = None) -> bool:
    """True if `pid` is a running cjeditor (the one that wrote a copy, if `started`).

    For copies without a lock file; the lock (editor_alive) is the better witness."""
    if pid == os.getpid():
        mine = process_start_ticks()
        return started is None or mine is None or started == mine
    if not pid_running(pid):
        return False
    cmdline = _command_line(pid)
    if cmdline is None:
        return True  # no /proc: a live pid is all we can know (copies without a lock only)
    if b"cjeditor" not in cmdline.lower():
        return False  # a zombie (empty command line) or another program with that pid
    if started is not None:
        now = _proc_start_ticks(pid)
        if now is not None and now != started:
            return False  # the pid was reused by a later process
    return True


def lock_name(pid: int, instance: str) -> str:
    return f"{pid}-{instance}{LOCK_SUFFIX}"


def lock_of_key(key: str) -> str | None:
    """The lock file named by a key `<pid>-<instance>-<random>` (None for older keys)."""
    parts = key.split("-")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1]:
        return None
    return lock_name(int(parts[0]), parts[1])


def hold_editor_lock(root: Path) -> bool:
    """Take this process's lock in `root` (once; kept while the process runs)."""
    if root in _LOCKS:
        return True
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(root / lock_name(os.getpid(), _INSTANCE)))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    if not lock.tryLock(0):
        return False
    _LOCKS[root] = lock
    return True


def lock_held(path: Path) -> bool | None:
    """True if a running process holds the lock file `path`, False if it is stale
    (then it is removed) or gone; None when it cannot be told (unreadable)."""
    if not path.exists():
        return False
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):  # Qt found it stale (dead pid on this host) and took it over
        lock.unlock()  # ... and this removes it
        return False
    if lock.error() == QLockFile.LockError.LockFailedError:
        return True
    return None


def editor_alive(root: Path, key: str, pid: int, started: int | None = None,
                 lock: str | None = None) -> bool:
    """Does the editor that wrote copy `key` still run? The lock decides when there is one."""
    name = lock or lock_of_key(key)
    if name is not None and not name.startswith(f"{pid}-"):
        name = lock_of_key(key)  # a sidecar naming another process's lock: not believed
    path = root / name if name else None
    if path is not None and path.exists():
        if _LOCKS.get(root) is not None and name == lock_name(os.getpid(), _INSTANCE):
            return True  # ours
        held = lock_held(path)
        if held is None:
            return True  # cannot tell: leave the copy to its editor
        if held and started is not None and _proc_start_ticks(pid) not in (None, started):
            return False  # Linux: the pid now runs a later process of the same program
        return held
    return pid_is_editor(pid, started)


# --------------------------------------------------------------------- entries
@dataclass
class RecoveryEntry:
    """One recovery copy and what its sidecar says about it."""

    key: str
    copy_path: Path
    info_path: Path
    original: str | None = None
    pid: int = 0
    time: str = ""
    version: str = ""
    title: str = ""
    started: int | None = None
    lock: str | None = None
    has_info: bool = False
    base: FileStamp | None = None  # the original file the copy's edits were based on

    @property
    def original_path(self) -> Path | None:
        return Path(self.original) if self.original else None

    def when(self) -> datetime | None:
        """The sidecar's time, or the copy's modification time."""
        if self.time:
            with contextlib.suppress(ValueError):
                return datetime.fromisoformat(self.time)
        try:
            return datetime.fromtimestamp(self.copy_path.stat().st_mtime).astimezone()
        except OSError:
            return None

    def original_changed(self) -> bool:
        """Has the original file changed since the edits in this copy began (saved
        later, or changed by another program)? Restoring then must not overwrite it
        unasked. Without a recorded base (an older sidecar), a file modified after the
        copy was written counts as changed. A missing original has not changed: saving
        writes it again."""
        path = self.original_path
        if path is None:
            return False
        if self.base is not None:
            return self.base.same_bytes(path) is False
        try:  # the copy's own mtime: the sidecar's time is cut to the second
            return path.stat().st_mtime_ns > self.copy_path.stat().st_mtime_ns
        except OSError:
            return False

    def load(self) -> JourneyMap:
        """The recovered map (MapLoadError if the copy is unreadable)."""
        return load(self.copy_path)

    def display_title(self) -> str:
        if self.title:
            return self.title
        try:
            return self.load().meta.title
        except MapLoadError:
            return self.copy_path.name


def _pid_of_key(key: str) -> int:
    head = key.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


class RecoveryStore:
    """The recovery folder: write, list, remove copies."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else recovery_dir()
        self._started = process_start_ticks()

    # -------------------------------------------------------------- keys
    @staticmethod
    def new_key() -> str:
        return f"{os.getpid()}-{_INSTANCE}-{secrets.token_hex(4)}"

    def copy_path(self, key: str) -> Path:
        return self.root / (key + COPY_SUFFIX)

    def info_path(self, key: str) -> Path:
        return self.root / (key + INFO_SUFFIX)

    # ------------------------------------------------------------- write
    def write(self, key: str, journey_map: JourneyMap, original: str | os.PathLike[str] | None,
              title: str | None = None, base: FileStamp | None = None) -> None:
        """Write the copy, then its sidecar, each atomically (MapSaveError on failure).
        `base`: the original file as it was when the edits began."""
        self.write_bytes(key, dumps(journey_map).encode("utf-8"), original,
                         journey_map.meta.title if title is None else title, base)

    def write_bytes(self, key: str, data: bytes, original: str | os.PathLike[str] | None,
                    title: str, base: FileStamp | None = None) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        locked = hold_editor_lock(self.root)  # before the copy: it is never unclaimed
        write_atomic(self.copy_path(key), data)
        info = {
            "original": str(original) if original is not None else None,
            "pid": os.getpid(),
            "lock": lock_name(os.getpid(), _INSTANCE) if locked else None,
            "started": self._started,
            "time": datetime.now().astimezone().isoformat(timespec="seconds"),
            "version": __version__,
            "title": title,
            "base": base.to_json() if base is not None and original is not None else None,
        }
        text = json.dumps(info, ensure_ascii=False, indent=2) + "\n"
        write_atomic(self.info_path(key), text.encode("utf-8"))

    def set_aside(self, key: str) -> Path:
        """Move a copy that cannot be read, and its sidecar, into the folder UNREADABLE:
        kept (nothing of a designer's is deleted unasked), no longer offered at start.
        Returns that folder."""
        folder = self.root / UNREADABLE
        folder.mkdir(parents=True, exist_ok=True)
        for path in (self.info_path(key), self.copy_path(key)):
            with contextlib.suppress(FileNotFoundError):
                path.replace(folder / path.name)
        return folder

    def remove(self, key: str) -> None:
        """Delete a copy and its sidecar (sidecar first: a copy alone is still found)."""
        for path in (self.info_path(key), self.copy_path(key)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    # -------------------------------------------------------------- list
    def entries(self) -> list[RecoveryEntry]:
        """Every copy in the folder, newest first."""
        try:
            copies = [p for p in self.root.iterdir()
                      if p.name.endswith(COPY_SUFFIX) and not p.name.startswith(".")]
        except OSError:
            return []
        found = [self._entry(p.name[: -len(COPY_SUFFIX)]) for p in copies]
        found.sort(key=lambda e: _mtime(e.copy_path), reverse=True)
        return found

    def _entry(self, key: str) -> RecoveryEntry:
        entry = RecoveryEntry(key, self.copy_path(key), self.info_path(key),
                              pid=_pid_of_key(key))
        info = _read_info(entry.info_path)
        if info is not None:
            entry.has_info = True
            original = info.get("original")
            entry.original = original if isinstance(original, str) and original else None
            pid = info.get("pid")
            if isinstance(pid, int) and not isinstance(pid, bool):
                entry.pid = pid
            started = info.get("started")
            if isinstance(started, int) and not isinstance(started, bool):
                entry.started = started
            lock = info.get("lock")
            if isinstance(lock, str) and lock.endswith(LOCK_SUFFIX) and "/" not in lock \
                    and "\\" not in lock and not lock.startswith("."):
                entry.lock = lock
            entry.base = FileStamp.from_json(info.get("base"))
            for name in ("time", "version", "title"):
                value = info.get(name)
                if isinstance(value, str):
                    setattr(entry, name, value[:500])
        return entry

    def stale(self) -> list[RecoveryEntry]:
        """Copies left by editors that are no longer running (what to offer)."""
        self.clean_temporaries()
        return [e for e in self.entries() if not self.alive(e)]

    def alive(self, entry: RecoveryEntry) -> bool:
        """Is the editor that wrote `entry` still running (its copy is not ours to offer)?"""
        return editor_alive(self.root, entry.key, entry.pid, entry.started, entry.lock)

    def clean_temporaries(self, older_than: float = 60.0) -> None:
        """Remove half-written temporary files of dead processes (a crash mid-write)."""
        try:
            names = [p for p in self.root.iterdir()
                     if p.name.startswith(".") and p.name.endswith(_TEMP_SUFFIX)]
        except OSError:
            return
        now = time.time()
        for path in names:
            key = path.name[1:].split(".", 1)[0]
            if editor_alive(self.root, key, _pid_of_key(key)) \
                    and now - _mtime(path) < older_than:
                continue
            with contextlib.suppress(OSError):
                path.unlink()

    def discard(self, entries: list[RecoveryEntry]) -> None:
        for entry in entries:
            self.remove(entry.key)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _read_info(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_INFO_BYTES + 1)
    except OSError:
        return None
    if len(data) > _MAX_INFO_BYTES:
        return None
    try:
        info = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return info if isinstance(info, dict) else None
