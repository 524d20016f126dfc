"""At start: offer the recovery copies left by an editor that did not close normally.

Restore opens each map as modified (its undo stack not clean), attached to its
original file; if that file changed after the copy's edits began (saved later, or
changed by another program), the dialog says so and the window's disk watch keeps
the older file as its base, so Save asks before replacing the newer file. A copy
that cannot be read is said so and set aside (kept in a folder of its own, not
offered again); Discard deletes the copies; Later keeps them for the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QTreeWidgetItem,
    QWidget,
)

from cjeditor.app import plaintext
from cjeditor.app.file_stamp import FileStamp
from cjeditor.app.forms.ui_recovery import Ui_RecoveryDialog
from cjeditor.app.i18n import current_language
from cjeditor.app.recovery import RecoveryEntry, RecoveryStore
from cjeditor.document import MapDocument
from cjeditor.fileio import MapLoadError

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog, Ui_RecoveryDialog):
    """Lists recovery copies; dialog.exec() returns RESTORE, DISCARD or LATER.

    The form is ui/recovery.ui (compiled into app/forms/); this class fills the list
    and adds the three buttons (a button box in a .ui holds standard buttons only)."""

    LATER = 0  # also what closing the dialog means
    RESTORE = 1
    DISCARD = 2

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.entries = list(entries)
        changed: list[str] = []
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for entry in self.entries:
            when = entry.when()
            original = entry.original or self.tr("(never saved)")
            row = QTreeWidgetItem([entry.display_title(), original,
                                   when.strftime("%Y-%m-%d %H:%M:%S") if when else ""])
            row.setToolTip(0, plaintext.tooltip(entry.display_title()))
            row.setToolTip(1, plaintext.tooltip(original))
            if entry.original_changed():
                name = entry.original_path.name if entry.original_path else original
                changed.append(name)
                row.setIcon(1, warning)
                row.setToolTip(1, plaintext.tooltip(original + "\n" + self._changed_text(name)))
            self.list.addTopLevelItem(row)
        if changed:  # said before the choice: the copy is not the newest version
            self.note.setText(self.note.text() + "\n\n" + "\n".join(
                "⚠ " + self._changed_text(name) for name in changed))
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(2)
        # the title gets at most 2/5; the path takes what is left (elided in the middle)
        self.list.setColumnWidth(0, min(self.list.columnWidth(0),
                                        self.list.minimumWidth() * 2 // 5))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = self.buttons
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("Discard"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()  # the list is only to read: Enter restores
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        self.discard_button.clicked.connect(lambda: self.done(self.DISCARD))
        self.later_button.clicked.connect(lambda: self.done(self.LATER))

    def _changed_text(self, name: str) -> str:
        return self.tr("“%1” has changed since this copy was made (it was saved later, or "
                       "another program changed it). If you restore the copy, saving asks "
                       "before replacing the file.").replace("%1", name)

    def text(self) -> str:
        """What the list and the note say, as plain text (used by tests)."""
        rows = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            rows.append(" | ".join(item.text(c) for c in range(3)))
        return "\n".join([*rows, self.note.text()])


def offer_recovery(manager, parent: QWidget | None = None,
                   store: RecoveryStore | None = None) -> list:
    """Offer the stale recovery copies; returns the windows of the restored maps."""
    store = store if store is not None else RecoveryStore()
    entries = store.stale()
    if not entries:
        return []
    dialog = RecoveryDialog(entries, parent)
    try:
        choice = dialog.exec()
    finally:
        dialog.deleteLater()
    if choice == RecoveryDialog.RESTORE:
        windows = []
        for entry in entries:
            window = restore(manager, entry, reuse=parent)
            if window is not None:
                windows.append(window)
        return windows
    if choice == RecoveryDialog.DISCARD:
        store.discard(entries)
    return []


def restore(manager, entry: RecoveryEntry, reuse=None):
    """Open a recovery copy as a modified map attached to its original file."""
    try:
        journey_map = entry.load()
    except MapLoadError as error:
        log.warning("recovery copy %s cannot be read: %s", entry.copy_path, error)
        folder = RecoveryStore(entry.copy_path.parent).set_aside(entry.key)
        lines = error.problem_lines(current_language(), entry.copy_path.name)
        lines.append(QCoreApplication.translate(
            "RecoveryDialog", "The copy was moved to %1: it is kept there, and not offered "
            "again.").replace("%1", str(folder)))
        manager.show_load_error(entry.copy_path, lines, reuse)
        return None
    path = entry.original_path
    window = manager.find_window(path) if path is not None else None
    if window is not None and window.document.modified:
        path, window = None, None  # the file is open with other changes: do not mix them
    if window is None and reuse is not None and getattr(reuse, "is_pristine", None) \
            and reuse.is_pristine():
        window = reuse
    if window is not None:
        window.document.set_map(journey_map, path)
    else:
        window = manager.open_document(MapDocument(journey_map, path))
    window.document.undo_stack.resetClean()  # it holds changes not in any saved file
    changed = path is not None and entry.original_changed()
    watch = getattr(window, "disk_watch", None)
    if changed and watch is not None:  # Save asks before replacing the newer file
        watch.assume(entry.base or FileStamp.unknown())
    autosaver = getattr(window, "autosaver", None)
    if autosaver is not None:
        autosaver.adopt(entry)
    else:
        RecoveryStore(entry.copy_path.parent).remove(entry.key)
    when = entry.when()
    message = QCoreApplication.translate("RecoveryDialog", "Recovered the changes made until "
                                         "%1. Save the map to keep them.")
    message = message.replace("%1", when.strftime("%H:%M:%S") if when else "the crash")
    if changed and path is not None:
        message += " " + QCoreApplication.translate(
            "RecoveryDialog", "“%1” has changed since: saving asks before replacing it.") \
            .replace("%1", path.name)
    window.statusBar().showMessage(message, 15000)
    return window
