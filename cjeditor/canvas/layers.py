"""CardLayers: the items that hold the scene's card items, lane by lane and cell by cell.

A lane's card items live in its own coordinates (the lane's top at y = 0) as
children of one ContainerItem per cell, inside one ContainerItem per lane
placed at the lane's top: a lane that moves is one `setPos`, however many cards
it holds. A container promises Qt that its children stay inside its shape
(ItemContainsChildrenInShape), so painting and hit tests skip whole lanes and
cells that are off screen instead of visiting every card. The containers of
selected cards drop that promise (a dragged card leaves its cell) and go on top.

Far out (see sketch.py) the lane containers are hidden and one sketch per lane
draws the boxes instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from cjeditor.canvas.sketch import LaneSketchItem
from cjeditor.layout.geometry import CardGeom, LaneGeom, MapGeometry

CARD_Z = 10.0
RAISED_Z = CARD_Z + 0.5
SLACK = 12.0  # a card's picture may reach past its box (selection, tails, diamonds)

Flag = QGraphicsItem.GraphicsItemFlag


class ContainerItem(QGraphicsItem):
    """Draws nothing; holds children that stay inside `rect` unless opened."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._rect = QRectF()
        self.setFlag(Flag.ItemContainsChildrenInShape, True)
        self.setZValue(CARD_Z)
        self.right = 0.0  # cells: right edge of the widest card

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def set_open(self, open_: bool) -> None:
        """Open: children may be anywhere (being dragged), drawn above the others."""
        self.setFlag(Flag.ItemContainsChildrenInShape, not open_)
        z = RAISED_Z if open_ else CARD_Z
        if self.zValue() != z:
            self.setZValue(z)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pass


class CardLayers:
    """Lane containers, cell containers and lane sketches of one scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.lanes: dict[str, ContainerItem] = {}
        self.cells: dict[str, dict[str, ContainerItem]] = {}
        self.sketches: dict[str, LaneSketchItem] = {}
        self.detailed = True
        self._opened: set[tuple[str, str]] = set()
        self._placed: dict[str, tuple[LaneGeom, dict[str, CardGeom], float]] = {}

    def clear(self) -> None:
        for lane_id in list(self.lanes):
            self.drop_lane(lane_id)

    def forget(self) -> None:
        """Forget every container (the scene deleted them already)."""
        self.lanes.clear()
        self.cells.clear()
        self.sketches.clear()
        self._opened.clear()
        self._placed.clear()

    def place_lane(self, lg: LaneGeom, geom: MapGeometry, local: dict[str, CardGeom],
                   doc: Any) -> None:
        """Put the lane's containers and sketch at the lane's place and size."""
        lane_id = lg.lane_id
        placed = (lg, local, geom.width)
        before = self._placed.get(lane_id)
        if before is not None and before[0] is lg and before[1] is local \
                and before[2] == geom.width and lane_id in self.lanes:
            return
        self._placed[lane_id] = placed
        layer = self.lanes.get(lane_id)
        if layer is None:
            layer = self.lanes[lane_id] = ContainerItem()
            layer.setVisible(self.detailed)
            self.scene.addItem(layer)
            self.cells[lane_id] = {}
        if layer.y() != lg.y:
            layer.setPos(0.0, lg.y)
        hw = geom.header_width
        layer.set_rect(QRectF(hw - SLACK, -SLACK, geom.width - hw + 2 * SLACK,
                              lg.height + 2 * SLACK))
        columns = {c.stage_id: c for c in geom.columns}
        for stage_id, cell in self.cells[lane_id].items():
            self._cell_rect(cell, columns.get(stage_id), lg.height)
        sketch = self.sketches.get(lane_id)
        if sketch is None:
            sketch = self.sketches[lane_id] = LaneSketchItem()
            sketch.setVisible(not self.detailed)
            self.scene.addItem(sketch)
        if sketch.y() != lg.y:
            sketch.setPos(0.0, lg.y)
        sketch.set_cards(local, doc, doc.lane(lane_id),
                         QRectF(hw, 0.0, geom.width - hw, lg.height))

    @staticmethod
    def _cell_rect(cell: ContainerItem, column: Any, height: float) -> None:
        left = column.x if column is not None else cell.right
        right = max(cell.right, column.x + column.width if column is not None else left)
        cell.set_rect(QRectF(left - SLACK, -SLACK, right - left + 2 * SLACK,
                             height + 2 * SLACK))

    def cell(self, lg: LaneGeom, stage_id: str, geom: MapGeometry) -> ContainerItem:
        """The container of the cell (lane, stage), made if needed."""
        cells = self.cells[lg.lane_id]
        cell = cells.get(stage_id)
        if cell is None:
            cell = cells[stage_id] = ContainerItem(self.lanes[lg.lane_id])
            self._cell_rect(cell, next((c for c in geom.columns if c.stage_id == stage_id),
                                       None), lg.height)
        return cell

    def hold(self, cell: ContainerItem, lg: LaneGeom, g: CardGeom, geom: MapGeometry) -> None:
        """Make sure `cell` covers the card `g` (a card spanning several stages)."""
        if g.rect.right > cell.right:
            cell.right = g.rect.right
            self._cell_rect(cell, next((c for c in geom.columns if c.stage_id == g.stage_id),
                                       None), lg.height)

    def drop_lane(self, lane_id: str) -> None:
        layer = self.lanes.pop(lane_id, None)
        if layer is not None:
            self.scene.removeItem(layer)
        self.cells.pop(lane_id, None)
        self._placed.pop(lane_id, None)
        sketch = self.sketches.pop(lane_id, None)
        if sketch is not None:
            self.scene.removeItem(sketch)

    def set_detail(self, detailed: bool) -> None:
        """Card items (True) or, far out, one sketch of boxes per lane (False)."""
        if detailed == self.detailed:
            return
        self.detailed = detailed
        for layer in self.lanes.values():
            layer.setVisible(detailed)
        for sketch in self.sketches.values():
            sketch.setVisible(not detailed)

    def open_only(self, places: set[tuple[str, str]]) -> None:
        """Open the containers of these cells (lane, stage) and close the others."""
        lanes = {lane_id for lane_id, _ in places}
        for lane_id, stage_id in self._opened - places:
            cell = self.cells.get(lane_id, {}).get(stage_id)
            if cell is not None:
                cell.set_open(False)
        for lane_id, stage_id in places - self._opened:
            cell = self.cells.get(lane_id, {}).get(stage_id)
            if cell is not None:
                cell.set_open(True)
        for lane_id in {lane for lane, _ in self._opened} | lanes:
            layer = self.lanes.get(lane_id)
            if layer is not None:
                layer.set_open(lane_id in lanes)
        self._opened = set(places)
