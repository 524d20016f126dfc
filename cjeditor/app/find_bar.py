"""Find (Ctrl+F): a bar under the map that finds cards by their words.

A card matches when its title, text or tags hold what is typed, whatever the case and
the accents ("envio" finds "Envío", as people type in a hurry). Typing selects the
first match from the selection on; Enter and F3 go to the next, Shift+Enter and
Shift+F3 to the one before, round the map in reading order (stage by stage, lane by
lane). Cards in a folded lane or hidden by the persona filter are counted, not shown.
Esc closes the bar and leaves the card found selected, the keyboard back on the map.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from cjeditor.canvas.keyboard import select_card

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView


def folded(text: str) -> str:
    """`text` for matching: case and accents set aside (é, É and e are alike)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def card_words(card: object) -> str:
    """What a card is found by: its title, text and tags."""
    tags = " ".join(getattr(card, "tags", None) or ())
    return folded(f"{getattr(card, 'title', '')}\n{getattr(card, 'text', '') or ''}\n{tags}")


class FindBar(QWidget):
    """The find bar of a window's map view (hidden until Ctrl+F)."""

    def __init__(self, view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        label = QLabel(self.tr("Find:"))
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Words of a card's title, text or tags"))
        self.field.setAccessibleName(self.tr("Find cards"))
        label.setBuddy(self.field)
        self.count = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.setAccessibleName(self.tr("Close the find bar"))
        for widget in (label, self.field):
            row.addWidget(widget)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(close)
        self.field.textChanged.connect(lambda _text: self.find(0))
        self.field.returnPressed.connect(lambda: self.find(1))
        self.previous_button.clicked.connect(lambda: self.find(-1))
        self.next_button.clicked.connect(lambda: self.find(1))
        close.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        # each card's words, folded once: card id -> (the card object, its words). An edit
        # replaces the card object, so a stale entry is seen and made again. Folding every
        # card on each key typed took half a second at 20,000 cards.
        self._words: dict[str, tuple[object, str]] = {}
        self.hide()

    # ------------------------------------------------------------------ showing
    def open_bar(self) -> None:
        """Show the bar with the field ready to type in (its text selected)."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.find(0)

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.field and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find(-1)
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):
                self.find(-1)
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):
                self.find(1)
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ finding
    def matches(self) -> tuple[list[str], int]:
        """The ids of the cards shown that match, in reading order, and how many more
        match in folded lanes or lanes the persona filter hides."""
        needle = folded(self.field.text().strip())
        if not needle:
            return [], 0
        doc = self.view.doc
        geometry = self.view.map_scene.geometry
        shown = geometry.cards if geometry is not None else {}
        stage_index = {s.id: i for i, s in enumerate(doc.map.stages)}
        found: list[tuple[int, int, int, str]] = []
        hidden = 0
        words = self._words
        for lane_index, lane in enumerate(doc.map.lanes):
            for place, card in enumerate(lane.cards):
                kept = words.get(card.id)
                if kept is None or kept[0] is not card:
                    kept = words[card.id] = (card, card_words(card))
                if needle not in kept[1]:
                    continue
                if card.id in shown:
                    found.append((stage_index.get(card.stage, 0), lane_index, place, card.id))
                else:
                    hidden += 1
        return [card_id for *_order, card_id in sorted(found)], hidden

    def find(self, step: int) -> str | None:
        """Select a match: the first from the selection on (`step` 0, while typing), the
        next (1) or the one before (-1). Returns its id, or None (none shown)."""
        found, hidden = self.matches()
        current = next((i for i in self.view.selected_card_ids() if i in found), None)
        if not found:
            self._say(0, 0, hidden)
            return None
        if current is None:
            index = 0 if step >= 0 else len(found) - 1
        else:
            index = (found.index(current) + step) % len(found)
        select_card(self.view, found[index])
        self._say(index + 1, len(found), hidden)
        return found[index]

    def _say(self, number: int, total: int, hidden: int) -> None:
        if not self.field.text().strip():
            text = ""
        elif total:
            text = self.tr("%1 of %2").replace("%1", str(number)).replace("%2", str(total))
        else:
            text = self.tr("No card found")
        if hidden:
            more = self.tr("%1 more in folded or filtered lanes").replace("%1", str(hidden))
            text = f"{text} · {more}" if text else more
        self.count.setText(text)
