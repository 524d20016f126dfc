"""The map's frame: columns (stages), the phase band and the stage headers. No Qt.

Columns are stages, left to right, `COLUMN_WIDTH` x stage.width wide. Above the
lanes: an optional phase band, then one header per stage. `StageCache` keeps a
stage's header geometry while nothing it depends on changes, so an unchanged
column keeps the very same objects (views can compare with `is`).
"""

from __future__ import annotations

from typing import Any

from cjeditor.layout.cards import link_row
from cjeditor.layout.geometry import ColumnGeom, PhaseGeom, Rect, TextBlock
from cjeditor.layout.lanes import Columns
from cjeditor.layout.metrics import TextMetrics
from cjeditor.layout.style import STYLE, text_block
from cjeditor.model import JourneyMap

__all__ = ["StageCache", "columns_of", "phase_band", "stage_headers"]


def columns_of(doc: JourneyMap) -> Columns:
    s = STYLE
    xs: list[float] = []
    widths: list[float] = []
    x = s.header_width
    for stage in doc.stages:
        xs.append(x)
        widths.append(s.column_width * stage.width)
        x += widths[-1]
    return Columns(tuple(xs), tuple(widths), x, {st.id: i for i, st in enumerate(doc.stages)})


def phase_band(doc: JourneyMap, cols: Columns, m: TextMetrics) -> tuple[list[PhaseGeom], float]:
    """The phase blocks over their runs of stages, and the band's height (0 if none)."""
    if not doc.phases:
        return [], 0.0
    s = STYLE
    xs, widths = cols.xs, cols.widths
    runs: list[tuple[str, int, int]] = []  # phase id, first, last stage index
    for i, stage in enumerate(doc.stages):
        if stage.phase is None:
            continue
        if runs and runs[-1][0] == stage.phase and runs[-1][2] == i - 1:
            runs[-1] = (stage.phase, runs[-1][1], i)
        else:
            runs.append((stage.phase, i, i))
    names = {p.id: p.name for p in doc.phases}
    blocks = []
    for pid, first, last in runs:
        px, pw = xs[first], xs[last] + widths[last] - xs[first]
        blocks.append((pid, px, pw, text_block(names.get(pid, pid), px + s.pad, s.pad,
                                               pw - 2 * s.pad, s.phase_size, True, m,
                                               "center")))
    band_h = max((blk.rect.h for *_, blk in blocks), default=m.line_height(s.phase_size))
    band_h += 2 * s.pad
    return [PhaseGeom(pid, Rect(px, 0.0, pw, band_h), blk) for pid, px, pw, blk in blocks], band_h


class StageCache:
    """Stage header pieces keyed on what they depend on (at most one entry per stage)."""

    def __init__(self) -> None:
        self.names: dict[str, tuple[tuple[Any, ...], TextBlock]] = {}
        self.descriptions: dict[str, tuple[tuple[Any, ...], TextBlock | None]] = {}
        self.columns: dict[str, tuple[tuple[Any, ...], ColumnGeom]] = {}

    def clear(self) -> None:
        self.names.clear()
        self.descriptions.clear()
        self.columns.clear()


def stage_headers(doc: JourneyMap, cols: Columns, y: float, m: TextMetrics,
                  cache: StageCache | None = None) -> tuple[list[ColumnGeom], float]:
    """One header per stage starting at `y`; returns them and the header height."""
    s = STYLE
    c = cache or StageCache()
    xs, widths = cols.xs, cols.widths
    name_blocks = []
    for i, st in enumerate(doc.stages):
        key = (st.name, xs[i], widths[i], y)
        hit = c.names.get(st.id)
        if hit is None or hit[0] != key:
            hit = c.names[st.id] = (key, text_block(
                st.name, xs[i] + s.pad, y + s.pad, widths[i] - 2 * s.pad, s.stage_size, True, m,
                "center"))
        name_blocks.append(hit[1])
    has_badge = any(st.moment for st in doc.stages)
    name_h = max((blk.rect.h for blk in name_blocks), default=0.0)
    badge_y = y + s.pad + name_h + 3
    desc_y = badge_y + (s.badge_h + 4 if has_badge else 0)
    descriptions = []
    for i, st in enumerate(doc.stages):
        dkey = (st.description, xs[i], widths[i], desc_y)
        dhit = c.descriptions.get(st.id)
        if dhit is None or dhit[0] != dkey:
            block = text_block(st.description, xs[i] + s.pad, desc_y, widths[i] - 2 * s.pad,
                               s.stage_description_size, False, m, "center", max_lines=4) \
                if st.description else None
            dhit = c.descriptions[st.id] = (dkey, block)
        descriptions.append(dhit[1])
    desc_h = max((blk.rect.h for blk in descriptions if blk is not None), default=0.0)
    # a row for the links to other maps under the descriptions, if a stage has one
    link_y = desc_y + desc_h + (3 if desc_h else 0)
    link_h = s.link_badge if any(st.link for st in doc.stages) else 0.0
    header_h = (link_y + link_h if link_h else desc_y + desc_h) - y + s.pad
    columns: list[ColumnGeom] = []
    for i, st in enumerate(doc.stages):
        ckey = (name_blocks[i], descriptions[i], st.moment, i, header_h, badge_y, st.link,
                link_y)
        chit = c.columns.get(st.id)
        if chit is None or not _same(chit[0], ckey):
            badge = None
            if st.moment:
                bw = 44.0
                badge = Rect(xs[i] + (widths[i] - bw) / 2, badge_y, bw, s.badge_h)
            link_badge = link_text = None
            if st.link:
                link_badge, link_text, _h = link_row(st.link, xs[i] + s.pad, link_y,
                                                     widths[i] - 2 * s.pad, m, "center")
            chit = c.columns[st.id] = (ckey, ColumnGeom(
                st.id, i, xs[i], widths[i], Rect(xs[i], y, widths[i], header_h), name_blocks[i],
                st.moment, badge, descriptions[i], link_badge, link_text))
        columns.append(chit[1])
    if cache is not None and len(c.columns) > len(doc.stages):
        alive = set(cols.index)
        for table in (c.names, c.descriptions, c.columns):
            for sid in [k for k in table if k not in alive]:
                del table[sid]
    return columns, header_h


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Keys whose text blocks are compared by identity (a cached block is reused)."""
    return a[0] is b[0] and a[1] is b[1] and a[2:] == b[2:]
