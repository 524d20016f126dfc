"""What of a map goes on paper."""

from __future__ import annotations

from cjeditor.model import JourneyMap

__all__ = ["expanded"]


def expanded(doc: JourneyMap) -> JourneyMap:
    """`doc` with every lane shown in full: collapsing a lane is a way of working
    on screen, and a poster never prints a lane as a stub (only `--persona` or a
    saved view leave lanes out)."""
    if not any(lane.collapsed for lane in doc.lanes):
        return doc
    lanes = [lane.model_copy(update={"collapsed": False}) if lane.collapsed else lane
             for lane in doc.lanes]
    return doc.model_copy(update={"lanes": lanes})
