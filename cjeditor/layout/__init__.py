"""Layout: JourneyMap + text metrics -> geometry in points. No Qt."""

from cjeditor.layout.compute import STYLE, compute_layout
from cjeditor.layout.geometry import (
    CardGeom,
    ColumnGeom,
    CurvePoint,
    EmotionCurve,
    LaneGeom,
    LinkGeom,
    MapGeometry,
    PhaseGeom,
    Rect,
    TextBlock,
)
from cjeditor.layout.incremental import LayoutCache
from cjeditor.layout.metrics import ReportlabMetrics, TextMetrics, default_metrics, wrap

__all__ = [
    "STYLE", "CardGeom", "ColumnGeom", "CurvePoint", "EmotionCurve", "LaneGeom", "LayoutCache",
    "LinkGeom",
    "MapGeometry", "PhaseGeom", "Rect", "ReportlabMetrics", "TextBlock", "TextMetrics",
    "compute_layout", "default_metrics", "wrap",
]  # fmt: skip
