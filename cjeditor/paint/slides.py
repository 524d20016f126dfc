"""A journey told stage by stage (`export --story`): the slides of a 16:9 deck,
painted on any Pen. No Qt.

A title slide (the brief and the personas, the stages in a strip), then one
slide per stage: its phase and moment of truth, the cards of each lane at that
stage, and the emotion there on a small curve of the whole journey with the
stage highlighted. Slides are read from the back of a room: nothing is written
under MIN_PT points; what does not fit is cut with an ellipsis ("…") or counted
("and 3 more"), never shrunk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cjeditor.layout.geometry import CurvePoint, Rect
from cjeditor.layout.metrics import TextMetrics
from cjeditor.model import JourneyMap, Lane, Stage, vocabulary
from cjeditor.model.assets import ImageHeaderError, image_size
from cjeditor.paint import style as S
from cjeditor.paint.overlay import overlay_dot, series_look
from cjeditor.paint.parts import MapPainter
from cjeditor.paint.pen import PathOp, Pen, line
from cjeditor.paint.persona_text import initials
from cjeditor.paint.sheet import Block, NullPen, Sheet, flow

__all__ = ["CARD_PT", "MIN_PT", "SLIDE_H", "SLIDE_W", "Omitted", "SlidePainter",
           "slide_painters"]

SLIDE_W, SLIDE_H = 960.0, 540.0  # 13.33 × 7.5 in, the usual widescreen slide
MIN_PT = 14.0  # the smallest text on a slide
M = 36.0  # margin
FOOT = 30.0  # the footer's height above the bottom edge
SlidePainter = Callable[[Pen], None]

# type sizes (all >= MIN_PT)
TITLE, STAGE_NAME, LEAD, BODY, SMALL = 40.0, 32.0, 18.0, 16.0, MIN_PT
CARD_PT = BODY  # card titles
OVERLAID_MOST = 5  # curves in a slide's overlaid chart (a line each above it)


@dataclass
class Omitted:
    """What the slides painted so far could not hold: the cards only counted ("and 3
    more"), not listed (their lanes at their stages were too full)."""

    cards: int = 0


@dataclass
class _Deck:
    doc: JourneyMap
    metrics: TextMetrics
    lanes: list[Lane]  # the lanes shown (a persona's and those of none)
    lang: str
    overlay: bool = False  # a saved view's emotion curves overlaid in one chart
    omitted: Omitted = field(default_factory=Omitted)

    def word(self, category: str, key: str) -> str:
        return vocabulary.name(category, key, self.lang)

    def sheet(self, pen: Pen) -> Sheet:
        return Sheet(pen, self.metrics, SLIDE_W, SLIDE_H, M)


def slide_painters(doc: JourneyMap, metrics: TextMetrics, persona: str | None = None,
                   overlay: bool = False, omitted: Omitted | None = None
                   ) -> list[SlidePainter]:
    """The painters of the deck: the title slide, then one per stage. `persona`
    keeps that persona's lanes and the lanes of none; `overlay` (a saved view's
    overlay_emotions) draws the emotion lanes' curves in one chart, a colour each;
    `omitted` counts, as the slides are painted, the cards they could not list."""
    lanes = [lane for lane in doc.lanes if persona is None or lane.persona in (None, persona)]
    deck = _Deck(doc, metrics, lanes, vocabulary.language(doc.meta.language), overlay,
                 omitted if omitted is not None else Omitted())
    painters: list[SlidePainter] = [lambda pen: _title_slide(pen, deck)]
    painters.extend(_stage_painter(deck, i) for i in range(len(doc.stages)))
    return painters


def _stage_painter(deck: _Deck, index: int) -> SlidePainter:
    return lambda pen: _stage_slide(pen, deck, index)


def _write(sh: Sheet, x: float, top: float, text: str, width: float, size: float,
           bold: bool = False, color: str = S.INK, max_lines: int = 1,
           align: str = "left") -> float:
    """`text` wrapped to `width` in at most `max_lines` lines (the last cut with …);
    returns the y under it."""
    assert size >= MIN_PT
    lines = sh.lines(text, width, size, bold, max_lines) if text else []
    return sh.write(x, top, lines, size, bold, color, align, width)


def _footer(sh: Sheet, deck: _Deck, n: int, total: int) -> None:
    y = SLIDE_H - FOOT
    sh.pen.path(line(M, y - 6, SLIDE_W - M, y - 6), stroke=S.GRID, width=0.8)
    number = f"{n} / {total}"
    nw = deck.metrics.width(number, SMALL)
    _write(sh, M, y - 2, deck.doc.meta.title, SLIDE_W - 2 * M - nw - 24, SMALL, False, S.MUTED)
    sh.write(SLIDE_W - M - nw, y - 2, [number], SMALL, False, S.MUTED)


# -- the title slide -----------------------------------------------------------------
def _title_slide(pen: Pen, deck: _Deck) -> None:
    sh, meta = deck.sheet(pen), deck.doc.meta
    width = SLIDE_W - 2 * M
    title_lines = sh.lines(meta.title, width, TITLE, True, 2)
    band = 30 + sh.text_height(title_lines, TITLE) + (sh.line_height(LEAD) if meta.product else 0)
    band += 24
    pen.rect(0, 0, SLIDE_W, band, fill=S.HEADER_BG)
    y = sh.write(M, 26, title_lines, TITLE, True, S.HEADER_TEXT)
    if meta.product:
        _write(sh, M, y, meta.product, width, LEAD, False, S.HEADER_INFO)
    y = band + 18
    for key, text, size, most in (("objective", meta.objective, LEAD, 3),
                                  ("team_goal", meta.team_goal, BODY, 2)):
        if text:
            y = _write(sh, M, y, deck.word("field", key), width, SMALL, True, S.MUTED)
            y = _write(sh, M, y, text, width, size, False, S.INK, most) + 10
    strip_top = SLIDE_H - FOOT - 20 - 46
    y = _personas(sh, deck, y + 4, strip_top - 12)
    _strip(sh, deck, strip_top, 46)
    authors = ", ".join(meta.authors)
    date = (meta.modified or meta.created or "")[:10]
    foot = " · ".join(part for part in (authors, date) if part)
    y = SLIDE_H - FOOT
    pen.path(line(M, y - 6, SLIDE_W - M, y - 6), stroke=S.GRID, width=0.8)
    number = f"1 / {len(deck.doc.stages) + 1}"
    nw = deck.metrics.width(number, SMALL)
    _write(sh, M, y - 2, foot, width - nw - 24, SMALL, False, S.MUTED)
    sh.write(SLIDE_W - M - nw, y - 2, [number], SMALL, False, S.MUTED)


def _picture(doc: JourneyMap, asset_id: str | None) -> tuple[bytes, str, float] | None:
    asset = next((a for a in doc.assets if a.id == asset_id), None)
    if asset is None:
        return None
    data = asset.decoded()
    try:
        w, h = image_size(asset.media_type, data)
    except ImageHeaderError:
        return None
    return data, asset.media_type, (h / w if w else 1.0)


def _personas(sh: Sheet, deck: _Deck, top: float, bottom: float) -> float:
    """The personas side by side (a picture or initials, name, role)."""
    people = deck.doc.personas
    if not people or bottom - top < 60:
        return top
    pen, m = sh.pen, deck.metrics
    y = _write(sh, M, top, deck.word("page", "personas"), 300, SMALL, True, S.MUTED) + 4
    shown = people[:4]
    col_w = (SLIDE_W - 2 * M) / len(shown)
    side = 52.0
    for i, p in enumerate(shown):
        x = M + i * col_w
        color = p.color or S.PERSONA_DEFAULT
        pic = _picture(deck.doc, p.image)
        if pic is not None:
            data, media, ratio = pic
            w = side if ratio <= 1 else side / ratio
            h = w * ratio
            pen.image(x + (side - w) / 2, y + (side - h) / 2, w, h, data, media)
        else:
            pen.circle(x + side / 2, y + side / 2, side / 2, fill=color)
            letters = initials(p.name)
            tw = m.width(letters, 20, True)
            pen.text(x + (side - tw) / 2, y + side / 2 + 7, letters, 20, True,
                     S.on_color(color))
        tx, tw_ = x + side + 12, col_w - side - 24
        ty = _write(sh, tx, y, p.name, tw_, LEAD, True)
        room = int(max(0, (bottom - ty) // sh.line_height(SMALL)))
        if p.role and room:
            _write(sh, tx, ty, p.role, tw_, SMALL, False, S.MUTED, min(2, room))
    if len(people) > len(shown):
        more = vocabulary.name("page", "more", deck.lang).format(n=len(people) - len(shown))
        _write(sh, SLIDE_W - M - 200, top, more, 200, SMALL, False, S.MUTED, align="right")
    return y + side


def _stage_color(stage: Stage) -> str:
    if stage.moment:
        return S.MOMENT_COLORS.get(stage.moment, S.STAGE_BG)
    return stage.color or S.STAGE_BG


def _strip(sh: Sheet, deck: _Deck, top: float, h: float) -> None:
    """The journey's stages in order, as arrows."""
    stages = deck.doc.stages
    w = (SLIDE_W - 2 * M) / len(stages)
    tip = min(10.0, w / 4)
    for i, stage in enumerate(stages):
        x = M + i * w
        color = _stage_color(stage)
        pts = [(x, top), (x + w - 2, top), (x + w - 2 + tip, top + h / 2), (x + w - 2, top + h),
               (x, top + h)]
        if i:
            pts.append((x + tip, top + h / 2))
        sh.pen.path([("M", *pts[0]), *(("L", *p) for p in pts[1:]), ("Z",)], fill=color)
        pad = tip + 4 if i else 8
        room = w - pad - 4
        if max(sh.m.width(word, SMALL) for word in stage.name.split() or [""]) > room:
            lines = [sh.fit(stage.name, room, SMALL)]  # never a word cut in two lines
        else:
            lines = sh.lines(stage.name, room, SMALL, False, 2)
        sh.write(x + pad, top + (h - sh.text_height(lines, SMALL)) / 2, lines, SMALL, False,
                 S.on_color(color))


# -- a stage's slide -----------------------------------------------------------------
def _stage_slide(pen: Pen, deck: _Deck, index: int) -> None:
    sh, doc = deck.sheet(pen), deck.doc
    stage = doc.stages[index]
    total = len(doc.stages)
    phase = next((p for p in doc.phases if p.id == stage.phase), None)
    width = SLIDE_W - 2 * M
    band = 14 + sh.line_height(SMALL) + sh.line_height(STAGE_NAME) + 22
    band += sh.line_height(BODY) if stage.moment else 0
    pen.rect(0, 0, SLIDE_W, band, fill=S.HEADER_BG)
    pen.rect(0, band - 6, SLIDE_W, 6, fill=_stage_color(stage))
    badge_w = 0.0
    if stage.moment:
        label = vocabulary.abbr("moment", stage.moment)
        badge_w = deck.metrics.width(label, LEAD, True) + 28
        color = S.MOMENT_COLORS.get(stage.moment, S.FALLBACK)
        pen.rect(SLIDE_W - M - badge_w, 24, badge_w, 32, fill=color, radius=16)
        sh.write(SLIDE_W - M - badge_w, 24 + (32 - sh.line_height(LEAD)) / 2, [label], LEAD,
                 True, S.WHITE, "center", badge_w)
    where = f"{index + 1} / {total}"
    if phase is not None:
        where = f"{deck.word('field', 'phase')}: {phase.name} · {where}"
    y = _write(sh, M, 14, where, width - badge_w - 16, SMALL, False, S.HEADER_INFO)
    y = _write(sh, M, y, stage.name, width - badge_w - 16, STAGE_NAME, True, S.HEADER_TEXT)
    if stage.moment:
        _write(sh, M, y, deck.word("moment", stage.moment), width, BODY, False, S.HEADER_INFO)
    y = band + 10
    if stage.description:
        y = _write(sh, M, y, stage.description, width, BODY, False, S.MUTED, 2) + 6
    if stage.link:  # this stage in detail, in another map: its badge and its path
        y = _linked(sh, M, y, stage.link, width, BODY) + 6
    bottom = SLIDE_H - FOOT - 14
    emotions = [lane for lane in deck.lanes
                if lane.type == "emotions" and any(c.kind == "emotion" for c in lane.cards)]
    overlaid = deck.overlay and len(emotions) > 1
    emotions = emotions[:OVERLAID_MOST if overlaid else 3]
    left_w = width if not emotions else width * 0.63
    _lanes(sh, deck, index, M, y + 4, left_w, bottom)
    if emotions:
        x = M + left_w + 24
        draw = _overlaid if overlaid else _emotions
        draw(sh, deck, emotions, index, x, y + 4, SLIDE_W - M - x, bottom)
    _footer(sh, deck, index + 2, total + 1)


def _link_room(sh: Sheet, size: float) -> float:
    """The width a link's badge takes before a line of text of `size`, gap included."""
    return sh.line_height(size) * 0.8 + 6


def _link_badge(sh: Sheet, x: float, top: float, size: float) -> float:
    """The badge of a link to another map, as on the poster, at the start of a line of
    `size` whose top is `top`; returns the x where the line's text starts."""
    side = _link_room(sh, size) - 6
    MapPainter(sh.pen, sh.m).map_link_badge(
        Rect(x, top + (sh.line_height(size) - side) / 2, side, side), None, S.MAP_LINK_TEXT)
    return x + side + 6


def _linked(sh: Sheet, x: float, top: float, path: str, width: float, size: float) -> float:
    """The badge of a link to another map, then its path (cut to `width`); returns the
    y under them."""
    left = _link_badge(sh, x, top, size)
    return _write(sh, left, top, path, width - (left - x), size, False, S.MAP_LINK_TEXT)


def _cards_at(deck: _Deck, lane: Lane, index: int) -> list[Any]:
    """The lane's cards at the stage of `index` (spanning cards included)."""
    order = {s.id: i for i, s in enumerate(deck.doc.stages)}
    return [c for c in lane.cards
            if c.stage in order and order[c.stage] <= index < order[c.stage] + c.span]


def _lane_block(deck: _Deck, lane: Lane, cards: list[Any], col_w: float, most_cards: int,
                title_lines: int) -> Block:
    sh = Sheet(NullPen(), deck.metrics, SLIDE_W, SLIDE_H, M)  # measures only
    head_h = sh.line_height(SMALL) + 4
    # a card linked to another map has the link's badge before its title
    badge = _link_room(sh, BODY)
    rows: list[list[str]] = [sh.lines(c.title or "…", col_w - 16 - (badge if c.link else 0),
                                      BODY, False, title_lines)
                             for c in cards[:most_cards]]
    hidden = len(cards) - len(rows)
    more = vocabulary.name("page", "more", deck.lang).format(n=hidden) if hidden > 0 else ""
    height = head_h + sum(sh.text_height(r, BODY) + 4 for r in rows)
    height += sh.line_height(SMALL) if more else 0
    height += 6
    base = S.lane_base(lane.type, lane.color)
    shown = cards[:most_cards]

    def draw(s: Sheet, x: float, top: float) -> None:
        s.pen.rect(x, top, col_w, head_h - 2, fill=base, radius=3)
        _write(s, x + 6, top + 1, lane.title, col_w - 12, SMALL, True)
        y = top + head_h + 2
        for card, lines in zip(shown, rows, strict=True):
            fill = card.color or S.mix(base, S.INK, 0.25)
            s.pen.rect(x + 2, y + 4, 6, s.line_height(BODY) - 8, fill=fill, radius=1.5)
            left = _link_badge(s, x + 16, y, BODY) if card.link else x + 16
            y = s.write(left, y, lines, BODY) + 4
        if more:
            s.write(x + 16, y, [s.fit(more, col_w - 16, SMALL)], SMALL, False, S.MUTED)
    return Block(height, draw)


def _lanes(sh: Sheet, deck: _Deck, index: int, x: float, top: float, width: float,
           bottom: float) -> None:
    """The cards of each lane at this stage, lane by lane, in columns."""
    found = [(lane, cards) for lane in deck.lanes if lane.type != "emotions"
             for cards in [_cards_at(deck, lane, index)] if cards]
    if not found:
        _write(sh, x, top, deck.word("page", "no_cards"), width, BODY, False, S.MUTED)
        return
    cols = 2 if width > 420 else 1
    gap = 20.0
    col_w = (width - (cols - 1) * gap) / cols
    placed: list[tuple[int, float, Block]] = []
    listed: dict[int, int] = {}  # id of a lane's block -> the cards it lists

    def fits(title_lines: int, caps: list[int]) -> bool:
        nonlocal placed
        blocks = [_lane_block(deck, lane, cards, col_w, cap, title_lines)
                  for (lane, cards), cap in zip(found, caps, strict=True)]
        listed.clear()
        listed.update((id(block), min(cap, len(cards)))
                      for block, (_lane, cards), cap in zip(blocks, found, caps, strict=True))
        pages = flow(blocks, top, top, bottom, cols)
        placed = pages[0]
        return len(pages) == 1 and all(t + b.height <= bottom + 6 for _c, t, b in placed)

    # Titles on two lines while the longest lanes can keep three cards, else on one
    # line with as many cards as fit; the lane with the most cards gives up one first.
    for title_lines, least in ((2, 3), (1, 1)):
        caps = [len(cards) for _lane, cards in found]
        done = fits(title_lines, caps)
        while not done and max(caps) > least:
            caps[caps.index(max(caps))] -= 1
            done = fits(title_lines, caps)
        if done:
            break
    left_out = len(found) - len(placed)
    if left_out > 0:  # even one card per lane does not fit: the last lanes are counted
        placed = [p for p in placed if p[1] + p[2].height <= bottom - sh.line_height(SMALL)]
        left_out = len(found) - len(placed)
        more = vocabulary.name("page", "more", deck.lang).format(n=left_out)
        sh.write(x, bottom - sh.line_height(SMALL), [f"… {more}"], SMALL, False, S.MUTED)
    for col, y, block in placed:
        block.draw(sh, x + col * (col_w + gap), y)
    deck.omitted.cards += sum(len(cards) for _lane, cards in found) - sum(
        listed[id(block)] for _col, _y, block in placed)


# -- the emotions --------------------------------------------------------------------
def _scores(deck: _Deck, lane: Lane) -> dict[int, Any]:
    """Stage index -> the lane's emotion card there (the first one)."""
    order = {s.id: i for i, s in enumerate(deck.doc.stages)}
    found: dict[int, Any] = {}
    for card in lane.cards:
        if card.kind == "emotion" and card.stage in order:
            found.setdefault(order[card.stage], card)
    return found


def _emotions(sh: Sheet, deck: _Deck, lanes: list[Lane], index: int, x: float, top: float,
              width: float, bottom: float) -> None:
    """For each emotion lane: its name, its emotion at this stage, and the curve of
    the whole journey with this stage highlighted."""
    pen = sh.pen
    pen.rect(x - 12, top - 4, width + 12, bottom - top + 4, fill=S.LEGEND_BG, radius=6)
    each = (bottom - top) / len(lanes)
    text_lines = 2 if len(lanes) < 3 else 1
    painter = MapPainter(pen, deck.metrics)
    for n, lane in enumerate(lanes):
        y0 = top + n * each
        scores = _scores(deck, lane)
        y = _write(sh, x, y0, lane.title, width - 6, SMALL, True, S.MUTED)
        here = scores.get(index)
        if here is not None:
            sign = _signed(here.score)
            text = f"{sign} · {here.title}" if here.title else sign
            y = _write(sh, x, y, text, width - 6, BODY, True, S.INK, text_lines)
        else:
            y = _write(sh, x, y, deck.word("page", "no_emotion"), width - 6, SMALL, False,
                       S.MUTED)
        _curve(pen, painter, deck, scores, index, x + 26, y + 18, width - 44,
               y0 + each - y - 34)


def _overlaid(sh: Sheet, deck: _Deck, lanes: list[Lane], index: int, x: float, top: float,
              width: float, bottom: float) -> None:
    """The emotion lanes as one chart (a saved view's overlay): the chart's name, a line
    a curve (its colour, whose it is, its emotion at this stage), then every curve of
    the whole journey in its colour, this stage highlighted."""
    pen = sh.pen
    pen.rect(x - 12, top - 4, width + 12, bottom - top + 4, fill=S.LEGEND_BG, radius=6)
    y = _write(sh, x, top, deck.word("field", "overlay_emotions"), width - 6, SMALL, True,
               S.MUTED)
    looks = [series_look(deck.doc, lane.id, i) for i, lane in enumerate(lanes)]
    scores = [_scores(deck, lane) for lane in lanes]
    for (color, label), marks in zip(looks, scores, strict=True):
        here = marks.get(index)
        said = (_signed(here.score) + (f" · {here.title}" if here.title else "")
                if here is not None else deck.word("page", "no_emotion"))
        pen.circle(x + 5, y + sh.line_height(SMALL) / 2, 5, fill=color)
        y = _write(sh, x + 16, y, f"{label}: {said}", width - 22, SMALL, False, S.INK, 1)
    painter = MapPainter(pen, deck.metrics)
    for n, ((color, _label), marks) in enumerate(zip(looks, scores, strict=True)):
        _curve(pen, painter, deck, marks, index, x + 26, y + 18, width - 44,
               bottom - y - 34, color=color, frame=n == 0)


def _smooth(points: list[tuple[float, float]]) -> list[PathOp]:
    """A smooth path through `points` (Catmull-Rom as cubic Béziers), as the map's curve."""
    ops: list[PathOp] = [("M", *points[0])]
    for i in range(len(points) - 1):
        p0, p1 = points[max(i - 1, 0)], points[i]
        p2, p3 = points[i + 1], points[min(i + 2, len(points) - 1)]
        ops.append(("C", p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6,
                    p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6, *p2))
    return ops


def _scale(pen: Pen, deck: _Deck, index: int, x: float, top: float, width: float,
           height: float, step: float) -> None:
    """A curve's ground: this stage's column highlighted, the lines at +2, 0 and −2."""
    pen.rect(x + index * step, top - 12, step, height + 24,
             fill=S.mix(S.SELECT, S.WHITE, 0.82), radius=3)
    for score in (2, 0, -2):
        yy = top + (2 - score) / 4 * height
        pen.path(line(x, yy, x + width, yy), stroke=S.SCALE_ZERO if score == 0 else S.SCALE_LINE,
                 width=0.8, dash=None if score == 0 else S.SCALE_DASH)
    sh = Sheet(pen, deck.metrics, SLIDE_W, SLIDE_H)
    for score in (2, -2):
        label = _signed(score)
        lw = deck.metrics.width(label, SMALL)
        sh.write(x - lw - 6, top + (2 - score) / 4 * height - sh.line_height(SMALL) / 2,
                 [label], SMALL, False, S.MUTED)


def _signed(score: int) -> str:
    """+2, 0, −2 (a real minus sign)."""
    return f"{score:+d}".replace("-", "\u2212") if score else "0"


def _curve(pen: Pen, painter: MapPainter, deck: _Deck, scores: dict[int, Any], index: int,
           x: float, top: float, width: float, height: float, color: str | None = None,
           frame: bool = True) -> None:
    """The curve of the whole journey, this stage highlighted. `color`: one of several
    curves in one chart, drawn in that colour with dots of it (no faces); `frame`:
    draw the highlight and the scale too (the first curve of a chart)."""
    if height < 24:
        return
    count = len(deck.doc.stages)
    step = width / count

    def at(i: int, score: int) -> tuple[float, float]:
        return x + (i + 0.5) * step, top + (2 - score) / 4 * height

    if frame:
        _scale(pen, deck, index, x, top, width, height, step)
    points = sorted((i, at(i, card.score)) for i, card in scores.items())
    runs: list[list[tuple[float, float]]] = []  # a break where a stage has no emotion
    for k, (i, p) in enumerate(points):
        if k and i == points[k - 1][0] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        if len(run) > 1:
            pen.path(_smooth(run), stroke=color or S.CURVE, width=S.CURVE_WIDTH)
    if color is not None:  # overlaid: every point a dot of the curve's colour
        for _i, (px, py) in points:
            overlay_dot(painter, px, py, color)
        return
    for i, (px, py) in points:
        card = scores[i]
        if i == index:
            continue
        pen.circle(px, py, 4, fill=S.SCORE_COLORS.get(card.score, S.SCORE_COLORS[0]),
                   stroke=S.WHITE, width=1)
    if index in scores:
        card = scores[index]
        px, py = at(index, card.score)
        painter.face(CurvePoint(card.id, card.stage, px, py, card.score), card, MIN_PT)
