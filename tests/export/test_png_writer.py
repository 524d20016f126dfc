"""The PNG writer: deflate segments compressed apart (on several threads) make one
valid zlib stream, whose checksum is combined from theirs."""

from __future__ import annotations

import io
import os
import random
import struct
import zlib

from cjeditor.export.png import PngWriter, adler32_combine, deflate_segment


def test_adler32_combine_is_zlibs_checksum_of_the_two_pieces():
    rng = random.Random(3)
    for _ in range(500):
        a = rng.randbytes(rng.choice([0, 1, 17, 4000, 70_000]))
        b = rng.randbytes(rng.choice([0, 1, 65_521, 100_000]))
        assert adler32_combine(zlib.adler32(a), zlib.adler32(b), len(b)) == zlib.adler32(a + b)


def test_segments_written_in_order_are_one_png_of_the_rows():
    width, height = 50, 40
    line = width * 3 + 1
    rows = [b"\x00" + (bytes(width * 3) if r % 3 else os.urandom(width * 3))
            for r in range(height)]
    out = io.BytesIO()
    writer = PngWriter(out, width, height, dpi=150)
    for first, count in ((0, 7), (7, 1), (8, 20), (28, 12)):  # uneven pieces
        writer.write_segment(deflate_segment(b"".join(rows[first:first + count])), count)
    writer.close()
    data, pos, idat = out.getvalue(), 8, []
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos:pos + 4])
        tag, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + size]
        assert struct.unpack(">I", data[pos + 8 + size:pos + 12 + size])[0] == \
            zlib.crc32(tag + body) & 0xFFFFFFFF
        if tag == b"IDAT":
            idat.append(body)
        pos += 12 + size
    assert zlib.decompress(b"".join(idat)) == b"".join(rows)  # checks the Adler-32 too
    assert len(b"".join(rows)) == line * height
