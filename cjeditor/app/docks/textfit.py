"""Text limits of the format (model/limits.py) kept in the fields, and said.

The model counts characters as Python does (code points), Qt counts UTF-16 units,
so `QLineEdit.setMaxLength` let a field hold fewer emoji than the format allows and
cut one in half. Here a field holds what the model takes; text past the limit is
removed at a whole character (grapheme: "👨‍👩‍👧‍👦" stays whole or goes whole), taken
from what was just typed or pasted, and the user is told how much went.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTextBoundaryFinder
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cjeditor.document.checks import figure, ui_language
from cjeditor.model import messages

Say = Callable[[str], None]


def _units(text: str, index: int) -> int:
    """The UTF-16 position (Qt's) of code point `index` of `text`."""
    return len(text[:index].encode("utf-16-le")) // 2


def _index(text: str, units: int) -> int:
    """The code point index of UTF-16 position `units` (Qt's) of `text`."""
    return len(text.encode("utf-16-le")[:2 * units].decode("utf-16-le", errors="ignore"))


def _grapheme_start(text: str, index: int) -> int:
    """The last boundary between whole characters at or before code point `index`."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text, index))
    if not finder.isAtBoundary():
        finder.toPreviousBoundary()
    return _index(text, max(finder.position(), 0))


def fit(text: str, limit: int, end: int | None = None) -> tuple[str, int, int]:
    """`text` cut to `limit` characters: (text, where the cut is, characters removed).

    What goes is the excess just before code point `end` (where typing or a paste
    ended; default: the end of the text), widened to whole characters."""
    excess = len(text) - limit
    if excess <= 0:
        return text, len(text) if end is None else end, 0
    end = len(text) if end is None or end - excess < 0 else end
    start = _grapheme_start(text, end - excess)
    return text[:start] + text[end:], start, end - start


def amount(number: int, noun: str = "character") -> str:
    """"10 000 caracteres", "1 character": in the interface language."""
    language = ui_language()
    return messages.count(figure(number, language) if number != 1 else 1, noun, language)


def cut_message(name: str, limit: int, removed: int, noun: str = "character",
                each_line: bool = False) -> str:
    """What the status bar says when a field had more than the format takes."""
    if each_line:
        text = QCoreApplication.translate(
            "textfit", "%1: each line takes at most %2; the rest (%3) was left out.")
    else:
        text = QCoreApplication.translate(
            "textfit", "%1: takes at most %2; the rest (%3) was left out.")
    return (text.replace("%1", name).replace("%2", amount(limit, noun))
            .replace("%3", amount(removed, noun)))


def keep_line(edit: QLineEdit, limit: int, said: Callable[[int], None]) -> None:
    """Keep `edit` within `limit` characters; `said(removed)` when text was cut. Connect
    before anything that reads the text on `textEdited`: it then reads the kept text."""

    def check(text: str) -> None:
        if len(text) <= limit:
            return
        kept, cursor, removed = fit(text, limit, _index(text, edit.cursorPosition()))
        edit.blockSignals(True)
        try:
            edit.setText(kept)
            edit.setCursorPosition(_units(kept, cursor))
        finally:
            edit.blockSignals(False)
        said(removed)

    edit.textEdited.connect(check)


def keep_area(area: QPlainTextEdit, limit: int, said: Callable[[int], None]) -> None:
    """The same for multi-line text: cut through the widget's own undo, on `textChanged`."""

    def check() -> None:
        if area.document().characterCount() - 1 <= limit:  # UTF-16 units >= characters
            return
        text = area.toPlainText()
        if len(text) <= limit:
            return
        kept, start, removed = fit(text, limit, _index(text, area.textCursor().position()))
        cursor = QTextCursor(area.document())
        cursor.setPosition(_units(text, start))
        cursor.setPosition(_units(text, start + removed), QTextCursor.MoveMode.KeepAnchor)
        area.blockSignals(True)
        try:
            cursor.removeSelectedText()
            cursor.setPosition(_units(kept, start))
            area.setTextCursor(cursor)
        finally:
            area.blockSignals(False)
        said(removed)

    area.textChanged.connect(check)
