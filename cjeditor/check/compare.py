"""Current (as-is) against future (to-be): the two maps of one journey, stage by
stage (spec/cli.md, `compare`). No Qt.

Stages are matched by id, then by name (case and surrounding spaces aside). Within a
matched pair of stages, a card (by the stage it starts in) is matched by id, then by
kind and title; what is left is added (only in the future map) or removed (only in
the current one); a matched card whose fields differ is changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cjeditor.model import EmotionCard, JourneyMap, Stage
from cjeditor.model.cards import CardBase

__all__ = ["CardChange", "Comparison", "Curve", "StageRow", "compare_maps"]

IGNORED = frozenset({"id", "stage"})  # a card's identity and place, not a change
STAGE_FIELDS = ("name", "description", "phase", "moment", "link")


@dataclass(frozen=True)
class CardChange:
    before: CardBase
    after: CardBase
    fields: list[tuple[str, Any, Any]]  # (field, old, new)


@dataclass
class StageRow:
    """One stage of either map, or a matched pair."""

    current: Stage | None
    future: Stage | None
    added: list[CardBase] = field(default_factory=list)
    removed: list[CardBase] = field(default_factory=list)
    changed: list[CardChange] = field(default_factory=list)
    stage_fields: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.current is None:
            return "added"
        if self.future is None:
            return "removed"
        if self.added or self.removed or self.changed or self.stage_fields:
            return "changed"
        return "same"

    @property
    def name(self) -> str:
        if self.current is not None and self.future is not None \
                and self.current.name != self.future.name:
            return f"{self.current.name} → {self.future.name}"
        stage = self.future or self.current
        assert stage is not None
        return stage.name


@dataclass(frozen=True)
class Curve:
    """One emotion lane of one map, as scores by row of the comparison."""

    state: str  # "current" | "future"
    lane_title: str
    persona: str | None  # the persona's name
    color: str | None  # the persona's colour
    scores: dict[int, int]  # row index -> score


@dataclass
class Comparison:
    current: JourneyMap
    future: JourneyMap
    rows: list[StageRow]
    curves: list[Curve]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _match_stages(a: list[Stage], b: list[Stage]) -> list[tuple[Stage | None, Stage | None]]:
    """Pairs in reading order: by id, then by name; unmatched stages keep their place."""
    match: dict[int, int] = {}  # index in b -> index in a
    ids = {s.id: i for i, s in enumerate(a)}
    for j, s in enumerate(b):
        if s.id in ids:
            match[j] = ids[s.id]
    used = set(match.values())
    names: dict[str, int] = {}
    for i, s in enumerate(a):
        if i not in used:
            names.setdefault(_key(s.name), i)
    for j, s in enumerate(b):
        if j not in match and _key(s.name) in names:
            i = names.pop(_key(s.name))
            match[j] = i
    pairs: list[tuple[Stage | None, Stage | None]] = []
    next_a = 0
    emitted: set[int] = set()
    for j, s in enumerate(b):
        twin = match.get(j)
        if twin is None:
            pairs.append((None, s))
            continue
        for k in range(next_a, twin):  # current stages before this one, not matched later
            if k not in emitted and k not in match.values():
                pairs.append((a[k], None))
                emitted.add(k)
        next_a = max(next_a, twin + 1)
        pairs.append((a[twin], s))
        emitted.add(twin)
    pairs.extend((a[k], None) for k in range(len(a)) if k not in emitted)
    return pairs


def _fields(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    old, new = before.model_dump(by_alias=True), after.model_dump(by_alias=True)
    return [(name, old.get(name), new.get(name)) for name in dict.fromkeys([*old, *new])
            if name not in IGNORED and old.get(name) != new.get(name)]


def _compare_cards(row: StageRow, before: list[CardBase], after: list[CardBase]) -> None:
    left = list(before)
    for card in after:
        twin = next((c for c in left if c.id == card.id), None)
        if twin is None:
            twin = next((c for c in left if c.kind == card.kind
                         and _key(c.title) == _key(card.title)), None)
        if twin is None:
            row.added.append(card)
            continue
        left.remove(twin)
        changes = _fields(twin, card)
        if changes:
            row.changed.append(CardChange(twin, card, changes))
    row.removed.extend(left)


def _cards_by_stage(doc: JourneyMap) -> dict[str, list[CardBase]]:
    out: dict[str, list[CardBase]] = {}
    for card in doc.all_cards():
        out.setdefault(card.stage, []).append(card)
    return out


def _curves(doc: JourneyMap, state: str, row_of: dict[str, int]) -> list[Curve]:
    personas = {p.id: p for p in doc.personas}
    curves = []
    for lane in doc.lanes:
        if lane.type != "emotions":
            continue
        scores = {row_of[c.stage]: c.score for c in lane.cards
                  if isinstance(c, EmotionCard) and c.stage in row_of}
        persona = personas.get(lane.persona) if lane.persona else None
        curves.append(Curve(state, lane.title, persona.name if persona else None,
                            persona.color if persona else None, scores))
    return curves


def compare_maps(current: JourneyMap, future: JourneyMap) -> Comparison:
    cards_a, cards_b = _cards_by_stage(current), _cards_by_stage(future)
    rows = []
    row_a: dict[str, int] = {}
    row_b: dict[str, int] = {}
    for n, (a, b) in enumerate(_match_stages(current.stages, future.stages)):
        row = StageRow(a, b)
        if a is not None:
            row_a[a.id] = n
        if b is not None:
            row_b[b.id] = n
        if a is not None and b is not None:
            row.stage_fields = [(f, getattr(a, f), getattr(b, f)) for f in STAGE_FIELDS
                                if getattr(a, f) != getattr(b, f)]
        _compare_cards(row, cards_a.get(a.id, []) if a else [], cards_b.get(b.id, []) if b else [])
        rows.append(row)
    curves = _curves(current, "current", row_a) + _curves(future, "future", row_b)
    return Comparison(current, future, rows, curves)
