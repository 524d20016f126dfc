"""PNG of the whole map: the 1:1 PDF poster rasterised with pypdfium2.

The image is rendered in horizontal strips and streamed into the PNG (zlib +
struct, no Pillow needed), so a large map at a high dpi does not need the whole
bitmap in memory.
"""

from __future__ import annotations

import ctypes
import io
import math
import os
import struct
import threading
import zlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

from cjeditor.export.options import ExportOptions
from cjeditor.model import JourneyMap

__all__ = ["MAX_PIXELS", "PDFIUM_LOCK", "PngWriter", "adler32_combine", "deflate_segment",
           "png_size", "write_png"]

MAX_PIXELS = 100_000_000  # 100 megapixels: a larger PNG is made at a lower dpi
STRIP_PIXELS = 16_000_000  # pixels rendered at a time
# PDFium is not thread-safe, not even for different documents (pypdfium2's docs: it
# "would crash or corrupt the process"); exports run on worker threads, so every use of
# pypdfium2 in cjeditor holds this lock, from opening a document to closing it.
PDFIUM_LOCK = threading.Lock()


LEVEL = 3  # zlib level: flat colours compress well, and much faster than level 6
_ZLIB_HEADER = zlib.compress(b"", LEVEL)[:2]  # what zlib writes before its deflate data
_FINAL_BLOCK = zlib.compressobj(LEVEL, zlib.DEFLATED, -15).flush()  # an empty last block
_ADLER_BASE = 65521

Segment = tuple[bytes, int, int]  # raw deflate data, the Adler-32 of its input, input length


def deflate_segment(data: bytes | memoryview) -> Segment:
    """Part of a PNG's image data compressed on its own, ending on a byte boundary
    (a sync flush), so that segments compressed at the same time on several
    threads (zlib lets go of the GIL) make one deflate stream when written in
    order, as pigz does."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)  # raw: no header, no checksum
    return (compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH),
            zlib.adler32(data), len(data))


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data one after the other, from each one's
    (zlib's adler32_combine, which Python's zlib module does not offer)."""
    rem = second_length % _ADLER_BASE
    sum1 = first & 0xFFFF
    sum2 = rem * sum1 % _ADLER_BASE
    sum1 += (second & 0xFFFF) + _ADLER_BASE - 1
    sum2 += (first >> 16) + (second >> 16) + _ADLER_BASE - rem
    sum1 %= _ADLER_BASE
    sum2 %= _ADLER_BASE
    return sum1 | (sum2 << 16)


class PngWriter:
    """Streams an 8-bit RGB PNG: header, then scanlines (a filter byte, then RGB)
    as deflate segments in order, then close()."""

    def __init__(self, out: BinaryIO, width: int, height: int, dpi: int | None = None) -> None:
        self.out = out
        self.width = width
        self.height = height
        self.rows = 0
        self._adler = 1  # Adler-32 of the scanlines so far (of nothing: 1)
        self._started = False  # the zlib header written
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

    def write_segment(self, segment: Segment, count: int) -> None:
        """`count` scanlines compressed by `deflate_segment`: the next in the image."""
        data, adler, length = segment
        if not self._started:
            data = _ZLIB_HEADER + data
            self._started = True
        self._adler = adler32_combine(self._adler, adler, length)
        if data:
            self._chunk(b"IDAT", data)
        self.rows += count

    def write_scanlines(self, data: bytes | memoryview, count: int) -> None:
        """`count` rows already in PNG form: a filter byte (0), then RGB."""
        self.write_segment(deflate_segment(data), count)

    def close(self) -> None:
        if self.rows != self.height:
            raise ValueError(f"PNG has {self.rows} rows, expected {self.height}")
        head = b"" if self._started else _ZLIB_HEADER
        self._chunk(b"IDAT", head + _FINAL_BLOCK + struct.pack(">I", self._adler))
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
    """Render the page in horizontal strips straight into PNG scanlines, and
    compress each strip on worker threads while the next renders.

    pdfium draws into a buffer of ours whose rows are one byte apart: that byte
    is the scanline's filter byte (0, "None"), so a strip is PNG data as
    rendered, with no copy. Two buffers take turns (one renders while the other
    is compressed) and are reused, so memory stays at two strips. A strip is
    cut into a piece per worker; the pieces are written in order."""
    width, height = writer.width, writer.height
    line = width * 3 + 1  # the filter byte, then RGB
    strip = max(1, min(height, STRIP_PIXELS // max(width, 1)))
    # one spare byte: row r's pixels start after its filter byte, at 1 + r * line
    buffers = [bytearray(line * strip + 1) for _ in range(2)]
    filters = bytes(strip)
    workers = max(1, min(4, os.cpu_count() or 1))
    # strips sent to the workers, oldest first: (buffer, [(segment, rows) per piece])
    sent: deque[tuple[int, list[tuple[Future[Segment], int]]]] = deque()

    def write_oldest() -> None:
        for job, rows in sent.popleft()[1]:
            writer.write_segment(job.result(), rows)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        top, turn = 0, 0
        while top < height:
            rows = min(strip, height - top)
            bottom = height - top - rows
            while any(used == turn for used, _ in sent):  # its last strip written first
                write_oldest()
            buffer = buffers[turn]
            # crop is in points and rounded up to pixels: nudge below whole pixels
            crop = (0, max(bottom - 1e-3, 0) / scale, 0, max(top - 1e-3, 0) / scale)
            bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True,
                                 fill_color=(255, 255, 255, 255),
                                 bitmap_maker=_scanline_bitmaps(buffer, width, rows))
            bitmap.close()
            buffer[0:line * rows:line] = filters[:rows]  # filter bytes stay "None"
            view = memoryview(buffer)
            per = -(-rows // workers)  # rows a piece
            sent.append((turn, [
                (pool.submit(deflate_segment, view[first * line:min(first + per, rows) * line]),
                 min(first + per, rows) - first)
                for first in range(0, rows, per)]))
            top += rows
            turn = 1 - turn
            report(0.2 + 0.75 * top / height)
        while sent:
            write_oldest()
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
