"""Draw a laid-out poster with a Pen: every lane type as methodology.md says.

Colours are print-friendly pastels per lane type; symbols are simple vector
glyphs (the legend draws the same ones).
"""

from __future__ import annotations

from cjeditor.layout.geometry import CardGeom, Rect, TextBlock
from cjeditor.layout.labels import CHANNEL_ABBR, FEEDBACK_ABBR
from cjeditor.layout.metrics import PLACEHOLDER, TextMetrics
from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap

from .pen import Pen, polygon, polyline

INK = "#222222"
MUTED = "#555555"
GRID = "#C9CED6"
PAPER = "#FFFFFF"
STAGE_BG = "#2F3E4E"
PHASE_BG = "#5A6B7D"
HEADER_BG = "#24313F"

LANE_BASE: dict[str, str] = {
    "objectives": "#D6E4F5",
    "actions": "#D8ECD6",
    "touchpoints": "#D3EBF0",
    "expectations": "#E3DAF2",
    "thoughts": "#F8EDC4",
    "emotions": "#F8DDE7",
    "pain_points": "#F8D3C5",
    "feedback": "#DDE3EA",
    "opportunities": "#CFEBD9",
    "ideas": "#FBE7B5",
    "metrics": "#D9DFE8",
    "backstage": "#E3DED5",
    "images": "#E6E6E6",
    "notes": "#EFEADB",
}
MOMENT_COLORS = {
    "zmot": "#2E86C1", "fmot": "#CA6F1E", "amot": "#7D3C98", "smot": "#239B56",
    "tmot": "#B03A2E",
}  # fmt: skip
CHANNEL_GROUPS = {
    "#2E86C1": ("social", "ads", "content", "event", "referral"),
    "#CA6F1E": ("sales_rep", "catalog", "ecommerce", "reviews", "point_of_sale"),
    "#7D3C98": ("thank_you", "survey", "email", "billing", "subscription"),
    "#1E8449": ("support", "success_program", "onboarding", "loyalty", "self_service"),
    "#566573": ("website", "whatsapp", "instagram", "facebook", "phone", "store", "app", "other"),
}
CHANNEL_COLOR = {ch: color for color, chans in CHANNEL_GROUPS.items() for ch in chans}
SCORE_COLORS = {-2: "#E57368", -1: "#F2A65E", 0: "#F4D35E", 1: "#A8D672", 2: "#5DBB63"}
SEVERITY = "#C0392B"
MET = {"yes": "#27AE60", "partly": "#E59B1E", "no": "#C0392B"}
STATUS = {"idea": "#7F8C8D", "running": "#2E86C1", "validated": "#27AE60",
          "invalidated": "#C0392B"}
LINK = "#1E8449"
CURVE = "#6C3483"


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def mix(color: str, other: str, t: float) -> str:
    """`t` of the way from color to other."""
    a, b = _rgb(color), _rgb(other)
    parts = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return "#{:02X}{:02X}{:02X}".format(*parts)


def on_color(color: str) -> str:
    r, g, b = _rgb(color)
    return INK if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "#FFFFFF"


class PosterPainter:
    def __init__(self, pen: Pen, doc: JourneyMap, poster: Poster, metrics: TextMetrics) -> None:
        self.pen = pen
        self.doc = doc
        self.poster = poster
        self.m = metrics
        self.geom = poster.geometry
        self.dy = poster.map_y
        self.cards = {c.id: c for c in doc.all_cards()}
        self.lanes = {lane.id: lane for lane in doc.lanes}
        self.stages = {s.id: s for s in doc.stages}
        self.assets = {a.id: a for a in doc.assets}

    # -- helpers ----------------------------------------------------------
    def block(self, block: TextBlock | None, color: str = INK, dy: float = 0.0) -> None:
        if block is None:
            return
        pen, m = self.pen, self.m
        r = block.rect
        for i, line in enumerate(block.lines):
            if not line:
                continue
            x = r.x
            if block.align == "center":
                x = r.x + (r.w - m.width(line, block.size, block.bold)) / 2
            pen.text(x, block.baseline(i) + dy, line, block.size, block.bold, color)

    def _r(self, rect: Rect) -> Rect:
        return Rect(rect.x, rect.y + self.dy, rect.w, rect.h)

    # -- the poster -------------------------------------------------------
    def paint(self, background: bool = True) -> None:
        """Draw the poster; `background`: paint the white paper under it too."""
        p = self.poster
        if background:
            self.pen.rect(0, 0, p.width, p.height, fill=PAPER)
        self.pen.rect(p.header.x, p.header.y, p.header.w, p.header.h, fill=HEADER_BG)
        self.block(p.title, "#FFFFFF")
        self.block(p.info, "#DCE3EA")
        self.grid()
        self.legend()

    def grid(self) -> None:
        pen, g, dy = self.pen, self.geom, self.dy
        for phase in g.phases:
            r = self._r(phase.rect)
            pen.rect(r.x, r.y, r.w, r.h, fill=self._phase_color(phase.phase_id),
                     stroke="#FFFFFF", width=1)
            self.block(phase.name, on_color(self._phase_color(phase.phase_id)), dy)
        for col in g.columns:
            stage = self.stages[col.stage_id]
            bg = stage.color or STAGE_BG
            r = self._r(col.header)
            pen.rect(r.x, r.y, r.w, r.h, fill=bg, stroke="#FFFFFF", width=1)
            self.block(col.name, on_color(bg), dy)
            text_color = on_color(bg)
            self.block(col.description, "#D5DEE8" if text_color != INK else MUTED, dy)
            if col.badge is not None and col.moment:
                b = self._r(col.badge)
                color = MOMENT_COLORS.get(col.moment, "#888888")
                pen.rect(b.x, b.y, b.w, b.h, fill=color, stroke="#FFFFFF", width=0.8,
                         radius=b.h / 2)
                label = col.moment.upper()
                tw = self.m.width(label, 7.5, True)
                pen.text(b.x + (b.w - tw) / 2, b.y + b.h / 2 + 2.7, label, 7.5, True, "#FFFFFF")
        for lane in g.lanes:
            self.lane(lane)
        for link in g.links:  # under the cards: a line passes behind a card it crosses
            self.link_line(link)
        for lane in g.lanes:
            if lane.collapsed:
                continue
            for card_id in self._lane_cards(lane.lane_id):
                geom = g.cards.get(card_id)
                if geom is not None and geom.kind != "emotion":
                    self.card(geom)
        for curve in g.curves:
            self.curve(curve)
        for link in g.links:
            self.link_ends(link)

    def _lane_cards(self, lane_id: str) -> list[str]:
        return [c.id for c in self.lanes[lane_id].cards]

    def _phase_color(self, phase_id: str) -> str:
        for phase in self.doc.phases:
            if phase.id == phase_id and phase.color:
                return phase.color
        return PHASE_BG

    def _base(self, lane_id: str) -> str:
        lane = self.lanes[lane_id]
        return lane.color or LANE_BASE.get(lane.type, "#E6E6E6")

    def lane(self, lane) -> None:
        pen, dy = self.pen, self.dy
        base = self._base(lane.lane_id)
        bg = mix(base, "#FFFFFF", 0.6)
        y = lane.y + dy
        pen.rect(lane.header.right, y, self.geom.width - lane.header.right, lane.height, fill=bg)
        h = self._r(lane.header)
        pen.rect(h.x, h.y, h.w, h.h, fill=base)
        for cell in lane.cells:
            pen.path(polyline([(cell.right, y), (cell.right, y + lane.height)]), stroke=GRID,
                     width=0.6)
        pen.path(polyline([(0, y + lane.height), (self.geom.width, y + lane.height)]),
                 stroke="#FFFFFF", width=1.5)
        self.block(lane.title, INK, dy)
        self.block(lane.subtitle, MUTED, dy)
        if lane.collapsed:
            pen.path(polyline([(lane.header.right + 6, y + lane.height / 2),
                               (self.geom.width - 6, y + lane.height / 2)]),
                     stroke=mix(base, INK, 0.3), width=0.8, dash=(2, 3))
        if lane.footer is not None:
            f = self._r(lane.footer.rect)
            pen.rect(f.x - 3, f.y - 2, f.w + 6, f.h + 4, fill=mix(base, "#FFFFFF", 0.2),
                     radius=3)
            self.block(lane.footer, INK, dy)
        if lane.type == "emotions" and not lane.collapsed:
            self._emotion_scale(lane)

    def _emotion_scale(self, lane) -> None:
        curve = next((c for c in self.geom.curves if c.lane_id == lane.lane_id), None)
        if curve is None:
            return
        x0, x1 = lane.header.right, self.geom.width
        for score, y in curve.score_y.items():
            yy = y + self.dy
            self.pen.path(polyline([(x0, yy), (x1, yy)]),
                          stroke="#B9A7B0" if score == 0 else "#E9D3DC",
                          width=0.7 if score == 0 else 0.5, dash=(3, 3) if score else None)
            label = f"{score:+d}" if score else "0"
            tw = self.m.width(label, 6.5)
            self.pen.text(x0 - tw - 4, yy + 2.3, label, 6.5, False, MUTED)

    # -- cards ------------------------------------------------------------
    def card(self, geom: CardGeom) -> None:
        pen, dy = self.pen, self.dy
        card = self.cards[geom.card_id]
        base = card.color or self._base(geom.lane_id)
        fill = mix(base, "#FFFFFF", 0.25) if card.color is None else card.color
        stroke = mix(base, INK, 0.45)
        r = self._r(geom.rect)
        dash = (3.0, 2.0) if geom.evidence == "assumed" else None
        lane_type = self.lanes[geom.lane_id].type
        if lane_type == "thoughts":  # speech bubble: tail below the card
            tx = r.x + 14
            pen.path(polygon([(tx, r.bottom - 1), (tx + 9, r.bottom - 1), (tx + 2, r.bottom + 5)]),
                     fill=fill, stroke=stroke, width=0.7)
            pen.rect(r.x, r.y, r.w, r.h, fill=fill, stroke=stroke, width=0.8, radius=8, dash=dash)
            pen.path(polyline([(tx + 0.8, r.bottom - 0.6), (tx + 8.2, r.bottom - 0.6)]),
                     stroke=fill, width=1.4)
        else:
            pen.rect(r.x, r.y, r.w, r.h, fill=fill, stroke=stroke,
                     width=1.1 if dash else 0.7, radius=3, dash=dash)
        if geom.kind == "feedback":  # quote card: a bar on the left
            pen.rect(r.x, r.y, 3, r.h, fill=mix(base, INK, 0.35))
        if geom.kind == "pain_point":
            pen.rect(r.x, r.y, 3, r.h, fill=SEVERITY)
        self.block(geom.title, INK, dy)
        extra_color = mix(base, INK, 0.75) if geom.kind == "metric" else MUTED
        self.block(geom.extra, extra_color, dy)
        self.block(geom.body, INK, dy)
        if geom.icon is not None:
            self.icon(card, self._r(geom.icon))
        if geom.image is not None:
            self.picture(card, self._r(geom.image))
        if geom.kind == "touchpoint" and card.decision_point:
            self.symbol("decision", Rect(r.x - 4, r.y - 4, 9, 9))

    def icon(self, card, r: Rect) -> None:
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
            self._badge(r, f"P{card.priority}", LINK)

    def _dots(self, r: Rect, n: int) -> None:
        d = min(r.h, r.w / 5.5)
        for i in range(5):
            cx = r.x + d / 2 + i * (r.w - d) / 4
            self.pen.circle(cx, r.y + r.h / 2, d / 2 - 0.4, fill=SEVERITY if i < n else "#FFFFFF",
                            stroke=SEVERITY, width=0.6)

    def _badge(self, r: Rect, label: str, color: str) -> None:
        self.pen.rect(r.x, r.y, r.w, r.h, fill=color, radius=min(r.h / 2, 4))
        size = min(r.h * 0.62, 8.0)
        unit = self.m.width(label, 1.0, True)
        if unit * size > r.w - 3 and unit > 0:  # shrink to fit the badge
            size = (r.w - 3) / unit
        tw = unit * size
        self.pen.text(r.x + (r.w - tw) / 2, r.y + r.h / 2 + size * 0.36, label, size, True,
                      "#FFFFFF")

    def picture(self, card, r: Rect) -> None:
        asset = self.assets.get(card.asset)
        if asset is None:
            self.pen.rect(r.x, r.y, r.w, r.h, fill="#DDDDDD", stroke=GRID)
            return
        self.pen.image(r.x, r.y, r.w, r.h, asset.decoded(), asset.media_type)
        self.pen.rect(r.x, r.y, r.w, r.h, stroke="#888888", width=0.5)

    def symbol(self, key: str, r: Rect) -> None:
        """The glyph for `key` inside `r` (shared by cards and the legend)."""
        pen = self.pen
        cx, cy = r.x + r.w / 2, r.y + r.h / 2
        s = min(r.w, r.h)
        name, _, value = key.partition(":")
        if name == "channel":
            color = CHANNEL_COLOR.get(value, "#566573")
            pen.circle(cx, cy, s / 2, fill=color)
            abbr = CHANNEL_ABBR.get(value, "•")
            size = s * (0.42 if len(abbr) > 1 else 0.55)
            tw = self.m.width(abbr, size, True)
            pen.text(cx - tw / 2, cy + size * 0.36, abbr, size, True, "#FFFFFF")
        elif name == "source":
            abbr = FEEDBACK_ABBR.get(value, "…")
            w = max(r.w, s)
            self._badge(Rect(cx - w / 2, cy - s * 0.45, w, s * 0.9), abbr, "#5D6D7E")
        elif name == "initiative":
            color = "#2E86C1" if value == "proactive" else "#CA6F1E"
            h = s / 2
            if value == "proactive":  # arrow out of the company
                pen.path(polygon([(cx - h, cy - h), (cx + h, cy), (cx - h, cy + h)]), fill=color)
            else:  # arrow back from the customer
                pen.path(polygon([(cx + h, cy - h), (cx - h, cy), (cx + h, cy + h)]),
                         fill="#FFFFFF", stroke=color, width=1)
        elif name == "decision":
            h = s / 2
            pen.path(polygon([(cx, cy - h), (cx + h, cy), (cx, cy + h), (cx - h, cy)]),
                     fill="#E67E22", stroke="#FFFFFF", width=0.8)
        elif name == "met":
            color = MET.get(value, "#888888")
            pen.circle(cx, cy, s / 2, fill=color)
            k = s * 0.25
            if value == "yes":
                pen.path(polyline([(cx - k, cy), (cx - k * 0.2, cy + k * 0.8), (cx + k, cy - k)]),
                         stroke="#FFFFFF", width=s * 0.13)
            elif value == "no":
                pen.path([("M", cx - k, cy - k), ("L", cx + k, cy + k), ("M", cx + k, cy - k),
                          ("L", cx - k, cy + k)], stroke="#FFFFFF", width=s * 0.13)
            else:
                pen.path(polyline([(cx - k, cy), (cx + k, cy)]), stroke="#FFFFFF", width=s * 0.15)
        elif name == "severity":
            self._dots(Rect(r.x, cy - s * 0.2, r.w, s * 0.4), 3)
        elif name == "priority":
            self._badge(Rect(r.x, cy - s * 0.35, r.w, s * 0.7), "P", LINK)
        elif name == "status":
            color = STATUS.get(value, "#7F8C8D")
            rr = s / 2
            if value == "idea":
                pen.circle(cx, cy, rr - 0.5, fill="#FFFFFF", stroke=color, width=1.2)
            elif value == "running":
                pen.circle(cx, cy, rr - 0.5, fill="#FFFFFF", stroke=color, width=1.2)
                pen.circle(cx, cy, rr * 0.45, fill=color)
            else:
                self.symbol("met:" + ("yes" if value == "validated" else "no"), r)
        elif name == "assumed":
            pen.rect(r.x + 1, r.y + 2, r.w - 2, r.h - 4, fill="#FFFFFF", stroke=INK, width=1.1,
                     radius=2, dash=(3, 2))
        elif name == "link":
            y = cy
            pen.path(polyline([(r.x, y), (r.right - 4, y)]), stroke=LINK, width=1.2, dash=(3, 2))
            pen.path(polygon([(r.right, y), (r.right - 5, y - 3), (r.right - 5, y + 3)]), fill=LINK)
        elif name == "emotion":
            pen.path([("M", r.x, cy + 3), ("C", r.x + r.w / 3, cy - 6, r.x + 2 * r.w / 3, cy + 6,
                       r.right, cy - 3)], stroke=CURVE, width=1.6)

    # -- emotions and links ----------------------------------------------
    def curve(self, curve) -> None:
        pen, dy = self.pen, self.dy
        if len(curve.segments) > 0:
            x0, y0 = curve.segments[0][0], curve.segments[0][1]
            ops = [("M", x0, y0 + dy)]
            for _x0, _y0, c1x, c1y, c2x, c2y, x1, y1 in curve.segments:
                ops.append(("C", c1x, c1y + dy, c2x, c2y + dy, x1, y1 + dy))
            pen.path(ops, stroke=CURVE, width=2.4)
        for point in curve.points:
            geom = self.geom.cards.get(point.card_id)
            card = self.cards.get(point.card_id)
            if geom is None or card is None:
                continue
            self.face(point.x, point.y + dy, geom.icon.w / 2 if geom.icon else 9, card)
            self._halo(geom.title, mix(self._base(curve.lane_id), "#FFFFFF", 0.6))
            self.block(geom.title, INK, dy)
            self.block(geom.body, MUTED, dy)

    def _halo(self, block: TextBlock, fill: str) -> None:
        """A patch of the lane's colour behind a label, so the curve never
        runs through its letters."""
        if not block.lines:
            return
        widest = max(self.m.width(line, block.size, block.bold) for line in block.lines)
        r = block.rect
        x = r.x + (r.w - widest) / 2 if block.align == "center" else r.x
        self.pen.rect(x - 2, r.y + self.dy, widest + 4, r.h, fill=fill, radius=2)

    def face(self, cx: float, cy: float, r: float, card) -> None:
        pen = self.pen
        color = SCORE_COLORS.get(card.score, "#F4D35E")
        if card.emoji and self._drawable(card.emoji):
            pen.circle(cx, cy, r, fill="#FFFFFF", stroke=color, width=2)
            size = r * 1.25
            tw = self.m.width(card.emoji, size)
            pen.text(cx - tw / 2, cy + size * 0.36, card.emoji, size, False, INK)
            return
        if card.emoji:  # no font has it: the face picture, the emoji as hidden text
            pen.hidden_text(cx - r, cy + r * 0.4, card.emoji, r)
        stroke = "#FFFFFF" if card.evidence != "assumed" else INK
        pen.circle(cx, cy, r, fill=color, stroke=stroke, width=1.2)
        eye = max(r * 0.12, 0.8)
        pen.circle(cx - r * 0.35, cy - r * 0.25, eye, fill=INK)
        pen.circle(cx + r * 0.35, cy - r * 0.25, eye, fill=INK)
        my = cy + r * 0.35 - card.score * r * 0.06
        bend = card.score * r * 0.22
        pen.path([("M", cx - r * 0.45, my), ("C", cx - r * 0.2, my + bend, cx + r * 0.2, my + bend,
                   cx + r * 0.45, my)], stroke=INK, width=max(r * 0.1, 0.7))

    def _drawable(self, text: str) -> bool:
        fonts = getattr(self.m, "fonts", None)
        if fonts is None:
            return True
        return all(name != PLACEHOLDER for name, _run in fonts.runs(text))

    def link_line(self, link) -> None:
        pts = [(x, y + self.dy) for x, y in link.points]
        self.pen.path(polyline(pts), stroke=LINK, width=1.2, dash=(4, 2))

    def link_ends(self, link) -> None:
        pts = [(x, y + self.dy) for x, y in link.points]
        (x0, y0), (x1, y1) = pts[-2], pts[-1]
        ux, uy = x1 - x0, y1 - y0
        n = (ux * ux + uy * uy) ** 0.5 or 1.0
        ux, uy = ux / n, uy / n
        a, w = 6.0, 3.2
        self.pen.path(polygon([(x1, y1), (x1 - ux * a - uy * w, y1 - uy * a + ux * w),
                               (x1 - ux * a + uy * w, y1 - uy * a - ux * w)]), fill=LINK)
        sx, sy = pts[0]
        self.pen.circle(sx, sy, 2.2, fill=LINK)

    # -- legend -----------------------------------------------------------
    def legend(self) -> None:
        p = self.poster
        if p.legend is None:
            return
        r = p.legend
        self.pen.rect(r.x, r.y, r.w, r.h, fill="#F4F5F7")
        self.block(p.legend_title, INK)
        for item in p.legend_items:
            self.symbol(item.key, item.symbol)
            self.block(item.label, INK)
