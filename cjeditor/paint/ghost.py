"""The counterpart map over this one ("Compare with counterpart"): its emotion curves
as ghost lines (the curve's colour lightened, dashed, hollow dots), their legend
entries, and the marks (+ − ~) on stages that differ. No Qt.

Where they go is layout/ghost.py's; the canvas paints each part from its own item,
`paint_ghost` paints them all (for paper).
"""

from __future__ import annotations

from typing import Any

from cjeditor.check.words import say
from cjeditor.layout.geometry import EmotionCurve, MapGeometry
from cjeditor.layout.ghost import GhostCurve, GhostGeometry, StageMark
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.overlay import LegendEntry, overlay_series
from cjeditor.paint.parts import MapPainter

__all__ = ["curve_colors", "ghost_curve", "ghost_legend", "paint_ghost", "stage_mark"]


def curve_colors(doc: JourneyMap, geom: MapGeometry) -> dict[str, str]:
    """Each shown curve's colour (by lane id): the persona's on an overlaid chart."""
    if geom.overlay:
        return {curve.lane_id: color for curve, color, _label in overlay_series(doc, geom)}
    return {curve.lane_id: S.CURVE for curve in geom.curves}


def ghost_curve(painter: MapPainter, curve: EmotionCurve, color: str) -> None:
    """The other map's curve over a curve drawn in `color`."""
    pen, faded = painter.pen, S.ghost(color)
    if curve.segments:
        ops: list[Any] = [("M", curve.segments[0][0], curve.segments[0][1])]
        ops.extend(("C", *seg[2:]) for seg in curve.segments)
        pen.path(ops, stroke=faded, width=S.GHOST_WIDTH, dash=S.GHOST_DASH)
    for point in curve.points:
        pen.circle(point.x, point.y, S.GHOST_DOT_R, fill=S.WHITE, stroke=faded, width=1.4)


def stage_mark(painter: MapPainter, mark: StageMark) -> None:
    """+ − ~ on a rounded square (not a disc: a card's badges are discs): filled on a
    stage of this map, hollow where a stage of the other map only would stand."""
    pen, color = painter.pen, S.COMPARE_CHANGE.get(mark.status, S.FALLBACK)
    sign = S.STAGE_MARK_SIGN.get(mark.status, "?")
    r = mark.r
    if mark.stage_id is not None:
        pen.rect(mark.x - r, mark.y - r, 2 * r, 2 * r, fill=color, stroke=S.WHITE, width=1.2,
                 radius=S.STAGE_MARK_RADIUS)
        ink = S.WHITE
    else:
        pen.rect(mark.x - r, mark.y - r, 2 * r, 2 * r, fill=S.WHITE, stroke=color, width=1.6,
                 radius=S.STAGE_MARK_RADIUS)
        ink = color
    size = r * 1.9
    width = painter.m.width(sign, size, True)
    pen.text(mark.x - width / 2, mark.y + size * 0.36, sign, size, True, ink)


def ghost_legend(doc: JourneyMap, ghosts: list[GhostCurve], colors: dict[str, str],
                 other_state: str) -> dict[str, list[LegendEntry]]:
    """Legend entries by the lane a ghost is drawn against: the ghost named by the other
    map's state ("Futuro"), with the persona's name when a chart holds several ghosts."""
    word = say(other_state, doc.meta.language)
    personas = {p.id: p.name for p in doc.personas}
    lanes = {lane.id: lane for lane in doc.lanes}
    several = len(ghosts) > 1
    out: dict[str, list[LegendEntry]] = {}
    for ghost in ghosts:
        lane_id = ghost.curve.lane_id
        lane = lanes.get(lane_id)
        who = personas.get(lane.persona, "") if lane is not None and lane.persona else ""
        label = f"{word} · {who}" if several and who else word
        out.setdefault(lane_id, []).append(
            LegendEntry(S.ghost(colors.get(lane_id, S.CURVE)), label, True))
    return out


def paint_ghost(painter: MapPainter, doc: JourneyMap, geom: MapGeometry,
                ghost: GhostGeometry) -> None:
    """Every ghost curve and stage mark, over the painted map."""
    colors = curve_colors(doc, geom)
    for g in ghost.curves:
        ghost_curve(painter, g.curve, colors.get(g.curve.lane_id, S.CURVE))
    for mark in ghost.marks:
        stage_mark(painter, mark)
