"""The set of open windows: one per map. Opens, creates and focuses them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cjeditor.app import already_open, collector
from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.i18n import current_language
from cjeditor.app.settings import AppSettings
from cjeditor.document import MapDocument
from cjeditor.fileio import MapLoadError, load
from cjeditor.templates import create_map


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


class WindowManager(QObject):
    """Owns the main windows and the application-wide actions' behaviour."""

    recent_files_changed = Signal()

    def __init__(self, settings: AppSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.windows: list = []

    # ----------------------------------------------------------- creating
    def _make_window(self, document: MapDocument):
        from cjeditor.app.window import MainWindow  # the window imports this module

        window = MainWindow(document, self)
        window.map_lock = already_open.MapLock(window)  # other editors see the map is open
        if self.windows:  # cascade, so a new window does not hide the others exactly
            last = self.windows[-1]
            window.move(last.pos() + QPoint(32, 32))
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        return window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """macOS and some desktops ask to open a file through a FileOpen event."""
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open_path(event.file(), reuse=self._pristine_window())
            return True
        return super().eventFilter(watched, event)

    def _pristine_window(self):
        return next((window for window in self.windows if window.is_pristine()), None)

    def _forget(self, window) -> None:
        if window in self.windows:
            self.windows.remove(window)
            collector.collect_soon()  # the closed map's objects go now
        lock = getattr(window, "map_lock", None)
        if lock is not None:
            lock.release()

    def window_closed(self, window) -> None:
        self._forget(window)

    def new_map(self, template: str = "blank", language: str = "es",
                title: str | None = None, show: bool = True):
        document = MapDocument(create_map(template, language, title=title))
        window = self._make_window(document)
        if show:
            window.show()
        return window

    def open_document(self, document: MapDocument, show: bool = True):
        """A window for a document built elsewhere (e.g. a recovered map)."""
        window = self._make_window(document)
        if show:
            window.show()
        return window

    def find_window(self, path: str | os.PathLike[str]):
        for window in self.windows:
            doc_path = window.document.path
            if doc_path is not None and same_file(doc_path, path):
                return window
        return None

    def open_path(self, path: str | os.PathLike[str], parent: QWidget | None = None,
                  show: bool = True, reuse=None):
        """Open `path` in a window of its own (or focus the one that has it).

        A refused file opens nothing: a dialog lists its problems. `reuse` is an
        untouched untitled window that may take the map instead of a new window.
        Returns the window, or None.
        """
        path = Path(path)
        existing = self.find_window(path)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            journey_map = load(path)
        except MapLoadError as error:
            self.show_load_error(path, error, parent)
            if not path.exists():
                self.settings.remove_recent_file(path)
                self.recent_files_changed.emit()
            return None
        except OSError as error:  # fileio reports unreadable files itself; belt and braces
            from cjeditor.fileio.messages import os_reason, problem

            unreadable = problem("file_unreadable", reason=os_reason(error))
            self.show_load_error(path, MapLoadError(path, [unreadable]), parent)
            return None
        choice = already_open.check_before_open(path, parent)  # another editor has it?
        if choice is already_open.Choice.CANCEL:
            return None
        read_only = choice is already_open.Choice.READ_ONLY
        self.add_recent(path)
        if reuse is not None and reuse.is_pristine():
            reuse.document.read_only = read_only  # before the path: no lock is tried
            reuse.document.set_map(journey_map, path.resolve())
            window = reuse
        else:
            document = MapDocument(journey_map, path.resolve())
            document.read_only = read_only
            window = self._make_window(document)
            if show:
                window.show()
        if read_only:
            already_open.set_read_only(window)
        return window

    def show_load_error(self, path: Path, problems: list[str] | MapLoadError,
                        parent: QWidget | None) -> None:
        """The dialog listing why `path` was refused; a MapLoadError's problems (and the
        line for those not listed) are worded in the interface's language, a problem of
        the whole file led by its name ("plan.cjmap: does not exist")."""
        why = ""
        if isinstance(problems, MapLoadError):
            why = refusal_kind(problems)
            problems = problems.problem_lines(current_language(), Path(path).name)
        dialog = LoadProblemsDialog(path, problems, parent, why)
        dialog.exec()
        dialog.deleteLater()

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        self.settings.add_recent_file(path)
        self.recent_files_changed.emit()

    def clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.recent_files_changed.emit()

    # ------------------------------------------------------------ quitting
    def close_all(self) -> bool:
        """Close every window; False (and every window still open) if one was refused.

        Every modified window is asked first (Save, Discard or Cancel), before any
        window closes: a Cancel anywhere leaves all of them as they were.
        """
        windows = list(self.windows)
        for window in windows:
            if window.document.modified:
                window.show()
                window.raise_()
                window.activateWindow()
                if not window.files.maybe_save():
                    return False
        for window in windows:
            window.skip_save_prompt = True  # answered above (a Discard stays modified)
        closed = [window.close() for window in windows]
        for window, done in zip(windows, closed, strict=True):
            if not done:
                window.skip_save_prompt = False
        return all(closed)

    def quit(self) -> None:
        if self.close_all():
            QApplication.quit()

    def about(self, parent: QWidget | None) -> None:
        from cjeditor import __version__

        QMessageBox.about(
            parent,
            QCoreApplication.translate("WindowManager", "About cjeditor"),
            QCoreApplication.translate(
                "WindowManager",
                "cjeditor %1\n\nDraw customer journey maps: stages, swimlanes, "
                "touchpoints, moments of truth and the emotional curve, and print "
                "them as posters.",
            ).replace("%1", __version__),
        )


_WHY = {"map_version_newer": "newer", "file_permission": "unreadable",
        "map_too_large": "too_large"}


def refusal_kind(error: MapLoadError) -> str:
    """What the refusal's heading says of a file refused for one reason of its own (a
    newer format, no permission to read it, too large); "" for an invalid map."""
    keys = {getattr(problem.phrase, "key", "") for problem in error.problems}
    kinds = {_WHY.get(key, "") for key in keys}
    return kinds.pop() if len(kinds) == 1 else ""
