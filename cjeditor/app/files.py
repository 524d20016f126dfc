"""File operations of one window: new, open, save, save as, revert, ask to save."""

from __future__ import annotations

import errno
import os
import re
import stat
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cjeditor.app import already_open, save_errors
from cjeditor.app.dialogs.new_map import NewMapDialog
from cjeditor.app.i18n import current_language
from cjeditor.commands import RebaseMapPathsCommand, push
from cjeditor.fileio import MapLoadError, MapSaveError, load, save

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

SUFFIX = ".cjmap"


def suggested_name(title: str) -> str:
    """A file name from a map title: letters, digits and dashes."""
    stem = re.sub(r"[^\w]+", "-", title.strip().lower(), flags=re.UNICODE).strip("-_")
    return (stem[:60] or "journey-map") + SUFFIX


def file_read_only(path: str | os.PathLike[str]) -> bool:
    """A file the user made read-only (no write permission bit, or not writable by
    us). fileio's atomic rename in a writable folder would replace it anyway, so the
    window shows it and Save refuses, as desktop editors do. Not a folder's lack of
    permission: saving reports that when it fails."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    return not info.st_mode & 0o222 or not os.access(path, os.W_OK)


def _with_suffix(path: Path) -> Path:
    """`path` with .cjmap added, without doubling a dot the name ends with."""
    stem = path.name.rstrip(".") or "journey-map"
    return path.with_name(stem + SUFFIX)


class WindowFiles:
    """The File menu's behaviour for one MainWindow."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def document(self):
        return self.window.document

    @property
    def settings(self):
        return self.window.manager.settings

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("WindowFiles", text)

    # ------------------------------------------------------------- new/open
    def new(self) -> None:
        settings = self.settings
        dialog = NewMapDialog(
            self.window,
            template=settings.last_template,
            language=settings.last_template_language or current_language(),
        )
        try:
            if not dialog.exec():
                return
            template, language, title = dialog.template(), dialog.language(), dialog.title()
        finally:
            dialog.deleteLater()
        settings.last_template = template
        settings.last_template_language = language
        if self.window.is_pristine():
            from cjeditor.templates import create_map

            self.document.set_map(create_map(template, language, title=title), None)
            window = self.window
        else:
            window = self.window.manager.new_map(template, language, title)
        window.chosen_map = True  # chosen on purpose: the next New or Open keeps it

    def _start_dir(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return self.settings.last_directory or str(Path.home())

    def open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open journey map"), self._start_dir(),
            self.tr("Journey maps (*.cjmap)") + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.settings.last_directory = str(Path(path).parent)
            self.open_path(path)

    def open_path(self, path: str | Path):
        return self.window.manager.open_path(path, parent=self.window, reuse=self.window)

    # ----------------------------------------------------------------- save
    def commit_typing(self) -> None:
        """What is being typed becomes part of the map, as leaving the field would make
        it: the canvas's title editor, a panel's field that commits when left (a name,
        tags, authors). Before saving and before asking about unsaved changes: else
        the file lacks it and closing does not even ask."""
        editor = getattr(self.window.view, "editor", None)
        if editor is not None:
            editor.commit()
        focused = QApplication.focusWidget()
        if focused is None or not self._in_window(focused):
            return
        focused.clearFocus()  # its focus-out commits
        if shiboken6.isValid(focused) and focused.isVisible():  # a form rebuilt drops it
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _in_window(self, widget: QWidget) -> bool:
        """In this window or one of its docks, floating ones too."""
        while widget is not None and widget is not self.window:
            widget = widget.parentWidget()
        return widget is not None

    def save(self) -> bool:
        self.commit_typing()
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        watch = getattr(self.window, "disk_watch", None)
        decision = watch.before_save() if watch is not None else None
        if decision is not None:  # changed on disk: reloaded, saved elsewhere or cancelled
            return decision
        return self._write(self.document.path)

    def save_as(self) -> bool:
        self.commit_typing()
        doc = self.document
        if doc.path is not None:
            start = str(doc.path)
        else:
            start = str(Path(self._start_dir()) / suggested_name(doc.map.meta.title))
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save journey map"), start, self.tr("Journey maps (*.cjmap)")
        )
        if not path:
            return False
        path = Path(path)
        if path.is_dir() or path.suffix.lower() != SUFFIX:
            path = path if path.suffix.lower() == SUFFIX else _with_suffix(path)
            if path.is_dir():  # nothing to replace: a folder is in the way
                folder = IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
                if save_errors.offer_save_as(self.window, path, folder):
                    return self.save_as()
                return False
            if path.exists() and not confirm_replace(self.window, self.tr("Save journey map"),
                                                     path):
                return False  # the file dialog asked about the name without the suffix
        other = self.window.manager.find_window(path) if path.exists() else None
        if (other is not None and other is not self.window) or (
                path.exists() and already_open.other_holder(path) is not None):
            self._error(self.tr("“%1” is open in another window. Close it first or choose "
                                "another name.").replace("%1", path.name))
            return False
        moved = self._keep_map_paths(path)
        if not self._write(path):
            if moved:
                doc.undo_stack.undo()
            return False
        self.settings.last_directory = str(path.parent)
        return True

    def _keep_map_paths(self, path: Path) -> bool:
        """Before Save As into another folder: the links to other maps (and the
        counterpart) rewritten to name the same files from there, as one undo step."""
        doc = self.document
        if doc.path is None or doc.path.resolve().parent == path.resolve().parent:
            return False
        command = RebaseMapPathsCommand(doc, doc.path, path)
        was_read_only, doc.read_only = doc.read_only, False  # Save As makes a copy
        try:
            return push(doc, command)
        finally:
            doc.read_only = was_read_only

    def _write(self, path: Path) -> bool:
        doc = self.document
        if file_read_only(path):  # the rename would replace it: refuse, offer Save As
            refused = PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            if save_errors.offer_save_as(self.window, path, refused):
                return self.save_as()
            return False
        old_meta = doc.map.meta
        if doc.modified:  # meta.modified changes only when the document did
            stamp = datetime.now().astimezone().isoformat(timespec="seconds")
            # Bookkeeping, not an edit: not on the undo stack.
            doc.update_meta({"modified": stamp})
        try:
            save(doc.map, path, backup=self.settings.keep_backup)
        except (MapSaveError, OSError) as error:
            if doc.map.meta is not old_meta:
                doc.replace_meta(old_meta)
            # The old file is untouched and the map stays open and modified.
            if save_errors.offer_save_as(self.window, path, error):
                return self.save_as()
            return False
        resolved = Path(path).resolve()
        was_read_only = doc.read_only  # Save As of a read-only map: now an editable one
        doc.read_only = False
        if doc.path != resolved:
            doc.path = resolved
        if was_read_only:
            already_open.set_read_only(self.window, False)
        lock = getattr(self.window, "map_lock", None)
        if lock is not None:
            lock.refresh()  # opened anyway: ours once the other editor has let it go
        doc.set_clean()
        watch = getattr(self.window, "disk_watch", None)
        if watch is not None:
            watch.remember()  # our own file now; re-watch it (the rename ended the watch)
        self.window.manager.add_recent(resolved)
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", resolved.name),
                                            4000)
        return True

    def revert(self) -> None:
        doc = self.document
        if doc.path is None:
            return
        if doc.modified:
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Revert"),
                self.tr("Discard every change made since “%1” was last saved?")
                .replace("%1", doc.path.name),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self.window,
            )
            box.setTextFormat(_plain())
            if _answer(box) != QMessageBox.StandardButton.Discard:
                return
        try:
            journey_map = load(doc.path)
        except MapLoadError as error:
            self.window.manager.show_load_error(doc.path, error, self.window)
            return
        doc.set_map(journey_map, doc.path)

    # ------------------------------------------------------- unsaved changes
    def maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel if there are unsaved changes; True to go on."""
        self.commit_typing()
        doc = self.document
        if not doc.modified:
            return True
        name = doc.path.name if doc.path is not None else doc.map.meta.title
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” before closing?").replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(_plain())
        box.setInformativeText(self.tr("Your changes will be lost if you don’t save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = _answer(box)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, "cjeditor", text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(_plain())
        box.exec()
        box.deleteLater()


def _plain():
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


def confirm_replace(parent: QWidget, title: str, path: Path) -> bool:
    """Whether to write over `path`, which a file dialog did not ask about (it was
    given the name before its suffix was added): Save As and Export ask alike."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title,
        QCoreApplication.translate("WindowFiles", "“%1” already exists. Replace it?")
        .replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent,
    )
    box.setTextFormat(_plain())
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return _answer(box) == QMessageBox.StandardButton.Yes


def _answer(box: QMessageBox) -> QMessageBox.StandardButton:
    result = box.exec()
    box.deleteLater()
    try:
        return QMessageBox.StandardButton(result)
    except ValueError:
        return QMessageBox.StandardButton.Cancel
