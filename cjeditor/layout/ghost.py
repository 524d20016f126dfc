"""Where the counterpart map goes on this map ("Compare with counterpart"). No Qt.

The pair is compared by check/compare.py (stages matched by id, then by name, as
`cjeditor compare` does). Over this map's geometry:

- each emotion lane of the other map becomes a ghost curve in the chart of this map's
  matching emotion lane (same lane id, else the same persona, else the same title, else
  the only one of each), its points at the columns of the matched stages (a stage only
  in the other map has no column here, so its point is left out);
- each stage of this map that differs gets a mark at the top right of its header; a
  stage only in the other map gets a mark on the border between the columns where it
  would stand (after the stage of this map that precedes it in the comparison).

Marks say what happened from the current map to the future one, whichever of the two
is on screen: "added" (only in the future map), "removed" (only in the current map),
"changed".
"""

from __future__ import annotations

from dataclasses import dataclass

from cjeditor.check.compare import Comparison
from cjeditor.layout.emotions import smooth
from cjeditor.layout.geometry import CurvePoint, EmotionCurve, MapGeometry
from cjeditor.model import EmotionCard, JourneyMap, Lane

__all__ = ["GhostCurve", "GhostGeometry", "StageMark", "ghost_geometry", "MARK_R"]

MARK_R = 6.0  # a stage mark's radius
MARK_INSET = 3.0  # from the header's corner


@dataclass(frozen=True)
class GhostCurve:
    curve: EmotionCurve  # in this map's coordinates; lane_id: the chart it is drawn in
    other_lane: str  # the counterpart's lane


@dataclass(frozen=True)
class StageMark:
    row: int  # index in Comparison.rows
    status: str  # "added" | "removed" | "changed"
    stage_id: str | None  # this map's stage; None: a stage only in the other map
    x: float  # centre
    y: float
    r: float = MARK_R


@dataclass(frozen=True)
class GhostGeometry:
    curves: list[GhostCurve]
    marks: list[StageMark]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _partner(lane: Lane, mine: list[Lane], other_count: int) -> Lane | None:
    """This map's emotion lane (among those with a curve shown) that `lane` goes with."""
    for same in (lambda a: a.id == lane.id,
                 lambda a: lane.persona is not None and a.persona == lane.persona,
                 lambda a: _key(a.title) == _key(lane.title)):
        found = next((a for a in mine if same(a)), None)
        if found is not None:
            return found
    return mine[0] if len(mine) == 1 and other_count == 1 else None


def ghost_geometry(geom: MapGeometry, this: JourneyMap, other: JourneyMap, cmp: Comparison,
                   this_is_current: bool) -> GhostGeometry:
    """The ghost curves and stage marks of `other` over `this` laid out as `geom`."""
    columns = {c.stage_id: c for c in geom.columns}
    stage_of: dict[str, str] = {}  # other map's stage id -> this map's
    marks: list[StageMark] = []
    border = geom.columns[0].x if geom.columns else geom.header_width
    stacked = 0  # gap marks already on this border
    for n, row in enumerate(cmp.rows):
        mine, theirs = (row.current, row.future) if this_is_current else (row.future,
                                                                          row.current)
        if mine is not None and theirs is not None:
            stage_of[theirs.id] = mine.id
        col = columns.get(mine.id) if mine is not None else None
        if col is not None:
            border, stacked = col.x + col.width, 0
            if row.status != "same":
                h = col.header
                marks.append(StageMark(n, row.status, mine.id if mine else None,
                                       h.right - MARK_R - MARK_INSET, h.y + MARK_R + MARK_INSET))
        elif mine is None and geom.columns:
            top = geom.columns[0].header
            y = top.y + top.h / 2 + stacked * (2 * MARK_R + 2)
            marks.append(StageMark(n, row.status, None, border, y))
            stacked += 1

    curves_of = {c.lane_id: c for c in geom.curves}
    mine_lanes = [lane for lane in this.lanes if lane.type == "emotions" and lane.id in curves_of]
    others = [lane for lane in other.lanes if lane.type == "emotions"]
    ghosts = []
    for lane in others:
        partner = _partner(lane, mine_lanes, len(others))
        if partner is None:
            continue
        target = curves_of[partner.id]
        by_column: dict[int, CurvePoint] = {}
        for card in lane.cards:
            stage = stage_of.get(card.stage)
            col = columns.get(stage) if stage is not None else None
            if not isinstance(card, EmotionCard) or col is None or col.index in by_column \
                    or card.score not in target.score_y:
                continue
            by_column[col.index] = CurvePoint(card.id, col.stage_id, col.x + col.width / 2,
                                              target.score_y[card.score], card.score)
        points = [by_column[i] for i in sorted(by_column)]
        if not points:
            continue
        ys = target.score_y
        curve = EmotionCurve(target.lane_id, points, smooth(points, ys[2], ys[-2]), dict(ys))
        ghosts.append(GhostCurve(curve, lane.id))
    return GhostGeometry(ghosts, marks)
