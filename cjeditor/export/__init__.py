"""Export a map as a PDF poster, a PNG image or an SVG drawing. No Qt.

`export_map(doc, out, options)` picks the format from OUT's extension and writes
the file with fileio's `write_atomic` (the one atomic writer: a temporary file in
the same folder, fsynced, renamed over OUT, written through a symlink). If
anything fails the temporary file is removed and an existing OUT is left as it
was. Errors say which went wrong: drawing the map (ExportError) or writing the
file (ExportWriteError, also an OSError with the system's errno).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cjeditor.export.options import ExportOptions, parse_paper
from cjeditor.fileio import MapSaveError, write_atomic
from cjeditor.model import JourneyMap

__all__ = ["FORMATS", "ExportError", "ExportOptions", "ExportWriteError", "export_map",
           "parse_paper"]

FORMATS = (".pdf", ".png", ".svg", ".csv", ".xlsx", ".mmd", ".html")


class ExportError(Exception):
    """The map could not be exported as asked; nothing was written.

    The message says why: a limit (too many sheets, a PNG too large) or a drawing
    failure. A failure to write the file is the subclass ExportWriteError.
    """


# An OSError with one of these, raised by a writer's own temporary files (openpyxl keeps
# each sheet in one while writing) rather than the file write_atomic hands it, is a
# failed write too, not a failed drawing
_WRITE_ERRORS = {errno.EFBIG, errno.ENOSPC, errno.EDQUOT, errno.EIO}


class ExportWriteError(ExportError, MapSaveError):
    """The export could not be written (disk full, no permission, the folder gone).

    Also a MapSaveError, so an OSError: `errno` and `strerror` as the system gave
    them, `filename` the output, and `str()` is "cannot write OUT: reason".
    """


Progress = Callable[[float], None]
# (map, file, options, progress, notes): a writer appends to `notes` what the user
# should know about the result (e.g. a PNG made at a lower dpi than asked).
Writer = Callable[[JourneyMap, BinaryIO, ExportOptions, Progress | None, list[str]], None]


def _held_to_min_text(write_xlsx: Writer) -> Writer:
    """The workbook's writer, refusing under `--min-text-pt` as every export that says
    a size does: its titles show at the workbook's text size (a CSV or Mermaid file has
    none, and says so)."""

    def write(doc: JourneyMap, handle: BinaryIO, options: ExportOptions,
              progress: Progress | None, notes: list[str]) -> None:
        from cjeditor.export.legibility import size_report
        from cjeditor.tables.write import XLSX_TEXT_PT

        if options.min_text_pt is not None and any(
                card.title.strip() for card in doc.all_cards()):
            _note, refusal = size_report(XLSX_TEXT_PT, options, " at 1:1 (the workbook's "
                                         "text size)")
            if refusal is not None:
                raise ExportError(refusal)
        write_xlsx(doc, handle, options, progress, notes)

    return write


def _writer(suffix: str) -> Writer:
    if suffix in (".csv", ".xlsx"):  # the card table (cjeditor.tables)
        from cjeditor.tables import write_csv, write_xlsx

        return write_csv if suffix == ".csv" else _held_to_min_text(write_xlsx)
    if suffix == ".mmd":  # a Mermaid journey (cjeditor.mermaid)
        from cjeditor.mermaid import write_mmd

        return write_mmd
    if suffix == ".html":  # one self-contained web page (export/html.py)
        from cjeditor.export.html import write_html

        return write_html
    if suffix == ".pdf":
        from cjeditor.export.pdf import write_pdf

        return write_pdf
    if suffix == ".png":
        from cjeditor.export.png import write_png

        return write_png
    from cjeditor.export.svg import write_svg

    return write_svg


def export_map(
    doc: JourneyMap,
    out: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> list[str]:
    """Write `doc` to `out` (.pdf, .png or .svg) with `options`; returns notes for
    the user about the result (plain sentences, possibly none).

    ValueError for an unknown extension or bad options (nothing is written);
    ExportError when the map cannot be drawn as asked, ExportWriteError when the
    file cannot be written (either way an existing `out` is left untouched). A
    BaseException from `progress` (a cancel) goes through unchanged.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f'cannot export to "{out.name}": the file name must end in '
            + ", ".join(FORMATS[:-1]) + " or " + FORMATS[-1]
        )
    options.validate()
    if options.view is not None:  # a saved view: its lanes, their order, its persona
        from cjeditor.export.view import apply_view

        doc, options = apply_view(doc, options)
    if suffix != ".pdf" and (options.crop_marks or options.bleed_mm):
        raise ValueError(f"crop marks and bleed are for a PDF poster, not for {suffix} files")
    if options.persona is not None and options.persona not in {p.id for p in doc.personas}:
        known = ", ".join(p.id for p in doc.personas) or "none"
        raise ValueError(f'no persona "{options.persona}" in this map (personas: {known})')
    writer = _writer(suffix)
    if options.story:  # a slide deck instead of a poster (export/story.py)
        if suffix != ".pdf":
            raise ValueError(f"--story makes a PDF slide deck, not a {suffix} file")
        from cjeditor.export.story import write_story

        writer = write_story

    notes: list[str] = []

    def produce(handle: BinaryIO) -> None:
        writer(doc, handle, options, progress, notes)

    try:
        write_atomic(out, produce)
    except MapSaveError as exc:
        raise ExportWriteError(exc.errno, exc.strerror, exc.filename) from exc
    except ExportError:
        raise
    except OSError as exc:
        if exc.errno in _WRITE_ERRORS:  # the disk refused the writer's own files
            raise ExportWriteError(exc.errno, exc.strerror, str(out)) from exc
        raise ExportError(f"could not draw {out.name}: {exc}") from exc
    except Exception as exc:  # the drawing failed: never reported as a failed write
        raise ExportError(f"could not draw {out.name}: {exc}") from exc
    return notes
