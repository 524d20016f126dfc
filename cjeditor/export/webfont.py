"""Font subsets a browser can load from a data: URI (the HTML page). No Qt.

reportlab already cuts a TrueType font down to the glyphs a PDF uses, but the
subset it makes maps codes 0..n, not Unicode, so a browser could not use it.
`web_font` takes that subset and gives it a Unicode character map (Windows
formats 4 and 12), so the page carries only the glyphs of its own text (a few
tens of kilobytes instead of the whole face). The subset has no kerning or
ligature tables: a browser then spaces text exactly as the layout measured it.
"""

from __future__ import annotations

from collections.abc import Iterable
from struct import pack, unpack
from typing import Any

from reportlab.pdfbase.ttfonts import TTFontMaker

__all__ = ["web_font"]

# Tables of reportlab's subset, carried over as they are (cmap is replaced).
_KEPT = ("OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name",
         "post", "prep")


def _tables(font: bytes) -> dict[str, bytes]:
    """The tables of a TrueType file by tag."""
    count = unpack(">H", font[4:6])[0]
    out = {}
    for i in range(count):
        entry = font[12 + 16 * i: 28 + 16 * i]
        tag = entry[:4].decode("latin-1")
        _checksum, offset, length = unpack(">LLL", entry[4:])
        out[tag] = font[offset:offset + length]
    return out


def _runs(mapping: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(first code, last code, first glyph) for runs of consecutive codes and glyphs."""
    runs: list[tuple[int, int, int]] = []
    for code, glyph in mapping:
        if runs:
            first, last, g0 = runs[-1]
            if code == last + 1 and glyph == g0 + (code - first):
                runs[-1] = (first, code, g0)
                continue
        runs.append((code, code, glyph))
    return runs


def _format4(mapping: list[tuple[int, int]]) -> bytes:
    segments = [r for r in _runs([(c, g) for c, g in mapping if c <= 0xFFFE])]
    segments.append((0xFFFF, 0xFFFF, 0))  # the closing segment every format 4 ends with
    n = len(segments)
    search = 2 * (1 << (n.bit_length() - 1))
    selector = n.bit_length() - 1
    ends = [last for _first, last, _g in segments]
    starts = [first for first, _last, _g in segments]
    deltas = [(g - first) % 0x10000 if first != 0xFFFF else 1 for first, _l, g in segments]
    body = pack(f">{n}H", *ends) + b"\0\0" + pack(f">{n}H", *starts) + \
        pack(f">{n}H", *deltas) + b"\0\0" * n
    length = 14 + len(body)
    return pack(">7H", 4, length, 0, 2 * n, search, selector, 2 * n - search) + body


def _format12(mapping: list[tuple[int, int]]) -> bytes:
    groups = _runs(mapping)
    body = b"".join(pack(">3L", first, last, glyph) for first, last, glyph in groups)
    return pack(">HHLLL", 12, 0, 16 + len(body), 0, len(groups)) + body


def _cmap(mapping: list[tuple[int, int]]) -> bytes:
    """A cmap with a (3, 1) format 4 table and, past the BMP, a (3, 10) format 12."""
    subtables = [(1, _format4(mapping))]
    if any(code > 0xFFFF for code, _glyph in mapping):
        subtables.append((10, _format12(mapping)))
    offset = 4 + 8 * len(subtables)
    head = pack(">HH", 0, len(subtables))
    data = b""
    for encoding, table in subtables:
        head += pack(">HHL", 3, encoding, offset + len(data))
        data += table
    return head + data


def web_font(face: Any, codes: Iterable[int]) -> bytes | None:
    """A TrueType subset of `face` (reportlab's TTFontFace) holding the characters of
    `codes` it has, with a Unicode cmap; None when it has none of them."""
    wanted = sorted({c for c in codes if c in face.charToGlyph and c not in (0, 0xFFFF)})
    if not wanted:
        return None
    tables = _tables(face.makeSubset(wanted))
    # reportlab's cmap: one (1, 0) format 6 table whose entry i is the glyph of wanted[i]
    glyphs = unpack(f">{len(wanted)}H", tables["cmap"][22:22 + 2 * len(wanted)])
    maker = TTFontMaker()
    for tag in _KEPT:
        if tag in tables:
            maker.add(tag, tables[tag])
    maker.add("cmap", _cmap(list(zip(wanted, glyphs, strict=True))))
    return bytes(maker.makeStream())
