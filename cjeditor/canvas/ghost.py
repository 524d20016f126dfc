"""The counterpart map on the canvas ("Compare with counterpart"): the other map's
emotion curves as ghost lines and a mark on each stage that differs, with a tooltip
saying what changed.

The app loads the other map (app/counterpart.py) and hands it over with
`set_counterpart`; `refresh()` compares the pair again after edits (the app debounces
it). Where things go is layout/ghost.py's, how they look paint/ghost.py's; the items
only call those parts. Owned by canvas/chart.py's ChartItems (which also draws the
ghosts' legend entries).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import Qt as GuiQt

from cjeditor.canvas.part_item import PartItem, curve_rect, keep_items
from cjeditor.check.compare import Comparison, compare_maps
from cjeditor.check.words import say
from cjeditor.layout.geometry import MapGeometry
from cjeditor.layout.ghost import GhostGeometry, StageMark, ghost_geometry
from cjeditor.layout.metrics import default_metrics
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.compare import stage_change_lines
from cjeditor.paint.ghost import curve_colors, ghost_curve, ghost_legend, stage_mark
from cjeditor.paint.overlay import LegendEntry

if TYPE_CHECKING:
    from cjeditor.canvas.scene import MapScene

__all__ = ["GhostItems", "this_is_current"]

GHOST_Z = 7.5  # under the map's own curves (8)
MARK_Z = 7.0  # over the stage headers (5)
MAX_TIP_LINES = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def this_is_current(this: JourneyMap, other: JourneyMap) -> bool:
    """Which of the pair is the current (as-is) map: by this map's state, else by the
    other's, else this one."""
    if this.meta.state is not None:
        return this.meta.state == "current"
    if other.meta.state is not None:
        return other.meta.state == "future"
    return True


def _plain(text: str) -> str:
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


class GhostItems:
    """The ghost curves and stage marks of one scene (none until a counterpart is set)."""

    def __init__(self, scene: MapScene, changed: Callable[[], None] | None = None) -> None:
        self.scene = scene
        self.changed = changed or (lambda: None)
        self.other: JourneyMap | None = None
        self.current = True  # this map is the current one of the pair
        self.comparison: Comparison | None = None
        self.lines: list[list[tuple[str, str]]] = []  # per comparison row: what changed
        self.geometry: GhostGeometry | None = None
        self.curves: dict[str, PartItem] = {}  # other lane id -> ghost curve
        self.marks: dict[int, PartItem] = {}  # comparison row -> mark

    @property
    def active(self) -> bool:
        return self.other is not None

    def set_counterpart(self, other: JourneyMap | None, current: bool = True) -> None:
        """Compare with `other` (None: stop comparing, the ghosts and marks go)."""
        self.other, self.current = other, current
        self.refresh()

    def refresh(self) -> None:
        """Compare the pair again (after an edit of this map) and redraw."""
        if self.other is None:
            self.comparison, self.lines = None, []
        else:
            this = self.scene.doc.map
            pair = (this, self.other) if self.current else (self.other, this)
            self.comparison = compare_maps(*pair)
            self.lines = stage_change_lines(self.comparison, default_metrics())
        self.changed()

    def forget(self) -> None:
        self.curves.clear()
        self.marks.clear()

    # ------------------------------------------------------------ items
    def sync(self, geom: MapGeometry) -> None:
        doc = self.scene.doc.map
        if self.other is None or self.comparison is None:
            self.geometry = None
            ghosts = GhostGeometry([], [])
        else:
            ghosts = self.geometry = ghost_geometry(geom, doc, self.other, self.comparison,
                                                    self.current)
        colors = curve_colors(doc, geom)

        def curve(item: PartItem, g: Any) -> None:
            color = colors.get(g.curve.lane_id, S.CURVE)
            item.set_part((g, color), curve_rect(g.curve, 5.0),
                          lambda p: ghost_curve(p, g.curve, color))

        def mark(item: PartItem, m: StageMark) -> None:
            item.setToolTip(_plain(self.tip(m)))
            r = m.r + 1.5
            item.set_part((m,), QRectF(m.x - r, m.y - r, 2 * r, 2 * r),
                          lambda p: stage_mark(p, m))

        keep_items(self.scene, self.curves, {g.other_lane: g for g in ghosts.curves},
                   GHOST_Z, curve)
        keep_items(self.scene, self.marks, {m.row: m for m in ghosts.marks}, MARK_Z, mark)

    # ------------------------------------------------------------ words
    def states(self) -> tuple[str, str]:
        """(this map's state, the other's): "current" / "future"."""
        return ("current", "future") if self.current else ("future", "current")

    def own_entry(self) -> LegendEntry:
        """This map's curve in a legend beside its ghost."""
        doc = self.scene.doc.map
        return LegendEntry(S.CURVE, say(self.states()[0], doc.meta.language))

    def legend(self, geom: MapGeometry) -> dict[str, list[LegendEntry]]:
        if self.geometry is None:
            return {}
        doc = self.scene.doc.map
        return ghost_legend(doc, self.geometry.curves, curve_colors(doc, geom),
                            self.states()[1])

    def tip(self, mark: StageMark) -> str:
        """What a mark stands for, in plain text: a heading and the changes."""
        cmp = self.comparison
        if cmp is None:
            return ""
        row = cmp.rows[mark.row]
        if mark.stage_id is None:  # a stage of the other map only
            stage = row.future or row.current
            head = (tr("Only in the future map: %1") if self.current
                    else tr("Only in the current map: %1"))
            head = head.replace("%1", stage.name if stage is not None else "")
        else:
            head = (tr("What the future map changes in this stage:") if self.current
                    else tr("What changed in this stage since the current map:"))
        lines = [text for _mark, text in self.lines[mark.row]]
        if len(lines) > MAX_TIP_LINES:
            more = tr("… and %1 more").replace("%1", str(len(lines) - MAX_TIP_LINES))
            lines = lines[:MAX_TIP_LINES] + [more]
        return "\n".join([head, *lines])
