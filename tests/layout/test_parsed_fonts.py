"""The shipped fonts' parse kept beside them (make fonts), and never trusted blindly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import reportlab

from cjeditor.layout.metrics import _resource_font
from cjeditor.layout.parsed_fonts import (
    load_font,
    made_for,
    parsed_path,
    read_parsed,
    write_parsed,
)
from cjeditor.layout.ttf import UnicodeTTFont

SHIPPED = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXAMPLE = EXAMPLES / "zapatillas-running.cjmap"


def same_font(a: UnicodeTTFont, b: UnicodeTTFont) -> None:
    assert sorted(vars(a)) == sorted(vars(b))
    assert (a.fontName, a.shapable) == (b.fontName, b.shapable)
    fa, fb = vars(a.face), vars(b.face)
    assert sorted(fa) == sorted(fb)
    for name, value in fb.items():
        if name == "_pdfScale":  # a function: the same results
            assert [fa[name](v) for v in (1, 7, 2048)] == [value(v) for v in (1, 7, 2048)]
        else:
            assert fa[name] == value and type(fa[name]) is type(value), name


@pytest.mark.parametrize("name", SHIPPED)
def test_the_shipped_fonts_read_back_as_reportlab_parses_them(name):
    """Fails while a shipped .parsed file is not current: run `make fonts`. Made with
    another reportlab or Python than this machine's (a newer release installed here),
    it is skipped: the font is then parsed, as before, and only slower."""
    path = _resource_font(name)
    made = made_for(path)
    here = (reportlab.Version, tuple(sys.version_info[:2]))
    if made is not None and made != here:
        pytest.skip(f"{parsed_path(path).name} was made with reportlab {made[0]} and "
                    f"Python {made[1]}; this is {here}: run make fonts")
    kept = read_parsed("CJ-Test", path)
    assert kept is not None, f"{parsed_path(path)} is missing or stale: run make fonts"
    same_font(kept, UnicodeTTFont("CJ-Test", path))


def copies(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name in SHIPPED:
        source = Path(_resource_font(name))
        shutil.copy(source, tmp_path / name)
        shutil.copy(parsed_path(source), parsed_path(tmp_path / name))
        out[name] = tmp_path / name
    return out


def damage(path: Path, how: str) -> None:
    parsed = parsed_path(path)
    data = bytearray(parsed.read_bytes())
    if how == "flipped":
        data[len(data) // 2] ^= 0x40
    elif how == "cut":
        data = data[: len(data) // 3]
    elif how == "garbage":
        data = bytearray(b"\x00not a parsed font" * 50)
    elif how == "other font":
        other = path.with_name(SHIPPED[1] if path.name == SHIPPED[0] else SHIPPED[0])
        data = bytearray(parsed_path(other).read_bytes())
    elif how == "missing":
        parsed.unlink()
        return
    parsed.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["flipped", "cut", "garbage", "other font", "missing"])
def test_a_damaged_or_foreign_parsed_file_is_ignored(tmp_path, how):
    path = copies(tmp_path)[SHIPPED[0]]
    assert read_parsed("CJ-Test", str(path)) is not None
    damage(path, how)
    assert read_parsed("CJ-Test", str(path)) is None
    same_font(load_font("CJ-Test", str(path)), UnicodeTTFont("CJ-Test", str(path)))


def test_write_parsed_writes_what_reads_back(tmp_path):
    path = tmp_path / SHIPPED[1]
    shutil.copy(_resource_font(SHIPPED[1]), path)
    assert write_parsed(str(path))
    same_font(read_parsed("CJ-Test", str(path)), UnicodeTTFont("CJ-Test", str(path)))


EXPORT = """
import sys
from pathlib import Path
import cjeditor.layout.metrics as metrics
folder = Path(sys.argv[1])
metrics._resource_font = lambda name: str(folder / name)  # the copies, before any use
from cjeditor.export import ExportOptions, export_map
from cjeditor.fileio import load
export_map(load(sys.argv[2]), Path(sys.argv[3]), ExportOptions(paper="A2"))
assert metrics.default_fonts().regular.face.filename.startswith(sys.argv[1])
"""


def test_a_poster_is_the_same_whether_the_parse_is_read_back_or_made(tmp_path):
    """From intact .parsed files, damaged ones, or none: the same PDF, byte for byte."""
    posters = []
    for how in ("intact", "flipped", "missing"):
        folder = tmp_path / how
        folder.mkdir()
        for path in copies(folder).values():
            if how != "intact":
                damage(path, how)
        out = tmp_path / f"{how}.pdf"
        subprocess.run([sys.executable, "-c", EXPORT, str(folder), str(EXAMPLE), str(out)],
                       check=True, capture_output=True)
        posters.append(out.read_bytes())
    assert posters[0] == posters[1] == posters[2]
