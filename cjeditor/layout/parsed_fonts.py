"""The shipped fonts as reportlab parsed them, read back instead of parsing again.

reportlab reads a TTF's tables in Python each time a process opens it: the two
DejaVu faces are about 6 % of a `cjeditor export` of 3,000 cards (170 million
instructions). `make fonts` keeps what the parse produced (the face's
attributes, all but the file's bytes and path) beside each shipped font, as
FONT.ttf.parsed; `load_font` builds the font from it.

Such a file is never trusted blindly: it names what it was made from (the
font's size and CRC-32, reportlab's and Python's versions, this module's
format, the machine's byte order) and carries a CRC-32 of its contents. A file
that is missing, unreadable, damaged or made from anything else is ignored and
the font parsed as before; `write_parsed` only writes a file that reads back
exactly as the parse gave. tests/layout/test_parsed_fonts.py fails while the
shipped files are not current (after a reportlab update: run `make fonts`).
"""

from __future__ import annotations

import marshal
import sys
import zlib
from array import array
from collections.abc import Callable
from fnmatch import fnmatch
from itertools import accumulate
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFontFace

from cjeditor.layout.ttf import UnicodeTTFont

__all__ = ["load_font", "made_for", "parsed_path", "read_parsed", "write_parsed"]

FORMAT = 1
MAGIC = b"cjeditor parsed font\n"
NOT_KEPT = ("_ttf_data", "_pdfScale", "filename")  # the bytes and path (read), a function

Encoded = tuple[Any, ...]


def parsed_path(font_path: str | Path) -> Path:
    return Path(f"{font_path}.parsed")


def load_font(name: str, path: str) -> UnicodeTTFont:
    """reportlab's font `name` from the TTF at `path`, the same as
    `UnicodeTTFont(name, path)`: from its .parsed file when that is usable."""
    font = read_parsed(name, path)
    return font if font is not None else UnicodeTTFont(name, path)


def read_parsed(name: str, path: str) -> UnicodeTTFont | None:
    """The font from `path`'s .parsed file, or None (none, damaged, or made from
    another font, reportlab or Python)."""
    try:
        data = parsed_path(path).read_bytes()
        with open(path, "rb") as handle:
            ttf = handle.read()
    except OSError:
        return None
    head = len(MAGIC) + 4
    if data[:len(MAGIC)] != MAGIC or len(data) < head:
        return None
    payload = data[head:]
    if zlib.crc32(payload) != int.from_bytes(data[len(MAGIC):head], "big"):
        return None  # damaged
    try:
        key, names, encoded = marshal.loads(payload)
        if tuple(key) != _key(ttf):
            return None
        attributes = {attr: _decode(value) for attr, value in encoded.items()}
        return _font(name, path, ttf, attributes, names)
    except Exception:  # noqa: BLE001 - whatever is wrong with the file, parse instead
        return None


def made_for(path: str) -> tuple[str, tuple[int, ...]] | None:
    """The reportlab and Python versions `path`'s .parsed file was made with (None when
    there is no readable one)."""
    try:
        data = parsed_path(path).read_bytes()
        key = marshal.loads(data[len(MAGIC) + 4:])[0]
        return str(key[1]), tuple(key[2])
    except Exception:  # noqa: BLE001 - no such file, or not one of ours
        return None


def write_parsed(path: str) -> bool:
    """Parse the TTF at `path` and keep the result beside it; False (and nothing
    written) when it would not read back exactly."""
    font = UnicodeTTFont("CJ-Parsed", path)
    face: Any = font.face
    kept = {attr: value for attr, value in vars(face).items() if attr not in NOT_KEPT}
    encoded = {}
    for attr, value in kept.items():
        coded = _encode(value)
        if coded is None:
            return False  # something this format does not know
        encoded[attr] = coded
    scale = _scale(face.unitsPerEm)
    if any(scale(v) != face._pdfScale(v) for v in (1, 7, -3, 2048, 0.5)):
        return False
    payload = marshal.dumps((_key(face._ttf_data), sorted(vars(font)), encoded))
    back = {attr: _decode(value) for attr, value in marshal.loads(payload)[2].items()}
    if back != kept or any(type(back[a]) is not type(v) for a, v in kept.items()):
        return False
    parsed_path(path).write_bytes(MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
    return True


def _key(ttf: bytes) -> tuple[Any, ...]:
    machine = (sys.byteorder, *(array(code).itemsize for code in "HIqd"))  # arrays' bytes
    return (FORMAT, reportlab.Version, tuple(sys.version_info[:2]), machine, len(ttf),
            zlib.crc32(ttf))


def _font(name: str, path: str, ttf: bytes, attributes: dict[str, Any], names: list[str]
          ) -> UnicodeTTFont | None:
    """A font on the kept face, set up as reportlab's TTFont.__init__ sets one up
    (`names`: the attributes a parsed font had, to prove it)."""
    face = TTFontFace.__new__(TTFontFace)
    raw_face: Any = face  # reportlab's private attributes are not in its type hints
    raw_face.__dict__.update(attributes)
    raw_face._ttf_data = ttf
    raw_face._pdfScale = _scale(attributes["unitsPerEm"])
    raw_face.filename = path
    font = UnicodeTTFont.__new__(UnicodeTTFont)
    raw: Any = font
    raw.fontName = name
    raw.face = face
    raw.encoding = TTEncoding()
    raw.state = WeakKeyDictionary()
    raw._asciiReadable = rl_config.ttfAsciiReadable
    raw.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob or ())
    return font if sorted(vars(font)) == list(names) else None


def _scale(units_per_em: int) -> Callable[[float], float]:
    """Font units to thousandths of an em, as reportlab's parse makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


# A face's big tables are kept as arrays (read back at C speed), everything else
# as marshal writes it. An encoded value is (kind, ...).
def _encode(value: Any) -> Encoded | None:
    if type(value) is TTFNameBytes:
        return ("name", bytes(value))
    if type(value) is dict and value and all(type(k) is int for k in value):
        values = list(value.values())
        if all(type(v) is int for v in values):
            return ("ints", _ints(list(value)), _ints(values))
        if all(type(v) is float for v in values):
            return ("floats", _ints(list(value)), array("d", values).tobytes())
        if all(type(v) is list and v and all(type(x) is int for x in v) for v in values):
            items = [x for v in values for x in v]
            return ("lists", _ints(list(value)), _ints([len(v) for v in values]), _ints(items))
        return None
    if type(value) is list and value and all(type(v) is int for v in value):
        return ("intlist", _ints(value))
    if type(value) is list and value and all(
            type(v) is tuple and len(v) == 2 and type(v[0]) is int and type(v[1]) is int
            for v in value):
        return ("pairs", _ints([v[0] for v in value]), _ints([v[1] for v in value]))
    try:
        marshal.dumps(value)
    except ValueError:
        return None
    return ("plain", value)


def _decode(coded: Encoded) -> Any:
    kind = coded[0]
    if kind == "name":
        return TTFNameBytes(coded[1])
    if kind == "ints":
        return dict(zip(_unints(coded[1]), _unints(coded[2]), strict=True))
    if kind == "floats":
        floats = array("d")
        floats.frombytes(coded[2])
        return dict(zip(_unints(coded[1]), floats.tolist(), strict=True))
    if kind == "lists":  # each key's list is a slice of the items (cut at C speed)
        keys, counts, items = _unints(coded[1]), _unints(coded[2]), _unints(coded[3])
        ends = list(accumulate(counts))
        if len(keys) != len(counts) or not ends or ends[-1] != len(items):
            raise ValueError("lists")
        starts = [0, *ends[:-1]]
        return dict(zip(keys, map(items.__getitem__, map(slice, starts, ends)), strict=True))
    if kind == "intlist":
        return _unints(coded[1])
    if kind == "pairs":
        return list(zip(_unints(coded[1]), _unints(coded[2]), strict=True))
    if kind == "plain":
        return coded[1]
    raise ValueError(kind)


def _ints(values: list[int]) -> tuple[str, bytes]:
    """Whole numbers as an array of the smallest item that holds them all."""
    low, high = min(values, default=0), max(values, default=0)
    code = "H" if low >= 0 and high < 1 << 16 else "I" if low >= 0 and high < 1 << 32 else "q"
    return code, array(code, values).tobytes()


def _unints(data: tuple[str, bytes]) -> list[int]:
    code, raw = data
    if code not in ("H", "I", "q"):
        raise ValueError(code)
    values = array(code)
    values.frombytes(raw)
    return values.tolist()


def main(paths: list[str]) -> int:
    """`python -m cjeditor.layout.parsed_fonts FONT.ttf...` (make fonts)."""
    status = 0
    for path in paths:
        if write_parsed(path):
            print(f"{parsed_path(path)}: written")
        else:
            print(f"{path}: not kept (reportlab's parse holds what this format cannot)")
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
