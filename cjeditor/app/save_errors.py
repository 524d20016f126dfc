"""A failed save explained in plain words, with Save As offered.

The file on disk is untouched (fileio's atomic save guarantees it) and the map
stays open and modified; the user may save it somewhere else.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveErrors", text)


def reason(error: OSError) -> str:
    """One sentence a designer understands, from the error number."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return _tr("The disk is full.")
    if code in (errno.EACCES, errno.EPERM):
        return _tr("You are not allowed to write there (the folder or the file is "
                   "read-only).")
    if code == errno.EROFS:
        return _tr("The disk is read-only.")
    if code == errno.ENOENT:
        return _tr("The folder does not exist any more (was it moved, deleted or "
                   "unplugged?).")
    if code == errno.EISDIR:
        return _tr("A folder with that name is in the way.")
    if code == errno.ENOTDIR:
        return _tr("Part of the path is a file, not a folder.")
    if code == errno.ENAMETOOLONG:
        return _tr("The name is too long.")
    if code == errno.EIO:
        return _tr("The disk reported an input/output error.")
    if code is not None:
        return (error.strerror or os.strerror(code)) + "."
    return str(error)


def message(path: str | os.PathLike[str], error: OSError) -> str:
    name = Path(path).name
    return (_tr("“%1” could not be saved.").replace("%1", name) + " " + reason(error)
            + "\n\n" + _tr("The file on disk was not changed, and the map is still open "
                           "with all your changes."))


def offer_save_as(parent: QWidget | None, path: str | os.PathLike[str],
                  error: OSError) -> bool:
    """Explain the failure; True if the user wants to save elsewhere."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Could not save"), message(path, error),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(_tr("Save the map under another name or in another folder?"))
    box.button(QMessageBox.StandardButton.Save).setText(_tr("Save As…"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setDetailedText(str(error))
    result = box.exec()
    box.deleteLater()
    return result == QMessageBox.StandardButton.Save
