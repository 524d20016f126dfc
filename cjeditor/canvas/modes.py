"""Mouse modes of MapView: small state objects, one per gesture.

A mode receives press/move/release in scene coordinates and pushes at most one
command, on release. While dragging it only moves items (no relayout)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from cjeditor.commands import (
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    ResizeSpanCommand,
    SetEmotionScoreCommand,
)
from cjeditor.document.checks import placement_problem

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

DRAG_START = 4.0  # view pixels before a press becomes a drag


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


class Mode:
    cursor: Qt.CursorShape | None = None

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.scene = view.map_scene

    def press(self, pos: QPointF, event: Any) -> None:
        pass

    def move(self, pos: QPointF, event: Any) -> None:
        pass

    def release(self, pos: QPointF, event: Any) -> None:
        pass

    def cancel(self) -> None:
        pass


class PanMode(Mode):
    cursor = Qt.CursorShape.ClosedHandCursor

    def press(self, pos: QPointF, event: Any) -> None:
        self.last = event.position()

    def move(self, pos: QPointF, event: Any) -> None:
        delta = event.position() - self.last
        self.last = event.position()
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - round(delta.x()))
        v.setValue(v.value() - round(delta.y()))


class _DragMode(Mode):
    """Common: a threshold before the drag starts, and Esc to cancel."""

    def __init__(self, view: MapView, start: QPointF) -> None:
        super().__init__(view)
        self.start = start
        self.started = False

    def _past_threshold(self, pos: QPointF) -> bool:
        if not self.started:
            d = self.view.mapFromScene(pos) - self.view.mapFromScene(self.start)
            self.started = abs(d.x()) + abs(d.y()) >= DRAG_START
        return self.started


class CardDragMode(_DragMode):
    """Move the selected cards to another cell, or reorder them in their cell."""

    def __init__(self, view: MapView, start: QPointF, anchor_id: str) -> None:
        super().__init__(view, start)
        scene = self.scene
        self.anchor_id = anchor_id
        self.clicked_id = anchor_id  # selected alone if the press ends as a click
        ids = [i for i in scene.selected_ids() if i in scene.cards and
               scene.cards[i].card.kind != "emotion" or i == anchor_id]
        if anchor_id not in ids:
            ids = [anchor_id]
        doc = view.doc
        ids = [i for i in ids if doc.has_card(i)]
        ids.sort(key=doc.card_position)
        self.ids = ids
        self.items = [scene.cards[i] for i in ids]
        self.origins = [item.pos() for item in self.items]
        self.target: tuple[str, str] | None = None
        self.position = 0
        self.moves: list[tuple[str, str, str, int | None]] | None = None
        self.reason = ""

    def move(self, pos: QPointF, event: Any) -> None:
        if not self._past_threshold(pos):
            return
        delta = pos - self.start
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin + delta)
            item.setZValue(40)
        cell = self.scene.cell_at(pos)
        if cell is None:
            self.target, self.moves = None, None
            self.scene.hide_drop_indicator()
            self.view.set_refused("")
            return
        position = self.scene.position_in_cell(*cell, pos.y(), exclude=self.ids)
        if cell == self.target and position == self.position:
            return
        self.target, self.position = cell, position
        self.moves, self.reason = self._plan(cell, position)
        rect = self.scene.cell_rect(*cell)
        if self.moves is not None:
            y = self.scene.insertion_y(*cell, position, exclude=self.ids)
            self.scene.show_drop_indicator(rect, True, y)
            self.view.set_refused("")
        else:
            self.scene.show_drop_indicator(rect, False)
            self.view.set_refused(self.reason)

    def _plan(self, cell: tuple[str, str], position: int):
        """The moves for a drop on `cell`, or (None, reason)."""
        geom = self.scene.geometry
        doc = self.view.doc
        lane_ids = [lane.lane_id for lane in geom.lanes]
        stage_ids = [c.stage_id for c in geom.columns]
        anchor = doc.card(self.anchor_id)
        a_lane = doc.lane_of(self.anchor_id).id
        if a_lane not in lane_ids:
            return None, ""
        dl = lane_ids.index(cell[0]) - lane_ids.index(a_lane)
        ds = stage_ids.index(cell[1]) - stage_ids.index(anchor.stage)
        moves = []
        placed = 0
        for cid in self.ids:
            card = doc.card(cid)
            lane_i = lane_ids.index(doc.lane_of(cid).id) + dl
            stage_i = stage_ids.index(card.stage) + ds
            if not (0 <= lane_i < len(lane_ids) and 0 <= stage_i < len(stage_ids)):
                return None, tr("The cards would leave the map.")
            lane_id, stage_id = lane_ids[lane_i], stage_ids[stage_i]
            reason = placement_problem(doc, card.kind, lane_id, stage_id, ignore=tuple(self.ids))
            if reason is not None:
                return None, reason
            if doc.lane(lane_id).collapsed:
                return None, tr("Expand the lane before moving cards into it.")
            pos_in_cell: int | None = None
            if (lane_id, stage_id) == cell:
                pos_in_cell = position + placed
                placed += 1
            moves.append((cid, lane_id, stage_id, pos_in_cell))
        return moves, ""

    def release(self, pos: QPointF, event: Any) -> None:
        self.scene.hide_drop_indicator()
        self.view.set_refused("")
        if not self.started:
            return
        moves = self.moves
        self._restore()
        if moves is None:
            if self.reason:
                self.view.status_message.emit(self.reason)
            return
        self.view.run(MoveCardsCommand(self.view.doc, moves))

    def _restore(self) -> None:
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin)
            item.setZValue(item.Z)

    def cancel(self) -> None:
        self.scene.hide_drop_indicator()
        self.view.set_refused("")
        self._restore()


class SpanResizeMode(_DragMode):
    """Drag a card's right edge to cover more or fewer stages."""

    cursor = Qt.CursorShape.SizeHorCursor

    def __init__(self, view: MapView, start: QPointF, card_id: str) -> None:
        super().__init__(view, start)
        self.card_id = card_id
        self.item = self.scene.cards[card_id]
        geom = self.scene.geometry
        self.columns = geom.columns
        self.first = next(c.index for c in geom.columns if c.stage_id == self.item.card.stage)
        self.span = self.item.card.span

    def move(self, pos: QPointF, event: Any) -> None:
        if not self._past_threshold(pos):
            return
        last = self.scene.column_at(pos.x())
        span = max(1, last - self.first + 1)
        self.span = span
        col = self.columns[self.first + span - 1]
        right = col.x + col.width - 6.0  # the layout's cell padding
        self.item.set_preview_width(max(right - self.item.geom.rect.x, 12.0))

    def release(self, pos: QPointF, event: Any) -> None:
        self.item.set_preview_width(None)
        if self.started and self.span != self.item.card.span:
            self.view.run(ResizeSpanCommand(self.view.doc, self.card_id, self.span))

    def cancel(self) -> None:
        self.item.set_preview_width(None)


class EmotionDragMode(_DragMode):
    """Drag a face of the emotion curve up or down to change the score."""

    cursor = Qt.CursorShape.SizeVerCursor

    def __init__(self, view: MapView, start: QPointF, card_id: str) -> None:
        super().__init__(view, start)
        self.card_id = card_id
        self.item = self.scene.points[card_id]
        self.score = self.item.point.score

    def move(self, pos: QPointF, event: Any) -> None:
        if not self._past_threshold(pos):
            return
        self.score = self.item.score_at(pos.y())
        self.item.set_preview(self.score)

    def release(self, pos: QPointF, event: Any) -> None:
        self.item.set_preview(None)
        if self.started and self.score != self.item.point.score:
            self.view.run(SetEmotionScoreCommand(self.view.doc, self.card_id, self.score))

    def cancel(self) -> None:
        self.item.set_preview(None)


class HeaderDragMode(_DragMode):
    """Drag a stage header sideways or a lane header up/down to reorder."""

    def __init__(self, view: MapView, start: QPointF, item: Any) -> None:
        super().__init__(view, start)
        self.item = item
        self.clicked_id = item.object_id  # selected alone if the press ends as a click
        self.is_stage = item.object_kind == "stage"
        self.cursor = Qt.CursorShape.SizeHorCursor if self.is_stage else \
            Qt.CursorShape.SizeVerCursor
        self.index: int | None = None

    def move(self, pos: QPointF, event: Any) -> None:
        if not self._past_threshold(pos):
            return
        d = pos - self.start
        geom = self.scene.geometry
        if self.is_stage:
            self.item.setPos(d.x(), 0)
            self.index = self.scene.column_at(pos.x())
            col = geom.columns[self.index]
            rect = self.scene.sceneRect()
            self.scene.show_drop_indicator(QRectF(col.x, col.header.y, col.width,
                                                  rect.bottom() - col.header.y), True)
        else:
            self.item.setPos(0, d.y())
            self.index = self.scene.lane_at(pos.y(), clamp=True)
            if self.index is not None:
                lane = geom.lanes[self.index]
                self.scene.show_drop_indicator(QRectF(0, lane.y, geom.width, lane.height), True)
        self.item.setZValue(40)

    def release(self, pos: QPointF, event: Any) -> None:
        self.cancel()
        if not self.started or self.index is None:
            return
        doc = self.view.doc
        geom = self.scene.geometry
        if self.is_stage:
            target = geom.columns[self.index].stage_id
            if target != self.item.object_id:
                self.view.run(MoveStageCommand(doc, self.item.object_id,
                                               doc.stage_index(target)))
        else:
            target = geom.lanes[self.index].lane_id
            if target != self.item.object_id:
                self.view.run(MoveLaneCommand(doc, self.item.object_id, doc.lane_index(target)))

    def cancel(self) -> None:
        self.scene.hide_drop_indicator()
        self.item.setPos(0, 0)
        self.item.setZValue(5)
