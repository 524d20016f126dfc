"""Commands on cards: add, delete, move, resize, edit, paste."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from cjeditor.commands.base import DocCommand, tr
from cjeditor.commands.texts import edit_text, edit_text_of
from cjeditor.document.checks import checked, say
from cjeditor.model import CARD_CLASSES

if TYPE_CHECKING:
    from cjeditor.document import MapDocument

# Required fields of each kind, filled in when a new card is created.
DEFAULT_FIELDS: dict[str, dict[str, Any]] = {
    "touchpoint": {"channel": "other"},
    "emotion": {"score": 0},
    "feedback": {"source": "other"},
    "metric": {"measure": "other", "value": 0},
}
MERGE_EDIT_CARD = 0x43_4A_01
MERGE_EDIT_META = 0x43_4A_02
MERGE_EDIT_PERSONA = 0x43_4A_03


def new_card(doc: MapDocument, kind: str, stage_id: str, fields: dict[str, Any] | None = None,
             card_id: str | None = None) -> Any:
    """A validated new card of `kind` with a fresh id (ValueError if invalid)."""
    if kind not in CARD_CLASSES:
        raise ValueError(say("unknown_kind", kind=kind))
    data: dict[str, Any] = {"id": card_id or doc.new_id("c"), "kind": kind, "stage": stage_id,
                            "title": ""}
    data.update(DEFAULT_FIELDS.get(kind, {}))
    data.update(fields or {})
    return checked(CARD_CLASSES[kind], data)  # a refusal in plain words, never pydantic's


def cell_insert_index(doc: MapDocument, lane_id: str, stage_id: str, position: int | None,
                      exclude: Iterable[str] = ()) -> int:
    """The list index in the lane's cards (with `exclude` taken out) that puts a card at
    `position` in the cell (lane, stage); None means at the end of the cell."""
    skip = set(exclude)
    cards = [c for c in doc.lane(lane_id).cards if c.id not in skip]
    in_cell = [i for i, c in enumerate(cards) if c.stage == stage_id]
    if in_cell:
        if position is not None and 0 <= position < len(in_cell):
            return in_cell[position]
        return in_cell[-1] + 1
    target = doc.stage_index(stage_id)
    for i, card in enumerate(cards):
        try:
            if doc.stage_index(card.stage) > target:
                return i
        except KeyError:
            continue
    return len(cards)


def remove_cards_with_links(command: DocCommand, card_ids: Sequence[str]) -> None:
    """Remove cards; first remove their connections and drop references to removed pain
    points from opportunities (undo brings every one back, in place)."""
    doc = command.doc
    gone = set(card_ids)
    for connection in doc.connections_of(gone):
        command.do("remove_connection", connection.id)
    pains = {cid for cid in gone if doc.card(cid).kind == "pain_point"}
    if pains:
        for lane in list(doc.map.lanes):
            for card in list(lane.cards):
                if card.kind == "opportunity" and card.id not in gone and \
                        pains.intersection(card.addresses):
                    kept = [a for a in card.addresses if a not in pains]
                    command.do("update_card", card.id, {"addresses": kept})
    # Opportunities first: undo puts them back after the pain points they name.
    ordered = sorted(card_ids, key=lambda cid: doc.card(cid).kind != "opportunity")
    for cid in ordered:
        command.do("remove_card", cid)


class AddCardCommand(DocCommand):
    """Add a card of `kind` to the cell (lane, stage), at `position` in the cell.

    `card_id` holds the new card's id. `assets` (Asset models) are added first if
    the document lacks them (for image cards)."""

    def __init__(self, doc: MapDocument, lane_id: str, stage_id: str, kind: str,
                 fields: dict[str, Any] | None = None, position: int | None = None,
                 assets: Sequence[Any] = ()) -> None:
        super().__init__(doc, tr("Add card"))
        ok, reason = doc.allowed(kind, lane_id)
        if not ok:
            raise ValueError(reason)
        self.lane_id, self.stage_id, self.position = lane_id, stage_id, position
        self.assets = list(assets)
        self.card = new_card(doc, kind, stage_id, fields)
        self.card_id: str = self.card.id

    def build(self) -> None:
        for asset in self.assets:
            if not self.doc.id_taken(asset.id):
                self.do("insert_asset", len(self.doc.map.assets), asset)
        index = cell_insert_index(self.doc, self.lane_id, self.stage_id, self.position)
        self.do("insert_card", self.lane_id, index, self.card)

    def take_title(self, title: str) -> bool:
        """The title typed into the card this step just added, made part of the step: one
        undo takes the card away, not its title first ("Rename card «» to …")."""
        if not self._ops or not self.doc.has_card(self.card_id):
            return False
        with self.doc.batch():
            self.do("update_card", self.card_id, {"title": title})
        return True


class DeleteCardsCommand(DocCommand):
    def __init__(self, doc: MapDocument, card_ids: Iterable[str]) -> None:
        self.card_ids = [c for c in dict.fromkeys(card_ids) if doc.has_card(c)]
        n = len(self.card_ids)
        super().__init__(doc, tr("Delete card") if n == 1 else tr("Delete %n cards").replace(
            "%n", str(n)))

    def build(self) -> None:
        remove_cards_with_links(self, self.card_ids)


class MoveCardsCommand(DocCommand):
    """Move cards to other cells or reorder them inside a cell, in one step.

    `moves`: [(card_id, lane_id, stage_id, position)] applied in order; `position`
    is the place in the target cell (counted without the moving card), None for
    the end. A card's span shrinks if it would pass the last stage."""

    def __init__(self, doc: MapDocument,
                 moves: Sequence[tuple[str, str, str, int | None]]) -> None:
        super().__init__(doc, tr("Move card") if len(moves) == 1 else tr("Move cards"))
        self.moves = list(moves)
        self.narrowed: list[tuple[str, int]] = []  # (card id, its span before), to be said
        for card_id, lane_id, _stage, _pos in self.moves:
            ok, reason = doc.allowed(doc.card(card_id).kind, lane_id)
            if not ok:
                raise ValueError(reason)

    def build(self) -> None:
        doc = self.doc
        count = len(doc.map.stages)
        for card_id, lane_id, stage_id, position in self.moves:
            card = doc.card(card_id)
            room = count - doc.stage_index(stage_id)
            if card.span > room:
                self.narrowed.append((card_id, card.span))
                self.do("update_card", card_id, {"span": room})
            index = cell_insert_index(doc, lane_id, stage_id, position, exclude=[card_id])
            lane_index, list_index = doc.card_position(card_id)
            if (doc.lane_of(card_id).id == lane_id and card.stage == stage_id
                    and list_index == index):
                continue
            self.do("move_card", card_id, lane_id, index, stage_id)


class EditCardFieldsCommand(DocCommand):
    """Change fields of one card. With `merge=True`, consecutive edits of the same
    fields of the same card (typing) merge into one undo step."""

    def __init__(self, doc: MapDocument, card_id: str, fields: dict[str, Any],
                 merge: bool = False, text: str | None = None) -> None:
        super().__init__(doc, text or edit_text_of(doc, "card", card_id, fields,
                                                   tr("Edit card")))
        self.card_id, self.fields, self.merge = card_id, dict(fields), merge
        self._described = text is None  # the entry follows merged typing

    def build(self) -> None:
        card = self.doc.card(self.card_id)
        if all(getattr(card, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_card", self.card_id, self.fields)

    def id(self) -> int:  # noqa: A003 - Qt override
        return MERGE_EDIT_CARD if self.merge else -1

    def mergeWith(self, other: Any) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, EditCardFieldsCommand) and other.merge
                and other.card_id == self.card_id and set(other.fields) == set(self.fields)
                and self._ops and other._ops):
            return False
        (forward, _), (_, inverse) = other._ops[-1], self._ops[0]
        self._ops = [(forward, inverse)]
        self.fields = dict(other.fields)
        if self._described:  # "Rename card “A” to “ABC”", from the first name to the last
            card = inverse[1][0] if inverse[0] == "replace_card" and inverse[1] else None
            if card is not None:
                self.setText(edit_text("card", card, self.fields))
        return True


class ResizeSpanCommand(EditCardFieldsCommand):
    def __init__(self, doc: MapDocument, card_id: str, span: int) -> None:
        super().__init__(doc, card_id, {"span": int(span)}, text=tr("Resize card"))


class SetEmotionScoreCommand(EditCardFieldsCommand):
    def __init__(self, doc: MapDocument, card_id: str, score: int) -> None:
        super().__init__(doc, card_id, {"score": int(score)}, text=tr("Change emotion"))


class PasteCardsCommand(DocCommand):
    """Insert ready-made cards (fresh ids) at the end of their cells.

    `entries`: [(lane_id, card)] (the card names its stage); `assets` are added
    first when missing."""

    def __init__(self, doc: MapDocument, entries: Sequence[tuple[str, Any]],
                 assets: Sequence[Any] = (), text: str | None = None) -> None:
        super().__init__(doc, text or tr("Paste"))
        self.entries = list(entries)
        self.assets = list(assets)
        self.card_ids = [card.id for _, card in self.entries]

    def build(self) -> None:
        # Only the pictures of cards that are pasted: one whose card was left behind
        # would travel on, unseen, in the file.
        shown = {card.asset for _, card in self.entries if card.kind == "image"}
        for asset in self.assets:
            if asset.id in shown and not self.doc.id_taken(asset.id):
                self.do("insert_asset", len(self.doc.map.assets), asset)
        # Pain points first so opportunities can refer to them.
        order = sorted(self.entries, key=lambda e: e[1].kind == "opportunity")
        for lane_id, card in order:
            index = cell_insert_index(self.doc, lane_id, card.stage, None)
            self.do("insert_card", lane_id, index, card)
