"""The whole poster on a Pen: paper, title band, the map's parts, the legend."""

from __future__ import annotations

from typing import Any

from cjeditor.layout.metrics import TextMetrics
from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.blueprint import blueprint_line
from cjeditor.paint.connections import connection, connection_label
from cjeditor.paint.overlay import paint_overlay
from cjeditor.paint.parts import MapPainter, face_radius
from cjeditor.paint.pen import Pen

__all__ = ["paint_map", "paint_poster"]


def _pictures(doc: JourneyMap) -> Any:
    assets = {a.id: a for a in doc.assets}
    decoded: dict[str, tuple[bytes, str]] = {}

    def picture(asset_id: str) -> tuple[bytes, str] | None:
        if asset_id not in decoded:
            asset = assets.get(asset_id)
            if asset is None:
                return None
            decoded[asset_id] = (asset.decoded(), asset.media_type)
        return decoded[asset_id]

    return picture


def paint_map(painter: MapPainter, doc: JourneyMap, poster: Poster) -> None:
    """The map's parts in map coordinates, in the canvas's stacking order."""
    g = poster.geometry
    cards = {c.id: c for c in doc.all_cards()}
    lanes = {lane.id: lane for lane in doc.lanes}
    stages = {s.id: s for s in doc.stages}
    phases = {p.id: p for p in doc.phases}
    curves = {c.lane_id: c for c in g.curves}
    for lane in g.lanes:
        painter.lane_band(lane, lanes[lane.lane_id], g.width)
        if lane.lane_id in curves and not lane.collapsed:
            painter.emotion_scale(curves[lane.lane_id], lane.header.right, g.width)
    for phase in g.phases:
        painter.phase(phase, phases.get(phase.phase_id))
    for col in g.columns:
        painter.stage_header(col, stages[col.stage_id])
    for lane in g.lanes:
        painter.lane_header(lane, lanes[lane.lane_id])
        if lane.lane_id in curves and not lane.collapsed:
            painter.emotion_scale_labels(curves[lane.lane_id], lane.header.right)
    if g.overlay:  # a saved view's overlaid curves: a colour per persona, a legend
        paint_overlay(painter, doc, g)
    for curve in g.curves if not g.overlay else ():
        painter.curve(curve)
    for bp in g.blueprint:  # across lanes and headers, under the arrows and cards
        blueprint_line(painter, bp)
    for link in g.links:  # under the cards
        painter.link(link)
    for lane in g.lanes:
        if lane.collapsed:
            continue
        model = lanes[lane.lane_id]
        for card in model.cards:
            geom = g.cards.get(card.id)
            if geom is not None:
                painter.card(geom, card, model)
    for arrow in g.connections:  # over the cards (they never cross one), labels on top
        connection(painter, arrow)
    for arrow in g.connections:
        connection_label(painter, arrow)
    for curve in g.curves if not g.overlay else ():  # overlaid curves have dots instead
        for point in curve.points:
            emotion = cards.get(point.card_id)
            if emotion is not None:
                painter.face(point, emotion, face_radius(g.cards.get(point.card_id)))


def paint_poster(pen: Pen, doc: JourneyMap, poster: Poster, metrics: TextMetrics,
                 background: bool = True) -> None:
    """Draw the poster; `background`: paint the white paper under it too."""
    painter = MapPainter(pen, metrics, _pictures(doc))
    if background:
        pen.rect(0, 0, poster.width, poster.height, fill=S.PAPER)
    h = poster.header
    pen.rect(h.x, h.y, h.w, h.h, fill=S.HEADER_BG)
    painter.block(poster.title, S.HEADER_TEXT)
    painter.block(poster.info, S.HEADER_INFO)
    pen.push(0, poster.map_y)
    paint_map(painter, doc, poster)
    pen.pop()
    if poster.legend is not None:
        r = poster.legend
        pen.rect(r.x, r.y, r.w, r.h, fill=S.LEGEND_BG)
        painter.block(poster.legend_title, S.INK)
        for item in poster.legend_items:
            painter.symbol(item.key, item.symbol)
            painter.block(item.label, S.INK)
