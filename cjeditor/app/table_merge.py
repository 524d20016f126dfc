"""Adding an imported map (a card table or a Mermaid journey) to the open one.

What "add" means (File → Import table…, "Add to this map"):

- Stages and lanes are matched as spec/cli.md's table import matches them: a table is
  read with the open map as its template (`read_table(..., skeleton=map)`), so a row's
  stage is the open map's stage of that `stage_id`, else of that `stage_name`, and a
  row's lane the open map's lane of that `lane_id`, else of that `lane_type` and
  `lane_title`. A Mermaid journey has no ids: its sections are matched to stages by
  name, its actions lane to the map's first actions lane, its actors to personas by
  name and each actor's emotion lane to that persona's emotion lane.
- What is not matched is appended: new stages after the last stage, new lanes below
  the last lane, new personas after the last persona.
- Every card of the table is added, at the end of its cell. An id already used in the
  open map (a table exported from this very map, say) is replaced by a fresh one, and
  the pain points an opportunity answers follow the renaming.

`plan_addition` works out the objects to insert (no Qt, nothing changed);
`AddImportedCommand` inserts them as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cjeditor.commands import DocCommand, cell_insert_index
from cjeditor.document import MapDocument
from cjeditor.model import JourneyMap, Lane, OpportunityCard, Persona, Stage, new_id

__all__ = ["AddImportedCommand", "Addition", "journey_matches", "plan_addition",
           "same_name", "table_matches"]

_PREFIX = {"stage": "s", "lane": "l", "persona": "p", "card": "c"}


def same_name(a: str, b: str) -> bool:
    """Names match as a person reads them: case and surrounding spaces aside."""
    return a.strip().casefold() == b.strip().casefold()


@dataclass
class Addition:
    """What adding an imported map inserts into the open one, in insertion order."""

    personas: list[Persona] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)  # new lanes, without their cards
    cards: list[tuple[str, Any]] = field(default_factory=list)  # (lane id, card)
    matched_stages: int = 0
    matched_lanes: int = 0

    def is_empty(self) -> bool:
        return not (self.personas or self.stages or self.lanes or self.cards)


@dataclass
class Matches:
    """Imported id -> the open map's id, for the objects that are the same."""

    stages: dict[str, str] = field(default_factory=dict)
    lanes: dict[str, str] = field(default_factory=dict)
    personas: dict[str, str] = field(default_factory=dict)


def table_matches(target: JourneyMap, imported: JourneyMap) -> Matches:
    """A table read with `target` as its template holds target's own stages, lanes and
    personas under their ids: those are the matches."""
    stage_ids = {stage.id for stage in target.stages}
    lane_ids = {lane.id for lane in target.lanes}
    persona_ids = {persona.id for persona in target.personas}
    return Matches(
        {s.id: s.id for s in imported.stages if s.id in stage_ids},
        {lane.id: lane.id for lane in imported.lanes if lane.id in lane_ids},
        {p.id: p.id for p in imported.personas if p.id in persona_ids})


def journey_matches(target: JourneyMap, imported: JourneyMap) -> Matches:
    """A Mermaid journey: sections by stage name, actors by persona name, the actions
    lane to target's first actions lane, an actor's emotions to that persona's."""
    found = Matches()
    free = list(target.stages)
    for stage in imported.stages:
        match = next((s for s in free if same_name(s.name, stage.name)), None)
        if match is not None:
            free.remove(match)
            found.stages[stage.id] = match.id
    for actor in imported.personas:
        same = next((p for p in target.personas if same_name(p.name, actor.name)), None)
        if same is not None and same.id not in found.personas.values():
            found.personas[actor.id] = same.id
    used: set[str] = set()
    for lane in imported.lanes:
        persona = found.personas.get(lane.persona) if lane.persona else None
        if lane.persona is not None and persona is None:
            continue  # an actor new to the map: a lane of its own
        twin = next((t for t in target.lanes if t.id not in used and t.type == lane.type
                     and (lane.type != "emotions" or t.persona == persona)), None)
        if twin is not None:
            used.add(twin.id)
            found.lanes[lane.id] = twin.id
    return found


def _order(cards: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Pain points before the opportunities that answer them."""
    return sorted(cards, key=lambda entry: entry[1].kind == "opportunity")


def plan_addition(target: JourneyMap, imported: JourneyMap, matches: Matches) -> Addition:
    """The objects of `imported` to insert into `target` (neither is changed)."""
    taken = {stage.id for stage in target.stages} | {lane.id for lane in target.lanes}
    taken |= {phase.id for phase in target.phases} | {p.id for p in target.personas}
    taken |= {card.id for card in target.all_cards()} | {a.id for a in target.assets}
    taken |= {c.id for c in target.connections} | {v.id for v in target.views}

    def fresh(old: str, kind: str) -> str:
        value = old if old not in taken else new_id(_PREFIX[kind], taken)
        taken.add(value)
        return value

    out = Addition(matched_stages=len(matches.stages), matched_lanes=len(matches.lanes))
    personas = dict(matches.personas)
    for persona in imported.personas:
        if persona.id not in personas:
            personas[persona.id] = fresh(persona.id, "persona")
            out.personas.append(persona.model_copy(update={"id": personas[persona.id],
                                                           "image": None}))
    stages = dict(matches.stages)
    phases = {phase.id for phase in target.phases}
    last_phase = target.stages[-1].phase if target.stages else None
    for stage in imported.stages:
        if stage.id not in stages:
            stages[stage.id] = fresh(stage.id, "stage")
            # appended after the last stage: it may only stay in the last stage's phase
            phase = stage.phase if stage.phase in phases and stage.phase == last_phase else None
            out.stages.append(stage.model_copy(update={"id": stages[stage.id],
                                                       "phase": phase}))
            last_phase = phase
    lanes = dict(matches.lanes)
    for lane in imported.lanes:
        if lane.id not in lanes:
            lanes[lane.id] = fresh(lane.id, "lane")
            out.lanes.append(lane.model_copy(update={
                "id": lanes[lane.id], "cards": [],
                "persona": personas.get(lane.persona) if lane.persona else None}))
    cards: dict[str, str] = {}
    for lane in imported.lanes:
        for card in lane.cards:
            cards[card.id] = fresh(card.id, "card")
    for lane in imported.lanes:
        for card in lane.cards:
            update: dict[str, Any] = {"id": cards[card.id], "stage": stages[card.stage]}
            if isinstance(card, OpportunityCard) and card.addresses:
                update["addresses"] = [cards.get(ref, ref) for ref in card.addresses]
            out.cards.append((lanes[lane.id], card.model_copy(update=update)))
    out.cards = _order(out.cards)
    return out


class AddImportedCommand(DocCommand):
    """Insert an Addition: personas, stages, lanes, then the cards at the end of their
    cells. A card the map refuses (a second emotion in a cell, say) undoes it all and
    raises ValueError naming the card."""

    def __init__(self, doc: MapDocument, addition: Addition, text: str,
                 refused: str = "“%1”: %2") -> None:
        super().__init__(doc, text)
        self.addition = addition
        self.refused = refused  # how a refused card is named: %1 its title, %2 why

    def build(self) -> None:
        doc, add = self.doc, self.addition
        for persona in add.personas:
            self.do("insert_persona", len(doc.map.personas), persona)
        for stage in add.stages:
            self.do("insert_stage", len(doc.map.stages), stage)
        for lane in add.lanes:
            self.do("insert_lane", len(doc.map.lanes), lane)
        for lane_id, card in add.cards:
            try:
                self.do("insert_card", lane_id, cell_insert_index(doc, lane_id, card.stage,
                                                                  None), card)
            except ValueError as exc:
                title = card.title or card.kind
                raise ValueError(self.refused.replace("%1", title).replace("%2", str(exc))
                                 ) from None
