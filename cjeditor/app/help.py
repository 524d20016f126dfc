"""Help ▸ Guide: how to build a map, the lanes, the moments of truth, the shortcuts.

Plain text in a dialog with three tabs. The guide's sentences are Qt-translated;
the names and descriptions of lane types and moments of truth come from the one
vocabulary (cjeditor.model.vocabulary) in the interface language, so the
glossary always says what the palette and the canvas say.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
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
    QT_TRANSLATE_NOOP("GuideDialog", "Raise or lower the selected emotion"),
    QT_TRANSLATE_NOOP("GuideDialog", "Ctrl+Up, Ctrl+Down"),
    QT_TRANSLATE_NOOP("GuideDialog", "First or last card of the lane (Ctrl: of the map)"),
    QT_TRANSLATE_NOOP("GuideDialog", "Home, End"),
    QT_TRANSLATE_NOOP("GuideDialog", "Select a stage, lane or phase header"),
    QT_TRANSLATE_NOOP("GuideDialog", "Up from a column's top card, Left from a lane's first"),
    QT_TRANSLATE_NOOP("GuideDialog", "Move the selected stage or lane"),
    QT_TRANSLATE_NOOP("GuideDialog", "Go to the next panel, or back to the map"),
    QT_TRANSLATE_NOOP("GuideDialog", "F6, Shift+F6"),
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
            "When the map is drawn: the Map check panel measures it against the eight keys "
            "of a good map; click a finding to see what it names. Give opportunities and "
            "ideas an impact and an effort, then drag them in the Prioritise panel's "
            "matrix."),
        QCoreApplication.translate(
            "GuideDialog",
            "The Views panel saves the lanes shown, a persona and the overlaid emotion "
            "curves (one curve per persona) as a view for an audience."),
        QCoreApplication.translate(
            "GuideDialog",
            "Current and future: in the Brief, set the map's state and choose its "
            "counterpart; View ▸ Compare with Counterpart draws the other map's curve as a "
            "dashed ghost and marks the stages that differ (+ added, − removed, ~ changed)."),
        QCoreApplication.translate(
            "GuideDialog",
            "A card or a stage can link to another map (a sub-journey): right-click ▸ Link "
            "to Map…; double-click its badge to open it."),
        QCoreApplication.translate(
            "GuideDialog",
            "File ▸ Export writes posters (PDF, tiled on small sheets if needed), images, a "
            "web page, slides, tables (CSV, Excel) and Mermaid journeys; File ▸ Import "
            "Table… reads tables and Mermaid journeys back; File ▸ Compare with File… lists "
            "what changed since another version."),
        "",
        QCoreApplication.translate(
            "GuideDialog",
            "Arrow keys move from card to card, and on to the stage and lane headers; "
            "Ctrl+arrows move the selected card (into the next lane that takes it, past the "
            "end of its cell), stage or lane. F6 goes to the next panel and back to the "
            "map. A collapsed lane shows how many cards it hides: double-click it, or click "
            "its ▸ marker, to expand it."),
    ]
    return "\n\n".join(step for step in steps if step) + "\n"  # a blank line between steps


def glossary_sections(language: str | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(name, description)]): every lane type, then every moment of truth,
    named and described by the vocabulary."""
    language = language or current_language()

    def entries(category: str, values: Iterable[str]) -> list[tuple[str, str]]:
        return [(vocabulary.name(category, value, language),
                 vocabulary.description(category, value, language)) for value in values]

    return [(QCoreApplication.translate("GuideDialog", "Lane types"),
             entries("lane_type", LANE_TYPES)),
            (QCoreApplication.translate("GuideDialog", "Moments of truth"),
             entries("moment", MOMENTS))]


def glossary_text(language: str | None = None) -> str:
    """The glossary as plain text: a heading, then each name with its description below."""
    lines: list[str] = []
    for heading, entries in glossary_sections(language):
        lines += ["", heading, ""] if lines else [heading, ""]
        for name, described in entries:
            lines.append(name)
            if described:
                lines.append("    " + described)
    return "\n".join(lines) + "\n"


def glossary_html(language: str | None = None) -> str:
    """The glossary for the dialog: bold headings and names (every word escaped)."""
    parts = []
    for heading, entries in glossary_sections(language):
        parts.append(f"<h3>{html.escape(heading)}</h3><dl>")
        for name, described in entries:
            parts.append(f"<dt><b>{html.escape(name)}</b></dt>")
            if described:
                parts.append(f"<dd>{html.escape(described)}</dd>")
        parts.append("</dl>")
    return "".join(parts)


def guide_html() -> str:
    """The guide for the dialog: one paragraph per step (every word escaped)."""
    paragraphs = [p for p in guide_text().split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs)


_TYPED = re.compile(r"\+|^F\d+$|^(Ins|Del|Esc|Return|Enter|Backspace|Home|End)$")
# the last key of a combination a person types (not a keyboard's Save or Copy key)
_TYPED_LAST = re.compile(r"(^|\+)(.|F\d+|Ins|Del|Esc|Return|Enter|Backspace|Home|End|Left|Right|Up"
                         r"|Down|PgUp|PgDown|Tab|Space)$")


def _label(text: str) -> str:
    """A menu text without its mnemonic and its ellipsis: "&Open…" -> "Open"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_text(actions: Iterable[tuple[str, QAction]]) -> str:
    """One line per action with keys a person types: "Save              Ctrl+S"."""
    rows: list[tuple[str, str]] = []
    for label, action in actions:
        portable = [(k, k.toString(QKeySequence.SequenceFormat.PortableText))
                    for k in action.shortcuts()]
        typed = [k for k, text in portable if _TYPED.search(text) and _TYPED_LAST.search(text)]
        if typed:
            native = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed[:2]]
            rows.append((_label(label), "  ·  ".join(native)))
    for label, keys in (("Select the next card", "Arrow keys"),
                        ("Move the selected card", "Ctrl+arrow keys"),
                        ("Raise or lower the selected emotion", "Ctrl+Up, Ctrl+Down"),
                        ("First or last card of the lane (Ctrl: of the map)", "Home, End"),
                        ("Select a stage, lane or phase header",
                         "Up from a column's top card, Left from a lane's first"),
                        ("Move the selected stage or lane", "Ctrl+arrow keys"),
                        ("Go to the next panel, or back to the map", "F6, Shift+F6"),
                        ("Edit the selected title", "F2, Enter"),
                        ("New line in a card title", "Shift+Enter"),
                        ("Leave the title as it was", "Esc")):
        rows.append((QCoreApplication.translate("GuideDialog", label),
                     QCoreApplication.translate("GuideDialog", keys)))
    width = max((len(label) for label, _ in rows), default=0)
    return "\n".join(f"{label.ljust(width)}   {keys}" for label, keys in rows) + "\n"


def _rich_page(text: str) -> QTextBrowser:
    """A read-only page of simple HTML (headings, bold names), scrollable by keyboard."""
    page = QTextBrowser()
    page.setOpenLinks(False)
    font = QFont(page.font())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    page.setFont(font)
    page.setHtml(text)
    return page


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
    """The guide, the glossary and the shortcuts, each in a tab (read-only text)."""

    def __init__(self, actions: Iterable[tuple[str, QAction]], parent: QWidget | None = None,
                 tab: int = GUIDE) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("cjeditor guide"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_rich_page(guide_html()), self.tr("How to build a map"))
        self.tabs.addTab(_rich_page(glossary_html()), self.tr("Glossary"))
        self.tabs.addTab(_page(shortcuts_text(actions), fixed=True), self.tr("Keyboard"))
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None:
                page.setAccessibleName(self.tabs.tabText(index))
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
        assert isinstance(page, (QPlainTextEdit, QTextBrowser))
        return page.toPlainText()
