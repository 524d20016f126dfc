"""Moving around the map with the keyboard.

Arrow keys move the selection from card to card: left and right to the nearest
card of the same lane in the previous or next stage that has one; up and down
through the cards of a cell, then on to the nearest card of the lane above or
below in the same stage. Ctrl+arrows move the selected card itself (one
undoable command each): left and right to the neighbouring stage, up and down
one place within its cell; on an emotion (one a cell) Ctrl+up and down raise or
lower its score, as dragging its face does. Positions come from the layout, so only what the
view shows (not collapsed lanes, not lanes hidden by the persona filter) is
reached.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt

from cjeditor.commands import MoveCardsCommand, SetEmotionScoreCommand
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
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        return len(cards) == 1 and move_card(view, grid, cards[0], *step)
    if not cards:
        first = grid.first()
        if first is None:
            return False
        select_card(view, first)
        return True
    target = grid.neighbour(cards[-1], *step)
    if target is not None:
        select_card(view, target)
    return True  # at the edge the selection stays (the view does not scroll away)


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
            return True
        command = MoveCardsCommand(doc, [(card_id, lane_id, card.stage, position)])
        text = tr("Move card “%1” up") if dy < 0 else tr("Move card “%1” down")
        command.setText(text.replace("%1", quoted(card.title)))
    if view.run(command):
        select_card(view, card_id)
    return True
