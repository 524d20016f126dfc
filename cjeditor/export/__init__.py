"""Export a map as a PDF poster, a PNG image or an SVG drawing. No Qt.

`export_map(doc, out, options)` picks the format from OUT's extension and writes
the file atomically: a temporary file in the same folder, flushed and fsynced,
then renamed over OUT. If anything fails the temporary file is removed and an
existing OUT is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from cjeditor.export.options import ExportOptions, parse_paper
from cjeditor.model import JourneyMap

__all__ = ["FORMATS", "ExportError", "ExportOptions", "export_map", "parse_paper"]

FORMATS = (".pdf", ".png", ".svg")


class ExportError(OSError):
    """The export could not be written (the message says why).

    An OSError, so a caller that reports failed writes (`except OSError`)
    reports these too; `str(exc)` is the whole message (strerror is None).
    """


def _writer(suffix: str):
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
    progress: Callable[[float], None] | None = None,
) -> None:
    """Write `doc` to `out` (.pdf, .png or .svg) with `options`.

    ValueError for an unknown extension or bad options (nothing is written);
    ExportError when writing fails (an existing `out` is left untouched).
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f'cannot export to "{out.name}": the file name must end in .pdf, .png or .svg'
        )
    options.validate()
    if options.persona is not None and options.persona not in {p.id for p in doc.personas}:
        known = ", ".join(p.id for p in doc.personas) or "none"
        raise ValueError(f'no persona "{options.persona}" in this map (personas: {known})')
    writer = _writer(suffix)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {out}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer(doc, handle, options, progress)
            handle.flush()
            os.fsync(handle.fileno())
        if out.exists():
            with contextlib.suppress(OSError):  # keep the replaced file's permissions
                os.chmod(tmp, out.stat().st_mode & 0o7777)
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, ExportError | ValueError) or not isinstance(exc, Exception):
            raise
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
        raise ExportError(f"could not export {out.name}: {exc}") from exc
    if hasattr(os, "O_DIRECTORY"):
        try:  # make the rename itself durable
            dir_fd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:
            pass
