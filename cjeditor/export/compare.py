"""`cjeditor compare CURRENT FUTURE -o OUT.pdf`: the as-is map beside the to-be map
as one PDF (A4 landscape pages), written completely or not at all. No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from cjeditor.check.compare import compare_maps
from cjeditor.export import ExportError, ExportWriteError
from cjeditor.export.options import PAPER_SIZES, oriented
from cjeditor.export.pages import draw_page, page_frame
from cjeditor.export.pdf import _canvas  # the one way a PDF canvas is made
from cjeditor.fileio import MapSaveError, write_atomic
from cjeditor.layout.metrics import default_metrics
from cjeditor.model import JourneyMap
from cjeditor.paint.compare import compare_painters

__all__ = ["export_compare", "write_compare"]

PAPER = oriented(PAPER_SIZES["a4"], "landscape")


def write_compare(current: JourneyMap, future: JourneyMap, out: BinaryIO) -> None:
    """Write the comparison PDF to the binary file `out`."""
    metrics = default_metrics()
    width, height, _scale = page_frame(*PAPER)
    painters = compare_painters(compare_maps(current, future), metrics, width, height)
    canvas = _canvas(out, metrics.fonts, compress=True)
    canvas.setTitle(f"{current.meta.title} → {future.meta.title}")
    canvas.setCreator("cjeditor")
    for painter in painters:
        draw_page(canvas, metrics, painter, PAPER)
    canvas.save()


def export_compare(current: JourneyMap, future: JourneyMap, out: Path) -> None:
    """Write the comparison to `out` atomically: ExportError if it cannot be drawn,
    ExportWriteError (an OSError) if it cannot be written; an existing `out` is then
    left as it was."""
    try:
        write_atomic(Path(out), lambda handle: write_compare(current, future, handle))
    except MapSaveError as exc:
        raise ExportWriteError(exc.errno, exc.strerror, exc.filename) from exc
    except Exception as exc:  # the drawing failed: never reported as a failed write
        raise ExportError(f"could not draw {Path(out).name}: {exc}") from exc
