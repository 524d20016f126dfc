"""Rules that span several objects: unique ids, references, lane kinds, spans, phases,
connections, views and the service-blueprint lines.

Each problem carries the JSON path of the offending value, so a reader can say
exactly where a file is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cjeditor.model import limits
from cjeditor.model.cards import CARD_KINDS, ImageCard, OpportunityCard
from cjeditor.model.journey import BLUEPRINT_LINES
from cjeditor.model.placement import (
    allowed_kinds,
    emotion_clashes,
    emotion_span_faults,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from cjeditor.model.journey import JourneyMap

    Add = Callable[["RuleProblem"], None]
    Ref = Callable[[str | None, str, str], None]


@dataclass(frozen=True)
class RuleProblem:
    path: str
    message: str


def document_problems(doc: JourneyMap) -> list[RuleProblem]:
    """Every cross-object rule of the spec broken by `doc`, in document order."""
    problems: list[RuleProblem] = []
    add = problems.append

    # Unique ids across the whole document; remember what kind each id names.
    kinds: dict[str, str] = {}
    first_seen: dict[str, str] = {}

    def register(obj_id: str, what: str, path: str) -> None:
        if obj_id in kinds:
            add(RuleProblem(path, f'id "{obj_id}" is already used by {first_seen[obj_id]}'))
            return
        kinds[obj_id] = what
        first_seen[obj_id] = path

    for i, persona in enumerate(doc.personas):
        register(persona.id, "persona", f"personas[{i}].id")
    for i, phase in enumerate(doc.phases):
        register(phase.id, "phase", f"phases[{i}].id")
    for i, stage in enumerate(doc.stages):
        register(stage.id, "stage", f"stages[{i}].id")
    for i, asset in enumerate(doc.assets):
        register(asset.id, "asset", f"assets[{i}].id")
    for i, lane in enumerate(doc.lanes):
        register(lane.id, "lane", f"lanes[{i}].id")
        for j, card in enumerate(lane.cards):
            register(card.id, card.kind, f"lanes[{i}].cards[{j}].id")
    for i, connection in enumerate(doc.connections):
        register(connection.id, "connection", f"connections[{i}].id")
    for i, view in enumerate(doc.views):
        register(view.id, "view", f"views[{i}].id")

    def a(kind: str) -> str:
        word = kind.replace("_", " ")
        return ("an " if word[0] in "aeiou" else "a ") + word

    def ref(value: str | None, want: str, path: str) -> None:
        if value is None:
            return
        have = kinds.get(value)
        if have is None:
            add(RuleProblem(path, f'refers to {want.replace("_", " ")} "{value}", '
                                  "which does not exist"))
        elif want == "card" and have in CARD_KINDS:
            return
        elif have != want:
            add(RuleProblem(path, f'refers to "{value}", which is {a(have)}, not {a(want)}'))

    for i, persona in enumerate(doc.personas):
        ref(persona.image, "asset", f"personas[{i}].image")

    stage_index = {stage.id: n for n, stage in enumerate(doc.stages)}
    for i, stage in enumerate(doc.stages):
        ref(stage.phase, "phase", f"stages[{i}].phase")

    # Stages of one phase must be contiguous.
    last_index: dict[str, int] = {}
    for i, stage in enumerate(doc.stages):
        if stage.phase is None or kinds.get(stage.phase) != "phase":
            continue
        previous = last_index.get(stage.phase)
        if previous is not None and previous != i - 1:
            add(RuleProblem(
                f"stages[{i}].phase",
                f'phase "{stage.phase}" is split: its stages must sit next to each other',
            ))
        last_index[stage.phase] = i

    total_cards = 0
    stage_count = len(doc.stages)
    for i, lane in enumerate(doc.lanes):
        ref(lane.persona, "persona", f"lanes[{i}].persona")
        cards = lane.cards
        total_cards += len(cards)
        allowed = allowed_kinds(lane.type)
        clashes = dict(emotion_clashes(cards))
        spans = set(emotion_span_faults(cards))
        for j, card in enumerate(cards):
            kind = card.kind
            if kind not in allowed:
                add(RuleProblem(
                    f"lanes[{i}].cards[{j}].kind",
                    f"{a(kind)} card cannot go in {a(lane.type)} lane "
                    f"(it takes: {', '.join(k.replace('_', ' ') for k in allowed)})",
                ))
            start = stage_index.get(card.stage)
            if start is None:
                ref(card.stage, "stage", f"lanes[{i}].cards[{j}].stage")
            elif start + card.span > stage_count:
                add(RuleProblem(
                    f"lanes[{i}].cards[{j}].span",
                    f"spans {card.span} stages from stage {start + 1}, past the last "
                    f"stage ({stage_count})",
                ))
            if j in spans:
                add(RuleProblem(f"lanes[{i}].cards[{j}].span",
                                "an emotion covers exactly one stage"))
            if j in clashes:
                add(RuleProblem(f"lanes[{i}].cards[{j}].stage",
                                f'this lane already has an emotion for stage "{card.stage}"'))
            if kind == "opportunity" and isinstance(card, OpportunityCard):
                for k, target in enumerate(card.addresses):
                    ref(target, "pain_point", f"lanes[{i}].cards[{j}].addresses[{k}]")
            elif kind == "image" and isinstance(card, ImageCard):
                ref(card.asset, "asset", f"lanes[{i}].cards[{j}].asset")
    _blueprint_lines(doc, add)
    _connections(doc, ref, add)
    _views(doc, ref, add)
    if total_cards > limits.MAX_CARDS:
        add(RuleProblem("lanes", f"holds {total_cards} cards; a map holds at most "
                                 f"{limits.MAX_CARDS}"))
    return problems


def _blueprint_lines(doc: JourneyMap, add: Add) -> None:
    """Each blueprint line at most once, and interaction > visibility > internal from the
    top. A problem names the later lane."""
    rank = {line: n for n, line in enumerate(BLUEPRINT_LINES)}
    seen: dict[str, int] = {}  # line -> lane index
    for i, lane in enumerate(doc.lanes):
        line = lane.line_below
        if line is None:
            continue
        path = f"lanes[{i}].line_below"
        if line in seen:
            add(RuleProblem(path, f'the "{line}" line is already drawn under '
                                  f"lanes[{seen[line]}]; a map has each line once"))
            continue
        for other, where in seen.items():
            if rank[other] > rank[line]:
                add(RuleProblem(path, f'the "{line}" line must be above the "{other}" line '
                                      f"(under lanes[{where}]): from the top, "
                                      + ", ".join(BLUEPRINT_LINES)))
                break
        seen[line] = i


def _connections(doc: JourneyMap, ref: Ref, add: Add) -> None:
    pairs: dict[tuple[str, str], int] = {}
    for i, connection in enumerate(doc.connections):
        path = f"connections[{i}]"
        ref(connection.from_, "card", f"{path}.from")
        ref(connection.to, "card", f"{path}.to")
        if connection.from_ == connection.to:
            add(RuleProblem(f"{path}.to", "an arrow cannot go from a card to itself"))
            continue
        pair = (connection.from_, connection.to)
        if pair in pairs:
            add(RuleProblem(f"{path}.to", f'connections[{pairs[pair]}] already goes from '
                                          f'"{pair[0]}" to "{pair[1]}"'))
        else:
            pairs[pair] = i


def _views(doc: JourneyMap, ref: Ref, add: Add) -> None:
    for i, view in enumerate(doc.views):
        ref(view.persona, "persona", f"views[{i}].persona")
        listed: dict[str, int] = {}
        for k, lane_id in enumerate(view.lanes or ()):
            path = f"views[{i}].lanes[{k}]"
            if lane_id in listed:
                add(RuleProblem(path, f'lane "{lane_id}" is already listed at '
                                      f"views[{i}].lanes[{listed[lane_id]}]"))
                continue
            listed[lane_id] = k
            ref(lane_id, "lane", path)
