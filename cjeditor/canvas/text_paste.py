"""Text pasted from another program becomes cards: one for each line, of the lane's
own kind, in the chosen cell (after the selected card), as one undo step. A list of
notes copied from an email or a spreadsheet column lands as notes, as whiteboard
tools do."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from cjeditor.commands import AddCardCommand, DocCommand
from cjeditor.commands.composite import CompositeCommand
from cjeditor.document import MapDocument
from cjeditor.model.limits import MAX_CARD_TITLE
from cjeditor.model.placement import allowed_kinds


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


class TextCardsCommand(CompositeCommand):
    """The cards made from pasted lines; `card_ids` once applied."""

    def __init__(self, doc: MapDocument, lane_id: str, stage_id: str, kind: str,
                 titles: list[str], position: int | None) -> None:
        super().__init__(doc, tr("Paste"), [
            partial(self._card, lane_id, stage_id, kind, title,
                    None if position is None else position + i)
            for i, title in enumerate(titles)])
        self.card_ids: list[str] = []

    def _card(self, lane_id: str, stage_id: str, kind: str, title: str,
              position: int | None) -> DocCommand:
        fields = {"channel": "other"} if kind == "touchpoint" else {}  # as Insert ▸ Card Here
        command = AddCardCommand(self.doc, lane_id, stage_id, kind, {**fields, "title": title},
                                 position)
        self.card_ids.append(command.card_id)
        return command


def text_cards(doc: MapDocument, target: tuple[str, str] | None, text: str,
               selected: list[str]) -> tuple[TextCardsCommand | None, str]:
    """The command that pastes `text` into the cell `target` (lane, stage), and what to
    tell the user ("" for nothing): why nothing can be pasted, or that long lines
    were cut to a title's length."""
    if target is None:
        return None, tr("Select a card or a cell to paste the text into (a card for each "
                        "line).")
    lane_id, stage_id = target
    kinds = [k for k in allowed_kinds(doc.lane(lane_id).type)
             if k not in ("emotion", "image")]  # a score or a picture is not text
    if not kinds:
        return None, tr("This lane takes no cards made from text.")
    titles = [line.strip() for line in text.splitlines() if line.strip()]
    if not titles:
        return None, ""
    said = ""
    if any(len(title) > MAX_CARD_TITLE for title in titles):
        said = tr("A card title takes at most %1 characters: longer lines were cut.").replace(
            "%1", str(MAX_CARD_TITLE))
    position = None
    cell = [card.id for card in doc.cell_cards(lane_id, stage_id)]
    if selected and selected[0] in cell:
        position = cell.index(selected[0]) + 1  # after the selected card
    return TextCardsCommand(doc, lane_id, stage_id, kinds[0],
                            [title[:MAX_CARD_TITLE] for title in titles], position), said
