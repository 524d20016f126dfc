"""Notice when another program changes a map's file while it is open.

After every load and save the window remembers the file's mtime, size and
SHA-256. The file is watched with QFileSystemWatcher (re-added after every save:
an atomic rename ends a watch), and checked again when the window is activated
and right before saving. A file whose bytes differ from what we remember (a mere
touch does not count) leads to a question: Reload, Keep mine (save it elsewhere),
Overwrite or Cancel. Cancel (Escape, closing the box) decides nothing: the file is
not taken as known, so the next save asks again; only that same change is not asked
about again until then. With unsaved edits the default button is Cancel, so Enter
never throws them away. The delayed check's timer comes from the window's clock
(timers.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from cjeditor.app.file_stamp import FileStamp
from cjeditor.app.timers import Clock, clock_for

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow
from cjeditor.fileio import MapLoadError, load

log = logging.getLogger(__name__)

RELOAD = "reload"
KEEP_MINE = "keep"
OVERWRITE = "overwrite"
LATER = "later"
_CHECK_DELAY_MS = 200  # editors often write a file in several steps


def _quick(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class DiskWatcher(QObject):
    """Watches one window's file; asks the user when someone else changed it."""

    def __init__(self, window: MainWindow, clock: Clock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._path: Path | None = None
        self._stamp: FileStamp | None = None
        self._undecided: str | None = None  # SHA-256 of a change the user left open
        self._gone = False  # the file was deleted or moved away, and we said so
        self._asking = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        clock = clock if clock is not None else clock_for(window)
        self._timer = clock.one_shot(self, self.check)
        self.document.path_changed.connect(lambda _path: self.remember())
        self.document.reset.connect(self.remember)
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self.remember()

    # ------------------------------------------------------------ remember
    @property
    def stamp(self) -> FileStamp | None:
        return self._stamp

    def based_on(self) -> FileStamp | None:
        """The file the document's edits are based on (what a recovery copy records)."""
        return self._stamp if self._path == self.document.path else None

    def assume(self, base: FileStamp) -> None:
        """The document's edits are based on `base`, not on the file as it is now (a
        restored recovery copy): if the file differs, saving asks first, as for any change
        by another program. The recovery dialog said so already: no question till then."""
        if self._path is None or self._path != self.document.path:
            return
        self._stamp = base
        now = self._changed_to()
        self._undecided = now.sha256 if now is not None else None

    def remember(self) -> None:
        """Take note of the file as it is now (after a load, a save or a reload)."""
        path = self.document.path
        self._undecided = None
        self._gone = False
        if path != self._path:
            self._unwatch()
            self._path = path
            self._stamp = None
        if path is None:
            self._stamp = None
            return
        quick = _quick(path)
        stamp = self._stamp
        if stamp is None or quick != (stamp.mtime_ns, stamp.size):
            self._stamp = FileStamp.of(path)
        self._watch()

    def _watch(self) -> None:
        if self._path is not None and str(self._path) not in self._watcher.files() \
                and self._path.exists():
            self._watcher.addPath(str(self._path))

    def _unwatch(self) -> None:
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)

    def stop(self) -> None:
        self._timer.stop()
        self._unwatch()
        self.window.removeEventFilter(self)

    # --------------------------------------------------------------- check
    def changed(self) -> bool:
        """True if the file's bytes are no longer those we loaded or saved."""
        return self._changed_to() is not None

    def _changed_to(self) -> FileStamp | None:
        """The file as it is now if its bytes are no longer those we loaded or saved."""
        path, stamp = self._path, self._stamp
        if path is None or stamp is None or path != self.document.path:
            return None
        quick = _quick(path)
        if quick is None or quick == (stamp.mtime_ns, stamp.size):
            return None  # unchanged, or gone (saving will write it again)
        now = FileStamp.of(path)
        if now is None:
            return None
        if now.sha256 == stamp.sha256:
            self._stamp = now  # touched, not changed
            return None
        return now

    def _on_file_changed(self, _path: str) -> None:
        self._timer.start(_CHECK_DELAY_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self._timer.start(0)  # never open a dialog inside event delivery
        return False

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.window.isActiveWindow():
            self._timer.start(0)

    def check(self) -> None:
        """If the file changed on disk, ask what to do and do it."""
        if self._asking:
            return
        update_title = getattr(self.window, "update_title", None)
        if callable(update_title):
            update_title()  # made read-only (or writable again) meanwhile
        self._watch()  # another program's atomic save ended the watch
        if self._check_gone():
            return
        now = self._changed_to()
        if now is None or now.sha256 == self._undecided:
            return  # unchanged, or left undecided: saving will ask
        self.apply(self.ask(saving=False), now)

    def _check_gone(self) -> bool:
        """A file deleted or moved away by another program: the map now exists only in
        this window, so it is marked not saved (closing asks) and the status bar says so.
        Saving writes it again. True while the file is gone."""
        path = self._path
        if path is None or self._stamp is None or path != self.document.path \
                or path.exists():
            return False
        if not self._gone:
            self._gone = True
            self.document.undo_stack.resetClean()
            bar = getattr(self.window, "statusBar", None)
            if bar is not None:
                bar().showMessage(self.tr(
                    "“%1” was deleted or moved by another program. The map is now only "
                    "in this window: save it to keep it.").replace("%1", path.name), 30000)
        return True

    def before_save(self) -> bool | None:
        """Called right before saving to the same path.

        None: go on and write. True/False: the save was handled here (Keep mine
        saved elsewhere, Reload, or the user cancelled) and this is its result.
        """
        if self._asking:
            return None
        now = self._changed_to()
        if now is None:
            return None
        choice = self.ask(saving=True)
        if choice == OVERWRITE:
            return None
        if choice == RELOAD:
            self.reload()
            return False
        if choice == KEEP_MINE:
            self._keep_mine()
            return self.window.files.save_as()
        self._undecided = now.sha256  # cancelled: nothing recorded, the next save asks
        return False

    # ----------------------------------------------------------------- ask
    def ask(self, saving: bool) -> str:
        """RELOAD, KEEP_MINE, OVERWRITE or LATER (Cancel, Escape, the box was closed)."""
        name = self._path.name if self._path is not None else ""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File changed on disk"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("“%1” was changed by another program since you opened or "
                            "saved it.").replace("%1", name))
        if self.document.modified:
            info = self.tr("Reload it and lose your unsaved changes, keep your version by "
                           "saving it under another name, or overwrite the other "
                           "program's changes with your version?")
        else:
            info = self.tr("Reload it, keep your version by saving it under another name, "
                           "or overwrite the other program's changes with your version?")
        box.setInformativeText(info)
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton(self.tr("Keep Mine…"), QMessageBox.ButtonRole.ActionRole)
        overwrite_button = box.addButton(self.tr("Overwrite"),
                                         QMessageBox.ButtonRole.DestructiveRole)
        # Without a reject button Escape and the close button would do nothing at all.
        later_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(later_button)
        if saving:
            box.setDefaultButton(overwrite_button)  # what Save asked for
        elif self.document.modified:
            box.setDefaultButton(later_button)  # Enter must not throw the edits away
        else:
            box.setDefaultButton(reload_button)  # nothing to lose
        self._asking = True
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            self._asking = False
            box.deleteLater()
        if clicked is reload_button:
            return RELOAD
        if clicked is overwrite_button:
            return OVERWRITE
        if clicked is keep_button:
            return KEEP_MINE
        return LATER

    def apply(self, choice: str, now: FileStamp | None = None) -> None:
        """Do what the user chose; `now` is the changed file the box was about."""
        if choice == RELOAD:
            self.reload()
        elif choice == OVERWRITE:
            self._keep_mine()
            self.window.files.save()
        elif choice == KEEP_MINE:
            self._keep_mine()
            self.window.files.save_as()
        else:  # LATER: undecided. Nothing is recorded and the document is left as it
            # is; saving asks again, but this same change is not asked about before that.
            now = now if now is not None else self._changed_to()
            self._undecided = now.sha256 if now is not None else None

    def _keep_mine(self) -> None:
        """The document stays as it is: it now differs from the file, so it is modified
        (closing asks to save); the new file is remembered, so we do not ask again."""
        self._stamp = FileStamp.of(self._path) if self._path is not None else None
        self.document.undo_stack.resetClean()

    def reload(self) -> bool:
        path = self._path
        if path is None:
            return False
        try:
            journey_map = load(path)
        except MapLoadError as error:
            self._keep_mine()
            self.window.manager.show_load_error(path, error, self.window)
            return False
        self.document.set_map(journey_map, path)  # emits reset: remember() runs
        self.remember()
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(self.tr("Reloaded %1").replace("%1", path.name), 5000)
        return True
