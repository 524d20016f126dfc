"""Where a card may go: the kind matrix and the one-emotion-per-stage rule.

The one implementation of both rules. The reader's checks (`model.rules`), the
document, the canvas (drop feedback), the clipboard and the menus ask these
functions; none keeps its own copy. They answer with facts (a bool, the lane
types, the clashing card), never with sentences, so each caller words the
answer in its own language.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from typing import Protocol

from cjeditor.model.cards import ALLOWED_KINDS, CARD_KINDS, LANE_TYPES

EMOTION_KIND = "emotion"
EMOTION_SPAN = 1  # an emotion covers exactly one stage


class Placed(Protocol):
    """What the rules read of a card (any card model quacks like this)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def span(self) -> int: ...


def allowed_kinds(lane_type: str) -> tuple[str, ...]:
    """The card kinds a lane of `lane_type` holds (empty for an unknown type)."""
    return ALLOWED_KINDS.get(lane_type, ())


def kind_allowed(kind: str, lane_type: str) -> bool:
    """Whether a card of `kind` may sit in a lane of `lane_type`."""
    return kind in allowed_kinds(lane_type)


def lane_types_for(kind: str) -> tuple[str, ...]:
    """The lane types that hold `kind`, in LANE_TYPES order."""
    return tuple(t for t in LANE_TYPES if kind in ALLOWED_KINDS[t])


def is_card_kind(kind: str) -> bool:
    return kind in CARD_KINDS


def emotion_span_ok(card: Placed) -> bool:
    """False for an emotion card covering more (or less) than one stage."""
    return card.kind != EMOTION_KIND or card.span == EMOTION_SPAN


def emotion_span_faults(lane_cards: Sequence[Placed]) -> Iterator[int]:
    """Indexes of the emotions of a lane that do not cover exactly one stage."""
    for index, card in enumerate(lane_cards):
        if card.kind == EMOTION_KIND and not emotion_span_ok(card):
            yield index


def emotion_conflict(lane_cards: Iterable[Placed], card: Placed,
                     ignore: Container[str] = ()) -> Placed | None:
    """The emotion in `lane_cards` that already holds `card`'s stage, or None.

    `card` itself (same id) and cards whose id is in `ignore` (say, the ones
    being moved together) do not count. None when `card` is not an emotion.
    """
    if card.kind != EMOTION_KIND:
        return None
    for other in lane_cards:
        if (other.kind == EMOTION_KIND and other.stage == card.stage
                and other.id != card.id and other.id not in ignore):
            return other
    return None


def emotion_clashes(lane_cards: Sequence[Placed]) -> Iterator[tuple[int, Placed]]:
    """Each emotion of a lane (by index) whose stage an earlier emotion already holds,
    with that earlier card: `emotion_conflict` for a whole lane, in one pass."""
    first: dict[str, Placed] = {}
    for index, card in enumerate(lane_cards):
        if card.kind != EMOTION_KIND:
            continue
        earlier = first.get(card.stage)
        if earlier is None:
            first[card.stage] = card
        else:
            yield index, earlier
