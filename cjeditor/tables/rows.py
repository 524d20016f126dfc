"""A map as table rows: one row per card (image cards aside), grouped lane by lane in
map order and, within a lane, by stage then position; and the rows of the `stages`
and `lanes` sheets. Values are the model's (numbers as numbers, lists as lists);
the CSV and XLSX writers make them cells."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cjeditor.model import CardBase, JourneyMap, Lane
from cjeditor.tables.columns import COLUMNS, KIND_COLUMNS, LANE_COLUMNS, STAGE_COLUMNS

__all__ = ["card_rows", "cell_positions", "lane_rows", "stage_rows"]

Row = dict[str, Any]


def cell_positions(lane: Lane) -> dict[str, int]:
    """Card id -> its 0-based place among the lane's cards that start in the same stage
    (the stacking order inside the cell)."""
    seen: dict[str, int] = {}
    positions: dict[str, int] = {}
    for card in lane.cards:
        positions[card.id] = seen.get(card.stage, 0)
        seen[card.stage] = positions[card.id] + 1
    return positions


def card_rows(doc: JourneyMap, lanes: list[Lane]) -> Iterator[Row]:
    """The table's rows for the cards of `lanes` (in the order given), image cards left out."""
    stage_index = {stage.id: n for n, stage in enumerate(doc.stages)}
    stage_name = {stage.id: stage.name for stage in doc.stages}
    for lane in lanes:
        positions = cell_positions(lane)
        cards = sorted((c for c in lane.cards if c.kind != "image"),
                       key=lambda c: (stage_index[c.stage], positions[c.id]))
        for card in cards:
            row: Row = dict.fromkeys(COLUMNS)
            row.update(
                lane_id=lane.id, lane_type=lane.type, lane_title=lane.title,
                stage_id=card.stage, stage_name=stage_name[card.stage],
                stage_index=stage_index[card.stage], position=positions[card.id],
                card_id=card.id, kind=card.kind, title=card.title, text=card.text,
                span=card.span, evidence=card.evidence, color=card.color,
                tags=list(card.tags) or None, link=card.link,
            )
            row.update(_kind_fields(card))
            yield row


def _kind_fields(card: CardBase) -> Row:
    data = card.model_dump()
    out: Row = {}
    for column in KIND_COLUMNS:
        if column in data and column != "link":
            value = data[column]
            out[column] = value if value != [] else None
    return out


def stage_rows(doc: JourneyMap) -> Iterator[Row]:
    phase_name = {phase.id: phase.name for phase in doc.phases}
    for stage in doc.stages:
        row: Row = dict.fromkeys(STAGE_COLUMNS)
        row.update(stage.model_dump())
        row["phase_name"] = phase_name.get(stage.phase) if stage.phase else None
        yield row


def lane_rows(doc: JourneyMap, lanes: list[Lane]) -> Iterator[Row]:
    persona_name = {persona.id: persona.name for persona in doc.personas}
    for lane in lanes:
        row: Row = dict.fromkeys(LANE_COLUMNS)
        row.update(lane.model_dump(exclude={"cards"}))
        row["persona_name"] = persona_name.get(lane.persona) if lane.persona else None
        yield row
