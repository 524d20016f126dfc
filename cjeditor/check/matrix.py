"""The impact × effort matrix as data (spec: "Prioritisation"). No Qt.

Opportunities and ideas with both `impact` and `effort` (1..5, 5 = most) fall in one
of four quadrants; a score of 3 or more is high. Quick wins: high impact, low effort;
big bets: high impact, high effort; fill-ins: low impact, low effort; money pits: low
impact, high effort. The others are listed aside, unscored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cjeditor.model import JourneyMap
from cjeditor.model.cards import CardBase

__all__ = ["HIGH", "QUADRANT_ORDER", "Matrix", "MatrixCard", "Quadrant", "matrix_of",
           "quadrant"]

Quadrant = Literal["quick_wins", "big_bets", "fill_ins", "money_pits"]
# Reading order on the page: top row (high impact) left to right, then the bottom row.
QUADRANT_ORDER: tuple[Quadrant, ...] = ("quick_wins", "big_bets", "fill_ins", "money_pits")
HIGH = 3  # a score from HIGH to 5 is high, 1 to HIGH - 1 low
SCORED_KINDS = ("opportunity", "idea")


def quadrant(impact: int, effort: int) -> Quadrant:
    if impact >= HIGH:
        return "big_bets" if effort >= HIGH else "quick_wins"
    return "money_pits" if effort >= HIGH else "fill_ins"


@dataclass(frozen=True)
class MatrixCard:
    card: CardBase
    stage_name: str
    impact: int | None
    effort: int | None


@dataclass
class Matrix:
    quadrants: dict[Quadrant, list[MatrixCard]] = field(
        default_factory=lambda: {q: [] for q in QUADRANT_ORDER})
    unscored: list[MatrixCard] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return sum(len(cards) for cards in self.quadrants.values())

    @property
    def unscored_note(self) -> str:
        """The words key for an empty "not scored" list: every card has both scores, or
        there are no cards at all (a view without the opportunity and idea lanes)."""
        return "matrix_unscored_none" if self.scored else "matrix_empty"


def matrix_of(doc: JourneyMap) -> Matrix:
    """Opportunities and ideas by quadrant (each sorted by impact, highest first, then
    effort, lowest first, then map order) and those without both scores."""
    names = {stage.id: stage.name for stage in doc.stages}
    matrix = Matrix()
    for card in doc.all_cards():
        if card.kind not in SCORED_KINDS:
            continue
        impact, effort = getattr(card, "impact", None), getattr(card, "effort", None)
        entry = MatrixCard(card, names.get(card.stage, ""), impact, effort)
        if impact is None or effort is None:
            matrix.unscored.append(entry)
        else:
            matrix.quadrants[quadrant(impact, effort)].append(entry)
    for cards in matrix.quadrants.values():
        cards.sort(key=lambda e: (-(e.impact or 0), e.effort or 0))  # stable: map order
    return matrix
