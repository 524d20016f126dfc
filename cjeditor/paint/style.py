"""The one style table: every colour and stroke a map is drawn with.

Type sizes and box sizes are layout's (layout/style.py: they decide where things
go); this table decides how they look. The canvas, the poster, the SVG and the
export preview all read it, so screen and paper show the same colours.
"""

from __future__ import annotations

from functools import lru_cache

INK = "#222222"  # text
MUTED = "#555555"  # secondary text
WHITE = "#FFFFFF"
PAPER = WHITE
GRID = "#C9CED6"  # cell borders
HEADER_BG = "#24313F"  # the poster's title band
HEADER_TEXT = WHITE
HEADER_INFO = "#DCE3EA"
STAGE_BG = "#2F3E4E"  # stage headers (unless the stage has a colour)
STAGE_DESCRIPTION_ON_DARK = "#D5DEE8"
PHASE_BG = "#5A6B7D"
LEGEND_BG = "#F4F5F7"
PLACEHOLDER_BG = "#F2F2F2"  # behind a character no font can draw
MISSING_IMAGE = "#DDDDDD"
IMAGE_FRAME = "#888888"
FALLBACK = "#888888"

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
    "physical_evidence": "#E9E2D0",
    "frontstage": "#D5E0EC",
    "support": "#DCD8E6",
}
LANE_DEFAULT = "#E6E6E6"
LANE_BAND_LIGHTEN = 0.6  # a lane's band is its base colour this far towards white
CARD_LIGHTEN = 0.25  # a card's fill, towards white
CARD_STROKE_DARKEN = 0.45  # a card's border, towards INK
CARD_RADIUS = 3.0
BUBBLE_RADIUS = 8.0
CARD_STROKE = 0.7
ASSUMED_STROKE = 1.1
ASSUMED_DASH = (3.0, 2.0)

MOMENT_COLORS = {
    "zmot": "#2E86C1", "fmot": "#CA6F1E", "amot": "#7D3C98", "smot": "#239B56",
    "tmot": "#B03A2E",
}  # fmt: skip
CHANNEL_GROUP_COLORS = {
    "#2E86C1": ("social", "ads", "content", "event", "referral"),
    "#CA6F1E": ("sales_rep", "catalog", "ecommerce", "reviews", "point_of_sale"),
    "#7D3C98": ("thank_you", "survey", "email", "billing", "subscription"),
    "#1E8449": ("support", "success_program", "onboarding", "loyalty", "self_service"),
    "#566573": ("website", "whatsapp", "instagram", "facebook", "phone", "store", "app", "other"),
}
CHANNEL_COLOR = {ch: color for color, chans in CHANNEL_GROUP_COLORS.items() for ch in chans}
CHANNEL_DEFAULT = "#566573"
SOURCE_BADGE = "#5D6D7E"
SCORE_COLORS = {-2: "#E57368", -1: "#F2A65E", 0: "#F4D35E", 1: "#A8D672", 2: "#5DBB63"}
SEVERITY = "#C0392B"
MET = {"yes": "#27AE60", "partly": "#E59B1E", "no": "#C0392B"}
STATUS = {"idea": "#7F8C8D", "running": "#2E86C1", "validated": "#27AE60",
          "invalidated": "#C0392B"}
INITIATIVE = {"proactive": "#2E86C1", "reactive": "#CA6F1E"}
DECISION = "#E67E22"
LINK = "#1E8449"  # opportunity -> pain point
LINK_WIDTH = 1.2
LINK_DASH = (4.0, 2.0)
MAP_LINK = "#1A6FB0"  # the badge of a link to another map (a sub-journey) and its path
MAP_LINK_TEXT = "#154F7D"  # that path on a card (on a dark stage header: the header's text)
CONNECTION = "#3D4F63"  # an arrow between two cards (format version 2)
CONNECTION_WIDTH = 1.1
CONNECTION_DASH: dict[str, tuple[float, float] | None] = {"flow": None, "dependency": (4.5, 2.5)}
ARROW_LENGTH = 6.0
ARROW_HALF = 3.2
BLUEPRINT_LINE = "#1F5F99"  # the service-blueprint lines and their tags
BLUEPRINT_WIDTH = 1.3
BLUEPRINT_DASH: dict[str, tuple[float, float] | None] = {
    "interaction": None, "visibility": (7.0, 3.0), "internal": (2.0, 2.0)}
CURVE = "#6C3483"
CURVE_WIDTH = 2.4
SCALE_ZERO = "#B9A7B0"
SCALE_LINE = "#E9D3DC"
SCALE_DASH = (3.0, 3.0)  # the emotion scale's lines but zero's: dash, gap

# Decision pages: the impact x effort matrix, the health check, current vs future.
QUADRANT = {"quick_wins": "#DDF1E3", "big_bets": "#DCE8F6", "fill_ins": "#F1F0E4",
            "money_pits": "#F7DFD8"}
QUADRANT_TITLE = {"quick_wins": "#1E8449", "big_bets": "#1F5F99", "fill_ins": "#7D6608",
                  "money_pits": "#A93226"}
CHECK_STATUS = {"ok": MET["yes"], "weak": MET["partly"], "missing": MET["no"]}
EVIDENCE_BAR = {"observed": "#2E86C1", "assumed": "#E59B1E", "unstated": "#C9CED6"}
COMPARE_STATE = {"current": "#7F8C8D", "future": CURVE}  # the two curves of a comparison
COMPARE_CHANGE = {"added": "#1E8449", "removed": "#A93226", "changed": "#B9770E"}
# The counterpart map on the canvas ("Compare with counterpart"): its emotion curve as a
# ghost (the curve's colour lightened, dashed, hollow dots) and a mark (+ − ~, in the
# COMPARE_CHANGE colours) on each stage that differs.
GHOST_LIGHTEN = 0.35
GHOST_DASH = (5.0, 3.0)
GHOST_WIDTH = 2.0
GHOST_DOT_R = 2.8
STAGE_MARK_SIGN = {"added": "+", "removed": "−", "changed": "~"}
STAGE_MARK_RADIUS = 2.5  # the mark's corners
PERSONA_DEFAULT = "#6C3483"  # a persona without a colour of its own
# Overlaid curves of personas without a colour of their own, in turn.
OVERLAY_PALETTE = ("#6C3483", "#1F77B4", "#D35400", "#1E8449", "#C0392B", "#7F8C8D")

# Print furniture around the map: tiling labels, gaps and cut lines; registration
# and crop marks (black, with a white halo where they sit on the map).
TILE_MARK = "#C0392B"
REGISTRATION = "#000000"
PREVIEW_PENDING = "#EEF1F4"  # the export preview while the thumbnail is made

# Overlays the canvas draws on top of the painted map (never on paper).
SELECT = "#1A73E8"
REFUSED = "#D93025"
HOVER = "#8AB4F8"
FOCUS = "#0B3D91"  # the keyboard focus: a dotted ring outside the selection outline


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


@lru_cache(maxsize=1024)
def mix(color: str, other: str, t: float) -> str:
    """`t` of the way from color to other."""
    a, b = _rgb(color), _rgb(other)
    parts = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return "#{:02X}{:02X}{:02X}".format(*parts)


def luminance(color: str) -> float:
    """WCAG 2 relative luminance of `color`, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def on_color(color: str) -> str:
    """Text colour readable on a background of `color`: ink or white, whichever has the
    higher contrast with it (a brightness threshold put white on orange at 2.9 : 1
    where ink gives 5.4 : 1)."""
    return WHITE if contrast(WHITE, color) > contrast(INK, color) else INK


def lane_base(lane_type: str, color: str | None = None) -> str:
    """A lane's base colour: its own, else its type's."""
    return color or LANE_BASE.get(lane_type, LANE_DEFAULT)


def lane_band(lane_type: str, color: str | None = None) -> str:
    return mix(lane_base(lane_type, color), WHITE, LANE_BAND_LIGHTEN)


def ghost(color: str) -> str:
    """The colour of a ghost curve drawn over a curve of `color`."""
    return mix(color, WHITE, GHOST_LIGHTEN)
