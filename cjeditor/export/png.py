"""PNG of the whole map: the 1:1 PDF poster rasterised with pypdfium2.

The image is rendered in horizontal strips and streamed into the PNG (zlib +
struct, no Pillow needed), so a large map at a high dpi does not need the whole
bitmap in memory.
"""

from __future__ import annotations

import ctypes
import io
import math
import struct
import threading
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

from cjeditor.export.options import ExportOptions
from cjeditor.model import JourneyMap

__all__ = ["MAX_PIXELS", "PDFIUM_LOCK", "PngWriter", "png_size", "write_png"]

MAX_PIXELS = 100_000_000  # 100 megapixels: a larger PNG is made at a lower dpi
STRIP_PIXELS = 16_000_000  # pixels rendered at a time
# PDFium is not thread-safe, not even for different documents (pypdfium2's docs: it
# "would crash or corrupt the process"); exports run on worker threads, so every use of
# pypdfium2 in cjeditor holds this lock, from opening a document to closing it.
PDFIUM_LOCK = threading.Lock()


class PngWriter:
    """Streams an 8-bit RGB PNG: header, then rows, then close()."""

    def __init__(self, out: BinaryIO, width: int, height: int, dpi: int | None = None) -> None:
        self.out = out
        self.width = width
        self.height = height
        self.rows = 0
        self._z = zlib.compressobj(3)  # flat colours: small, and much faster than level 6
        out.write(b"\x89PNG\r\n\x1a\n")
        self._chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        if dpi:
            ppm = round(dpi / 0.0254)
            self._chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))

    def _chunk(self, tag: bytes, data: bytes) -> None:
        self.out.write(struct.pack(">I", len(data)))
        self.out.write(tag)
        self.out.write(data)
        self.out.write(struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    def write_rows(self, data: bytes | memoryview, stride: int, count: int) -> None:
        """`count` rows of RGB pixels, `stride` bytes apart in `data`."""
        row_bytes = self.width * 3
        view = memoryview(data)
        parts: list[bytes | memoryview] = []
        for r in range(count):
            parts.append(b"\x00")
            parts.append(view[r * stride : r * stride + row_bytes])
        compressed = self._z.compress(b"".join(parts))
        if compressed:
            self._chunk(b"IDAT", compressed)
        self.rows += count

    def write_scanlines(self, data: bytes | memoryview, count: int) -> None:
        """`count` rows already in PNG form: a filter byte (0), then RGB."""
        compressed = self._z.compress(data)
        if compressed:
            self._chunk(b"IDAT", compressed)
        self.rows += count

    def close(self) -> None:
        if self.rows != self.height:
            raise ValueError(f"PNG has {self.rows} rows, expected {self.height}")
        tail = self._z.flush()
        if tail:
            self._chunk(b"IDAT", tail)
        self._chunk(b"IEND", b"")


def png_size(page_w: float, page_h: float, dpi: int) -> tuple[int, int, int]:
    """(dpi, width, height) of a PNG of a page of `page_w` x `page_h` points asked
    at `dpi`: the dpi is lowered until the image holds at most MAX_PIXELS."""
    used = dpi
    while True:
        scale = used / 72.0
        width, height = math.ceil(page_w * scale), math.ceil(page_h * scale)
        if width * height <= MAX_PIXELS or used <= 1:
            return used, width, height
        used = min(used - 1, int(used * math.sqrt(MAX_PIXELS / (width * height))))


def write_png(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None, notes: list[str] | None = None,
) -> None:
    """The whole map as a PNG at `options.dpi` (lowered, with a note in `notes`,
    when the image would be larger than MAX_PIXELS)."""
    import pypdfium2 as pdfium

    from cjeditor.export.pdf import write_poster_1to1

    report = progress or (lambda _f: None)
    buf = io.BytesIO()
    page_w, page_h = write_poster_1to1(doc, buf, options.persona, options, notes)
    report(0.2)
    dpi, width, height = png_size(page_w, page_h, options.dpi)
    if dpi != options.dpi and notes is not None:
        scale = options.dpi / 72.0
        notes.append(
            f"made at {dpi} dpi ({width} x {height} pixels) instead of {options.dpi} dpi: "
            f"at {options.dpi} dpi it would be {math.ceil(page_w * scale)} x "
            f"{math.ceil(page_h * scale)} pixels, more than {MAX_PIXELS / 1e6:g} "
            "megapixels; export a PDF for full detail"
        )
    scale = dpi / 72.0
    with PDFIUM_LOCK:  # one pdfium call at a time in the whole process
        pdf = pdfium.PdfDocument(buf.getvalue())
        try:
            _render_strips(pdf[0], PngWriter(out, width, height, dpi), scale, report)
        finally:
            pdf.close()
    report(1.0)


def _render_strips(page: Any, writer: PngWriter, scale: float,
                   report: Callable[[float], None]) -> None:
    """Render the page in horizontal strips straight into PNG scanlines and
    compress each strip while the next renders.

    pdfium draws into a buffer of ours whose rows are one byte apart: that byte
    is the scanline's filter byte (0, "None"), so a strip is PNG data as
    rendered, with no copy. Two buffers take turns (one renders while the other
    is compressed) and are reused, so memory stays at two strips."""
    width, height = writer.width, writer.height
    line = width * 3 + 1  # the filter byte, then RGB
    strip = max(1, min(height, STRIP_PIXELS // max(width, 1)))
    # one spare byte: row r's pixels start after its filter byte, at 1 + r * line
    buffers = [bytearray(line * strip + 1) for _ in range(2)]
    filters = bytes(strip)
    jobs: list[Future[None] | None] = [None, None]  # the compression of each buffer's strip
    with ThreadPoolExecutor(max_workers=1) as compressor:
        top, turn = 0, 0
        while top < height:
            rows = min(strip, height - top)
            bottom = height - top - rows
            buffer, job = buffers[turn], jobs[turn]
            if job is not None:  # a buffer is free again once its last strip is written
                job.result()
            # crop is in points and rounded up to pixels: nudge below whole pixels
            crop = (0, max(bottom - 1e-3, 0) / scale, 0, max(top - 1e-3, 0) / scale)
            bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True,
                                 fill_color=(255, 255, 255, 255),
                                 bitmap_maker=_scanline_bitmaps(buffer, width, rows))
            bitmap.close()
            buffer[0:line * rows:line] = filters[:rows]  # filter bytes stay "None"
            jobs[turn] = compressor.submit(writer.write_scanlines,
                                           memoryview(buffer)[:line * rows], rows)
            top += rows
            turn = 1 - turn
            report(0.2 + 0.75 * top / height)
        for job in jobs:
            if job is not None:
                job.result()
    writer.close()


def _scanline_bitmaps(buffer: bytearray, width: int, rows: int) -> Callable[..., Any]:
    """A pypdfium2 bitmap maker drawing `rows` rows of RGB pixels into `buffer`
    laid out as PNG scanlines: each row after its filter byte."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    line = width * 3 + 1
    pixels = (ctypes.c_ubyte * (line * rows)).from_buffer(buffer, 1)

    def make(w: int, h: int, format: int, rev_byteorder: bool = False) -> Any:
        if (w, h, format) != (width, rows, pdfium_c.FPDFBitmap_BGR):
            raise RuntimeError(f"renderer asked for a {w}x{h} bitmap (format {format}), "
                               f"expected {width}x{rows} RGB")
        return pdfium.PdfBitmap.new_native(w, h, format, rev_byteorder, buffer=pixels,
                                           stride=line)

    return make
