"""Structural primitives of MapDocument: stages, lanes, phases, personas, assets, meta.

A mixin so each module stays small; see `document.py` for the rules every
primitive follows (validate, emit one past-tense signal, return the inverse).
"""

from __future__ import annotations

from typing import Any

from cjeditor.document.checks import check_room, structure_problem, validated
from cjeditor.model import Lane, Meta, Persona, Phase, Stage, limits

Inverse = tuple[str, tuple[Any, ...]]


class _Shallow:
    """Quacks like a model for `validated` without dumping a lane's cards."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def model_dump(self, exclude_unset: bool = True) -> dict[str, Any]:
        return dict(self._data)


class StructureMutations:
    """Mixed into MapDocument (which provides the signals, indexes and `_emit`)."""

    map: Any
    _card_lane: dict[str, str]  # card id -> lane id, MapDocument's index of every card

    def _structural(self, apply: Any, revert: Any) -> None:
        """Apply a structural change; revert it and raise if the document breaks."""
        apply()
        self._reindex()
        problem = structure_problem(self.map)
        if problem:
            revert()
            self._reindex()
            raise ValueError(problem)

    # ----------------------------------------------------------------- stages
    def insert_stage(self, index: int, stage: Stage) -> Inverse:
        if self.id_taken(stage.id):
            raise ValueError(f'The id "{stage.id}" is already used.')
        stages = self.map.stages
        check_room(len(stages), 1, limits.MAX_STAGES, "too_many_stages")
        index = max(0, min(index, len(stages)))
        self._structural(lambda: stages.insert(index, stage), lambda: stages.pop(index))
        self._emit(self.stage_added, stage.id)
        return "remove_stage", (stage.id,)

    def remove_stage(self, stage_id: str) -> Inverse:
        index = self._stage_index[stage_id]
        if len(self.map.stages) == 1:
            raise ValueError("A map needs at least one stage.")
        if any(c.stage == stage_id for c in self.map.all_cards()):
            raise ValueError("The stage still holds cards.")
        stages = self.map.stages
        stage = stages[index]
        self._structural(lambda: stages.pop(index), lambda: stages.insert(index, stage))
        self._emit(self.stage_removed, stage_id)
        return "insert_stage", (index, stage)

    def replace_stage(self, stage: Stage) -> Inverse:
        index = self._stage_index[stage.id]
        stages = self.map.stages
        old = stages[index]

        def put(value: Stage) -> Any:
            return lambda: stages.__setitem__(index, value)

        self._structural(put(stage), put(old))
        self._emit(self.stage_changed, stage.id)
        return "replace_stage", (old,)

    def update_stage(self, stage_id: str, fields: dict[str, Any]) -> Inverse:
        old = self.stage(stage_id)
        if fields.get("id", stage_id) != stage_id:
            raise ValueError("A stage's id cannot be changed.")
        return self.replace_stage(validated(Stage, old, fields))

    def move_stage(self, stage_id: str, index: int, replacement: Stage | None = None) -> Inverse:
        """Move a stage to `index`; `replacement` (same id) may change it at the same
        time, e.g. its phase, so the move stays valid."""
        if replacement is None:
            return self._move_in(self.map.stages, self._stage_index[stage_id], index,
                                 self.stage_moved, stage_id, "move_stage")
        if replacement.id != stage_id:
            raise ValueError("The replacement must keep the stage's id.")
        stages = self.map.stages
        src = self._stage_index[stage_id]
        dst = max(0, min(index, len(stages) - 1))
        old = stages[src]

        def apply() -> None:
            stages.pop(src)
            stages.insert(dst, replacement)

        def revert() -> None:
            stages.pop(dst)
            stages.insert(src, old)

        self._structural(apply, revert)
        self._emit(self.stage_moved, stage_id)
        self._emit(self.stage_changed, stage_id)
        return "move_stage", (stage_id, src, old)

    def _move_in(self, items: list, src: int, dst: int, signal: Any, obj_id: str,
                 name: str) -> Inverse:
        dst = max(0, min(dst, len(items) - 1))
        if dst == src:
            return name, (obj_id, src)

        def apply() -> None:
            items.insert(dst, items.pop(src))

        def revert() -> None:
            items.insert(src, items.pop(dst))

        self._structural(apply, revert)
        self._emit(signal, obj_id)
        return name, (obj_id, src)

    # ------------------------------------------------------------------ lanes
    def insert_lane(self, index: int, lane: Lane) -> Inverse:
        taken = self.taken_ids()
        if lane.id in taken or any(c.id in taken for c in lane.cards):
            raise ValueError(f'The id "{lane.id}" or one of its cards\' ids is already used.')
        lanes = self.map.lanes
        check_room(len(lanes), 1, limits.MAX_LANES, "too_many_lanes")
        check_room(len(lane.cards), 0, limits.MAX_CARDS_PER_LANE, "too_many_lane_cards",
                   lane=lane.title)
        check_room(len(self._card_lane), len(lane.cards), limits.MAX_CARDS, "too_many_cards")
        index = max(0, min(index, len(lanes)))
        self._structural(lambda: lanes.insert(index, lane), lambda: lanes.pop(index))
        self._emit(self.lane_added, lane.id)
        return "remove_lane", (lane.id,)

    def remove_lane(self, lane_id: str) -> Inverse:
        index = self._lane_index[lane_id]
        lanes = self.map.lanes
        lane = lanes[index]
        self._structural(lambda: lanes.pop(index), lambda: lanes.insert(index, lane))
        self._emit(self.lane_removed, lane_id)
        return "insert_lane", (index, lane)

    def replace_lane(self, lane: Lane) -> Inverse:
        index = self._lane_index[lane.id]
        lanes = self.map.lanes
        old = lanes[index]
        if [c.id for c in old.cards] != [c.id for c in lane.cards]:
            raise ValueError("replace_lane cannot change the lane's cards.")

        def put(value: Lane) -> Any:
            return lambda: lanes.__setitem__(index, value)

        self._structural(put(lane), put(old))
        self._emit(self.lane_changed, lane.id)
        return "replace_lane", (old,)

    def update_lane(self, lane_id: str, fields: dict[str, Any]) -> Inverse:
        """Change a lane's own fields (title, type, persona, color, collapsed)."""
        if "cards" in fields or fields.get("id", lane_id) != lane_id:
            raise ValueError("Use card mutations to change a lane's cards.")
        old = self.lane(lane_id)
        data = {k: getattr(old, k) for k in old.model_fields_set if k != "cards"}
        probe = validated(Lane, _Shallow(data), {**fields, "cards": []})
        new = probe.model_copy(update={"cards": old.cards})
        return self.replace_lane(new)

    def move_lane(self, lane_id: str, index: int) -> Inverse:
        return self._move_in(self.map.lanes, self._lane_index[lane_id], index,
                             self.lane_moved, lane_id, "move_lane")

    # ----------------------------------------------------------------- phases
    def insert_phase(self, index: int, phase: Phase) -> Inverse:
        if self.id_taken(phase.id):
            raise ValueError(f'The id "{phase.id}" is already used.')
        phases = self.map.phases
        check_room(len(phases), 1, limits.MAX_PHASES, "too_many_phases")
        index = max(0, min(index, len(phases)))
        self._structural(lambda: phases.insert(index, phase), lambda: phases.pop(index))
        self._emit(self.phase_added, phase.id)
        return "remove_phase", (phase.id,)

    def remove_phase(self, phase_id: str) -> Inverse:
        if any(s.phase == phase_id for s in self.map.stages):
            raise ValueError("Stages still belong to this phase.")
        index = self._phase_index[phase_id]
        phases = self.map.phases
        phase = phases[index]
        self._structural(lambda: phases.pop(index), lambda: phases.insert(index, phase))
        self._emit(self.phase_removed, phase_id)
        return "insert_phase", (index, phase)

    def replace_phase(self, phase: Phase) -> Inverse:
        index = self._phase_index[phase.id]
        phases = self.map.phases
        old = phases[index]
        phases[index] = phase
        self._emit(self.phase_changed, phase.id)
        return "replace_phase", (old,)

    def update_phase(self, phase_id: str, fields: dict[str, Any]) -> Inverse:
        if fields.get("id", phase_id) != phase_id:
            raise ValueError("A phase's id cannot be changed.")
        return self.replace_phase(validated(Phase, self.phase(phase_id), fields))

    def move_phase(self, phase_id: str, index: int) -> Inverse:
        return self._move_in(self.map.phases, self._phase_index[phase_id], index,
                             self.phase_moved, phase_id, "move_phase")

    # --------------------------------------------------------------- personas
    def _persona_index(self, persona_id: str) -> int:
        for i, persona in enumerate(self.map.personas):
            if persona.id == persona_id:
                return i
        raise KeyError(persona_id)

    def insert_persona(self, index: int, persona: Persona) -> Inverse:
        if self.id_taken(persona.id):
            raise ValueError(f'The id "{persona.id}" is already used.')
        personas = self.map.personas
        check_room(len(personas), 1, limits.MAX_PERSONAS, "too_many_personas")
        index = max(0, min(index, len(personas)))
        self._structural(lambda: personas.insert(index, persona), lambda: personas.pop(index))
        self._emit(self.persona_added, persona.id)
        return "remove_persona", (persona.id,)

    def remove_persona(self, persona_id: str) -> Inverse:
        index = self._persona_index(persona_id)
        personas = self.map.personas
        persona = personas[index]
        self._structural(lambda: personas.pop(index), lambda: personas.insert(index, persona))
        self._emit(self.persona_removed, persona_id)
        return "insert_persona", (index, persona)

    def replace_persona(self, persona: Persona) -> Inverse:
        index = self._persona_index(persona.id)
        personas = self.map.personas
        old = personas[index]

        def put(value: Persona) -> Any:
            return lambda: personas.__setitem__(index, value)

        self._structural(put(persona), put(old))
        self._emit(self.persona_changed, persona.id)
        return "replace_persona", (old,)

    def update_persona(self, persona_id: str, fields: dict[str, Any]) -> Inverse:
        old = self.map.personas[self._persona_index(persona_id)]
        return self.replace_persona(validated(Persona, old, fields))

    # ----------------------------------------------------------------- assets
    def insert_asset(self, index: int, asset: Any) -> Inverse:
        if self.id_taken(asset.id):
            raise ValueError(f'The id "{asset.id}" is already used.')
        assets = self.map.assets
        check_room(len(assets), 1, limits.MAX_ASSETS, "too_many_assets")
        index = max(0, min(index, len(assets)))
        assets.insert(index, asset)
        self._emit(self.asset_added, asset.id)
        return "remove_asset", (asset.id,)

    def remove_asset(self, asset_id: str) -> Inverse:
        assets = self.map.assets
        index = next(i for i, a in enumerate(assets) if a.id == asset_id)
        asset = assets[index]
        self._structural(lambda: assets.pop(index), lambda: assets.insert(index, asset))
        self._emit(self.asset_removed, asset_id)
        return "insert_asset", (index, asset)

    def asset(self, asset_id: str) -> Any:
        for asset in self.map.assets:
            if asset.id == asset_id:
                return asset
        raise KeyError(asset_id)

    # ------------------------------------------------------------------- meta
    def replace_meta(self, meta: Meta) -> Inverse:
        old = self.map.meta
        self.map.meta = meta
        self._emit(self.meta_changed)
        return "replace_meta", (old,)

    def update_meta(self, fields: dict[str, Any]) -> Inverse:
        return self.replace_meta(validated(Meta, self.map.meta, fields))
