"""Commands on the map's structure: stages, lanes and phases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cjeditor.commands.base import DocCommand, tr
from cjeditor.commands.cards import remove_cards_with_links
from cjeditor.commands.texts import edit_text_of
from cjeditor.document.checks import checked
from cjeditor.model import Lane, Phase, Stage

if TYPE_CHECKING:
    from cjeditor.document import MapDocument


def _model(cls: type, data: dict[str, Any]) -> Any:
    """A validated model, or a refusal in plain words (never pydantic's)."""
    return checked(cls, data)


def forget_in_views(command: DocCommand, lane_id: str | None = None,
                    persona_id: str | None = None) -> None:
    """Before a lane or persona goes, the saved views stop naming it: a view loses that
    lane (and goes if it showed only that lane) or that persona filter."""
    doc = command.doc
    for view in list(doc.map.views):
        if lane_id is not None and view.lanes and lane_id in view.lanes:
            kept = [lane for lane in view.lanes if lane != lane_id]
            if not kept:
                command.do("remove_view", view.id)
                continue
            command.do("update_view", view.id, {"lanes": kept})
        if persona_id is not None and view.persona == persona_id:
            command.do("update_view", view.id, {"persona": None})


def phases_contiguous(phases: Sequence[str | None]) -> bool:
    seen: set[str] = set()
    previous = None
    for phase in phases:
        if phase is not None and phase != previous:
            if phase in seen:
                return False
            seen.add(phase)
        previous = phase
    return True


# ----------------------------------------------------------------------- stages
class InsertStageCommand(DocCommand):
    """Insert a new stage at `index` (None: at the end). Between two stages of one
    phase, the new stage joins that phase unless `fields` says otherwise."""

    def __init__(self, doc: MapDocument, index: int | None, name: str,
                 fields: dict[str, Any] | None = None) -> None:
        super().__init__(doc, tr("Insert stage") if index is not None else tr("Add stage"))
        stages = doc.map.stages
        self.index = len(stages) if index is None else max(0, min(index, len(stages)))
        data = {"id": doc.new_id("s"), "name": name}
        if fields is None or "phase" not in fields:
            left = stages[self.index - 1].phase if self.index > 0 else None
            right = stages[self.index].phase if self.index < len(stages) else None
            if left is not None and left == right:
                data["phase"] = left
        data.update(fields or {})
        self.stage = _model(Stage, data)
        self.stage_id: str = self.stage.id

    def build(self) -> None:
        self.do("insert_stage", self.index, self.stage)


class AddStageCommand(InsertStageCommand):
    def __init__(self, doc: MapDocument, name: str, fields: dict[str, Any] | None = None) -> None:
        super().__init__(doc, None, name, fields)


class DeleteStageCommand(DocCommand):
    """Delete a stage with its cards; cards spanning across it get one stage shorter."""

    def __init__(self, doc: MapDocument, stage_id: str) -> None:
        super().__init__(doc, tr("Delete stage"))
        if len(doc.map.stages) <= 1:
            raise ValueError(tr("A map needs at least one stage."))
        self.stage_id = stage_id

    def build(self) -> None:
        doc = self.doc
        index = doc.stage_index(self.stage_id)
        inside = [c.id for c in doc.map.all_cards() if c.stage == self.stage_id]
        remove_cards_with_links(self, inside)
        for card in list(doc.map.all_cards()):
            start = doc.stage_index(card.stage)
            if start < index < start + card.span:
                self.do("update_card", card.id, {"span": card.span - 1})
        self.do("remove_stage", self.stage_id)


class MoveStageCommand(DocCommand):
    """Move a stage to `index`. The stage changes phase if it must (to keep phases
    contiguous) and spans that would pass the last stage shrink."""

    def __init__(self, doc: MapDocument, stage_id: str, index: int) -> None:
        super().__init__(doc, tr("Move stage"))
        self.stage_id, self.index = stage_id, index

    def build(self) -> None:
        doc = self.doc
        stages = list(doc.map.stages)
        src = doc.stage_index(self.stage_id)
        dst = max(0, min(self.index, len(stages) - 1))
        if src == dst:
            return
        stage = stages.pop(src)
        stages.insert(dst, stage)
        order = {s.id: i for i, s in enumerate(stages)}
        count = len(stages)
        for card in list(doc.map.all_cards()):
            room = count - order[card.stage]
            if card.span > room:
                self.do("update_card", card.id, {"span": room})
        phases = [s.phase for s in stages]
        candidates = [stage.phase]
        if dst > 0:
            candidates.append(stages[dst - 1].phase)
        if dst < count - 1:
            candidates.append(stages[dst + 1].phase)
        candidates.append(None)
        for phase in candidates:
            phases[dst] = phase
            if phases_contiguous(phases):
                break
        if phases[dst] != stage.phase:
            data = stage.model_dump(exclude_unset=True)
            data["phase"] = phases[dst]
            if phases[dst] is None:
                del data["phase"]
            self.do("move_stage", self.stage_id, dst, _model(Stage, data))
        else:
            self.do("move_stage", self.stage_id, dst)


class EditStageCommand(DocCommand):
    def __init__(self, doc: MapDocument, stage_id: str, fields: dict[str, Any],
                 text: str | None = None) -> None:
        super().__init__(doc, text or edit_text_of(doc, "stage", stage_id, fields,
                                                   tr("Edit stage")))
        self.stage_id, self.fields = stage_id, dict(fields)

    def build(self) -> None:
        stage = self.doc.stage(self.stage_id)
        if all(getattr(stage, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_stage", self.stage_id, self.fields)


# ------------------------------------------------------------------------ lanes
class InsertLaneCommand(DocCommand):
    def __init__(self, doc: MapDocument, index: int | None, lane_type: str, title: str,
                 fields: dict[str, Any] | None = None) -> None:
        super().__init__(doc, tr("Add lane"))
        lanes = doc.map.lanes
        self.index = len(lanes) if index is None else max(0, min(index, len(lanes)))
        data = {"id": doc.new_id("l"), "type": lane_type, "title": title, "cards": []}
        data.update(fields or {})
        self.lane = _model(Lane, data)
        self.lane_id: str = self.lane.id

    def build(self) -> None:
        self.do("insert_lane", self.index, self.lane)


class AddLaneCommand(InsertLaneCommand):
    def __init__(self, doc: MapDocument, lane_type: str, title: str,
                 fields: dict[str, Any] | None = None) -> None:
        super().__init__(doc, None, lane_type, title, fields)


class DeleteLaneCommand(DocCommand):
    def __init__(self, doc: MapDocument, lane_id: str) -> None:
        super().__init__(doc, tr("Delete lane"))
        self.lane_id = lane_id

    def build(self) -> None:
        cards = [c.id for c in self.doc.lane(self.lane_id).cards]
        remove_cards_with_links(self, cards)
        forget_in_views(self, lane_id=self.lane_id)
        self.do("remove_lane", self.lane_id)


class MoveLaneCommand(DocCommand):
    def __init__(self, doc: MapDocument, lane_id: str, index: int) -> None:
        super().__init__(doc, tr("Move lane"))
        self.lane_id, self.index = lane_id, index

    def build(self) -> None:
        if self.doc.lane_index(self.lane_id) != self.index:
            self.do("move_lane", self.lane_id, self.index)


class EditLaneCommand(DocCommand):
    def __init__(self, doc: MapDocument, lane_id: str, fields: dict[str, Any],
                 text: str | None = None) -> None:
        super().__init__(doc, text or edit_text_of(doc, "lane", lane_id, fields,
                                                   tr("Edit lane")))
        self.lane_id, self.fields = lane_id, dict(fields)

    def build(self) -> None:
        lane = self.doc.lane(self.lane_id)
        if all(getattr(lane, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_lane", self.lane_id, self.fields)


# ----------------------------------------------------------------------- phases
class AddPhaseCommand(DocCommand):
    """Add a phase (at `index`, None: end) and put the contiguous `stage_ids` in it."""

    def __init__(self, doc: MapDocument, name: str, stage_ids: Sequence[str] = (),
                 index: int | None = None, fields: dict[str, Any] | None = None) -> None:
        super().__init__(doc, tr("Add phase"))
        phases = doc.map.phases
        self.index = len(phases) if index is None else max(0, min(index, len(phases)))
        self.phase = _model(Phase, {"id": doc.new_id("ph"), "name": name, **(fields or {})})
        self.phase_id: str = self.phase.id
        self.stage_ids = sorted(stage_ids, key=doc.stage_index)

    def build(self) -> None:
        self.do("insert_phase", self.index, self.phase)
        for stage_id in self.stage_ids:
            self.do("update_stage", stage_id, {"phase": self.phase_id})


class DeletePhaseCommand(DocCommand):
    """Delete a phase; its stages stay, without a phase."""

    def __init__(self, doc: MapDocument, phase_id: str) -> None:
        super().__init__(doc, tr("Delete phase"))
        self.phase_id = phase_id

    def build(self) -> None:
        for stage in list(self.doc.map.stages):  # left to right keeps it contiguous
            if stage.phase == self.phase_id:
                self.do("update_stage", stage.id, {"phase": None})
        self.do("remove_phase", self.phase_id)


class EditPhaseCommand(DocCommand):
    def __init__(self, doc: MapDocument, phase_id: str, fields: dict[str, Any],
                 text: str | None = None) -> None:
        super().__init__(doc, text or edit_text_of(doc, "phase", phase_id, fields,
                                                   tr("Edit phase")))
        self.phase_id, self.fields = phase_id, dict(fields)

    def build(self) -> None:
        phase = self.doc.phase(self.phase_id)
        if all(getattr(phase, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_phase", self.phase_id, self.fields)
