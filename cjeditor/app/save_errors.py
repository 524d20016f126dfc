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

# Literal QCoreApplication.translate calls below, so lupdate finds the strings.


def reason(error: OSError) -> str:
    """One sentence a designer understands, from the error number."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QCoreApplication.translate("SaveErrors", "The disk is full.")
    if code in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "SaveErrors", "You are not allowed to write there (the folder or the file is "
            "read-only).")
    if code == errno.EROFS:
        return QCoreApplication.translate("SaveErrors", "The disk is read-only.")
    if code == errno.ENOENT:
        return QCoreApplication.translate(
            "SaveErrors", "The folder does not exist any more (was it moved, deleted or "
            "unplugged?).")
    if code == errno.EISDIR:
        return QCoreApplication.translate("SaveErrors",
                                          "A folder with that name is in the way.")
    if code == errno.ENOTDIR:
        return QCoreApplication.translate("SaveErrors",
                                          "Part of the path is a file, not a folder.")
    if code == errno.ENAMETOOLONG:
        return QCoreApplication.translate("SaveErrors", "The name is too long.")
    if code == errno.EIO:
        return QCoreApplication.translate("SaveErrors",
                                          "The disk reported an input/output error.")
    if code is not None:  # the system's own reason, in the interface's language
        from cjeditor.app.i18n import current_language
        from cjeditor.model.messages import os_reason

        said = os_reason(error).say(current_language())
        return said[:1].upper() + said[1:] + ("" if said.endswith(".") else ".")
    return str(error)


def message(path: str | os.PathLike[str], error: OSError) -> str:
    name = Path(path).name
    head = QCoreApplication.translate("SaveErrors", "“%1” could not be saved.")
    tail = QCoreApplication.translate(
        "SaveErrors", "The file on disk was not changed, and the map is still open with "
        "all your changes.")
    return head.replace("%1", name) + " " + reason(error) + "\n\n" + tail


def details(path: str | os.PathLike[str], error: OSError) -> str:
    """What "Show Details…" says: the full path, the reason in the interface's
    language (str(error) is the system's English) and the error's code name."""
    code = errno.errorcode.get(error.errno) if error.errno is not None else None
    return "\n".join(part for part in (os.fspath(path), reason(error), code) if part)


def offer_save_as(parent: QWidget | None, path: str | os.PathLike[str],
                  error: OSError) -> bool:
    """Explain the failure; True if the user wants to save elsewhere."""
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("SaveErrors", "Could not save"),
                      message(path, error),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate(
        "SaveErrors", "Save the map under another name or in another folder?"))
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("SaveErrors", "Save As…"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setDetailedText(details(path, error))
    result = box.exec()
    box.deleteLater()
    return result == QMessageBox.StandardButton.Save
