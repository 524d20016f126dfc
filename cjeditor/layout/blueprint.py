"""Where the service-blueprint lines go: under the lanes that carry `line_below`. No Qt.

A line runs across the whole map (lane headers included) on the lower edge of
its lane; its label (the line's name in the map's language) is a tag standing
on the line at the left, in the lane-header column under the lane's title,
where no card or arrow goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cjeditor.layout.geometry import LaneGeom, Rect, TextBlock
from cjeditor.layout.metrics import TextMetrics
from cjeditor.layout.style import text_block
from cjeditor.model import JourneyMap, vocabulary

__all__ = ["BlueprintLineGeom", "blueprint_lines"]

LABEL_SIZE = 7.0
LABEL_X = 5.0
LABEL_PAD = 3.0


@dataclass(slots=True)
class BlueprintLineGeom:
    lane_id: str
    line: str  # "interaction" | "visibility" | "internal"
    y: float
    x0: float
    x1: float
    label: TextBlock
    label_box: Rect  # the tag behind the label, standing on the line


def blueprint_lines(doc: JourneyMap, lanes: Sequence[LaneGeom], width: float,
                    header_width: float, metrics: TextMetrics) -> list[BlueprintLineGeom]:
    """The lines under the drawn lanes, top to bottom."""
    wanted = {lane.id: lane.line_below for lane in doc.lanes if lane.line_below}
    if not wanted:
        return []
    language = doc.meta.language
    out = []
    for lane in lanes:
        line = wanted.get(lane.lane_id)
        if line is None:
            continue
        y = lane.y + lane.height
        text = vocabulary.name("line", line, language)
        room = header_width - LABEL_X - 2 * LABEL_PAD - 2
        block = text_block(text, 0, 0, room, LABEL_SIZE, True, metrics, max_lines=1)
        w = min(max((metrics.width(t, LABEL_SIZE, True) for t in block.lines), default=0.0),
                room)
        h = block.rect.h
        x = LABEL_X + LABEL_PAD
        top = y - h - 3.0  # the tag's bottom edge sits on the line
        label = TextBlock(block.lines, Rect(x, top + 1, w, h), LABEL_SIZE, True,
                          block.line_height, block.baseline0)
        box = Rect(LABEL_X, top, w + 2 * LABEL_PAD, h + 2)
        out.append(BlueprintLineGeom(lane.lane_id, line, y, 0.0, width, label, box))
    return out
