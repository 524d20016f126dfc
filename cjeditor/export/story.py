"""`export -o deck.pdf --story`: the journey as a 16:9 slide deck. No Qt.

The slides are painted by paint/slides.py through PdfPen, at 1:1 on pages of
13.33 × 7.5 in (960 × 540 pt), so a size on a slide is the size printed: no text
under 14 pt. Fonts are the shipped DejaVu subsets, text is real (selectable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from cjeditor.export.legibility import size_report
from cjeditor.export.options import ExportOptions
from cjeditor.export.pdf import _canvas  # the one way a PDF canvas is made
from cjeditor.export.pdf_pen import PdfPen
from cjeditor.export.view import overlaid
from cjeditor.layout.compute import shown_lanes
from cjeditor.layout.labels import NO_CARD_TITLES
from cjeditor.layout.metrics import PLACEHOLDER_EM, default_metrics
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.paint.slides import (
    CARD_PT,
    MIN_PT,
    SLIDE_H,
    SLIDE_W,
    Omitted,
    slide_painters,
)

__all__ = ["write_story"]


class _SlidePen(PdfPen):
    """PdfPen whose picture for a character no font has carries no code-point label:
    that label is small text, and nothing on a slide is under 14 pt. The character
    is still there as invisible text of the run's size (it copies and searches)."""

    def _placeholder(self, ch: str, x: float, y: float, size: float, color: str) -> None:
        w = PLACEHOLDER_EM * size
        box = w * 0.92
        self.rect(x + (w - box) / 2, -y - box + size * 0.18, box, box, fill=S.PLACEHOLDER_BG,
                  stroke=color, width=max(size * 0.05, 0.3), radius=box * 0.2)
        self.hidden_text(x, -y, ch, size)


def write_story(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None, notes: list[str] | None = None,
) -> None:
    """Write the deck of `doc` (a title slide, then one slide per stage) to `out`."""
    report = progress or (lambda _f: None)
    metrics = default_metrics()
    omitted = Omitted()
    painters = slide_painters(doc, metrics, options.persona, overlaid(doc, options), omitted)
    # card titles, the size --min-text-pt judges (the slides' smallest text is MIN_PT)
    note, refusal = size_report(CARD_PT, options,
                                where=f" on {len(painters)} slides of 13.33 × 7.5 in")
    if not any(card.title.strip() for lane in shown_lanes(doc, options.persona)
               for card in lane.cards):
        note, refusal = NO_CARD_TITLES, None
    if refusal is not None:
        from cjeditor.export import ExportError

        raise ExportError(refusal)
    canvas = _canvas(out, metrics.fonts, compress=True)
    canvas.setTitle(doc.meta.title)
    canvas.setAuthor(", ".join(doc.meta.authors))
    canvas.setSubject(doc.meta.product or "")
    canvas.setCreator("cjeditor")
    for n, painter in enumerate(painters, start=1):
        canvas.setPageSize((SLIDE_W, SLIDE_H))
        canvas.saveState()
        canvas.translate(0, SLIDE_H)  # the pen's origin at the top-left, y down
        pen = _SlidePen(canvas, metrics.fonts)
        pen.rect(0, 0, SLIDE_W, SLIDE_H, fill=S.PAPER)
        painter(pen)
        canvas.restoreState()
        canvas.showPage()
        report(0.95 * n / len(painters))
    canvas.save()
    if notes is not None and note is not None:
        notes.append(f"{note} (no text under {MIN_PT:g} pt)")
    if notes is not None and omitted.cards:
        notes.append(f"{omitted.cards} card(s) are only counted on their stage's slide "
                     '("… and N more"): a slide lists what it can show at that size; the '
                     "poster shows every card")
    report(1.0)
