"""Help ▸ Guide: how to build a map, the lanes, the moments of truth, the shortcuts.

Plain text in a dialog with three tabs. The guide's sentences are Qt-translated;
the names and descriptions of lane types and moments of truth come from the one
vocabulary (cjeditor.model.vocabulary) in the interface language, so the
glossary always says what the palette and the canvas say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app.i18n import current_language
from cjeditor.model import LANE_TYPES, MOMENTS, vocabulary

GUIDE, GLOSSARY, SHORTCUTS = range(3)


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def guide_text() -> str:
    """How to build a journey map with the editor, in a page."""
    steps = [
        tr("A customer journey map tells, stage by stage, what a customer does, "
           "thinks and feels while dealing with a business, and where the business "
           "can do better."),
        "",
        tr("1. Stages are the columns, in the order the customer lives them "
           "(for example: discover, compare, buy, receive, use). Insert ▸ Stage adds one "
           "after the selected stage; double-click a stage to rename it."),
        tr("2. Lanes are the rows: each lane type holds one kind of card (see the "
           "glossary). Drag a lane type from the palette onto the map, or use Insert ▸ Lane."),
        tr("3. Cards go in the cell where a lane meets a stage: drag them from the "
           "palette, or select a cell and press Insert. Double-click or F2 edits a "
           "title; Enter keeps it, Esc leaves it as it was."),
        tr("4. The emotional curve: one emotion per stage, from −2 to +2; drag a face "
           "up or down to change it."),
        tr("5. Mark the moments of truth on the stages where the customer decides "
           "(right-click a stage ▸ Moment of truth)."),
        tr("6. Link each opportunity to the pain points it answers (Properties), "
           "then export the map as a poster: File ▸ Export."),
        "",
        tr("Arrow keys move from card to card; Ctrl+arrows move the selected card. "
           "A collapsed lane shows how many cards it hides: double-click it, or click "
           "its ▸ marker, to expand it."),
    ]
    return "\n".join(steps) + "\n"


def _entries(category: str, values: Iterable[str], language: str) -> list[str]:
    lines = []
    for value in values:
        lines.append(vocabulary.name(category, value, language))
        described = vocabulary.description(category, value, language)
        if described:
            lines.append("    " + described)
    return lines


def glossary_text(language: str | None = None) -> str:
    """Every lane type and moment of truth, named and described by the vocabulary."""
    language = language or current_language()
    lines = [tr("Lane types"), ""]
    lines += _entries("lane_type", LANE_TYPES, language)
    lines += ["", tr("Moments of truth"), ""]
    lines += _entries("moment", MOMENTS, language)
    return "\n".join(lines) + "\n"


_TYPED = re.compile(r"\+|^F\d+$|^(Ins|Del|Esc|Return|Enter|Backspace|Home|End)$")


def _label(text: str) -> str:
    """A menu text without its mnemonic and its ellipsis: "&Open…" -> "Open"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_text(actions: Iterable[tuple[str, QAction]]) -> str:
    """One line per action with keys a person types: "Save              Ctrl+S"."""
    rows: list[tuple[str, str]] = []
    for label, action in actions:
        keys = [k for k in action.shortcuts()
                if _TYPED.search(k.toString(QKeySequence.SequenceFormat.PortableText))]
        if keys:
            native = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys[:2]]
            rows.append((_label(label), "  ·  ".join(native)))
    rows += [(tr("Select the next card"), tr("Arrow keys")),
             (tr("Move the selected card"), tr("Ctrl+arrow keys")),
             (tr("Edit the selected title"), tr("F2, Enter")),
             (tr("New line in a card title"), tr("Shift+Enter")),
             (tr("Leave the title as it was"), tr("Esc"))]
    width = max((len(label) for label, _ in rows), default=0)
    return "\n".join(f"{label.ljust(width)}   {keys}" for label, keys in rows) + "\n"


def _page(text: str, fixed: bool = False) -> QPlainTextEdit:
    page = QPlainTextEdit()
    page.setReadOnly(True)
    page.setPlainText(text)
    if fixed:
        page.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    else:
        font = QFont(page.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        page.setFont(font)
    page.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return page


class GuideDialog(QDialog):
    """The guide, the glossary and the shortcuts, each in a tab of plain text."""

    def __init__(self, actions: Iterable[tuple[str, QAction]], parent: QWidget | None = None,
                 tab: int = GUIDE) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(tr("cjeditor guide"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_page(guide_text()), tr("How to build a map"))
        self.tabs.addTab(_page(glossary_text()), tr("Glossary"))
        self.tabs.addTab(_page(shortcuts_text(actions), fixed=True), tr("Keyboard"))
        self.tabs.setCurrentIndex(tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(680, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def page_text(self, tab: int) -> str:
        page = self.tabs.widget(tab)
        assert isinstance(page, QPlainTextEdit)
        return page.toPlainText()
