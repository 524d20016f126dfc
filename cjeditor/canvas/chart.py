"""The emotion charts' extras on the canvas: the overlaid curves of a view with
"overlay emotion curves" (one curve per persona in its colour, dots, a legend in the
chart lane's header) and, when the map is compared with its counterpart, the ghost
curves and stage marks (canvas/ghost.py) with their legend entries.

Every item paints one painter part (paint/overlay.py, paint/ghost.py), the same calls
the poster makes. `ChartItems` keeps them in step with the scene's geometry: it follows
`MapScene.relaid_out`, so the canvas changes at once when the overlay is toggled or the
map is edited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjeditor.canvas.ghost import GhostItems
from cjeditor.canvas.headers import EmotionPointItem
from cjeditor.canvas.overlay import map_painter
from cjeditor.canvas.part_item import PartItem, curve_rect, keep_items
from cjeditor.layout.geometry import EmotionCurve, MapGeometry, Rect
from cjeditor.paint.overlay import (
    LegendEntry,
    chart_header,
    chart_legend,
    legend_entries,
    overlay_dot,
    overlay_series,
)
from cjeditor.paint.parts import MapPainter

if TYPE_CHECKING:
    from cjeditor.canvas.scene import MapScene

__all__ = ["ChartItems", "OverlayPointItem"]

CURVE_Z = 8.0  # as the emotion curve
LEGEND_Z = 6.0  # over the lane header (5)


class OverlayPointItem(EmotionPointItem):
    """A point of an overlaid curve: the dot the paper prints, in the persona's colour,
    dragged up or down to change the score like a face (the scene makes these instead
    of faces while the chart is overlaid)."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        charts = getattr(self.scene(), "charts", None)
        color = charts.colors.get(self.lane_id) if charts is not None else None
        if color is not None:
            overlay_dot(map_painter(painter, self), self.point.x, self.point.y, color)


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class ChartItems:
    """The overlaid curves, ghost curves, stage marks and chart legends of one scene."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.curves: dict[str, PartItem] = {}  # lane id -> overlaid curve
        self.colors: dict[str, str] = {}  # lane id -> its overlaid curve's colour
        self.legends: dict[str, PartItem] = {}  # chart lane id -> legend
        self.ghost = GhostItems(scene, self.sync)
        scene.relaid_out.connect(self.sync)

    def forget(self) -> None:
        """The scene deleted every item (QGraphicsScene.clear)."""
        for group in (self.curves, self.legends):
            group.clear()
        self.ghost.forget()

    def paint_frozen(self, painter: MapPainter, top: bool) -> None:
        """What the frozen header strips (canvas/frozen.py) show of these: the stage
        marks along the top, the chart legends down the left."""
        for item in (self.ghost.marks if top else self.legends).values():
            item.paint_part(painter)

    def _keep(self, group: dict[str, PartItem], wanted: dict[str, Any], z: float,
              place: Callable[[PartItem, Any], None]) -> None:
        keep_items(self.scene, group, wanted, z, place)

    def sync(self) -> None:
        geom = self.scene.geometry
        if geom is None:
            return
        doc = self.scene.doc.map
        series = overlay_series(doc, geom) if geom.overlay else []
        wanted = {curve.lane_id: (curve, color, label) for curve, color, label in series}

        def curve(item: PartItem, s: tuple[EmotionCurve, str, str]) -> None:
            c, color, _label = s
            item.set_part((c, color), curve_rect(c, 3.0),
                          lambda p: p.curve(c, color))

        self._keep(self.curves, wanted, CURVE_Z, curve)
        colors = {lane_id: color for lane_id, (_c, color, _label) in wanted.items()}
        if colors != self.colors:  # a persona's colour: the dots (scene.points) follow
            self.colors = colors
            for point in self.scene.points.values():
                point.update()
        self.ghost.sync(geom)
        self._keep(self.legends, self._legends(geom, series), LEGEND_Z, self._place_legend)

    def _legends(self, geom: MapGeometry, series: list[tuple[EmotionCurve, str, str]]
                 ) -> dict[str, tuple[Rect, list[LegendEntry]]]:
        """Legend entries by the lane whose header shows them."""
        headers = {lane.lane_id: lane.header for lane in geom.lanes if not lane.collapsed}
        out: dict[str, tuple[Rect, list[LegendEntry]]] = {}
        header = chart_header(geom, series)
        if header is not None:
            out[series[0][0].lane_id] = (header, legend_entries(series))
        chart = series[0][0].lane_id if series else None
        for lane_id, entries in self.ghost.legend(geom).items():
            lane_id = lane_id if lane_id in headers else (chart or lane_id)
            if lane_id not in headers:
                continue
            rect, before = out.get(lane_id, (headers[lane_id], []))
            if not before:  # a chart of one curve: name it too, beside its ghost
                before = [self.ghost.own_entry()]
            out[lane_id] = (rect, before + entries)
        return out

    @staticmethod
    def _place_legend(item: PartItem, value: tuple[Rect, list[LegendEntry]]) -> None:
        header, entries = value
        item.set_part((header, tuple(entries)), _qrect(header),
                      lambda p: chart_legend(p, header, entries))
