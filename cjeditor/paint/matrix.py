"""The impact × effort page (`--pages matrix`): four named quadrants holding the
opportunities and ideas scored on both, the unscored ones listed aside. No Qt.

Painted on any Pen in page points (origin top-left), on a page `width` × `height`.
Within a quadrant the cards are boxes in reading order, most impact first; each box
says its scores, so a workshop can read, argue and vote. When a quadrant is full the
type shrinks, then the rest is counted ("… and 4 more").
"""

from __future__ import annotations

from dataclasses import dataclass

from cjeditor.check.matrix import HIGH, QUADRANT_ORDER, Matrix, MatrixCard, matrix_of
from cjeditor.check.words import QUADRANTS, say, tip, untitled, word
from cjeditor.layout.metrics import TextMetrics
from cjeditor.model import JourneyMap, vocabulary
from cjeditor.paint import style as S
from cjeditor.paint.pen import Pen, line, polygon
from cjeditor.paint.sheet import Sheet

__all__ = ["paint_matrix"]

GAP = 8.0  # between quadrants
PAD = 7.0  # inside a quadrant
BOX_GAP = 5.0
MIN_BOX_W = 110.0  # narrower boxes go one a row
SIZES = (8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5)
LIST_PT = 8.0  # the title of a card listed aside (`aside`)
LANE_OF = {"opportunity": "opportunities", "idea": "ideas"}


@dataclass
class _Box:
    entry: MatrixCard
    title: list[str]
    info: str
    h: float


def _card_colors(kind: str) -> tuple[str, str]:
    base = S.lane_base(LANE_OF.get(kind, "notes"))
    return S.mix(base, S.WHITE, S.CARD_LIGHTEN), S.mix(base, S.INK, S.CARD_STROKE_DARKEN)


class _MatrixPage:
    def __init__(self, pen: Pen, metrics: TextMetrics, doc: JourneyMap, width: float,
                 height: float) -> None:
        self.sheet = Sheet(pen, metrics, width, height)
        self.pen, self.m, self.doc = pen, metrics, doc
        self.lang = doc.meta.language
        self.title_sizes: list[float] = []  # the type sizes card titles were set in

    def name(self, category: str, value: str) -> str:
        return vocabulary.name(category, value, self.lang)

    def scores(self, e: MatrixCard) -> str:
        parts = []
        if e.impact is not None:
            parts.append(f"{self.name('field', 'impact')} {e.impact}")
        if e.effort is not None:
            parts.append(f"{self.name('field', 'effort')} {e.effort}")
        return " · ".join(parts)

    # -- quadrants -------------------------------------------------------------
    def boxes(self, cards: list[MatrixCard], w: float, size: float) -> list[_Box]:
        sh = self.sheet
        out = []
        for e in cards:
            title = sh.lines(untitled(e.card.title, self.lang), w - 8, size, True, 3)
            info = " · ".join(p for p in (self.scores(e), e.stage_name) if p)
            h = 4 + sh.text_height(title, size) + sh.line_height(size * 0.85) + 3
            out.append(_Box(e, title, sh.fit(info, w - 8, size * 0.85), h))
        return out

    def flow(self, boxes: list[_Box], cols: int, avail: float) -> tuple[list[float], int]:
        """Row tops for the boxes placed `cols` a row, and how many fit in `avail`."""
        tops, y, fitted = [], 0.0, 0
        for start in range(0, len(boxes), cols):
            row = boxes[start:start + cols]
            h = max(b.h for b in row)
            if y + h > avail:
                break
            tops.append(y)
            fitted += len(row)
            y += h + BOX_GAP
        return tops, fitted

    def quadrant(self, key: str, cards: list[MatrixCard], x: float, y: float, w: float,
                 h: float) -> None:
        pen, sh = self.pen, self.sheet
        pen.rect(x, y, w, h, fill=S.QUADRANT[key], radius=4)
        title_color = S.QUADRANT_TITLE[key]
        top = sh.write(x + PAD, y + PAD - 2, [sh.fit(f"{word(QUADRANTS, key, self.lang)}  "
                                                     f"({len(cards)})", w - 2 * PAD, 12, True)],
                       12, True, title_color)
        top = sh.write(x + PAD, top, [sh.fit(tip(QUADRANTS, key, self.lang), w - 2 * PAD, 7.5)],
                       7.5, False, S.MUTED) + 5
        avail = y + h - PAD - top
        if not cards:
            sh.write(x + PAD, top, [say("matrix_empty", self.lang)], 8, False, S.MUTED)
            return
        more_h = sh.line_height(7.5)
        # the largest type that fits every card, in one column or two; failing that, the
        # arrangement that shows the most cards (leaving room for the count of the rest)
        best: tuple[int, float, int, float, list[_Box], list[float]] | None = None
        for size in SIZES:
            for cols in (1, 2):
                bw = (w - 2 * PAD - (cols - 1) * BOX_GAP) / cols
                if cols > 1 and bw < MIN_BOX_W:
                    continue
                boxes = self.boxes(cards, bw, size)
                tops, fitted = self.flow(boxes, cols, avail)
                if fitted < len(boxes):
                    tops, fitted = self.flow(boxes, cols, avail - more_h)
                if best is None or fitted > best[0]:
                    best = (fitted, size, cols, bw, boxes, tops)
                if fitted == len(boxes):
                    break
            if best is not None and best[0] == len(cards):
                break
        assert best is not None
        fitted, size, cols, bw, boxes, tops = best
        if fitted:
            self.title_sizes.append(size)
        for i, box in enumerate(boxes[:fitted]):
            bx = x + PAD + (i % cols) * (bw + BOX_GAP)
            self.box(box, bx, top + tops[i // cols], bw, size)
        if fitted < len(boxes):
            sh.write(x + PAD, y + h - PAD - more_h,
                     [say("matrix_more", self.lang, n=len(boxes) - fitted)], 7.5, True,
                     S.MUTED)

    def box(self, box: _Box, x: float, y: float, w: float, size: float) -> None:
        fill, stroke = _card_colors(box.entry.card.kind)
        assumed = box.entry.card.evidence == "assumed"
        self.pen.rect(x, y, w, box.h, fill=fill, stroke=stroke,
                      width=S.ASSUMED_STROKE if assumed else S.CARD_STROKE,
                      radius=S.CARD_RADIUS, dash=S.ASSUMED_DASH if assumed else None)
        bottom = self.sheet.write(x + 4, y + 2, box.title, size, True)
        self.sheet.write(x + 4, bottom, [box.info], size * 0.85, False, S.MUTED)

    # -- axes ------------------------------------------------------------------
    def axes(self, x0: float, y0: float, x1: float, y1: float, label_w: float) -> None:
        pen, sh, lang = self.pen, self.sheet, self.lang
        mid_y, mid_x = (y0 + y1) / 2, (x0 + x1) / 2
        impact, effort = self.name("field", "impact"), self.name("field", "effort")
        high = f"{say('high', lang)} ({HIGH}–5)"
        low = f"{say('low', lang)} (1–{HIGH - 1})"
        ax = x0 - 8
        pen.path(line(ax, y1, ax, y0 + 2), stroke=S.MUTED, width=1.2)
        pen.path(polygon([(ax, y0 - 4), (ax - 3.5, y0 + 4), (ax + 3.5, y0 + 4)]), fill=S.MUTED)
        for text_y, level in (((y0 + mid_y) / 2, high), ((mid_y + y1) / 2, low)):
            lines = [sh.fit(impact, label_w, 9.5, True), sh.fit(level, label_w, 8.5)]
            sh.write(ax - 6 - label_w, text_y - sh.line_height(9), lines[:1], 9.5, True,
                     S.INK, "right", label_w)
            sh.write(ax - 6 - label_w, text_y, lines[1:], 8.5, False, S.MUTED, "right",
                     label_w)
        ay = y1 + 8
        pen.path(line(x0, ay, x1 - 2, ay), stroke=S.MUTED, width=1.2)
        pen.path(polygon([(x1 + 4, ay), (x1 - 4, ay - 3.5), (x1 - 4, ay + 3.5)]), fill=S.MUTED)
        for left, level in ((x0, low), (mid_x, high)):
            text = f"{effort} {level}"
            sh.write(left, ay + 4, [sh.fit(text, mid_x - x0, 9.5, True)], 9.5, True, S.INK,
                     "center", mid_x - x0)

    # -- unscored --------------------------------------------------------------
    def aside(self, cards: list[MatrixCard], x: float, y: float, w: float, h: float,
              note: str = "matrix_unscored_none") -> None:
        pen, sh, lang = self.pen, self.sheet, self.lang
        pen.rect(x, y, w, h, fill=S.LEGEND_BG, radius=4)
        top = sh.write(x + PAD, y + PAD - 2,
                       [sh.fit(f"{say('matrix_unscored', lang)} ({len(cards)})", w - 2 * PAD,
                               12, True)], 12, True)
        top += 4
        bottom = y + h - PAD - 2 * sh.line_height(8) - 6  # the colour key below
        if not cards:
            sh.paragraph(x + PAD, top, w - 2 * PAD, say(note, lang), 8,
                         False, S.MUTED)
        for i, e in enumerate(cards):
            title = sh.lines(untitled(e.card.title, lang), w - 2 * PAD - 12, LIST_PT, True, 2)
            info = sh.fit(" · ".join(p for p in (self.name("kind", e.card.kind),
                                                 self.scores(e), e.stage_name) if p),
                          w - 2 * PAD - 12, 7)
            need = sh.text_height(title, LIST_PT) + sh.line_height(7) + 4
            if top + need > bottom - sh.line_height(7.5) and i < len(cards) - 1 or \
                    top + need > bottom:
                sh.write(x + PAD, top, [say("matrix_more", lang, n=len(cards) - i)], 7.5,
                         True, S.MUTED)
                break
            fill, stroke = _card_colors(e.card.kind)
            pen.rect(x + PAD, top + 2, 8, 8, fill=fill, stroke=stroke, width=0.6, radius=1.5)
            after = sh.write(x + PAD + 12, top, title, LIST_PT, True)
            self.title_sizes.append(LIST_PT)
            top = sh.write(x + PAD + 12, after, [info], 7, False, S.MUTED) + 4
        ky = y + h - PAD - 2 * sh.line_height(8)
        for kind in ("opportunity", "idea"):
            fill, stroke = _card_colors(kind)
            pen.rect(x + PAD, ky + 2, 8, 8, fill=fill, stroke=stroke, width=0.6, radius=1.5)
            ky = sh.write(x + PAD + 12, ky, [self.name("kind", kind)], 8, False, S.MUTED)

    def paint(self, matrix: Matrix) -> None:
        sh, lang = self.sheet, self.lang
        top = sh.title(f"{say('matrix_title', lang)}: {self.doc.meta.title}",
                       self.doc.meta.product or "")
        m = sh.margin
        aside_w = max(150.0, sh.width * (0.24 if matrix.unscored else 0.16))
        label_w = 70.0
        x0 = m + label_w + 14
        x1 = sh.width - m - aside_w - 16
        y0, y1 = top + 4, sh.height - m - 20
        self.axes(x0, y0, x1, y1, label_w)
        qw, qh = (x1 - x0 - GAP) / 2, (y1 - y0 - GAP) / 2
        for i, key in enumerate(QUADRANT_ORDER):
            qx = x0 + (i % 2) * (qw + GAP)
            qy = y0 + (i // 2) * (qh + GAP)
            self.quadrant(key, matrix.quadrants[key], qx, qy, qw, qh)
        self.aside(matrix.unscored, sh.width - m - aside_w, y0, aside_w, y1 - y0,
                   matrix.unscored_note)


def paint_matrix(pen: Pen, doc: JourneyMap, metrics: TextMetrics, width: float,
                 height: float) -> float | None:
    """The impact × effort matrix of `doc` on a page `width` × `height` points; returns
    the smallest type size of the card titles it set (None: it set none)."""
    page = _MatrixPage(pen, metrics, doc, width, height)
    page.paint(matrix_of(doc))
    return min(page.title_sizes, default=None)
