"""Overlaid emotion curves (a saved view's `overlay_emotions`): every shown emotion
lane drawn as one chart, one curve per persona in the persona's colour, with a legend
in the chart lane's header. No Qt.

The layout puts every curve in the chart lane (compute_layout(..., overlay=True)); this
paints them.
"""

from __future__ import annotations

from cjeditor.layout.geometry import EmotionCurve, MapGeometry
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.parts import MapPainter
from cjeditor.paint.pen import line

__all__ = ["overlay_series", "paint_overlay"]

LEGEND_SIZE = 7.0
DOT_R = 3.2


def overlay_series(doc: JourneyMap, geom: MapGeometry) -> list[tuple[EmotionCurve, str, str]]:
    """(curve, colour, label) of each curve: the persona's colour and name, else a colour
    of the overlay palette and the lane's title."""
    lanes = {lane.id: lane for lane in doc.lanes}
    personas = {p.id: p for p in doc.personas}
    series = []
    for i, curve in enumerate(geom.curves):
        lane = lanes.get(curve.lane_id)
        persona = personas.get(lane.persona) if lane is not None and lane.persona else None
        color = (persona.color if persona is not None else None) \
            or S.OVERLAY_PALETTE[i % len(S.OVERLAY_PALETTE)]
        label = persona.name if persona is not None else (lane.title if lane else "")
        series.append((curve, color, label))
    return series


def paint_overlay(painter: MapPainter, doc: JourneyMap, geom: MapGeometry) -> None:
    """The curves, a dot at each point, and the legend (in map coordinates)."""
    series = overlay_series(doc, geom)
    if not series:
        return
    pen = painter.pen
    for curve, color, _label in series:
        painter.curve(curve, color)
    for curve, color, _label in series:
        for point in curve.points:
            pen.circle(point.x, point.y, DOT_R, fill=color, stroke=S.WHITE, width=1)
    chart = next((lane for lane in geom.lanes if lane.lane_id == series[0][0].lane_id), None)
    if chart is None:
        return
    h = chart.header
    step = painter.m.line_height(LEGEND_SIZE)
    y = h.bottom - 6 - step * len(series)
    for _curve, color, label in series:
        cy = y + step / 2
        pen.path(line(h.x + 6, cy, h.x + 20, cy), stroke=color, width=2.2)
        pen.circle(h.x + 13, cy, 2.2, fill=color)
        text = label
        room = h.w - 30
        while text and painter.m.width(text, LEGEND_SIZE) > room:
            text = text[:-2] + "…" if len(text) > 2 else ""
        pen.text(h.x + 24, cy + LEGEND_SIZE * 0.36, text, LEGEND_SIZE, False, S.INK)
        y += step
