"""A saved view applied to a map before export (`--view ID`, spec/cjmap-format.md
"views"): its lanes in its order, and its persona filter. No Qt."""

from __future__ import annotations

from dataclasses import replace

from cjeditor.export.options import ExportOptions
from cjeditor.model import JourneyMap

__all__ = ["apply_view", "overlaid"]


def apply_view(doc: JourneyMap, options: ExportOptions) -> tuple[JourneyMap, ExportOptions]:
    """`doc` showing only the view's lanes, in the view's order, and `options` with the
    view's persona (an explicit `options.persona` wins). ValueError for an unknown view.

    The map is a shallow copy (nothing is validated again or changed in `doc`): the
    same cards, fewer lanes; references to cards of lanes left out are simply not drawn.
    """
    assert options.view is not None
    view = next((v for v in doc.views if v.id == options.view), None)
    if view is None:
        known = ", ".join(v.id for v in doc.views) or "none"
        raise ValueError(f'no saved view "{options.view}" in this map (views: {known})')
    if view.lanes is not None:
        lanes = {lane.id: lane for lane in doc.lanes}
        doc = doc.model_copy(update={"lanes": [lanes[i] for i in view.lanes if i in lanes]})
    if options.persona is None and view.persona is not None:
        options = replace(options, persona=view.persona)
    return doc, options


def overlaid(doc: JourneyMap, options: ExportOptions | None) -> bool:
    """True when the exported view asks for its emotion curves overlaid in one chart."""
    if options is None or options.view is None:
        return False
    return any(v.id == options.view and v.overlay_emotions for v in doc.views)
