"""What of a map goes on paper, and the checks every export makes of it."""

from __future__ import annotations

from cjeditor.export.legibility import Fit, size_report, title_report
from cjeditor.export.options import ExportOptions
from cjeditor.export.view import overlaid
from cjeditor.layout.compute import compute_layout
from cjeditor.layout.metrics import ReportlabMetrics, default_metrics
from cjeditor.layout.poster import Poster, compute_poster
from cjeditor.model import JourneyMap

__all__ = ["check_page_titles", "check_titles", "expanded", "printed_poster"]


def expanded(doc: JourneyMap) -> JourneyMap:
    """`doc` with every lane shown in full: collapsing a lane is a way of working
    on screen, and a poster never prints a lane as a stub (only `--persona` or a
    saved view leave lanes out)."""
    if not any(lane.collapsed for lane in doc.lanes):
        return doc
    lanes = [lane.model_copy(update={"collapsed": False}) if lane.collapsed else lane
             for lane in doc.lanes]
    return doc.model_copy(update={"lanes": lanes})


def printed_poster(doc: JourneyMap, persona: str | None, options: ExportOptions | None
                   ) -> tuple[JourneyMap, Poster, ReportlabMetrics]:
    """The map as it is printed (every lane in full, `persona`'s lanes, the view's
    overlay), its poster, and the metrics it was measured with."""
    metrics = default_metrics()
    doc = expanded(doc)
    geom = compute_layout(doc, metrics, persona, overlaid(doc, options))
    view = next((v.name for v in doc.views if options is not None and v.id == options.view),
                None)
    return doc, compute_poster(doc, geom, metrics, view), metrics


def check_page_titles(size: float | None, options: ExportOptions,
                      notes: list[str] | None, page: str = "") -> None:
    """`check_titles` for the pages other than the poster (`--pages`): `size` is the
    smallest their card titles print at, in points (None: they print none), on the
    page called `page`."""
    if size is None:
        if notes is not None:
            notes.append("no card titles are printed on these pages")
        return
    _apply(*size_report(size, options, f" on the {page} page" if page else ""), notes)


def check_titles(poster: Poster, options: ExportOptions, fit: Fit | None,
                 notes: list[str] | None, what: str = "print") -> None:
    """Refuse the export (ExportError) when card titles would print under
    `--min-text-pt`; otherwise add the sentence about their size to `notes`."""
    _apply(*title_report(poster, options, fit, what), notes)


def _apply(note: str | None, refusal: str | None, notes: list[str] | None) -> None:
    """Refuse the export (ExportError) with `refusal`, or add `note` to `notes`."""
    if refusal is not None:
        from cjeditor.export import ExportError

        raise ExportError(refusal)
    if note is not None and notes is not None:
        notes.append(note)
