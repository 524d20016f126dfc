"""The canvas's clipboard: copy, cut, paste and duplicate cards (MapView's).

Cards travel as JSON (canvas/mime.py, CARDS_MIME) with their titles as plain text
for other programs; plain text from other programs becomes cards
(canvas/text_paste.py). A paste goes into the selected card's cell, or the cell
last clicked, as one undo step.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, SignalInstance
from PySide6.QtWidgets import QApplication

from cjeditor.canvas.clipboard import cards_payload, parse_payload, paste_plan, skipped_message
from cjeditor.canvas.drops import expand_first
from cjeditor.canvas.mime import CARDS_MIME
from cjeditor.canvas.text_paste import text_cards
from cjeditor.commands import DeleteCardsCommand, DocCommand
from cjeditor.commands.connections import paste_command
from cjeditor.document.checks import say, ui_language
from cjeditor.model import vocabulary

if TYPE_CHECKING:
    from cjeditor.document import MapDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


class ClipboardMixin:
    """MapView's clipboard actions (the window's Edit menu calls them)."""

    if TYPE_CHECKING:  # MapView's
        doc: MapDocument
        current_cell: tuple[str, str] | None
        status_message: SignalInstance

        def run(self, command: DocCommand) -> bool: ...
        def selected_card_ids(self) -> list[str]: ...
        def select_ids(self, ids: list[str]) -> None: ...

    def copy(self) -> bool:
        ids = self.selected_card_ids()
        if not ids:
            return False
        mime = QMimeData()
        payload = cards_payload(self.doc, ids)
        mime.setData(CARDS_MIME, payload.encode("utf-8"))
        titles = [self.doc.card(i).title for i in ids]
        mime.setText("\n".join(t for t in titles if t))
        QApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> bool:
        ids = self.selected_card_ids()
        if not self.copy():
            return False
        command = DeleteCardsCommand(self.doc, ids)
        command.setText(tr("Cut"))
        return self.run(command)

    def can_paste(self) -> bool:
        mime = QApplication.clipboard().mimeData()
        return mime is not None and (mime.hasFormat(CARDS_MIME) or bool(mime.text().strip()))

    def paste(self) -> bool:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return False
        if not mime.hasFormat(CARDS_MIME):
            return bool(mime.text().strip()) and self.paste_text(mime.text())
        payload = parse_payload(bytes(mime.data(CARDS_MIME).data()))
        if payload is None:
            self.status_message.emit(tr("The clipboard does not hold cards this editor can read."))
            return False
        target = self._paste_target()
        if target is not None and self.doc.lane(target[0]).collapsed:
            self.status_message.emit(expand_first())  # a card there would not show
            return False
        return self._paste_payload(payload, target)

    def paste_text(self, text: str) -> bool:
        """Text from another program: a card for each line (canvas/text_paste.py)."""
        target = self._paste_target()
        if target is not None and self.doc.lane(target[0]).collapsed:
            self.status_message.emit(expand_first())
            return False
        command, said = text_cards(self.doc, target, text, self.selected_card_ids())
        if said:
            self.status_message.emit(said)
        if command is None or not self.run(command):
            return False
        self.select_ids(command.card_ids)
        return True

    def _paste_target(self) -> tuple[str, str] | None:
        ids = self.selected_card_ids()
        if ids:
            card = self.doc.card(ids[0])
            return self.doc.lane_of(ids[0]).id, card.stage
        cell = self.current_cell
        if cell and self.doc.kind_of(cell[0]) == "lane" and self.doc.kind_of(cell[1]) == "stage":
            return cell
        return None

    def _paste_payload(self, payload: dict[str, Any], target: tuple[str, str] | None,
                       text: str | None = None) -> bool:
        id_map: dict[str, str] = {}  # clipboard ids -> new ids: the arrows among them follow
        entries, assets, skipped = paste_plan(self.doc, payload, target, id_map)
        if skipped:
            self.status_message.emit(skipped_message(skipped))
        if not entries:
            return False
        command = paste_command(self.doc, entries, assets, payload, id_map, text=text)
        if self.run(command):
            self.select_ids(command.card_ids)
            if target is not None and entries[0][0] != target[0] and not skipped:
                self._say_pasted_elsewhere(target[0], entries[0])
            return True
        return False

    def _say_pasted_elsewhere(self, asked: str, first: tuple[str, Any]) -> None:
        """The chosen cell's lane does not take the first card's kind: it went to a lane
        that does. Said, not silent (a pain point pasted on an opportunity's cell)."""
        lane_id, card = first
        doc = self.doc
        if doc.kind_of(asked) != "lane" or doc.kind_of(lane_id) != "lane":
            return
        language = ui_language()
        self.status_message.emit(say(
            "pasted_elsewhere", lane=doc.lane(asked).title, other=doc.lane(lane_id).title,
            kind=vocabulary.lower_first(vocabulary.name("kind", card.kind, language))))

    def duplicate(self) -> bool:
        ids = self.selected_card_ids()
        if not ids:
            return False
        payload = json.loads(cards_payload(self.doc, ids))
        return self._paste_payload(payload, None, tr("Duplicate"))
