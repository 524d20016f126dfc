"""The geometry of a laid-out map: plain floats in points, origin top-left, y down.

This is the contract between layout/ (which computes it) and every view that
draws it (canvas/, export/). Views never decide where things go; they draw these
rectangles. Fields may be added; existing names are not renamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cjeditor.layout.blueprint import BlueprintLineGeom
    from cjeditor.layout.routes import ConnectionGeom

# Rect and TextBlock are immutable named tuples rather than frozen dataclasses:
# a map has tens of thousands of them and a tuple is made three times faster
# (and is left alone by the cyclic garbage collector).


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom


class TextBlock(NamedTuple):
    """Wrapped text: lines already broken to fit `rect.w` at `size` points."""

    lines: tuple[str, ...]
    rect: Rect
    size: float
    bold: bool = False
    line_height: float = 0.0
    # Added fields: distance from rect.y down to the first line's baseline, and
    # the horizontal alignment of the lines inside rect ("left" or "center").
    baseline0: float = 0.0
    align: str = "left"

    def baseline(self, index: int) -> float:
        """y of line `index`'s baseline (y grows downwards)."""
        return self.rect.y + self.baseline0 + index * self.line_height


@dataclass(slots=True)
class PhaseGeom:
    phase_id: str
    rect: Rect  # the band above the stage headers spanning its stages
    name: TextBlock


@dataclass(slots=True)
class ColumnGeom:
    stage_id: str
    index: int
    x: float
    width: float
    header: Rect  # the stage header cell
    name: TextBlock
    moment: str | None  # "zmot" ... or None: the badge is drawn in `badge`
    badge: Rect | None
    # Added field: the stage's description under the name and badge, if any.
    description: TextBlock | None = None
    # Added fields: the badge of the stage's link to another map and its path beside it.
    link_badge: Rect | None = None
    link_text: TextBlock | None = None


@dataclass(slots=True)
class LaneGeom:
    lane_id: str
    index: int
    type: str
    y: float
    height: float
    header: Rect  # the lane header on the left
    title: TextBlock
    cells: list[Rect]  # one per stage, same order as columns
    footer: TextBlock | None = None  # e.g. metric totals
    # Added fields: persona name / lane type under the title; collapsed lanes
    # are a thin band with only the header and no cards.
    subtitle: TextBlock | None = None
    collapsed: bool = False
    persona_id: str | None = None


@dataclass(slots=True)
class CardGeom:
    card_id: str
    lane_id: str
    stage_id: str
    kind: str
    rect: Rect
    title: TextBlock
    body: TextBlock | None  # the card's text, if shown
    icon: Rect | None = None  # channel icon / status mark area
    # Added fields: a kind-specific caption (channel, severity, value + unit,
    # hypothesis ...) drawn under the title, the picture of an image card, the
    # number of stages spanned, and whether the evidence is "assumed" (dashed).
    extra: TextBlock | None = None
    image: Rect | None = None
    span: int = 1
    evidence: str | None = None
    # Added fields: the badge of the card's link to another map and its path beside it.
    link_badge: Rect | None = None
    link_text: TextBlock | None = None


@dataclass(slots=True)
class CurvePoint:
    card_id: str
    stage_id: str
    x: float
    y: float
    score: int


@dataclass(slots=True)
class EmotionCurve:
    lane_id: str
    points: list[CurvePoint]
    # Cubic Bezier segments through the points: (x0, y0, c1x, c1y, c2x, c2y, x1, y1).
    segments: list[tuple[float, float, float, float, float, float, float, float]]
    # y of each score -2..2 inside the lane (for dragging a point).
    score_y: dict[int, float] = field(default_factory=dict)


@dataclass(slots=True)
class LinkGeom:
    """An opportunity pointing at a pain point it addresses."""

    from_card_id: str
    to_card_id: str
    points: list[tuple[float, float]]


@dataclass(slots=True)
class MapGeometry:
    width: float
    height: float
    header_width: float  # width of the lane-header column on the left
    phases: list[PhaseGeom]
    columns: list[ColumnGeom]
    lanes: list[LaneGeom]
    # card id -> geometry; a plain dict, or a CardTable (cardtable.py) that moves a
    # lane's cards to their place when they are read
    cards: Mapping[str, CardGeom]
    curves: list[EmotionCurve]
    links: list[LinkGeom]
    # Added field: the persona the lanes were filtered for (None: all lanes).
    persona: str | None = None
    # Added fields (format version 2): routed arrows between cards (routes.py) and the
    # service-blueprint lines under lanes (blueprint.py), top to bottom.
    connections: list[ConnectionGeom] = field(default_factory=list)
    blueprint: list[BlueprintLineGeom] = field(default_factory=list)
    # Added field: every emotion lane's curve is drawn in the first one (a saved view's
    # overlay_emotions); the other emotion lanes take no room.
    overlay: bool = False
