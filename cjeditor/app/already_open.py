"""A map open in another editor: one lock file per open map, and what to do about it.

Each editor process holds, for every map file it has open and editable, a QLockFile
named by a hash of the map's absolute path, in `<user state dir>/open-maps` (beside the
recovery copies). Another editor about to open the same file finds the lock held and
asks: open read-only, open anyway or cancel. A lock left by an editor that crashed is
stale: Qt's own check (same host, that pid running the same program) says so, so a
`kill -9` never blocks the map. Within one process a map is never opened twice (the
window manager raises the window that has it), so these locks only speak between
processes.

Read-only means the document refuses every edit (`MapDocument.read_only`, checked by
`commands.push`): Save is disabled, Save As writes an ordinary editable map under the
new name.
"""

from __future__ import annotations

import enum
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

APP_NAME = "cjeditor"
LOCK_SUFFIX = ".lock"


def locks_dir() -> Path:
    """`<user state dir>/open-maps`: one lock file per map open in an editor."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "open-maps"


def map_key(map_path: str | os.PathLike[str]) -> str:
    """The lock's name for a map: a hash of its absolute, resolved path (case-folded
    where the file system folds case), so every spelling of a path finds one lock."""
    resolved = os.path.normcase(os.path.realpath(os.path.abspath(map_path)))
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def lock_path(map_path: str | os.PathLike[str], root: Path | None = None) -> Path:
    return (root if root is not None else locks_dir()) / (map_key(map_path) + LOCK_SUFFIX)


# ------------------------------------------------------------------ the locks
_HELD: dict[Path, QLockFile] = {}  # lock file -> this process's lock on it


def _new_lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    return lock


def acquire(map_path: str | os.PathLike[str], root: Path | None = None) -> bool:
    """Take the lock of `map_path` for this process (True if it is now ours)."""
    path = lock_path(map_path, root)
    if path in _HELD:
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return False
    lock = _new_lock(path)
    if not lock.tryLock(0):  # held by a live editor (a stale one is taken over)
        return False
    _HELD[path] = lock
    return True


def release(map_path: str | os.PathLike[str], root: Path | None = None) -> None:
    """Give up this process's lock of `map_path` (the lock file goes)."""
    release_file(lock_path(map_path, root))


def release_file(path: Path) -> None:
    lock = _HELD.pop(path, None)
    if lock is not None:
        lock.unlock()


def holds(map_path: str | os.PathLike[str], root: Path | None = None) -> bool:
    """Does this process hold the lock of `map_path`?"""
    return lock_path(map_path, root) in _HELD


@dataclass(frozen=True)
class Holder:
    """Another running editor that has the map open."""

    pid: int
    since: datetime | None  # when it took the lock


def other_holder(map_path: str | os.PathLike[str], root: Path | None = None) -> Holder | None:
    """The other editor that has `map_path` open, or None (free, ours, or left stale
    by an editor that is gone: then the stale lock file is removed)."""
    path = lock_path(map_path, root)
    if path in _HELD or not path.exists():
        return None
    probe = _new_lock(path)
    if probe.tryLock(0):  # free or stale: Qt took it over; let it go again
        probe.unlock()
        return None
    if probe.error() != QLockFile.LockError.LockFailedError:
        return None  # cannot tell (unreadable folder): do not stand in the way
    info = probe.getLockInfo()
    pid = info[0] if isinstance(info, tuple) and info and isinstance(info[0], int) else 0
    try:
        since: datetime | None = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        since = None
    return Holder(pid, since)


# ---------------------------------------------------------------- the question
class Choice(enum.Enum):
    READ_ONLY = "read-only"
    ANYWAY = "anyway"
    CANCEL = "cancel"


def since_text(since: datetime | None, now: datetime | None = None) -> str:
    """HH:MM today, else the date too."""
    if since is None:
        return "?"
    now = now or datetime.now()
    return since.strftime("%H:%M" if since.date() == now.date() else "%Y-%m-%d %H:%M")


def question_box(name: str, holder: Holder, parent: QWidget | None = None) -> QMessageBox:
    """The question, with the buttons "Open read-only", "Open anyway" and "Cancel"."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("AlreadyOpen", "Map already open"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
    text = translate("AlreadyOpen",
                     "“%1” is already open in another cjeditor window (since %2).")
    box.setText(text.replace("%2", since_text(holder.since)).replace("%1", name))
    box.setInformativeText(translate(
        "AlreadyOpen", "Read-only lets you look and save a copy under another name. Two "
        "editors saving the same file would overwrite each other’s changes."))
    read_only = box.addButton(translate("AlreadyOpen", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("AlreadyOpen", "Open anyway"),
                  QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    return box


def choice_of(box: QMessageBox) -> Choice:
    """What the answered box means (closing it or Esc: Cancel)."""
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else None
    if role == QMessageBox.ButtonRole.AcceptRole:
        return Choice.READ_ONLY
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return Choice.ANYWAY
    return Choice.CANCEL


def ask(map_path: Path, holder: Holder, parent: QWidget | None = None) -> Choice:
    box = question_box(map_path.name, holder, parent)
    try:
        box.exec()
        return choice_of(box)
    finally:
        box.deleteLater()


def check_before_open(map_path: Path, parent: QWidget | None = None) -> Choice | None:
    """Before opening `map_path`: None if no other editor has it, else the user's choice."""
    holder = other_holder(map_path)
    if holder is None:
        return None
    return ask(map_path, holder, parent)


# ------------------------------------------------------------------ a window's
class MapLock(QObject):
    """Keeps the lock of the map a window shows, following Save As and reloads,
    and gives it up when the window goes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._path: Path | None = None
        self._lock_file: Path | None = None
        window.document.path_changed.connect(self._follow)
        self._follow(window.document.path)

    @property
    def path(self) -> Path | None:
        """The map whose lock this window holds (None: none held)."""
        return self._path

    def _follow(self, path: Path | None) -> None:
        if self._path is not None and path is not None and map_key(path) == map_key(self._path):
            return
        self.release()
        if path is not None and not self._window.document.read_only and acquire(path):
            self._path, self._lock_file = Path(path), lock_path(path)

    def refresh(self) -> None:
        """Take the lock now if the map may have it (e.g. it is no longer read-only)."""
        self._follow(self._window.document.path)

    def release(self) -> None:
        if self._lock_file is not None:
            release_file(self._lock_file)  # the file it took, wherever the folder is now
        self._path = self._lock_file = None


_LOCKED_FIELD = "cjeditor_read_only_field"  # a dock's text field this module made read-only


class ReadOnlyLook(QObject):
    """How a read-only window looks: a lasting "Read-only" mark in the status bar, the
    palette off, and the docks' text fields read-only (so typed text never seems taken;
    any other edit is refused by the document with the reason in the status bar). The
    properties dock builds new fields for every selection: they are locked as they come."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.mark = QLabel(QCoreApplication.translate("AlreadyOpen", "Read-only"))
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.mark.setToolTip(QCoreApplication.translate(
            "AlreadyOpen", "Another editor has this map open. Save As to edit a copy."))
        self.mark.setStyleSheet("QLabel { font-weight: bold; padding: 0 6px; }")
        window.statusBar().addPermanentWidget(self.mark)
        self._selection = getattr(window.view, "selection_changed", None)  # not a placeholder's
        if self._selection is not None:
            self._selection.connect(self._lock_fields)
        window.document.reset.connect(self._lock_fields)
        self._lock_fields()

    def _fields(self) -> list[QLineEdit | QPlainTextEdit | QTextEdit]:
        """Every text field of the window's docks."""
        docks = getattr(self._window, "docks", None)
        found: list[QLineEdit | QPlainTextEdit | QTextEdit] = []
        for dock in docks() if callable(docks) else []:
            found += dock.findChildren(QLineEdit)
            found += dock.findChildren(QPlainTextEdit)
            found += dock.findChildren(QTextEdit)
        return found

    def _lock_fields(self, *_args: object) -> None:
        if not self._window.document.read_only:
            return
        palette = getattr(self._window, "palette", None)
        if isinstance(palette, QWidget):
            palette.setEnabled(False)
        for field in self._fields():
            if not field.isReadOnly():
                field.setReadOnly(True)
                field.setProperty(_LOCKED_FIELD, True)

    def remove(self) -> None:
        """Back to an editable window (after Save As)."""
        palette = getattr(self._window, "palette", None)
        if isinstance(palette, QWidget):
            palette.setEnabled(True)
        for field in self._fields():
            if field.property(_LOCKED_FIELD):
                field.setReadOnly(False)
                field.setProperty(_LOCKED_FIELD, None)
        self._window.statusBar().removeWidget(self.mark)
        self.mark.deleteLater()
        if self._selection is not None:
            self._selection.disconnect(self._lock_fields)
        self._window.document.reset.disconnect(self._lock_fields)
        self.deleteLater()


def set_read_only(window: MainWindow, read_only: bool = True) -> None:
    """Open `window`'s map read-only (no edit is accepted; Save As makes it editable)."""
    window.document.read_only = read_only
    window.update_title()
    window._update_actions()
    look: ReadOnlyLook | None = window.findChild(ReadOnlyLook)
    if read_only and look is None:
        ReadOnlyLook(window)
    elif not read_only and look is not None:
        look.remove()
    lock = getattr(window, "map_lock", None)
    if lock is not None and not read_only:
        lock.refresh()
    if read_only:
        window.statusBar().showMessage(
            QCoreApplication.translate("AlreadyOpen", "Read-only: another editor has this map "
                                       "open. Save As to edit a copy."), 15000)
