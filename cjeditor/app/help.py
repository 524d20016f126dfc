"""Help ▸ Guide: how to build a map, the lanes, the moments of truth, the shortcuts.

Plain text in a dialog with three tabs. The guide's sentences are Qt-translated;
the names and descriptions of lane types and moments of truth come from the one
vocabulary (cjeditor.model.vocabulary) in the interface language, so the
glossary always says what the palette and the canvas say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

# Keys the menus do not show, and what they do (for lupdate: translated below)
KEYS_TEXT = (
    QT_TRANSLATE_NOOP("GuideDialog", "Select the next card"),
    QT_TRANSLATE_NOOP("GuideDialog", "Arrow keys"),
    QT_TRANSLATE_NOOP("GuideDialog", "Move the selected card"),
    QT_TRANSLATE_NOOP("GuideDialog", "Ctrl+arrow keys"),
    QT_TRANSLATE_NOOP("GuideDialog", "Edit the selected title"),
    QT_TRANSLATE_NOOP("GuideDialog", "F2, Enter"),
    QT_TRANSLATE_NOOP("GuideDialog", "New line in a card title"),
    QT_TRANSLATE_NOOP("GuideDialog", "Shift+Enter"),
    QT_TRANSLATE_NOOP("GuideDialog", "Leave the title as it was"),
    QT_TRANSLATE_NOOP("GuideDialog", "Esc"),
)


def guide_text() -> str:
    """How to build a journey map with the editor, in a page."""
    steps = [
        QCoreApplication.translate(
            "GuideDialog",
            "A customer journey map tells, stage by stage, what a customer does, thinks and "
            "feels while dealing with a business, and where the business can do better."),
        "",
        QCoreApplication.translate(
            "GuideDialog",
            "1. Stages are the columns, in the order the customer lives them (for example: "
            "discover, compare, buy, receive, use). Insert ▸ Stage adds one after the "
            "selected stage; double-click a stage to rename it."),
        QCoreApplication.translate(
            "GuideDialog",
            "2. Lanes are the rows: each lane type holds one kind of card (see the "
            "glossary). Drag a lane type from the palette onto the map, or use Insert ▸ Lane."),
        QCoreApplication.translate(
            "GuideDialog",
            "3. Cards go in the cell where a lane meets a stage: drag them from the palette, "
            "or select a cell and press Insert. Double-click or F2 edits a title; Enter "
            "keeps it, Esc leaves it as it was."),
        QCoreApplication.translate(
            "GuideDialog",
            "4. The emotional curve: one emotion per stage, from −2 to +2; drag a face up or "
            "down to change it."),
        QCoreApplication.translate(
            "GuideDialog",
            "5. Mark the moments of truth on the stages where the customer decides "
            "(right-click a stage ▸ Moment of truth)."),
        QCoreApplication.translate(
            "GuideDialog",
            "6. Link each opportunity to the pain points it answers (Properties), then "
            "export the map as a poster: File ▸ Export."),
        "",
        QCoreApplication.translate(
            "GuideDialog",
            "Arrow keys move from card to card; Ctrl+arrows move the selected card. A "
            "collapsed lane shows how many cards it hides: double-click it, or click its ▸ "
            "marker, to expand it."),
    ]
    return "\n\n".join(step for step in steps if step) + "\n"  # a blank line between steps


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
    lines = [QCoreApplication.translate("GuideDialog", "Lane types"), ""]
    lines += _entries("lane_type", LANE_TYPES, language)
    lines += ["", QCoreApplication.translate("GuideDialog", "Moments of truth"), ""]
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
    for label, keys in (("Select the next card", "Arrow keys"),
                        ("Move the selected card", "Ctrl+arrow keys"),
                        ("Edit the selected title", "F2, Enter"),
                        ("New line in a card title", "Shift+Enter"),
                        ("Leave the title as it was", "Esc")):
        rows.append((QCoreApplication.translate("GuideDialog", label),
                     QCoreApplication.translate("GuideDialog", keys)))
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
        self.setWindowTitle(self.tr("cjeditor guide"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_page(guide_text()), self.tr("How to build a map"))
        self.tabs.addTab(_page(glossary_text()), self.tr("Glossary"))
        self.tabs.addTab(_page(shortcuts_text(actions), fixed=True), self.tr("Keyboard"))
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
