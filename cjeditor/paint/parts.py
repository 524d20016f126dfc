"""The parts of a laid-out map, each painted on a Pen: a card, a stage header,
a lane's band and header, a phase, the emotion curve and its faces, a link.

Every view paints a part with the same call: a canvas item for its own part
(through QtPen), the poster for all of them (through PdfPen or SvgPen). A part
is drawn in map coordinates (layout's points); a pen group moves it elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjeditor.layout.geometry import (
    CardGeom,
    ColumnGeom,
    CurvePoint,
    EmotionCurve,
    LaneGeom,
    LinkGeom,
    PhaseGeom,
    Rect,
    TextBlock,
)
from cjeditor.layout.labels import CHANNEL_ABBR, FEEDBACK_ABBR
from cjeditor.layout.metrics import PLACEHOLDER, TextMetrics
from cjeditor.layout.style import STYLE
from cjeditor.paint import style as S
from cjeditor.paint.connections import arrow, legend_symbol
from cjeditor.paint.pen import Pen, line, polygon, polyline

__all__ = ["MapPainter", "face_radius"]

BADGE_SIZE = STYLE.badge_size
SCALE_LABEL_SIZE = 6.5
PictureSource = Callable[[str], "tuple[bytes, str] | None"]  # asset id -> (data, media type)


def face_radius(geom: CardGeom | None) -> float:
    """Radius of an emotion's face on the curve (its icon box, else the default)."""
    return geom.icon.w / 2 if geom is not None and geom.icon is not None else STYLE.face_r


def _within(x0: float, x1: float, shown: tuple[float, float] | None) -> tuple[float, float]:
    """The part of x0..x1 within `shown` (all of it if None); empty if x1 <= x0."""
    if shown is None:
        return x0, x1
    return max(x0, shown[0]), min(x1, shown[1])


class MapPainter:
    """Paints map parts on `pen`, measuring text with `metrics`.

    `pictures(asset_id)` gives an image card's bytes and media type (None when
    the asset is missing). Cheap to create: views may make one per paint.
    """

    def __init__(self, pen: Pen, metrics: TextMetrics,
                 pictures: PictureSource | None = None) -> None:
        self.pen = pen
        self.m = metrics
        self.pictures = pictures or (lambda _asset: None)
        # A pen may draw a block's lines in one call, text_lines([(x, baseline, text)],
        # size, bold, color), as PdfPen does; other pens get a text call per line.
        self._lines: Callable[..., None] | None = getattr(pen, "text_lines", None)

    # -- text ---------------------------------------------------------------
    def block(self, block: TextBlock | None, color: str = S.INK) -> None:
        """Pre-wrapped lines at their baselines, left or centred."""
        if block is None:
            return
        pen, r = self.pen, block.rect
        if self._lines is not None:
            top, step = r.y + block.baseline0, block.line_height  # TextBlock.baseline(i)
            if block.align == "center":
                width, size, bold = self.m.width, block.size, block.bold
                placed = [(r.x + (r.w - width(text, size, bold)) / 2, top + i * step, text)
                          for i, text in enumerate(block.lines) if text]
            else:
                placed = [(r.x, top + i * step, text)
                          for i, text in enumerate(block.lines) if text]
            if placed:
                self._lines(placed, block.size, block.bold, color)
            return
        for i, text in enumerate(block.lines):
            if not text:
                continue
            x = r.x
            if block.align == "center":
                x = r.x + (r.w - self.m.width(text, block.size, block.bold)) / 2
            pen.text(x, block.baseline(i), text, block.size, block.bold, color)

    def _halo(self, block: TextBlock, fill: str) -> None:
        """A patch of the lane's colour behind a label, so the curve never runs
        through its letters."""
        if not block.lines:
            return
        widest = max(self.m.width(t, block.size, block.bold) for t in block.lines)
        r = block.rect
        x = r.x + (r.w - widest) / 2 if block.align == "center" else r.x
        self.pen.rect(x - 2, r.y, widest + 4, r.h, fill=fill, radius=2)

    # -- the frame ----------------------------------------------------------
    def phase(self, geom: PhaseGeom, phase: Any | None) -> None:
        r = geom.rect
        bg = (phase.color if phase is not None else None) or S.PHASE_BG
        self.pen.rect(r.x, r.y, r.w, r.h, fill=bg, stroke=S.WHITE, width=1)
        self.block(geom.name, S.on_color(bg))

    def stage_header(self, col: ColumnGeom, stage: Any) -> None:
        pen, r = self.pen, col.header
        bg = stage.color or S.STAGE_BG
        pen.rect(r.x, r.y, r.w, r.h, fill=bg, stroke=S.WHITE, width=1)
        text_color = S.on_color(bg)
        self.block(col.name, text_color)
        self.block(col.description,
                   S.STAGE_DESCRIPTION_ON_DARK if text_color != S.INK else S.MUTED)
        if col.badge is not None and col.moment:
            b = col.badge
            color = S.MOMENT_COLORS.get(col.moment, S.FALLBACK)
            pen.rect(b.x, b.y, b.w, b.h, fill=color, stroke=S.WHITE, width=0.8, radius=b.h / 2)
            label = col.moment.upper()
            tw = self.m.width(label, BADGE_SIZE, True)
            pen.text(b.x + (b.w - tw) / 2, b.y + b.h / 2 + BADGE_SIZE * 0.36, label,
                     BADGE_SIZE, True, S.WHITE)
        if col.link_badge is not None:
            self.map_link_badge(col.link_badge, col.link_text,
                                S.STAGE_DESCRIPTION_ON_DARK if text_color != S.INK else
                                S.MAP_LINK_TEXT)

    def map_link_badge(self, badge: Rect, path: TextBlock | None, color: str) -> None:
        """A link to another map: a square badge with an arrow leaving a box, and the
        path beside it in small type (`color`), the same on screen and on paper."""
        pen = self.pen
        x, y, s = badge.x, badge.y, min(badge.w, badge.h)
        pen.rect(x, y, s, s, fill=S.MAP_LINK, stroke=S.WHITE, width=0.6, radius=s * 0.22)

        def at(u: float, v: float) -> tuple[float, float]:
            return x + u * s, y + v * s

        width = max(s * 0.09, 0.5)
        pen.path(polyline([at(0.52, 0.26), at(0.26, 0.26), at(0.26, 0.74), at(0.74, 0.74),
                           at(0.74, 0.48)]), stroke=S.WHITE, width=width)
        pen.path(line(*at(0.44, 0.56), *at(0.74, 0.26)), stroke=S.WHITE, width=width)
        pen.path(polygon([at(0.82, 0.18), at(0.56, 0.18), at(0.82, 0.44)]), fill=S.WHITE)
        self.block(path, color)

    def lane_band(self, geom: LaneGeom, lane: Any, right: float,
                  shown: Rect | None = None) -> None:
        """A lane's background from its header to `right`, cell borders, footer; only
        what lies in `shown`, if given (a view's exposed part: a lane is long, and
        Qt's cost for a line is its whole length, however little of it shows)."""
        pen, y, h = self.pen, geom.y, geom.height
        base = S.lane_base(lane.type, lane.color)
        left = geom.header.right
        x0, x1 = _within(left, right, shown and (shown.x, shown.right))
        y0, y1 = _within(y, y + h, shown and (shown.y, shown.bottom))
        if x1 > x0 and y1 > y0:
            pen.rect(x0, y0, x1 - x0, y1 - y0, fill=S.lane_band(lane.type, lane.color))
            for cell in geom.cells:
                if x0 - 1 <= cell.right <= x1 + 1:
                    pen.path(line(cell.right, y0, cell.right, y1), stroke=S.GRID, width=0.6)
            if y0 <= y + h <= y1 + 1:
                pen.path(line(x0, y + h, x1, y + h), stroke=S.WHITE, width=1.5)
        if geom.collapsed:
            pen.path(line(left + 6, y + h / 2, right - 6, y + h / 2),
                     stroke=S.mix(base, S.INK, 0.3), width=0.8, dash=(2, 3))
        if geom.footer is not None:
            f = geom.footer.rect
            pen.rect(f.x - 3, f.y - 2, f.w + 6, f.h + 4, fill=S.mix(base, S.WHITE, 0.2),
                     radius=3)
            self.block(geom.footer, S.INK)

    def lane_header(self, geom: LaneGeom, lane: Any) -> None:
        h = geom.header
        self.pen.rect(h.x, h.y, h.w, h.h, fill=S.lane_base(lane.type, lane.color))
        self.pen.path(line(h.x, h.bottom, h.right, h.bottom), stroke=S.WHITE, width=1.5)
        self.block(geom.title, S.INK)
        self.block(geom.subtitle, S.MUTED)

    # -- cards --------------------------------------------------------------
    def card(self, geom: CardGeom, card: Any, lane: Any) -> None:
        """One card; an emotion card is its label beside the curve's face."""
        if geom.kind == "emotion":
            self._halo(geom.title, S.lane_band(lane.type, lane.color))
            self.block(geom.title, S.INK)
            self.block(geom.body, S.MUTED)
            if geom.link_badge is not None:
                self.map_link_badge(geom.link_badge, geom.link_text, S.MAP_LINK_TEXT)
            return
        pen, r = self.pen, geom.rect
        base = card.color or S.lane_base(lane.type, lane.color)
        fill = S.mix(base, S.WHITE, S.CARD_LIGHTEN) if card.color is None else card.color
        stroke = S.mix(base, S.INK, S.CARD_STROKE_DARKEN)
        dash = S.ASSUMED_DASH if geom.evidence == "assumed" else None
        width = S.ASSUMED_STROKE if dash else S.CARD_STROKE
        if lane.type == "thoughts":  # speech bubble: tail below the card
            tx = r.x + 14
            pen.path(polygon([(tx, r.bottom - 1), (tx + 9, r.bottom - 1), (tx + 2, r.bottom + 5)]),
                     fill=fill, stroke=stroke, width=0.7)
            pen.rect(r.x, r.y, r.w, r.h, fill=fill, stroke=stroke, width=width,
                     radius=S.BUBBLE_RADIUS, dash=dash)
            pen.path(line(tx + 0.8, r.bottom - 0.6, tx + 8.2, r.bottom - 0.6), stroke=fill,
                     width=1.4)
        else:
            pen.rect(r.x, r.y, r.w, r.h, fill=fill, stroke=stroke, width=width,
                     radius=S.CARD_RADIUS, dash=dash)
        if geom.kind == "feedback":  # quote card: a bar on the left
            pen.rect(r.x, r.y, 3, r.h, fill=S.mix(base, S.INK, 0.35))
        elif geom.kind == "pain_point":
            pen.rect(r.x, r.y, 3, r.h, fill=S.SEVERITY)
        self.block(geom.title, S.INK)
        self.block(geom.extra, S.mix(base, S.INK, 0.75) if geom.kind == "metric" else S.MUTED)
        self.block(geom.body, S.INK)
        if geom.icon is not None:
            self._icon(card, geom.icon)
        if geom.image is not None:
            self._picture(card, geom.image)
        if geom.kind == "touchpoint" and card.decision_point:
            self.symbol("decision", Rect(r.x - 4, r.y - 4, 9, 9))
        if geom.link_badge is not None:
            self.map_link_badge(geom.link_badge, geom.link_text, S.MAP_LINK_TEXT)

    def card_box(self, geom: CardGeom, card: Any, lane: Any) -> None:
        """The card as a plain box, for far-away zoom levels (same colours)."""
        if geom.kind == "emotion":
            return
        r = geom.rect
        base = card.color or S.lane_base(lane.type, lane.color)
        fill = S.mix(base, S.WHITE, S.CARD_LIGHTEN) if card.color is None else card.color
        self.pen.rect(r.x, r.y, r.w, r.h, fill=fill,
                      stroke=S.mix(base, S.INK, S.CARD_STROKE_DARKEN), width=S.CARD_STROKE)

    def _icon(self, card: Any, r: Rect) -> None:
        kind = card.kind
        if kind == "touchpoint":  # the channel glyph on the right, initiative on its left
            self.symbol("channel:" + card.channel, Rect(r.right - r.h, r.y, r.h, r.h))
            if card.initiative:
                self.symbol("initiative:" + card.initiative, Rect(r.x, r.bottom - 8, 7, 8))
        elif kind == "expectation" and card.met:
            self.symbol("met:" + card.met, r)
        elif kind == "pain_point":
            self._dots(r, card.severity)
        elif kind == "feedback":
            self.symbol("source:" + card.source, r)
        elif kind == "idea" and card.status:
            self.symbol("status:" + card.status, r)
        elif kind == "opportunity" and card.priority:
            self._badge(r, f"P{card.priority}", S.LINK)

    def _dots(self, r: Rect, n: int) -> None:
        d = min(r.h, r.w / 5.5)
        for i in range(5):
            cx = r.x + d / 2 + i * (r.w - d) / 4
            self.pen.circle(cx, r.y + r.h / 2, d / 2 - 0.4,
                            fill=S.SEVERITY if i < n else S.WHITE, stroke=S.SEVERITY, width=0.6)

    def _badge(self, r: Rect, label: str, color: str) -> None:
        self.pen.rect(r.x, r.y, r.w, r.h, fill=color, radius=min(r.h / 2, 4))
        size = min(r.h * 0.62, 8.0)
        unit = self.m.width(label, 1.0, True)
        if unit * size > r.w - 3 and unit > 0:  # shrink to fit the badge
            size = (r.w - 3) / unit
        tw = unit * size
        self.pen.text(r.x + (r.w - tw) / 2, r.y + r.h / 2 + size * 0.36, label, size, True,
                      S.WHITE)

    def _picture(self, card: Any, r: Rect) -> None:
        found = self.pictures(card.asset)
        if found is None:
            self.pen.rect(r.x, r.y, r.w, r.h, fill=S.MISSING_IMAGE, stroke=S.GRID)
            return
        self.pen.image(r.x, r.y, r.w, r.h, found[0], found[1])
        self.pen.rect(r.x, r.y, r.w, r.h, stroke=S.IMAGE_FRAME, width=0.5)

    def symbol(self, key: str, r: Rect) -> None:
        """The glyph for `key` ("channel:email", "met:yes", ...) inside `r`
        (shared by cards and the legend)."""
        pen = self.pen
        cx, cy = r.x + r.w / 2, r.y + r.h / 2
        s = min(r.w, r.h)
        name, _, value = key.partition(":")
        if name == "moment":  # the badge of a stage header, shrunk to the symbol's box
            h = s * 0.7
            self._badge(Rect(r.x, cy - h / 2, r.w, h), value.upper(),
                        S.MOMENT_COLORS.get(value, S.FALLBACK))
        elif name == "channel":
            pen.circle(cx, cy, s / 2, fill=S.CHANNEL_COLOR.get(value, S.CHANNEL_DEFAULT))
            abbr = CHANNEL_ABBR.get(value, "•")
            size = s * (0.42 if len(abbr) > 1 else 0.55)
            tw = self.m.width(abbr, size, True)
            pen.text(cx - tw / 2, cy + size * 0.36, abbr, size, True, S.WHITE)
        elif name == "source":
            w = max(r.w, s)
            self._badge(Rect(cx - w / 2, cy - s * 0.45, w, s * 0.9),
                        FEEDBACK_ABBR.get(value, "…"), S.SOURCE_BADGE)
        elif name == "initiative":
            color = S.INITIATIVE.get(value, S.FALLBACK)
            h = s / 2
            if value == "proactive":  # arrow out of the company
                pen.path(polygon([(cx - h, cy - h), (cx + h, cy), (cx - h, cy + h)]), fill=color)
            else:  # arrow back from the customer
                pen.path(polygon([(cx + h, cy - h), (cx - h, cy), (cx + h, cy + h)]),
                         fill=S.WHITE, stroke=color, width=1)
        elif name == "decision":
            h = s / 2
            pen.path(polygon([(cx, cy - h), (cx + h, cy), (cx, cy + h), (cx - h, cy)]),
                     fill=S.DECISION, stroke=S.WHITE, width=0.8)
        elif name == "met":
            pen.circle(cx, cy, s / 2, fill=S.MET.get(value, S.FALLBACK))
            k = s * 0.25
            if value == "yes":
                pen.path(polyline([(cx - k, cy), (cx - k * 0.2, cy + k * 0.8), (cx + k, cy - k)]),
                         stroke=S.WHITE, width=s * 0.13)
            elif value == "no":
                pen.path([*line(cx - k, cy - k, cx + k, cy + k),
                          *line(cx + k, cy - k, cx - k, cy + k)], stroke=S.WHITE, width=s * 0.13)
            else:
                pen.path(line(cx - k, cy, cx + k, cy), stroke=S.WHITE, width=s * 0.15)
        elif name == "severity":
            self._dots(Rect(r.x, cy - s * 0.2, r.w, s * 0.4), 3)
        elif name == "priority":
            self._badge(Rect(r.x, cy - s * 0.35, r.w, s * 0.7), "P", S.LINK)
        elif name == "status":
            color = S.STATUS.get(value, S.STATUS["idea"])
            rr = s / 2
            if value in ("idea", "running"):
                pen.circle(cx, cy, rr - 0.5, fill=S.WHITE, stroke=color, width=1.2)
                if value == "running":
                    pen.circle(cx, cy, rr * 0.45, fill=color)
            else:
                self.symbol("met:" + ("yes" if value == "validated" else "no"), r)
        elif name == "assumed":
            pen.rect(r.x + 1, r.y + 2, r.w - 2, r.h - 4, fill=S.WHITE, stroke=S.INK,
                     width=S.ASSUMED_STROKE, radius=2, dash=S.ASSUMED_DASH)
        elif name == "link":
            pen.path(line(r.x, cy, r.right - 4, cy), stroke=S.LINK, width=S.LINK_WIDTH,
                     dash=(3, 2))
            pen.path(polygon([(r.right, cy), (r.right - 5, cy - 3), (r.right - 5, cy + 3)]),
                     fill=S.LINK)
        elif name == "map_link":
            side = min(r.h, r.w)
            self.map_link_badge(Rect(r.x, cy - side / 2, side, side), None, S.MAP_LINK_TEXT)
        elif name in ("connection", "blueprint"):
            legend_symbol(self, key, r)
        elif name == "emotion":
            pen.path([("M", r.x, cy + 3), ("C", r.x + r.w / 3, cy - 6, r.x + 2 * r.w / 3, cy + 6,
                       r.right, cy - 3)], stroke=S.CURVE, width=1.6)

    # -- emotions -----------------------------------------------------------
    def emotion_scale(self, curve: EmotionCurve, x0: float, x1: float,
                      shown: Rect | None = None) -> None:
        """The score lines across an emotion lane, from `x0` to `x1`; only within
        `shown`, if given. A dashed line still starts at `x0`: its dashes are placed
        from its start, and a start moved would round them otherwise."""
        start, end = _within(x0, x1, shown and (shown.x, shown.right))
        if end <= start:
            return
        for score, y in curve.score_y.items():
            if shown is None or shown.y - 1 <= y <= shown.bottom + 1:
                self.pen.path(line(start if score == 0 else x0, y, end, y),
                              stroke=S.SCALE_ZERO if score == 0 else S.SCALE_LINE,
                              width=0.7 if score == 0 else 0.5,
                              dash=S.SCALE_DASH if score else None)

    def emotion_scale_labels(self, curve: EmotionCurve, x0: float) -> None:
        """The scores (+2 ... -2) at the right edge of the lane header, left of `x0`."""
        for score, y in curve.score_y.items():
            label = f"{score:+d}" if score else "0"
            tw = self.m.width(label, SCALE_LABEL_SIZE)
            self.pen.text(x0 - tw - 4, y + 2.3, label, SCALE_LABEL_SIZE, False, S.MUTED)

    def curve(self, curve: EmotionCurve, color: str = S.CURVE) -> None:
        """The smooth line through an emotion lane's points."""
        if not curve.segments:
            return
        ops: list[Any] = [("M", curve.segments[0][0], curve.segments[0][1])]
        ops.extend(("C", *seg[2:]) for seg in curve.segments)
        self.pen.path(ops, stroke=color, width=S.CURVE_WIDTH)

    def face(self, point: CurvePoint, card: Any, r: float, score: int | None = None) -> None:
        """The face on the curve: the card's emoji when a font has it, else a
        drawn face from very unhappy (-2) to very happy (+2)."""
        pen = self.pen
        cx, cy = point.x, point.y
        score = card.score if score is None else score
        color = S.SCORE_COLORS.get(score, S.SCORE_COLORS[0])
        if card.emoji and self._drawable(card.emoji):
            pen.circle(cx, cy, r, fill=S.WHITE, stroke=color, width=2)
            size = r * 1.25
            tw = self.m.width(card.emoji, size)
            pen.text(cx - tw / 2, cy + size * 0.36, card.emoji, size, False, S.INK)
            return
        if card.emoji:  # no font has it: the face picture, the emoji as hidden text
            pen.hidden_text(cx - r, cy + r * 0.4, card.emoji, r)
        stroke = S.WHITE if card.evidence != "assumed" else S.INK
        pen.circle(cx, cy, r, fill=color, stroke=stroke, width=1.2)
        eye = max(r * 0.12, 0.8)
        pen.circle(cx - r * 0.35, cy - r * 0.25, eye, fill=S.INK)
        pen.circle(cx + r * 0.35, cy - r * 0.25, eye, fill=S.INK)
        my = cy + r * 0.35 - score * r * 0.06
        bend = score * r * 0.22
        pen.path([("M", cx - r * 0.45, my), ("C", cx - r * 0.2, my + bend, cx + r * 0.2, my + bend,
                   cx + r * 0.45, my)], stroke=S.INK, width=max(r * 0.1, 0.7))

    def _drawable(self, text: str) -> bool:
        fonts = getattr(self.m, "fonts", None)
        if fonts is None:
            return True
        return all(name != PLACEHOLDER for name, _run in fonts.runs(text))

    # -- links --------------------------------------------------------------
    def link(self, link: LinkGeom) -> None:
        """A dashed arrow from an opportunity to the pain point it answers."""
        pts = link.points  # routed in the gutters (layout/routes.py)
        if len(pts) < 2:
            return
        arrow(self.pen, pts, S.LINK, S.LINK_WIDTH, S.LINK_DASH)
        self.pen.circle(pts[0][0], pts[0][1], 2.2, fill=S.LINK)
