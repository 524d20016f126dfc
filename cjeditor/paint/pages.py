"""The pages a PDF can hold besides the poster (`--pages`): the impact × effort
matrix, one profile per persona, and the health check. No Qt.

`page_painters(doc, name, metrics, width, height)` gives one painter per page (the
personas give one each, a long check runs over as many pages as it needs); a painter
draws on any Pen in page points, origin top-left.
"""

from __future__ import annotations

from collections.abc import Callable

from cjeditor.check import CheckReport, run_check
from cjeditor.check.report import cac_lines, evidence_line, no_emotion_line
from cjeditor.check.words import KEYS, STATUS, say, tip, word
from cjeditor.layout.labels import Labels
from cjeditor.layout.metrics import TextMetrics
from cjeditor.model import EmotionCard, JourneyMap, Persona, vocabulary
from cjeditor.model.assets import ImageHeaderError, image_size
from cjeditor.paint import style as S
from cjeditor.paint.chart import Series, paint_chart
from cjeditor.paint.matrix import paint_matrix
from cjeditor.paint.pen import Pen
from cjeditor.paint.persona_text import initials, quoted
from cjeditor.paint.sheet import Block, NullPen, Sheet, flow

__all__ = ["EXTRA_PAGES", "PagePainter", "page_painters"]

# paints one page; returns the smallest type size of the card titles it set, if any
PagePainter = Callable[[Pen], float | None]
CURVE_CHART_H = 170.0  # the persona's emotional curve, its title and stage names
Draw = Callable[[Sheet, float, float], None]  # (sheet, x, top)
EXTRA_PAGES = ("matrix", "personas", "check")


def page_painters(doc: JourneyMap, name: str, metrics: TextMetrics, width: float,
                  height: float) -> list[PagePainter]:
    """The painters of the page(s) called `name` (one of EXTRA_PAGES)."""
    if name == "matrix":
        return [lambda pen: paint_matrix(pen, doc, metrics, width, height)]
    if name == "personas":
        if not doc.personas:
            return [lambda pen: _no_personas(pen, doc, metrics, width, height)]
        return [_persona_painter(doc, p, metrics, width, height) for p in doc.personas]
    if name == "check":
        return _check_pages(doc, metrics, width, height)
    raise ValueError(f'unknown page "{name}"; use one of: poster, {", ".join(EXTRA_PAGES)}')


# -- personas -----------------------------------------------------------------------
def _no_personas(pen: Pen, doc: JourneyMap, metrics: TextMetrics, width: float,
                 height: float) -> None:
    sheet = Sheet(pen, metrics, width, height)
    lang = doc.meta.language
    top = sheet.title(say("personas_title", lang), doc.meta.title)
    sheet.paragraph(sheet.margin, top, width - 2 * sheet.margin, say("no_personas", lang), 12,
                    False, S.MUTED)


def _persona_painter(doc: JourneyMap, persona: Persona, metrics: TextMetrics, width: float,
                     height: float) -> PagePainter:
    return lambda pen: _persona(pen, doc, persona, metrics, width, height)


def _picture(doc: JourneyMap, persona: Persona) -> tuple[bytes, str, float] | None:
    """The persona's picture: (bytes, media type, height / width), or None."""
    asset = next((a for a in doc.assets if a.id == persona.image), None)
    if asset is None:
        return None
    data = asset.decoded()
    try:
        w, h = image_size(asset.media_type, data)
    except ImageHeaderError:
        return None
    return data, asset.media_type, (h / w if w else 1.0)


def _persona(pen: Pen, doc: JourneyMap, persona: Persona, metrics: TextMetrics, width: float,
             height: float) -> None:
    sh = Sheet(pen, metrics, width, height)
    lang = doc.meta.language
    color = persona.color or S.PERSONA_DEFAULT
    top = sh.title(persona.name, f"{say('personas_title', lang)} · {doc.meta.title}")
    m = sh.margin
    bottom = height - m
    left_w = min(230.0, width * 0.3)
    # left: the picture (or the initials), the role and the description
    pic = _picture(doc, persona)
    side = left_w
    if pic is not None:
        data, media_type, ratio = pic
        w = side if ratio <= 1 else side / ratio
        h = w * ratio
        pen.image(m + (side - w) / 2, top, w, h, data, media_type)
        pen.rect(m + (side - w) / 2, top, w, h, stroke=S.IMAGE_FRAME, width=0.6)
        y = top + h + 10
    else:
        r = side * 0.32
        pen.circle(m + side / 2, top + r + 4, r, fill=color)
        label = initials(persona.name)
        size = r * 0.8
        tw = metrics.width(label, size, True)
        pen.text(m + side / 2 - tw / 2, top + r + 4 + size * 0.36, label, size, True,
                 S.on_color(color))
        y = top + 2 * r + 18
    name = vocabulary.name
    if persona.role:
        y = sh.write(m, y, [name("field", "role", lang)], 8, True, S.MUTED)
        y = sh.paragraph(m, y, left_w, persona.role, 11, True, max_lines=4) + 8
    if persona.description:
        avail = int(max(1, (bottom - y) // sh.line_height(9)))
        sh.paragraph(m, y, left_w, persona.description, 9, False, S.INK, avail)
    # right: goals, frustrations, the quote; the persona's emotional curve at the bottom
    x = m + left_w + 28
    w = width - m - x
    pen.rect(x - 14, top, 3, bottom - top, fill=color)
    curves = _persona_curves(doc, persona, color)
    if curves:
        bottom -= CURVE_CHART_H
        _curve_chart(sh, doc, curves, x, bottom + 14, w, lang)
    y = top
    for field, items in (("goals", persona.goals), ("frustrations", persona.frustrations)):
        y = sh.write(x, y, [name("field", field, lang)], 13, True, color) + 3
        for item in items:
            if y + sh.line_height(10) > bottom - 60:
                y = sh.write(x, y, ["…"], 10)
                break
            pen.circle(x + 3, y + sh.line_height(10) / 2, 2.2, fill=color)
            y = sh.paragraph(x + 12, y, w - 12, item, 10, max_lines=3) + 2
        if not items:
            y = sh.write(x, y, ["—"], 10, False, S.MUTED)
        y += 12
    if persona.quote:
        quote = quoted(persona.quote)
        room = max(1, int((bottom - y) // sh.line_height(14)))
        lines = sh.lines(quote, w - 16, 14, False, room)
        pen.rect(x, y, 4, sh.text_height(lines, 14), fill=S.mix(color, S.WHITE, 0.4))
        sh.write(x + 14, y, lines, 14, False, S.MUTED)


def _persona_curves(doc: JourneyMap, persona: Persona, color: str) -> list[Series]:
    """The persona's emotion lanes as chart series (stage index -> score)."""
    index = {stage.id: i for i, stage in enumerate(doc.stages)}
    return [Series(lane.title, color, {index[c.stage]: c.score for c in lane.cards
                                       if isinstance(c, EmotionCard) and c.stage in index})
            for lane in doc.lanes if lane.type == "emotions" and lane.persona == persona.id]


def _curve_chart(sh: Sheet, doc: JourneyMap, curves: list[Series], x: float, top: float,
                 w: float, lang: str) -> None:
    title = vocabulary.name("lane_type", "emotions", lang)
    if len(curves) == 1:
        title = curves[0].label
    y = sh.write(x, top, [sh.fit(title, w, 12, True)], 12, True)
    plot_top = y + 10
    paint_chart(sh, x + 30, plot_top, x + w - 6, plot_top + CURVE_CHART_H - 84,
                [stage.name for stage in doc.stages], curves)


# -- the health check -------------------------------------------------------------
class _CheckLayout:
    def __init__(self, report: CheckReport, metrics: TextMetrics, column_w: float,
                 number: Callable[[float], str]) -> None:
        self.r, self.m, self.w = report, metrics, column_w
        self.lang = report.language
        self.number = number

    def _measure(self) -> Sheet:
        return Sheet(NullPen(), self.m, 0, 0)

    def key_blocks(self) -> list[Block]:
        sh, lang, w = self._measure(), self.lang, self.w
        blocks = []
        for k in self.r.keys:
            head = sh.lines(f"{k.key}. {word(KEYS, k.key, lang)}", w - 70, 11, True)
            sub = sh.lines(tip(KEYS, k.key, lang), w - 70, 7.5)
            h = sh.text_height(head, 11) + sh.text_height(sub, 7.5) + 6
            blocks.append(Block(h, self._key_head(k.key, k.status, head, sub)))
            for f in k.findings:
                path = [sh.fit(f.path, w - 14, 7)]
                msg = sh.lines(f.message, w - 14, 8.5)
                fh = sh.text_height(path, 7) + sh.text_height(msg, 8.5) + 4
                blocks.append(Block(fh, self._finding(path, msg, k.status)))
            blocks[-1].height += 6
        return blocks

    def _key_head(self, key: int, status: str, head: list[str],
                  sub: list[str]) -> Draw:
        lang, w = self.lang, self.w

        def draw(sh: Sheet, x: float, top: float) -> None:
            color = S.CHECK_STATUS[status]
            label = word(STATUS, status, lang)
            pw = max(54.0, sh.m.width(label, 8.5, True) + 14)
            sh.pen.rect(x + w - pw, top + 1, pw, 14, fill=color, radius=7)
            sh.write(x + w - pw, top + 2.5, [label], 8.5, True, S.WHITE, "center", pw)
            y = sh.write(x, top, head, 11, True)
            sh.write(x, y, sub, 7.5, False, S.MUTED)
        return draw

    def _finding(self, path: list[str], msg: list[str], status: str) -> Draw:
        def draw(sh: Sheet, x: float, top: float) -> None:
            sh.pen.rect(x + 2, top + 3, 3, sh.text_height(path, 7) + sh.text_height(msg, 8.5) - 2,
                        fill=S.mix(S.CHECK_STATUS[status], S.WHITE, 0.35))
            y = sh.write(x + 12, top, path, 7, False, S.MUTED)
            sh.write(x + 12, y, msg, 8.5)
        return draw

    def summary_blocks(self) -> list[Block]:
        sh, w, r = self._measure(), self.w, self.r
        blocks = []
        ev_text = sh.lines(evidence_line(r, self.number), w, 8.5)
        blocks.append(Block(sh.line_height(11) + 12 + sh.text_height(ev_text, 8.5) + 10,
                             self._evidence(ev_text)))
        for text in (no_emotion_line(r), *cac_lines(r, self.number)):
            lines = sh.lines(text, w, 9.5, False)
            blocks.append(Block(sh.text_height(lines, 9.5) + 8, self._plain(lines)))
        return blocks

    def _evidence(self, text: list[str]) -> Draw:
        e, lang, w = self.r.evidence, self.lang, self.w

        def draw(sh: Sheet, x: float, top: float) -> None:
            y = sh.write(x, top, [say("evidence", lang)], 11, True)
            total = e.total or 1
            bx = x
            for key, count in (("observed", e.observed), ("assumed", e.assumed),
                               ("unstated", e.unstated)):
                part = w * count / total
                if part > 0:
                    sh.pen.rect(bx, y + 2, part, 8, fill=S.EVIDENCE_BAR[key])
                bx += part
            if not e.total:
                sh.pen.rect(x, y + 2, w, 8, fill=S.EVIDENCE_BAR["unstated"])
            sh.write(x, y + 12, text, 8.5)
        return draw

    def _plain(self, lines: list[str]) -> Draw:
        def draw(sh: Sheet, x: float, top: float) -> None:
            sh.write(x, top, lines, 9.5)
        return draw


def _check_pages(doc: JourneyMap, metrics: TextMetrics, width: float,
                 height: float) -> list[PagePainter]:
    report = run_check(doc)
    lang = doc.meta.language
    m, gutter = 30.0, 24.0
    cols = 2 if width > height * 1.1 else 1
    col_w = (width - 2 * m - (cols - 1) * gutter) / cols
    layout = _CheckLayout(report, metrics, col_w, Labels(lang).number)
    blocks = layout.key_blocks() + layout.summary_blocks()
    ok = sum(1 for k in report.keys if k.status == "ok")
    subtitle = f"{doc.meta.title} · {ok}/8 {word(STATUS, 'ok', lang)}"
    body_top = Sheet.content_top(True) + 4  # under the title band with its subtitle
    pages = flow(blocks, body_top, body_top, height - m, cols)

    def painter(n: int, placed: list[tuple[int, float, Block]]) -> PagePainter:
        def paint(pen: Pen) -> None:
            sh = Sheet(pen, metrics, width, height)
            title = say("check_title", lang) + ("" if n == 0 else " " + say("continued", lang))
            sh.title(title, subtitle)
            for c, top, block in placed:
                block.draw(sh, m + c * (col_w + gutter), top)
        return paint
    return [painter(n, placed) for n, placed in enumerate(pages)]
