"""MapDocument: owns one JourneyMap and applies primitive, validated mutations.

Every primitive mutation:
- keeps the document valid (or raises `ValueError` with a plain reason and
  leaves the document untouched),
- emits one past-tense signal naming the object (``card_moved(id)`` ...),
- returns its *inverse* as ``(method_name, args)`` so commands can undo exactly.

Model objects are never changed in place: a change replaces the object with a
new, validated one. Callers must treat what they read (``doc.map``,
``doc.card(id)``) as read-only.

``changed()`` is emitted once per outermost ``batch()`` (a command wraps its
redo/undo in one), or after every primitive outside a batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cjeditor.document.checks import card_problem, check_room, kind_problem, validated
from cjeditor.document.links import LinkMutations
from cjeditor.document.structure import StructureMutations
from cjeditor.model import (
    CARD_CLASSES,
    JourneyMap,
    Lane,
    Persona,
    Phase,
    Stage,
    limits,
    new_id,
)

Inverse = tuple[str, tuple[Any, ...]]


class MapDocument(StructureMutations, LinkMutations, QObject):
    card_added = Signal(str)
    card_removed = Signal(str)
    card_changed = Signal(str)
    card_moved = Signal(str)
    stage_added = Signal(str)
    stage_removed = Signal(str)
    stage_changed = Signal(str)
    stage_moved = Signal(str)
    lane_added = Signal(str)
    lane_removed = Signal(str)
    lane_changed = Signal(str)
    lane_moved = Signal(str)
    phase_added = Signal(str)
    phase_removed = Signal(str)
    phase_changed = Signal(str)
    phase_moved = Signal(str)
    persona_added = Signal(str)
    persona_removed = Signal(str)
    persona_changed = Signal(str)
    asset_added = Signal(str)
    asset_removed = Signal(str)
    connection_added = Signal(str)
    connection_removed = Signal(str)
    connection_changed = Signal(str)
    view_added = Signal(str)
    view_removed = Signal(str)
    view_changed = Signal(str)
    meta_changed = Signal()
    changed = Signal()
    reset = Signal()
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)

    def __init__(self, journey_map: JourneyMap, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map: JourneyMap = journey_map
        self._path: Path | None = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._batch_depth = 0
        self._batch_dirty = False
        # Open read-only (another editor has the file): commands.push refuses every edit.
        self.read_only = False
        self._reindex()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # ----------------------------------------------------------- whole document
    @property
    def path(self) -> Path | None:
        return self._path

    @path.setter
    def path(self, value: Path | None) -> None:
        self._path = Path(value) if value is not None else None
        self.path_changed.emit(self._path)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self.undo_stack.setClean()

    def set_map(self, journey_map: JourneyMap, path: Path | None = None) -> None:
        """Replace the whole document (clears undo history), emits `reset()`."""
        self.map = journey_map
        self.undo_stack.clear()
        self._reindex()
        self.path = path
        self.reset.emit()
        self.changed.emit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group primitives: `changed()` is emitted once when the outermost batch ends."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._batch_dirty:
                self._batch_dirty = False
                self.changed.emit()

    def _emit(self, signal: Any, *args: Any) -> None:
        signal.emit(*args)
        if self._batch_depth:
            self._batch_dirty = True
        else:
            self.changed.emit()

    # ---------------------------------------------------------------- indexes
    def _reindex(self) -> None:
        self._stage_index = {s.id: i for i, s in enumerate(self.map.stages)}
        self._lane_index = {lane.id: i for i, lane in enumerate(self.map.lanes)}
        self._phase_index = {p.id: i for i, p in enumerate(self.map.phases)}
        self._card_lane: dict[str, str] = {}
        self._card_obj: dict[str, Any] = {}
        for lane in self.map.lanes:
            for card in lane.cards:
                self._card_lane[card.id] = lane.id
                self._card_obj[card.id] = card

    def _reindex_lanes(self) -> None:
        self._lane_index = {lane.id: i for i, lane in enumerate(self.map.lanes)}

    # ---------------------------------------------------------------- look-ups
    def card(self, card_id: str) -> Any:
        return self._card_obj[card_id]

    def has_card(self, card_id: str) -> bool:
        return card_id in self._card_lane

    def lane_of(self, card_id: str) -> Lane:
        return self.lane(self._card_lane[card_id])

    def card_position(self, card_id: str) -> tuple[int, int]:
        """(lane index, index in the lane's card list)."""
        lane_id = self._card_lane[card_id]
        lane = self.lane(lane_id)
        for i, card in enumerate(lane.cards):
            if card.id == card_id:
                return self._lane_index[lane_id], i
        raise KeyError(card_id)

    def lane(self, lane_id: str) -> Lane:
        return self.map.lanes[self._lane_index[lane_id]]

    def lane_index(self, lane_id: str) -> int:
        return self._lane_index[lane_id]

    def stage(self, stage_id: str) -> Stage:
        return self.map.stages[self._stage_index[stage_id]]

    def stage_index(self, stage_id: str) -> int:
        return self._stage_index[stage_id]

    def phase(self, phase_id: str) -> Phase:
        return self.map.phases[self._phase_index[phase_id]]

    def phase_index(self, phase_id: str) -> int:
        return self._phase_index[phase_id]

    def persona(self, persona_id: str) -> Persona:
        for persona in self.map.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    def cell_cards(self, lane_id: str, stage_id: str) -> list[Any]:
        """Cards of one cell, in stacking order."""
        return [c for c in self.lane(lane_id).cards if c.stage == stage_id]

    def kind_of(self, object_id: str) -> str | None:
        """'card', 'stage', 'lane', 'phase', 'persona', 'asset', 'connection', 'view'
        or None."""
        if object_id in self._card_lane:
            return "card"
        if object_id in self._stage_index:
            return "stage"
        if object_id in self._lane_index:
            return "lane"
        if object_id in self._phase_index:
            return "phase"
        if any(p.id == object_id for p in self.map.personas):
            return "persona"
        if any(a.id == object_id for a in self.map.assets):
            return "asset"
        if any(c.id == object_id for c in self.map.connections):
            return "connection"
        if any(v.id == object_id for v in self.map.views):
            return "view"
        return None

    def id_taken(self, object_id: str) -> bool:
        return self.kind_of(object_id) is not None

    def taken_ids(self) -> set[str]:
        ids = set(self._card_lane) | set(self._stage_index) | set(self._lane_index)
        ids |= set(self._phase_index)
        ids.update(p.id for p in self.map.personas)
        ids.update(a.id for a in self.map.assets)
        ids.update(c.id for c in self.map.connections)
        ids.update(v.id for v in self.map.views)
        return ids

    def new_id(self, prefix: str, also_taken: set[str] | None = None) -> str:
        taken = self.taken_ids()
        if also_taken:
            taken |= also_taken
        return new_id(prefix, taken)

    def allowed(self, kind: str, lane_id: str) -> tuple[bool, str]:
        """Whether a card of `kind` may go in lane `lane_id`, and why not (a sentence in
        the interface language; the rule is model.placement's)."""
        problem = kind_problem(self, kind, lane_id)
        return problem is None, problem or ""

    # ------------------------------------------------------------------ cards
    def _check_card(self, lane: Lane, card: Any, ignore: str | None = None) -> None:
        ok, reason = self.allowed(card.kind, lane.id)
        if not ok:
            raise ValueError(reason)
        problem = card_problem(self, lane, card, ignore)
        if problem:
            raise ValueError(problem)

    @staticmethod
    def _check_room_in(lane: Lane) -> None:
        check_room(len(lane.cards), 1, limits.MAX_CARDS_PER_LANE, "too_many_lane_cards",
                   lane=lane.title)

    def insert_card(self, lane_id: str, index: int, card: Any) -> Inverse:
        if self.id_taken(card.id):
            raise ValueError(f'The id "{card.id}" is already used.')
        lane = self.lane(lane_id)
        self._check_room_in(lane)
        check_room(len(self._card_lane), 1, limits.MAX_CARDS, "too_many_cards")
        self._check_card(lane, card)
        index = max(0, min(index, len(lane.cards)))
        lane.cards.insert(index, card)
        self._card_lane[card.id] = lane_id
        self._card_obj[card.id] = card
        self._emit(self.card_added, card.id)
        return "remove_card", (card.id,)

    def remove_card(self, card_id: str) -> Inverse:
        lane = self.lane_of(card_id)
        _, index = self.card_position(card_id)
        if lane.cards[index].kind == "pain_point":
            for other in self.map.all_cards():
                if other.kind == "opportunity" and card_id in other.addresses:
                    raise ValueError(f'The opportunity "{other.title}" still refers to it.')
        if self.connections_of(card_id):
            raise ValueError("Connections still start or end at this card.")
        card = lane.cards.pop(index)
        del self._card_lane[card_id]
        del self._card_obj[card_id]
        self._emit(self.card_removed, card_id)
        return "insert_card", (lane.id, index, card)

    def replace_card(self, card: Any) -> Inverse:
        """Put `card` in place of the card with the same id (same lane, same place)."""
        lane = self.lane_of(card.id)
        _, index = self.card_position(card.id)
        old = lane.cards[index]
        if old is card:
            return "replace_card", (old,)
        self._check_card(lane, card, ignore=card.id)
        lane.cards[index] = card
        self._card_obj[card.id] = card
        if old.stage != card.stage:
            self._emit(self.card_moved, card.id)
        self._emit(self.card_changed, card.id)
        return "replace_card", (old,)

    def update_card(self, card_id: str, fields: dict[str, Any]) -> Inverse:
        """Change some fields of a card (validated with its pydantic class)."""
        old = self.card(card_id)
        if "kind" in fields and fields["kind"] != old.kind:
            raise ValueError("A card's kind cannot be changed.")
        if "id" in fields and fields["id"] != old.id:
            raise ValueError("A card's id cannot be changed.")
        new = validated(CARD_CLASSES[old.kind], old, fields)
        return self.replace_card(new)

    def move_card(self, card_id: str, lane_id: str, index: int,
                  stage_id: str | None = None) -> Inverse:
        """Move a card to `lane_id` at list `index` (counted after taking it out),
        optionally to another stage."""
        src_lane = self.lane_of(card_id)
        _, src_index = self.card_position(card_id)
        old = src_lane.cards[src_index]
        card = old if stage_id is None or stage_id == old.stage else old.model_copy(
            update={"stage": stage_id})
        if stage_id is not None and stage_id != old.stage and "stage" not in old.model_fields_set:
            card.model_fields_set.add("stage")
        dst_lane = self.lane(lane_id)
        if dst_lane is not src_lane:
            self._check_room_in(dst_lane)
        self._check_card(dst_lane, card, ignore=card_id)
        src_lane.cards.pop(src_index)
        index = max(0, min(index, len(dst_lane.cards)))
        dst_lane.cards.insert(index, card)
        self._card_lane[card_id] = lane_id
        self._card_obj[card_id] = card
        self._emit(self.card_moved, card_id)
        if card is not old:
            return "_move_back", (card_id, src_lane.id, src_index, old)
        return "move_card", (card_id, src_lane.id, src_index, None)

    def _move_back(self, card_id: str, lane_id: str, index: int, old: Any) -> Inverse:
        """Inverse of a move that changed the stage: puts the very same object back."""
        cur_lane = self.lane_of(card_id)
        _, cur_index = self.card_position(card_id)
        current = cur_lane.cards[cur_index]
        dst = self.lane(lane_id)
        self._check_card(dst, old, ignore=card_id)
        cur_lane.cards.pop(cur_index)
        dst.cards.insert(max(0, min(index, len(dst.cards))), old)
        self._card_lane[card_id] = lane_id
        self._card_obj[card_id] = old
        self._emit(self.card_moved, card_id)
        return "_move_back", (card_id, cur_lane.id, cur_index, current)

    # ---------------------------------------------------------------- helpers
    def apply(self, op: Inverse) -> Inverse:
        """Run a recorded primitive `(name, args)`; returns its inverse."""
        name, args = op
        return getattr(self, name)(*args)
