"""The dialog shown when a file is refused: what is wrong, where, in plain text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class LoadProblemsDialog(QDialog):
    """Lists a refused file's problems; nothing was opened and the file is unchanged."""

    def __init__(self, path: str | Path, problems: list[str], parent: QWidget | None = None,
                 why: str = ""):
        """`why`: "newer" (a map of a newer format), "unreadable" (no permission),
        "too_large"; "" for any other refusal (the map is not valid)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cannot open map"))
        self.path = str(path)
        self.problems = list(problems)
        name = Path(path).name

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                       .pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        texts = QVBoxLayout()
        top.addLayout(texts, 1)
        layout.addLayout(top)
        read = Path(path).is_file()  # else missing, a folder or a device: nothing was read
        if not read:
            heading = self.tr("“%1” was not opened.")
        elif why == "newer":
            heading = self.tr("“%1” was not opened: it was saved by a newer cjeditor.")
        elif why == "unreadable":
            heading = self.tr("“%1” was not opened: it cannot be read.")
        elif why == "too_large":
            heading = self.tr("“%1” was not opened: it is too large for a journey map.")
        else:
            heading = self.tr("“%1” was not opened: it is not a valid journey map.")
        self.heading = QLabel(heading.replace("%1", name))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        texts.addWidget(self.heading)
        note = QLabel(self.tr("The file was not changed. Problems found:") if read
                      else self.tr("Problems found:"))
        note.setTextFormat(Qt.TextFormat.PlainText)
        texts.addWidget(note)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText("\n".join(self.problems))
        self.details.setMinimumSize(480, 160)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, as plain text (used by tests)."""
        return "\n".join([self.heading.text(), self.details.toPlainText()])
