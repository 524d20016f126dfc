"""Prioritise dock: the impact × effort matrix of the open map, where dragging a card
sets its impact and effort (one undoable command, commands/scores.py).

The matrix is the one of cjeditor.check.matrix (same quadrants, same words, same
colours as the `--pages matrix` page): a 5 × 5 grid of scores, impact 5 at the top,
effort 1 on the left, split in the four named quadrants. Opportunities and ideas
without both scores are listed aside; dragging one into a cell scores it, dragging a
scored card aside clears its scores. Everything is painted through QtPen with the
paint style; the drop target (drag feedback) is an overlay item on top.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from cjeditor.app import plaintext
from cjeditor.app.docks.sizing import open_tall
from cjeditor.canvas.overlay import draw_selection
from cjeditor.canvas.qtpen import QtPen
from cjeditor.check.matrix import HIGH, QUADRANT_ORDER, MatrixCard, matrix_of
from cjeditor.check.words import QUADRANTS, say, tip, untitled, word
from cjeditor.commands import push
from cjeditor.commands.scores import SetImpactEffortCommand
from cjeditor.document import MapDocument
from cjeditor.layout.metrics import default_metrics
from cjeditor.model import vocabulary
from cjeditor.paint import style as S
from cjeditor.paint.matrix import _card_colors
from cjeditor.paint.sheet import Sheet

SCORES = (1, 2, 3, 4, 5)
LEFT, TOP = 64.0, 8.0  # room for the impact axis
COL_W = 132.0
BAND = 34.0  # a quadrant's title and tip above its rows
GAP = 8.0  # between the quadrants
CHIP_H, CHIP_GAP = 30.0, 4.0
MIN_ROW = 42.0
ASIDE_W = 180.0
TITLE, INFO = 8.0, 7.0  # type sizes of a card: title, stage
MIN_ZOOM, MAX_ZOOM = 0.6, 1.4
READABLE = 0.85  # the zoom below which a chip's title is too small to read


@dataclass(frozen=True)
class Cell:
    """Where a drop lands: scores, or None, None for the unscored list."""

    impact: int | None
    effort: int | None


class Plan:
    """Where everything of the matrix goes, in scene points."""

    def __init__(self, cards: list[MatrixCard], unscored: list[MatrixCard]) -> None:
        count = {(i, e): 0 for i in SCORES for e in SCORES}
        for entry in cards:
            count[(entry.impact, entry.effort)] += 1
        self.col_x = {e: LEFT + (e - 1) * COL_W + (GAP if e >= HIGH else 0.0)
                      for e in SCORES}
        self.row_y: dict[int, float] = {}
        self.row_h: dict[int, float] = {}
        y = TOP
        for impact in reversed(SCORES):
            if impact in (5, HIGH - 1):  # a quadrant band starts above this row
                y += BAND + (GAP if impact < 5 else 0.0)
            fullest = max(count[(impact, e)] for e in SCORES)
            self.row_y[impact] = y
            self.row_h[impact] = max(MIN_ROW, fullest * (CHIP_H + CHIP_GAP) + CHIP_GAP)
            y += self.row_h[impact]
        self.bottom = y
        self.right = self.col_x[5] + COL_W
        self.aside = QRectF(self.right + 20, TOP, ASIDE_W,
                            max(self.bottom - TOP,
                                BAND + len(unscored) * (CHIP_H + CHIP_GAP) + CHIP_GAP))

    def cell_rect(self, impact: int, effort: int) -> QRectF:
        return QRectF(self.col_x[effort], self.row_y[impact], COL_W, self.row_h[impact])

    def quadrant_rect(self, key: str) -> QRectF:
        high = key in ("quick_wins", "big_bets")
        costly = key in ("big_bets", "money_pits")
        rows = [i for i in SCORES if (i >= HIGH) == high]
        cols = [e for e in SCORES if (e >= HIGH) == costly]
        top = self.row_y[max(rows)] - BAND
        bottom = self.row_y[min(rows)] + self.row_h[min(rows)]
        return QRectF(self.col_x[min(cols)], top, len(cols) * COL_W, bottom - top)

    def cell_at(self, point: QPointF) -> Cell | None:
        if self.aside.contains(point):
            return Cell(None, None)
        for impact in SCORES:
            for effort in SCORES:
                if self.cell_rect(impact, effort).contains(point):
                    return Cell(impact, effort)
        return None


class MatrixBackground(QGraphicsItem):
    """Quadrants, grid, axes and the aside panel, painted with QtPen."""

    def __init__(self, plan: Plan, lang: str, unscored: int,
                 note: str = "matrix_unscored_none") -> None:
        super().__init__()
        self.plan, self.lang, self.unscored, self.note = plan, lang, unscored, note
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        p = self.plan
        return QRectF(0, 0, p.aside.right() + 8, max(p.bottom, p.aside.bottom()) + 44)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen, plan, lang = QtPen(painter), self.plan, self.lang
        rect = self.boundingRect()
        sheet = Sheet(pen, default_metrics(), rect.width(), rect.height())
        for key in QUADRANT_ORDER:
            q = plan.quadrant_rect(key)
            pen.rect(q.x(), q.y(), q.width(), q.height(), fill=S.QUADRANT[key], radius=4)
            sheet.write(q.x() + 6, q.y() + 3, [sheet.fit(word(QUADRANTS, key, lang),
                                                         q.width() - 12, 11, True)],
                        11, True, S.QUADRANT_TITLE[key])
            sheet.write(q.x() + 6, q.y() + 18, [sheet.fit(tip(QUADRANTS, key, lang),
                                                          q.width() - 12, 7)], 7, False,
                        S.MUTED)
        for impact in SCORES:
            for effort in SCORES:
                c = plan.cell_rect(impact, effort)
                pen.rect(c.x() + 1, c.y(), c.width() - 2, c.height() - 1, stroke=S.GRID,
                         width=0.5, radius=2)
        name = vocabulary.name
        impact_w, effort_w = name("field", "impact", lang), name("field", "effort", lang)
        sheet.write(4, TOP, [sheet.fit(impact_w, LEFT - 8, 9, True)], 9, True)
        for impact in SCORES:
            y = plan.row_y[impact] + plan.row_h[impact] / 2 - 6
            sheet.write(4, y, [str(impact)], 10, True, S.MUTED, "right", LEFT - 12)
        for effort in SCORES:
            sheet.write(plan.col_x[effort], plan.bottom + 4, [str(effort)], 10, True,
                        S.MUTED, "center", COL_W)
        sheet.write(LEFT, plan.bottom + 20,
                    [f"{effort_w} → ({say('low', lang)} 1–{HIGH - 1}, "
                     f"{say('high', lang)} {HIGH}–5)"], 9, True)
        a = plan.aside
        pen.rect(a.x(), a.y(), a.width(), a.height(), fill=S.LEGEND_BG, radius=4)
        sheet.write(a.x() + 6, a.y() + 3,
                    [sheet.fit(f"{say('matrix_unscored', lang)} ({self.unscored})",
                               a.width() - 12, 11, True)], 11, True)
        if not self.unscored:
            sheet.paragraph(a.x() + 6, a.y() + 20, a.width() - 12,
                            say(self.note, lang), 7, False, S.MUTED)


class CardChip(QGraphicsItem):
    """One opportunity or idea: its title and where it is (stage, scores)."""

    def __init__(self, entry: MatrixCard, width: float, lang: str) -> None:
        super().__init__()
        self.entry, self.width, self.lang = entry, width, lang
        self.card_id: str = entry.card.id
        self.chosen = False
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        kind = vocabulary.name("kind", entry.card.kind, lang)
        # the title and stage name as typed: `<b>x</b> &amp;` is not markup here
        self.setToolTip(plaintext.tooltip(
            f"{kind}: {untitled(entry.card.title, lang)}\n{entry.stage_name}"))

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(0, 0, self.width, CHIP_H)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.paint_card(QtPen(painter))
        if self.chosen:  # selected on the canvas: the screen's selection outline on top
            draw_selection(painter, self.boundingRect().adjusted(-1.5, -1.5, 1.5, 1.5))

    def paint_card(self, pen: QtPen) -> None:
        sheet = Sheet(pen, default_metrics(), self.width, CHIP_H)
        card = self.entry.card
        fill, stroke = _card_colors(card.kind)
        assumed = card.evidence == "assumed"
        pen.rect(0, 0, self.width, CHIP_H, fill=fill, stroke=stroke,
                 width=S.ASSUMED_STROKE if assumed else S.CARD_STROKE, radius=S.CARD_RADIUS,
                 dash=S.ASSUMED_DASH if assumed else None)
        sheet.write(4, 2, [sheet.fit(untitled(card.title, self.lang), self.width - 8, TITLE,
                                     True)], TITLE, True)
        sheet.write(4, 15, [sheet.fit(self.entry.stage_name, self.width - 8, INFO)], INFO,
                    False, S.MUTED)


class MatrixView(QGraphicsView):
    """The matrix scene with the drag gesture: press a card, move, release on a cell."""

    show_object = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None,
                 build: bool = True) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.document = document
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QColor(S.WHITE))
        self.chips: dict[str, CardChip] = {}
        self.chosen: set[str] = set()  # ids selected on the canvas
        self.plan: Plan | None = None
        self._drag: tuple[CardChip, QPointF, QPointF] | None = None  # chip, grab, start
        self._moved = False
        self.target = QGraphicsRectItem()  # the drop target while dragging
        self.target.setZValue(5)
        target_pen = QPen(QColor(S.SELECT), 2)
        target_pen.setCosmetic(True)
        self.target.setPen(target_pen)
        self.target.setBrush(QColor(26, 115, 232, 40))
        if build:  # the dock builds it when first shown
            self.rebuild()

    def rebuild(self) -> None:
        scene = self.scene()
        self.target.setParentItem(None)
        if self.target.scene() is scene:
            scene.removeItem(self.target)
        scene.clear()
        self.chips.clear()
        self._drag = None
        doc = self.document.map
        lang = vocabulary.language(doc.meta.language)
        matrix = matrix_of(doc)
        order = {card.id: i for i, card in enumerate(doc.all_cards())}
        scored = sorted((e for key in QUADRANT_ORDER for e in matrix.quadrants[key]),
                        key=lambda e: order[e.card.id])  # map order within a cell
        self.plan = plan = Plan(scored, matrix.unscored)
        scene.addItem(MatrixBackground(plan, lang, len(matrix.unscored),
                                       matrix.unscored_note))
        filled: dict[tuple[int, int], int] = {}
        for entry in scored:
            assert entry.impact is not None and entry.effort is not None
            n = filled.get((entry.impact, entry.effort), 0)
            filled[(entry.impact, entry.effort)] = n + 1
            cell = plan.cell_rect(entry.impact, entry.effort)
            self._add(CardChip(entry, COL_W - 10, lang),
                      QPointF(cell.x() + 5, cell.y() + CHIP_GAP + n * (CHIP_H + CHIP_GAP)))
        for n, entry in enumerate(matrix.unscored):
            self._add(CardChip(entry, ASIDE_W - 12, lang),
                      QPointF(plan.aside.x() + 6,
                              plan.aside.y() + BAND - 8 + n * (CHIP_H + CHIP_GAP)))
        self.target.hide()
        scene.addItem(self.target)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-4, -4, 4, 4))
        self.fit()

    def fit(self) -> None:
        """Zoom so the whole matrix shows in the dock (within readable limits): a wide,
        short dock shows every row rather than the quadrants' titles only."""
        rect = self.scene().sceneRect()
        if rect.width() > 0 and rect.height() > 0:
            room = self.viewport().size()
            across, down = room.width() / rect.width(), room.height() / rect.height()
            scale = min(across, max(down, READABLE))  # shorter: scroll, not shrink on
            scale = min(max(scale, MIN_ZOOM), MAX_ZOOM)
            self.setTransform(QTransform.fromScale(scale, scale))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()

    def set_chosen(self, ids: list[str]) -> None:
        """Outline the cards selected on the canvas."""
        self.chosen = set(ids)
        for card_id, chip in self.chips.items():
            if chip.chosen != (card_id in self.chosen):
                chip.chosen = card_id in self.chosen
                chip.update()

    def _add(self, chip: CardChip, pos: QPointF) -> None:
        chip.chosen = chip.card_id in self.chosen
        chip.setPos(pos)
        self.scene().addItem(chip)
        self.chips[chip.card_id] = chip

    def chip_at(self, scene_pos: QPointF) -> CardChip | None:
        for item in self.scene().items(scene_pos):
            if isinstance(item, CardChip):
                return item
        return None

    # ----------------------------------------------------------------- gesture
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        pos = self.mapToScene(event.position().toPoint())
        chip = self.chip_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if chip is None:
            super().mousePressEvent(event)
            return
        self._drag = (chip, pos - chip.pos(), chip.pos())
        self._moved = False
        chip.setZValue(10)
        chip.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        chip, grab, start = self._drag
        pos = self.mapToScene(event.position().toPoint())
        chip.setPos(pos - grab)
        self._moved = self._moved or (chip.pos() - start).manhattanLength() > 3
        cell = self.plan.cell_at(pos) if self.plan is not None else None
        if cell is None:
            self.target.hide()
        else:
            rect = (self.plan.aside if cell.impact is None or cell.effort is None
                    else self.plan.cell_rect(cell.impact, cell.effort))
            self.target.setRect(rect)
            self.target.show()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        chip, _grab, start = self._drag
        self._drag = None
        self.target.hide()
        chip.setZValue(1)
        chip.setCursor(Qt.CursorShape.OpenHandCursor)
        event.accept()
        if not self._moved:
            chip.setPos(start)
            self.show_object.emit(chip.card_id)
            return
        pos = self.mapToScene(event.position().toPoint())
        cell = self.plan.cell_at(pos) if self.plan is not None else None
        if cell is None or not self.drop(chip.card_id, cell):
            chip.setPos(start)

    def drop(self, card_id: str, cell: Cell) -> bool:
        """Give the card the cell's scores (one undo step); False if nothing changed."""
        try:
            return push(self.document, SetImpactEffortCommand(self.document, card_id,
                                                              cell.impact, cell.effort))
        except ValueError as error:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(str(error), 6000)
            return False


class PrioritiseDock(QDockWidget):
    """The matrix, rebuilt a moment after the map changes (while shown)."""

    show_object = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prioritise"), parent)
        self.setObjectName("PrioritiseDock")
        self.document = document
        self.matrix = MatrixView(document, self, build=False)
        self.matrix.setToolTip(self.tr("Drag a card to a cell to set its impact and effort; "
                                       "drag it to the list to clear them"))
        self.matrix.setAccessibleName(self.tr("Impact × effort matrix"))
        self.matrix.show_object.connect(self.show_object)
        self.setWidget(self.matrix)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.matrix.rebuild)
        self._stale = True  # built when first shown, not while the map opens
        document.changed.connect(self.schedule)
        document.reset.connect(self.schedule)
        self.visibilityChanged.connect(lambda shown: shown and self._stale and self.schedule())
        open_tall(self, 0.4)  # the 5 × 5 grid needs rows, not an 86 px strip

    def schedule(self) -> None:
        self._stale = not self.isVisible()
        if not self._stale:
            self.timer.start()
