"""Moving around the map with the keyboard.

Arrow keys move the selection from card to card: left and right to the nearest
card of the same lane in the previous or next stage that has one; up and down
through the cards of a cell, then on to the nearest card of the lane above or
below in the same stage. Ctrl+arrows move the selected card itself (one
undoable command each): left and right to the neighbouring stage, up and down
one place within its cell and, past its cell's end, into the nearest lane above or
below that takes its kind; on an emotion (one a cell) Ctrl+up and down raise or
lower its score, as dragging its face does. Positions come from the layout, so only what the
view shows (not collapsed lanes, not lanes hidden by the persona filter) is
reached.

The headers are reached the same way, so that everything a mouse selects a keyboard
selects too: up from a column's top card is its stage's header, left from a lane's
first card is the lane's header (an empty map starts there). On a stage header left
and right go along the stages, up to its phase, down to the column's first card;
on a lane header up and down go along the lanes, right to its first card; on a
phase left and right go along the phases, down to its first stage. Ctrl+arrows on
a stage or lane header move it one place (as dragging it does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt

from cjeditor.commands import (
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    SetEmotionScoreCommand,
)
from cjeditor.commands.texts import quoted
from cjeditor.layout.geometry import CardGeom, MapGeometry
from cjeditor.model.limits import MAX_SCORE, MIN_SCORE

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


class Grid:
    """The cards shown, by (lane index, stage index) in stacking order."""

    def __init__(self, geometry: MapGeometry) -> None:
        self.geometry = geometry
        self.lanes = [lane.lane_id for lane in geometry.lanes]
        self.stages = [col.stage_id for col in geometry.columns]
        lane_index = {lane_id: i for i, lane_id in enumerate(self.lanes)}
        stage_index = {stage_id: i for i, stage_id in enumerate(self.stages)}
        self.cells: dict[tuple[int, int], list[CardGeom]] = {}
        self.where: dict[str, tuple[int, int]] = {}
        for g in geometry.cards.values():
            li, si = lane_index.get(g.lane_id), stage_index.get(g.stage_id)
            if li is None or si is None:
                continue
            self.cells.setdefault((li, si), []).append(g)
            self.where[g.card_id] = (li, si)
        for cards in self.cells.values():
            cards.sort(key=lambda g: (g.rect.y, g.rect.x))

    def first(self) -> str | None:
        """The top-left card: where the selection starts."""
        if not self.cells:
            return None
        return self.cells[min(self.cells, key=lambda key: (key[1], key[0]))][0].card_id

    def first_in_column(self, si: int) -> str | None:
        """The top card of the stage at index `si`, or None."""
        lanes = [li for (li, s) in self.cells if s == si]
        return self.cells[(min(lanes), si)][0].card_id if lanes else None

    def first_in_lane(self, li: int) -> str | None:
        """The first card of the lane at index `li` (its leftmost stage), or None."""
        stages = [si for (lane, si) in self.cells if lane == li]
        return self.cells[(li, min(stages))][0].card_id if stages else None

    def neighbour(self, card_id: str, dx: int, dy: int) -> str | None:
        """The card an arrow leads to from `card_id`, or None (the edge of the map)."""
        here = self.where.get(card_id)
        if here is None:
            return self.first()
        li, si = here
        cell = self.cells[here]
        index = next(i for i, g in enumerate(cell) if g.card_id == card_id)
        y = cell[index].rect.y + cell[index].rect.h / 2
        if dx:
            s = si + dx
            while 0 <= s < len(self.stages):
                if (li, s) in self.cells:
                    return min(self.cells[(li, s)],
                               key=lambda g: abs(g.rect.y + g.rect.h / 2 - y)).card_id
                s += dx
            return None
        if 0 <= index + dy < len(cell):
            return cell[index + dy].card_id
        lane = li + dy
        while 0 <= lane < len(self.lanes):
            cards = self.cells.get((lane, si))
            if cards:
                return (cards[0] if dy > 0 else cards[-1]).card_id
            lane += dy
        return None


def ensure_visible(view: MapView, rect: QRectF, margin: int = 40) -> None:
    """Scroll just enough to show `rect` (scene) clear of the frozen header strips,
    which cover the top and left of the view once it is scrolled past the headers."""
    from cjeditor.canvas.frozen import FrozenHeaders

    top = left = 0
    frozen = view.findChild(FrozenHeaders)
    geometry = view.map_scene.geometry
    if frozen is not None and geometry is not None and geometry.columns:
        zoom = view.zoom()
        top = round((frozen.bottom_of_band() - frozen.top_of_band()) * zoom)
        left = round(geometry.header_width * zoom)
    view.ensureVisible(rect, margin + left, margin + top)


def select_card(view: MapView, card_id: str) -> None:
    """Select one card and scroll just enough to show it."""
    view.select_ids([card_id])
    view.current_cell = (view.doc.lane_of(card_id).id, view.doc.card(card_id).stage)
    geometry = view.map_scene.geometry
    g = geometry.cards.get(card_id) if geometry is not None else None
    if g is not None:
        ensure_visible(view, QRectF(g.rect.x, g.rect.y, g.rect.w, g.rect.h))


def select_header(view: MapView, object_id: str) -> None:
    """Select one stage, lane or phase header and scroll just enough to show it."""
    view.select_ids([object_id])
    geometry = view.map_scene.geometry
    if geometry is None:
        return
    kind = view.doc.kind_of(object_id)
    rects = ([col.header for col in geometry.columns if col.stage_id == object_id]
             if kind == "stage" else
             [lane.header for lane in geometry.lanes if lane.lane_id == object_id]
             if kind == "lane" else
             [g.rect for g in geometry.phases if g.phase_id == object_id])
    if rects:
        r = rects[0]
        ensure_visible(view, QRectF(r.x, r.y, r.w, r.h))


def home_end(view: MapView, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Home and End: the first and last card of the selected card's lane; with Ctrl,
    of the whole map (reading order: stage by stage). False when it is not ours."""
    if Qt.Key(key) not in (Qt.Key.Key_Home, Qt.Key.Key_End):
        return False
    geometry = view.map_scene.geometry
    if geometry is None or modifiers & ~Qt.KeyboardModifier.ControlModifier \
            & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    grid = Grid(geometry)
    if not grid.cells:
        return False
    cards = view.selected_card_ids()
    here = grid.where.get(cards[-1]) if cards else None
    keys = sorted(grid.cells, key=lambda cell: (cell[1], cell[0]))  # stage, then lane
    if here is not None and not modifiers & Qt.KeyboardModifier.ControlModifier:
        keys = sorted((cell for cell in grid.cells if cell[0] == here[0]),
                      key=lambda cell: cell[1])
    cell = keys[0] if Qt.Key(key) == Qt.Key.Key_Home else keys[-1]
    cards_there = grid.cells[cell]
    target = cards_there[0] if Qt.Key(key) == Qt.Key.Key_Home else cards_there[-1]
    select_card(view, target.card_id)
    return True


def arrow(view: MapView, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Handle an arrow key on the canvas; False when it is not ours (the view scrolls)."""
    step = ARROWS.get(Qt.Key(key))
    geometry = view.map_scene.geometry
    if step is None or geometry is None:
        return False
    if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
        return False
    cards = view.selected_card_ids()
    grid = Grid(geometry)
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    if not cards:
        ids = view.selected_ids()
        if len(ids) == 1 and view.doc.kind_of(ids[0]) in ("stage", "lane", "phase"):
            return header_arrow(view, grid, ids[0], *step, move=ctrl)
        if ctrl:
            return False
        start = grid.first() or (grid.lanes[0] if grid.lanes else None) \
            or (grid.stages[0] if grid.stages else None)
        if start is None:
            return False
        if view.doc.has_card(start):
            select_card(view, start)
        else:  # a map with no card yet: a lane's header, where Insert adds one
            select_header(view, start)
        return True
    if ctrl:
        return len(cards) == 1 and move_card(view, grid, cards[0], *step)
    dx, dy = step
    target = grid.neighbour(cards[-1], dx, dy)
    if target is not None:
        select_card(view, target)
    elif len(cards) == 1 and cards[0] in grid.where and (dy < 0 or dx < 0):
        li, si = grid.where[cards[0]]  # past the top: the stage; past the left: the lane
        select_header(view, grid.stages[si] if dy < 0 else grid.lanes[li])
    return True  # at the edge the selection stays (the view does not scroll away)


def _move_header(view: MapView, command: type[MoveStageCommand] | type[MoveLaneCommand],
                 object_id: str, index: int, count: int) -> bool:
    """Ctrl+arrow on a stage or lane header: it moves to `index` (of `count`), still
    selected; at the map's edge it stays."""
    if 0 <= index < count and view.run(command(view.doc, object_id, index)):
        select_header(view, object_id)
    return True


def header_arrow(view: MapView, grid: Grid, object_id: str, dx: int, dy: int,
                 move: bool = False) -> bool:
    """An arrow on a selected stage, lane or phase header (module doc)."""
    doc = view.doc
    kind = doc.kind_of(object_id)
    target: str | None = None
    if kind == "stage" and object_id in grid.stages:
        si = grid.stages.index(object_id)
        if move and dx:
            return _move_header(view, MoveStageCommand, object_id,
                                doc.stage_index(object_id) + dx, len(doc.map.stages))
        if dx and 0 <= si + dx < len(grid.stages):
            target = grid.stages[si + dx]
        elif dy > 0:
            target = grid.first_in_column(si)
        elif dy < 0:
            phase = doc.stage(object_id).phase
            target = phase if phase and doc.kind_of(phase) == "phase" else None
    elif kind == "lane" and object_id in grid.lanes:
        li = grid.lanes.index(object_id)
        if move and dy:
            return _move_header(view, MoveLaneCommand, object_id,
                                doc.lane_index(object_id) + dy, len(doc.map.lanes))
        if dy and 0 <= li + dy < len(grid.lanes):
            target = grid.lanes[li + dy]
        elif dx > 0:
            target = grid.first_in_lane(li)
    elif kind == "phase" and not move:
        phases = [g.phase_id for g in view.map_scene.geometry.phases]  # type: ignore[union-attr]
        if object_id in phases and dx and 0 <= phases.index(object_id) + dx < len(phases):
            target = phases[phases.index(object_id) + dx]
        elif dy > 0:
            target = next((s for s in grid.stages if doc.stage(s).phase == object_id), None)
    if target is not None:
        if doc.has_card(target):
            select_card(view, target)
        else:
            select_header(view, target)
    return True


def move_card(view: MapView, grid: Grid, card_id: str, dx: int, dy: int) -> bool:
    """Ctrl+arrow: the card to the next stage (same lane) or one place up/down its cell
    (an emotion: its score one up or down)."""
    doc = view.doc
    here = grid.where.get(card_id)
    if here is None:
        return False
    li, si = here
    lane_id = grid.lanes[li]
    card = doc.card(card_id)
    if dx:
        s = si + dx
        if not 0 <= s < len(grid.stages):
            return True  # already at the edge
        stage_id = grid.stages[s]
        command = MoveCardsCommand(doc, [(card_id, lane_id, stage_id, None)])
        stage = doc.stage(stage_id)
        command.setText(tr("Move card “%1” to “%2”").replace("%1", quoted(card.title))
                        .replace("%2", quoted(stage.name)))
    elif card.kind == "emotion":  # the face one step up or down the chart
        score = max(MIN_SCORE, min(MAX_SCORE, card.score - dy))
        if score != card.score and view.run(SetEmotionScoreCommand(doc, card_id, score)):
            select_card(view, card_id)
        return True
    else:
        cell = [c.id for c in doc.cell_cards(lane_id, card.stage)]
        position = cell.index(card_id) + dy
        if not 0 <= position < len(cell):
            return _to_next_lane(view, grid, card_id, li, dy)
        command = MoveCardsCommand(doc, [(card_id, lane_id, card.stage, position)])
        text = tr("Move card “%1” up") if dy < 0 else tr("Move card “%1” down")
        command.setText(text.replace("%1", quoted(card.title)))
    if view.run(command):
        select_card(view, card_id)
    return True


def _to_next_lane(view: MapView, grid: Grid, card_id: str, li: int, dy: int) -> bool:
    """Ctrl+up past the top of its cell (down past the bottom): the card into the
    nearest lane above (below) that takes its kind, at that cell's end (start)."""
    doc = view.doc
    card = doc.card(card_id)
    lane = li + dy
    while 0 <= lane < len(grid.lanes):
        lane_id = grid.lanes[lane]
        if doc.allowed(card.kind, lane_id)[0] and not doc.lane(lane_id).collapsed:
            cell = doc.cell_cards(lane_id, card.stage)
            command = MoveCardsCommand(doc, [(card_id, lane_id, card.stage,
                                              len(cell) if dy < 0 else 0)])
            command.setText(tr("Move card “%1” to “%2”").replace("%1", quoted(card.title))
                            .replace("%2", quoted(doc.lane(lane_id).title)))
            if view.run(command):
                select_card(view, card_id)
            return True
        lane += dy
    return True  # no lane takes it that way: it stays


def selection_point(view: MapView) -> QPoint | None:
    """A point (viewport) inside the first selected object shown, or None: where the
    Menu key opens the selection's menu."""
    for object_id in view.selected_ids():
        item = view.map_scene.item_for(object_id)
        if item is None or not item.isVisible():
            continue
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        point = shown.intersected(view.viewport().rect()).center()
        if view.viewport().rect().contains(point):
            return point
    return None
