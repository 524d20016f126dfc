"""CardTable: the cards of a MapGeometry, kept per lane in the lane's own
coordinates and moved to the lane's place only when asked for. No Qt.

When a lane grows, every lane below moves; with tens of thousands of cards,
making new geometry for each of them would cost more than the edit itself. A
CardTable holds, per lane, the local cards and the lane's top; `table[id]`
gives the card in map coordinates (made once, then remembered).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from cjeditor.layout.cards import shift_card
from cjeditor.layout.geometry import CardGeom

__all__ = ["CardTable", "LanePart"]


class LanePart:
    """One lane's local cards, its top, and the cards already moved there."""

    __slots__ = ("local", "top", "moved")

    def __init__(self, local: dict[str, CardGeom], top: float) -> None:
        self.local = local
        self.top = top
        self.moved: dict[str, CardGeom] = {}

    def get(self, card_id: str) -> CardGeom | None:
        g = self.moved.get(card_id)
        if g is None:
            g = self.local.get(card_id)
            if g is not None:
                g = self.moved[card_id] = shift_card(g, self.top)
        return g


class CardTable(Mapping[str, CardGeom]):
    """Read-only mapping card id -> CardGeom in map coordinates, lane by lane."""

    __slots__ = ("_parts",)

    def __init__(self, parts: list[LanePart]) -> None:
        self._parts = parts

    def __getitem__(self, card_id: str) -> CardGeom:
        for part in self._parts:
            if card_id in part.local:
                g = part.get(card_id)
                assert g is not None
                return g
        raise KeyError(card_id)

    def __contains__(self, card_id: object) -> bool:
        return any(card_id in part.local for part in self._parts)

    def __iter__(self) -> Iterator[str]:
        for part in self._parts:
            yield from part.local

    def __len__(self) -> int:
        return sum(len(part.local) for part in self._parts)

    def __repr__(self) -> str:
        return f"CardTable({len(self)} cards in {len(self._parts)} lanes)"
