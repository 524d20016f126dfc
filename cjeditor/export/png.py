"""PNG of the whole map: the 1:1 PDF poster rasterised with pypdfium2.

The image is rendered in horizontal strips and streamed into the PNG (zlib +
struct, no Pillow needed), so a large map at a high dpi does not need the whole
bitmap in memory.
"""

from __future__ import annotations

import io
import math
import struct
import threading
import zlib
from collections.abc import Callable
from typing import BinaryIO

from cjeditor.export.options import ExportOptions
from cjeditor.model import JourneyMap

__all__ = ["MAX_PIXELS", "PDFIUM_LOCK", "PngWriter", "write_png"]

MAX_PIXELS = 400_000_000  # 400 megapixels: beyond this a PNG poster is not sensible
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
        self._z = zlib.compressobj(6)
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
        parts = []
        for r in range(count):
            parts.append(b"\x00")
            parts.append(view[r * stride : r * stride + row_bytes])
        compressed = self._z.compress(b"".join(parts))
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


def write_png(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None,
) -> None:
    import pypdfium2 as pdfium

    from cjeditor.export.pdf import write_poster_1to1

    report = progress or (lambda _f: None)
    buf = io.BytesIO()
    page_w, page_h = write_poster_1to1(doc, buf, options.persona)
    report(0.2)
    scale = options.dpi / 72.0
    width, height = math.ceil(page_w * scale), math.ceil(page_h * scale)
    if width * height > MAX_PIXELS:
        most = int(options.dpi * math.sqrt(MAX_PIXELS / (width * height)))
        from cjeditor.export import ExportError

        raise ExportError(
            f"a PNG of this map at {options.dpi} dpi would be {width}x{height} pixels, "
            f"too large; use --dpi {most} or less, or export a PDF"
        )
    with PDFIUM_LOCK:  # one pdfium call at a time in the whole process
        pdf = pdfium.PdfDocument(buf.getvalue())
        try:
            page = pdf[0]
            writer = PngWriter(out, width, height, options.dpi)
            strip = max(1, min(height, STRIP_PIXELS // max(width, 1)))
            top = 0
            while top < height:
                rows = min(strip, height - top)
                bottom = height - top - rows
                # crop is in points and rounded up to pixels: nudge below whole pixels
                crop = (0, max(bottom - 1e-3, 0) / scale, 0, max(top - 1e-3, 0) / scale)
                bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True,
                                     fill_color=(255, 255, 255, 255))
                try:
                    if bitmap.width != width or bitmap.height != rows:
                        raise RuntimeError(
                            f"renderer returned {bitmap.width}x{bitmap.height}, "
                            f"expected {width}x{rows}"
                        )
                    writer.write_rows(bitmap.buffer, bitmap.stride, rows)
                finally:
                    bitmap.close()
                top += rows
                report(0.2 + 0.75 * top / height)
            writer.close()
            page.close()
        finally:
            pdf.close()
    report(1.0)
