"""Impact × effort (spec "Prioritisation"): placing a card in the matrix sets both
scores in one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cjeditor.commands.base import DocCommand, tr

if TYPE_CHECKING:
    from cjeditor.document import MapDocument


class SetImpactEffortCommand(DocCommand):
    """Set (or, with None, clear) an opportunity's or idea's impact and effort."""

    def __init__(self, doc: MapDocument, card_id: str, impact: int | None,
                 effort: int | None) -> None:
        super().__init__(doc, tr("Set impact and effort"))
        self.card_id, self.impact, self.effort = card_id, impact, effort

    def build(self) -> None:
        card = self.doc.card(self.card_id)
        if card.kind not in ("opportunity", "idea"):
            raise ValueError(tr("Only opportunities and ideas have impact and effort."))
        if (card.impact, card.effort) == (self.impact, self.effort):
            return
        self.do("update_card", self.card_id, {"impact": self.impact, "effort": self.effort})
