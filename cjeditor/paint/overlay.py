"""Overlaid emotion curves (a saved view's `overlay_emotions`): every shown emotion
lane drawn as one chart, one curve per persona in the persona's colour, with a legend
in the chart lane's header. No Qt.

The layout puts every curve in the chart lane (compute_layout(..., overlay=True)); this
paints them. The parts (a curve's dots, a chart's legend) are what the canvas's items
paint one by one; `paint_overlay` is all of them, as the poster draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cjeditor.layout.geometry import EmotionCurve, MapGeometry, Rect
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.parts import MapPainter
from cjeditor.paint.pen import line

__all__ = ["LegendEntry", "chart_header", "chart_legend", "legend_entries", "overlay_dot",
           "overlay_dots", "overlay_series", "paint_overlay", "series_look"]

LEGEND_SIZE = 7.0
DOT_R = 3.2


class LegendEntry(NamedTuple):
    """One line of a chart's legend: a sample of the curve and its name."""

    color: str
    label: str
    dashed: bool = False  # a ghost curve (the counterpart map's): dashed, hollow dot


def series_look(doc: JourneyMap, lane_id: str, index: int) -> tuple[str, str]:
    """(colour, label) of the `index`-th overlaid curve, that of the lane `lane_id`: its
    persona's colour and name, else a colour of the overlay palette and the lane's title."""
    lane = next((lane for lane in doc.lanes if lane.id == lane_id), None)
    persona = next((p for p in doc.personas if p.id == lane.persona), None) \
        if lane is not None and lane.persona else None
    color = (persona.color if persona is not None else None) \
        or S.OVERLAY_PALETTE[index % len(S.OVERLAY_PALETTE)]
    label = persona.name if persona is not None else (lane.title if lane else "")
    return color, label


def overlay_series(doc: JourneyMap, geom: MapGeometry) -> list[tuple[EmotionCurve, str, str]]:
    """(curve, colour, label) of each curve (`series_look`)."""
    return [(curve, *series_look(doc, curve.lane_id, i)) for i, curve in enumerate(geom.curves)]


def legend_entries(series: Sequence[tuple[EmotionCurve, str, str]]) -> list[LegendEntry]:
    return [LegendEntry(color, label) for _curve, color, label in series]


def overlay_dot(painter: MapPainter, x: float, y: float, color: str) -> None:
    """The dot of one point of an overlaid curve (the faces stay off the chart)."""
    painter.pen.circle(x, y, DOT_R, fill=color, stroke=S.WHITE, width=1)


def overlay_dots(painter: MapPainter, curve: EmotionCurve, color: str) -> None:
    for point in curve.points:
        overlay_dot(painter, point.x, point.y, color)


def chart_legend(painter: MapPainter, header: Rect, entries: Sequence[LegendEntry]) -> None:
    """The legend at the bottom of a chart lane's header: a sample and a name a line."""
    if not entries:
        return
    pen, h = painter.pen, header
    step = painter.m.line_height(LEGEND_SIZE)
    y = h.bottom - 6 - step * len(entries)
    for color, label, dashed in entries:
        cy = y + step / 2
        pen.path(line(h.x + 6, cy, h.x + 20, cy), stroke=color, width=2.2,
                 dash=S.GHOST_DASH if dashed else None)
        if dashed:
            pen.circle(h.x + 13, cy, 2.2, fill=S.WHITE, stroke=color, width=1.2)
        else:
            pen.circle(h.x + 13, cy, 2.2, fill=color)
        text = label
        room = h.w - 30
        while text and painter.m.width(text, LEGEND_SIZE) > room:
            text = text[:-2] + "…" if len(text) > 2 else ""
        pen.text(h.x + 24, cy + LEGEND_SIZE * 0.36, text, LEGEND_SIZE, False, S.INK)
        y += step


def chart_header(geom: MapGeometry, series: Sequence[tuple[EmotionCurve, str, str]]) -> Rect | None:
    """The header of the lane the overlaid curves are drawn in."""
    if not series:
        return None
    chart = next((lane for lane in geom.lanes if lane.lane_id == series[0][0].lane_id), None)
    return chart.header if chart is not None else None


def paint_overlay(painter: MapPainter, doc: JourneyMap, geom: MapGeometry) -> None:
    """The curves, a dot at each point, and the legend (in map coordinates)."""
    series = overlay_series(doc, geom)
    if not series:
        return
    for curve, color, _label in series:
        painter.curve(curve, color)
    for curve, color, _label in series:
        overlay_dots(painter, curve, color)
    header = chart_header(geom, series)
    if header is not None:
        chart_legend(painter, header, legend_entries(series))
