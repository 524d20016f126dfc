"""The eight keys of a good map (design/methodology.md), each ok, weak or missing,
with findings that name a JSON path and say why in the map's language. No Qt.

Paths: `personas`, `personas[i]`, `stages`, `stages[i]`, `lanes` (the map has no
lane of the type needed), `lanes[i]` (the lane is there but empty of what is needed),
`lanes[i].cards[j]` (that card).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from cjeditor.check.words import say, untitled
from cjeditor.model import JourneyMap, vocabulary
from cjeditor.model.cards import CardBase

__all__ = ["Finding", "KeyResult", "Placed", "Status", "check_keys", "placed_cards"]

Status = Literal["ok", "weak", "missing"]


@dataclass(frozen=True)
class Finding:
    path: str
    message: str


@dataclass
class KeyResult:
    key: int  # 1..8
    status: Status
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class Placed:
    """A card with its path and the stages it covers (indexes)."""

    card: CardBase
    lane_index: int
    card_index: int
    first: int
    last: int

    @property
    def path(self) -> str:
        return f"lanes[{self.lane_index}].cards[{self.card_index}]"

    def covers(self, stage: int) -> bool:
        return self.first <= stage <= self.last

    def overlaps(self, other: Placed) -> bool:
        return self.first <= other.last and other.first <= self.last


def placed_cards(doc: JourneyMap) -> Iterator[Placed]:
    """Every card of the map with its path and stage range, in map order."""
    index = {stage.id: i for i, stage in enumerate(doc.stages)}
    for li, lane in enumerate(doc.lanes):
        for ci, card in enumerate(lane.cards):
            first = index.get(card.stage, 0)
            yield Placed(card, li, ci, first, first + card.span - 1)


class _Map:
    """What the keys look at, gathered once."""

    def __init__(self, doc: JourneyMap) -> None:
        self.doc = doc
        self.lang = doc.meta.language
        self.by_kind: dict[str, list[Placed]] = {}
        self.by_id: dict[str, Placed] = {}
        for placed in placed_cards(doc):
            self.by_kind.setdefault(placed.card.kind, []).append(placed)
            self.by_id[placed.card.id] = placed
        self.linked: dict[str, set[str]] = {}  # card id -> ids connected to it (either way)
        for conn in doc.connections:
            self.linked.setdefault(conn.from_, set()).add(conn.to)
            self.linked.setdefault(conn.to, set()).add(conn.from_)

    def kind(self, kind: str) -> list[Placed]:
        return self.by_kind.get(kind, [])

    def lane_path(self, lane_type: str) -> str:
        """Where to add what is missing: the first lane of that type, else `lanes`."""
        for i, lane in enumerate(self.doc.lanes):
            if lane.type == lane_type:
                return f"lanes[{i}]"
        return "lanes"

    def stage_name(self, i: int) -> str:
        return self.doc.stages[i].name

    def uncovered(self, cards: list[Placed]) -> list[int]:
        """Stages (indexes) that none of `cards` covers."""
        covered: set[int] = set()
        for p in cards:
            covered.update(range(p.first, p.last + 1))
        return [i for i in range(len(self.doc.stages)) if i not in covered]

    def connected(self, card_id: str, kind: str) -> list[Placed]:
        return [self.by_id[other] for other in self.linked.get(card_id, ())
                if other in self.by_id and self.by_id[other].card.kind == kind]

    def title(self, placed: Placed) -> str:
        return untitled(placed.card.title, self.lang)


def _per_stage(m: _Map, key: int, cards: list[Placed], lane_type: str,
               sentence: str) -> KeyResult:
    """A key met when every stage has one of `cards`: missing when there are none (then
    the first finding names the lane where they go, or `lanes` when there is none)."""
    findings = [Finding(f"stages[{i}]", say(sentence, m.lang, stage=m.stage_name(i)))
                for i in m.uncovered(cards)]
    if not cards:
        findings.insert(0, Finding(m.lane_path(lane_type), say(f"no_{lane_type}", m.lang)))
    status: Status = "missing" if not cards else ("weak" if findings else "ok")
    return KeyResult(key, status, findings)


def _key1(m: _Map) -> KeyResult:
    personas = m.doc.personas
    if not personas:
        return KeyResult(1, "missing", [Finding("personas", say("no_persona", m.lang))])
    defaults = {vocabulary.NEW["persona"].es, vocabulary.NEW["persona"].en}
    findings = [Finding(f"personas[{i}]", say("persona_unnamed", m.lang, name=p.name))
                for i, p in enumerate(personas) if p.name.strip() in defaults]
    return KeyResult(1, "weak" if len(findings) == len(personas) else "ok", findings)


def _key2(m: _Map) -> KeyResult:
    return _per_stage(m, 2, m.kind("touchpoint"), "touchpoints", "stage_no_channel")


def _key3(m: _Map) -> KeyResult:
    expectations = m.kind("expectation")
    result = _per_stage(m, 3, expectations, "expectations", "stage_no_expectation")
    for p in expectations:
        if getattr(p.card, "met", None) is None:
            result.findings.append(
                Finding(p.path, say("expectation_no_met", m.lang, title=m.title(p))))
    if result.status == "ok" and result.findings:
        result.status = "weak"
    return result


def _key4(m: _Map) -> KeyResult:
    pains = m.kind("pain_point")
    if not pains:
        return KeyResult(4, "missing", [Finding(m.lane_path("pain_points"),
                                                say("no_pain_points", m.lang))])
    touchpoints = m.kind("touchpoint")
    findings = [
        Finding(p.path, say("pain_no_touchpoint", m.lang, title=m.title(p)))
        for p in pains
        if not any(t.overlaps(p) for t in touchpoints) and not m.connected(p.card.id,
                                                                            "touchpoint")
    ]
    return KeyResult(4, "weak" if findings else "ok", findings)


def _key5(m: _Map) -> KeyResult:
    return _per_stage(m, 5, m.kind("feedback"), "feedback", "stage_no_feedback")


def _key6(m: _Map) -> KeyResult:
    marked = any(stage.moment for stage in m.doc.stages) or any(
        getattr(p.card, "decision_point", False) for p in m.kind("touchpoint"))
    if marked:
        return KeyResult(6, "ok")
    return KeyResult(6, "missing", [Finding("stages", say("no_moments", m.lang))])


def _answers_pain(m: _Map, p: Placed) -> bool:
    addresses = getattr(p.card, "addresses", ())
    if any(a in m.by_id and m.by_id[a].card.kind == "pain_point" for a in addresses):
        return True
    return bool(m.connected(p.card.id, "pain_point"))


def _key7(m: _Map) -> KeyResult:
    opportunities = m.kind("opportunity")
    if not opportunities:
        return KeyResult(7, "missing", [Finding(m.lane_path("opportunities"),
                                                say("no_opportunities", m.lang))])
    findings = [Finding(p.path, say("opportunity_no_pain", m.lang, title=m.title(p)))
                for p in opportunities if not _answers_pain(m, p)]
    return KeyResult(7, "weak" if findings else "ok", findings)


def _measured(p: Placed) -> bool:
    measure = getattr(p.card, "measure", None)
    return bool(measure and measure.strip())


def _key8(m: _Map) -> KeyResult:
    ideas = m.kind("idea")
    measured = [p for p in ideas if _measured(p)]
    findings = [Finding(p.path, say("idea_no_measure", m.lang, title=m.title(p)))
                for p in ideas if not _measured(p)]
    if not measured:
        return KeyResult(8, "missing", [Finding(m.lane_path("ideas"),
                                                say("no_measured_ideas", m.lang)), *findings])
    for p in m.kind("opportunity"):
        near = any(i.overlaps(p) for i in measured)
        linked = any(_measured(i) for i in m.connected(p.card.id, "idea"))
        if not (near or linked):
            findings.append(Finding(p.path, say("opportunity_no_idea", m.lang,
                                                title=m.title(p))))
    return KeyResult(8, "weak" if findings else "ok", findings)


_KEYS = (_key1, _key2, _key3, _key4, _key5, _key6, _key7, _key8)


def check_keys(doc: JourneyMap) -> list[KeyResult]:
    """The eight keys, in order."""
    m = _Map(doc)
    return [key(m) for key in _KEYS]
