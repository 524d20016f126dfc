"""Current against future on paper (`cjeditor compare`): both maps' emotion curves
in one chart, then what was added, removed or changed, stage by stage. No Qt.

`compare_painters(comparison, metrics, width, height)` gives one painter per page
(page points, origin top-left); the stage-by-stage list runs over as many pages as
it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjeditor.check.compare import Comparison, Curve, StageRow
from cjeditor.check.words import say, untitled
from cjeditor.layout.metrics import TextMetrics
from cjeditor.model import vocabulary
from cjeditor.paint import style as S
from cjeditor.paint.chart import Series, paint_chart, paint_legend
from cjeditor.paint.pages import PagePainter
from cjeditor.paint.pen import Pen
from cjeditor.paint.sheet import Block, NullPen, Sheet, flow

__all__ = ["compare_painters", "stage_change_lines"]

MARGIN = 30.0
CHART_H = 200.0
LEGEND_W = 200.0
SHORT = 40  # longer field values are named, not quoted
NAMED_COLUMN = 34.0  # narrower chart columns are labelled with numbers


def _value(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class _ComparePages:
    def __init__(self, cmp: Comparison, metrics: TextMetrics, width: float,
                 height: float) -> None:
        self.cmp, self.m = cmp, metrics
        self.width, self.height = width, height
        self.lang = cmp.current.meta.language
        # too many stages for their names under the chart: numbers there and in the list
        chart_w = width - 2 * MARGIN - 30 - LEGEND_W - 16
        self.numbered = chart_w / max(len(cmp.rows), 1) < NAMED_COLUMN
        self.card_titles = {c.id: untitled(c.title, self.lang)
                            for doc in (cmp.future, cmp.current) for c in doc.all_cards()}

    def state(self, state: str) -> str:
        return say(state, self.lang)

    # -- the header and the chart ---------------------------------------------------
    def header(self, sh: Sheet) -> float:
        lang, c, f = self.lang, self.cmp.current, self.cmp.future
        top = sh.title(say("compare_title", lang), f"{c.meta.title} → {f.meta.title}")
        w = sh.width - 2 * MARGIN
        for state, doc in (("current", c), ("future", f)):
            lines = sh.lines(f"{self.state(state)}: {doc.meta.title}", w, 10, True, 2)
            top = sh.write(MARGIN, top, lines, 10, True, S.COMPARE_STATE[state])
        return top + 8

    def curve_color(self, curve: Curve) -> str:
        return curve.color or S.COMPARE_STATE[curve.state]

    def curve_label(self, curve: Curve) -> str:
        parts = [self.state(curve.state), curve.lane_title]
        first = (curve.persona or "").split(" ")[0]
        if curve.persona and first.casefold() not in curve.lane_title.casefold():
            parts.append(curve.persona)
        return " · ".join(parts)

    def series(self) -> list[Series]:
        return [Series(self.curve_label(c), self.curve_color(c), c.scores,
                       dashed=c.state == "current") for c in self.cmp.curves]

    def chart(self, sh: Sheet, top: float) -> float:
        lang = self.lang
        sh.write(MARGIN, top, [say("compare_curves", lang)], 12, True)
        top += sh.line_height(12) + 4
        x0, x1 = MARGIN + 30, sh.width - MARGIN - LEGEND_W - 16
        y0, y1 = top + 6, top + CHART_H - 40
        columns, marks = [], {}
        for i, row in enumerate(self.cmp.rows):
            stage = row.future or row.current
            assert stage is not None
            columns.append(stage.name if not self.numbered else str(i + 1))
            if row.status != "same":
                marks[i] = S.COMPARE_CHANGE[row.status]
        paint_chart(sh, x0, y0, x1, y1, columns, self.series(), marks)
        self.legend(sh, sh.width - MARGIN - LEGEND_W, y0 - 6)
        return top + CHART_H

    def legend(self, sh: Sheet, x: float, top: float) -> None:
        pen, lang = sh.pen, self.lang
        if not self.cmp.curves:
            sh.paragraph(x, top, LEGEND_W, say("compare_no_emotions", lang), 8.5, False, S.MUTED)
        y = paint_legend(sh, x, top, LEGEND_W, self.series()) + 6
        for mark in ("added", "removed", "changed"):
            pen.circle(x + 11, y + sh.line_height(8) / 2, 3, fill=S.COMPARE_CHANGE[mark])
            y = sh.write(x + 28, y, [say("compare_" + mark, lang)], 8, False, S.MUTED)

    # -- stage by stage ---------------------------------------------------------------
    def card_name(self, card: Any) -> str:
        kind = vocabulary.name("kind", card.kind, self.lang)
        return f"{untitled(card.title, self.lang)} ({kind})"

    def titles(self, ids: Any) -> Any:
        """Card ids (an opportunity's `addresses`) as the cards' titles."""
        if not isinstance(ids, list):
            return ids
        return [f"“{self.card_titles.get(i, i)}”" for i in ids]

    def change_text(self, fields: list[tuple[str, Any, Any]]) -> str:
        parts = []
        for name, old, new in fields:
            label = vocabulary.name("field", name, self.lang)
            if name == "addresses":
                old, new = self.titles(old), self.titles(new)
            elif name in vocabulary.TABLES:  # a value of the format's lists: its name
                old, new = (vocabulary.name(name, v, self.lang) if isinstance(v, str) else v
                            for v in (old, new))
            a, b = _value(old), _value(new)
            parts.append(label if len(a) > SHORT or len(b) > SHORT else f"{label}: {a} → {b}")
        return "; ".join(parts)

    def row_lines(self, row: StageRow) -> list[tuple[str, str]]:
        """(mark, text) lines under a stage's name."""
        out = []
        if row.current is None:
            out.append(("added", say("compare_stage_added", self.lang)))
        elif row.future is None:
            out.append(("removed", say("compare_stage_removed", self.lang)))
        if row.stage_fields:
            out.append(("changed", self.change_text(row.stage_fields)))
        out.extend(("added", "+ " + self.card_name(c)) for c in row.added)
        out.extend(("removed", "− " + self.card_name(c)) for c in row.removed)
        out.extend(("changed", f"~ {self.card_name(ch.after)}: {self.change_text(ch.fields)}")
                   for ch in row.changed)
        return out

    def blocks(self, col_w: float) -> list[Block]:
        measure = Sheet(NullPen(), self.m, 0, 0)
        blocks = []
        for n, row in enumerate(self.cmp.rows, 1):
            name = f"{n}. {row.name}" if self.numbered else row.name
            head = measure.lines(name, col_w - 80, 10, True, 2)
            lines = [(mark, measure.lines(text, col_w - 12, 8.5, False, 4))
                     for mark, text in self.row_lines(row)]
            h = measure.text_height(head, 10) + 4 + sum(
                measure.text_height(ls, 8.5) + 1 for _m, ls in lines) + 8
            blocks.append(Block(h, self.row_block(row, head, lines, col_w)))
        return blocks

    def row_block(self, row: StageRow, head: list[str], lines: list[tuple[str, list[str]]],
                  col_w: float) -> Callable[[Sheet, float, float], None]:
        lang = self.lang

        def draw(sh: Sheet, x: float, top: float) -> None:
            status = row.status
            label = say("compare_same" if status == "same" else "compare_" + status, lang)
            pw = max(60.0, sh.m.width(label, 8, True) + 12)
            color = S.COMPARE_CHANGE.get(status, S.GRID)
            sh.pen.rect(x + col_w - pw, top + 1, pw, 13, fill=color, radius=6.5)
            sh.write(x + col_w - pw, top + 2, [label], 8, True, S.on_color(color), "center", pw)
            y = sh.write(x, top, head, 10, True) + 4
            for mark, ls in lines:
                sh.pen.rect(x + 2, y + 2, 3, sh.text_height(ls, 8.5) - 3,
                            fill=S.COMPARE_CHANGE[mark])
                y = sh.write(x + 12, y, ls, 8.5) + 1
        return draw

    def painters(self) -> list[PagePainter]:
        measure = Sheet(NullPen(), self.m, self.width, self.height)
        first_top = self.chart(measure, self.header(measure)) + 8
        gutter = 24.0
        cols = 2 if self.width > self.height * 1.1 else 1
        col_w = (self.width - 2 * MARGIN - (cols - 1) * gutter) / cols
        title_h = measure.line_height(12) + 4
        pages = flow(self.blocks(col_w), first_top + title_h, Sheet.content_top(True) + 4,
                     self.height - MARGIN, cols)

        def painter(n: int, placed: list[tuple[int, float, Block]]) -> PagePainter:
            def paint(pen: Pen) -> None:
                sh = Sheet(pen, self.m, self.width, self.height)
                if n == 0:
                    top = self.chart(sh, self.header(sh)) + 8
                    sh.write(MARGIN, top, [say("compare_stages", self.lang)], 12, True)
                else:
                    sh.title(f"{say('compare_stages', self.lang)} {say('continued', self.lang)}",
                             f"{self.cmp.current.meta.title} → {self.cmp.future.meta.title}")
                for c, top, block in placed:
                    block.draw(sh, MARGIN + c * (col_w + gutter), top)
            return paint
        return [painter(n, placed) for n, placed in enumerate(pages)]


def compare_painters(cmp: Comparison, metrics: TextMetrics, width: float,
                     height: float) -> list[PagePainter]:
    """The pages of a comparison on paper `width` × `height` points."""
    return _ComparePages(cmp, metrics, width, height).painters()


def stage_change_lines(cmp: Comparison, metrics: TextMetrics) -> list[list[tuple[str, str]]]:
    """Per row of the comparison, its (mark, text) lines as the paper lists them under the
    stage's name (the canvas shows them in a stage mark's tooltip)."""
    pages = _ComparePages(cmp, metrics, 1.0, 1.0)
    return [pages.row_lines(row) for row in cmp.rows]
