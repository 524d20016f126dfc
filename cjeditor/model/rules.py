"""Rules that span several objects: unique ids, references, lane kinds, spans, phases.

Each problem carries the JSON path of the offending value, so a reader can say
exactly where a file is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cjeditor.model import limits
from cjeditor.model.cards import ALLOWED_KINDS

if TYPE_CHECKING:
    from cjeditor.model.journey import JourneyMap


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
        allowed = ALLOWED_KINDS[lane.type]
        emotion_stages: set[str] = set()
        total_cards += len(lane.cards)
        for j, card in enumerate(lane.cards):
            path = f"lanes[{i}].cards[{j}]"
            if card.kind not in allowed:
                add(RuleProblem(
                    f"{path}.kind",
                    f"{a(card.kind)} card cannot go in {a(lane.type)} lane "
                    f"(it takes: {', '.join(allowed)})",
                ))
            start = stage_index.get(card.stage)
            if start is None:
                ref(card.stage, "stage", f"{path}.stage")
            elif start + card.span > stage_count:
                add(RuleProblem(
                    f"{path}.span",
                    f"spans {card.span} stages from stage {start + 1}, past the last "
                    f"stage ({stage_count})",
                ))
            if card.kind == "emotion":
                if card.span != 1:
                    add(RuleProblem(f"{path}.span", "an emotion covers exactly one stage"))
                if card.stage in emotion_stages:
                    add(RuleProblem(
                        f"{path}.stage",
                        f'this lane already has an emotion for stage "{card.stage}"',
                    ))
                emotion_stages.add(card.stage)
            elif card.kind == "opportunity":
                for k, target in enumerate(card.addresses):
                    ref(target, "pain_point", f"{path}.addresses[{k}]")
            elif card.kind == "image":
                ref(card.asset, "asset", f"{path}.asset")
    if total_cards > limits.MAX_CARDS:
        add(RuleProblem("lanes", f"holds {total_cards} cards; a map holds at most "
                                 f"{limits.MAX_CARDS}"))
    return problems
