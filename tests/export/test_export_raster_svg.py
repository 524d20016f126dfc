"""PNG and SVG exports, rasterising with pypdfium2, atomic writes, no Qt."""

from __future__ import annotations

import io
import math
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pypdfium2 as pdfium
import pytest
from cj_testmaps import MARKUP

import cjeditor.export.pdf as pdf_module
from cjeditor.export import ExportError, ExportOptions, export_map
from cjeditor.export.pdf import MARGIN, write_poster_1to1
from cjeditor.export.printed import expanded
from cjeditor.layout import compute_layout
from cjeditor.layout.poster import compute_poster

SVG = "{http://www.w3.org/2000/svg}"


def read_png(path: Path) -> tuple[int, int, bytes]:
    """(width, height, RGB rows without filter bytes) of an 8-bit RGB PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(tag + body) & 0xFFFFFFFF
        if tag == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert (depth, color) == (8, 2)
        elif tag == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 3 + 1
    assert len(raw) == stride * height
    assert all(raw[r * stride] == 0 for r in range(height))
    rows = b"".join(raw[r * stride + 1:(r + 1) * stride] for r in range(height))
    return width, height, rows


def pixel(rows: bytes, width: int, x: float, y: float) -> tuple[int, int, int]:
    i = (int(y) * width + int(x)) * 3
    return rows[i], rows[i + 1], rows[i + 2]


def test_png_is_the_whole_map_with_dark_stage_headers_where_layout_says(rich, tmp_path):
    out = tmp_path / "map.png"
    dpi = 60
    export_map(rich, out, ExportOptions(dpi=dpi))
    width, height, rows = read_png(out)
    poster = compute_poster(expanded(rich), compute_layout(expanded(rich)))
    scale = dpi / 72
    m = MARGIN / 2
    assert width == math.ceil((poster.width + 2 * m) * scale)
    assert height == math.ceil((poster.height + 2 * m) * scale)
    # not blank: many distinct colours
    assert len({rows[i:i + 3] for i in range(0, len(rows), 3 * 97)}) > 20
    geom = poster.geometry
    for col in geom.columns:
        # inside the header, below the name and left of the badge: dark
        x = (m + col.x + 3) * scale
        y = (m + poster.map_y + col.header.y + col.header.h / 2) * scale
        assert sum(pixel(rows, width, x, y)) < 200, col.stage_id
        # the gap between two stage headers is light (a white line)
        gx = (m + col.x + col.width - 0.2) * scale
        assert sum(pixel(rows, width, gx + 0.5, y)) > sum(pixel(rows, width, x, y))
    # a lane background just under the headers is light
    first = geom.lanes[0]
    x = (m + geom.columns[0].x + geom.columns[0].width - 3) * scale
    y = (m + poster.map_y + first.y + first.height - 3) * scale
    assert sum(pixel(rows, width, x, y)) > 600


def test_png_strips_join_seamlessly(rich, tmp_path, monkeypatch):
    import cjeditor.export.png as png_module

    export_map(rich, tmp_path / "one.png", ExportOptions(dpi=40))
    monkeypatch.setattr(png_module, "STRIP_PIXELS", 20_000)  # many small strips
    export_map(rich, tmp_path / "many.png", ExportOptions(dpi=40))
    w1, h1, one = read_png(tmp_path / "one.png")
    w2, h2, many = read_png(tmp_path / "many.png")
    assert (w1, h1) == (w2, h2)
    # the same picture (pdfium may round a few anti-aliased pixels differently)
    assert max(abs(a - b) for a, b in zip(one, many, strict=True)) <= 2


def test_png_over_the_pixel_limit_is_made_at_a_lower_dpi_with_a_note(rich, tmp_path,
                                                                    monkeypatch):
    import cjeditor.export.png as png_module

    monkeypatch.setattr(png_module, "MAX_PIXELS", 200_000)
    notes = export_map(rich, tmp_path / "big.png", ExportOptions(dpi=150))
    width, height, _rows = read_png(tmp_path / "big.png")
    assert width * height <= 200_000
    dpi, w, h = png_module.png_size(*_page_size(rich), 150)
    assert (w, h) == (width, height) and dpi < 150
    lowered = [note for note in notes if note.startswith("made at")]
    assert len(lowered) == 1 and f"made at {dpi} dpi" in lowered[0] and "150 dpi" in lowered[0]
    small = export_map(rich, tmp_path / "small.png", ExportOptions(dpi=20))
    assert not [note for note in small if note.startswith("made at")]


def _page_size(doc) -> tuple[float, float]:
    import io

    return write_poster_1to1(doc, io.BytesIO())


def test_tiles_rasterise_and_show_the_poster(rich, tmp_path):
    out = tmp_path / "tiles.pdf"
    export_map(rich, out, ExportOptions(paper="A2", tile="A4"))
    pdf = pdfium.PdfDocument(out)
    try:
        for index in (0, 1):
            bitmap = pdf[index].render(scale=0.5, rev_byteorder=True)
            data = bytes(bitmap.buffer)
            dark = sum(1 for i in range(0, len(data), 3 * 7) if sum(data[i:i + 3]) < 150)
            assert dark > 50  # the title band / the map thumbnail are there
    finally:
        pdf.close()


def test_1to1_pdf_for_raster(rich):
    buf = io.BytesIO()
    w, h = write_poster_1to1(rich, buf)
    poster = compute_poster(expanded(rich), compute_layout(expanded(rich)))
    assert (w, h) == pytest.approx((poster.width + MARGIN, poster.height + MARGIN))


def test_svg_is_xml_with_literal_text_and_embedded_images(rich, tmp_path):
    out = tmp_path / "map.svg"
    export_map(rich, out, ExportOptions())
    root = ElementTree.parse(out).getroot()
    assert root.tag == SVG + "svg"
    texts = [el.text or "" for el in root.iter(SVG + "text")]
    joined = "".join("".join(texts).split())
    assert "".join(MARKUP.split()) in joined
    assert "¿Quétal?¡Genial!25€“comillas”—raya" in joined
    # nothing but our text: no element came out of the card's markup
    assert not list(root.iter(SVG + "b")) and not list(root.iter("b"))
    images = list(root.iter(SVG + "image"))
    assert len(images) == 1
    assert images[0].get("href").startswith("data:image/png;base64,")
    for el in root.iter():
        for value in el.attrib.values():
            assert "file://" not in value
    poster = compute_poster(expanded(rich), compute_layout(expanded(rich)))
    assert root.get("viewBox") == f"0 0 {poster.width:g} {poster.height:g}"


def test_unknown_extension_and_persona_are_value_errors(rich, tmp_path):
    with pytest.raises(ValueError, match=r"must end in \.pdf, \.png"):
        export_map(rich, tmp_path / "map.jpg", ExportOptions())
    with pytest.raises(ValueError, match="persona"):
        export_map(rich, tmp_path / "map.pdf", ExportOptions(persona="nobody"))
    with pytest.raises(ValueError, match="dpi"):
        export_map(rich, tmp_path / "map.png", ExportOptions(dpi=0))
    assert list(tmp_path.iterdir()) == []


def test_failed_export_leaves_an_existing_file_intact(rich, tmp_path, monkeypatch):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the old poster")

    def broken(doc, handle, options, progress=None, notes=None):
        handle.write(b"%PDF-1.4 half a file")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pdf_module, "write_pdf", broken)
    with pytest.raises(ExportError, match="disk on fire"):
        export_map(rich, out, ExportOptions())
    assert out.read_bytes() == b"the old poster"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_export_replaces_an_existing_file_and_reports_progress(rich, tmp_path):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"old")
    seen: list[float] = []
    export_map(rich, out, ExportOptions(), progress=seen.append)
    assert out.read_bytes().startswith(b"%PDF")
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_missing_folder_is_an_export_error(rich, tmp_path):
    with pytest.raises(ExportError, match="does not exist") as info:
        export_map(rich, tmp_path / "nope" / "map.pdf", ExportOptions())
    assert isinstance(info.value, OSError)  # callers that catch OSError report it


def test_cli_export_writes_a_poster(tmp_path):
    from cj_testmaps import EXAMPLE

    if not EXAMPLE.exists():
        pytest.skip("example map not there yet")
    out = tmp_path / "poster.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "cjeditor", "export", str(EXAMPLE), "-o", str(out),
         "--paper", "A2", "--tile", "A4"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_and_svg_export_never_import_qt(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[1] / "layout")!r})
        from pathlib import Path
        from cj_testmaps import rich_map
        from cjeditor.export import ExportOptions, export_map
        doc = rich_map()
        out = Path({str(tmp_path)!r})
        export_map(doc, out / "a.pdf", ExportOptions(tile="A3"))
        export_map(doc, out / "a.svg", ExportOptions())
        export_map(doc, out / "a.png", ExportOptions(dpi=20))
        print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken"))))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_backgrounds_run_into_the_bleed_and_marks_stay_outside(rich, tmp_path):
    out = tmp_path / "bleed.pdf"
    export_map(rich, out, ExportOptions(paper="A4", bleed_mm=5, crop_marks=True))
    pdf = pdfium.PdfDocument(out)
    try:
        page = pdf[0]
        box = page.get_bleedbox()  # (left, bottom, right, top) in points
        trim = page.get_trimbox()
        scale = 1.0
        bitmap = page.render(scale=scale, rev_byteorder=True)
        data, stride = bytes(bitmap.buffer), bitmap.stride
        height = bitmap.height

        def rgb(x: float, y_up: float) -> tuple[int, int, int]:
            px, py = int(x * scale), int(height - y_up * scale)
            i = py * stride + px * 3
            return data[i], data[i + 1], data[i + 2]

        # the title band reaches the top-left corner of the bleed box
        assert sum(rgb(box[0] + 1, box[3] - 1)) < 200
        # outside the bleed (where the crop marks are) the paper is white
        assert rgb(box[0] - 8, box[3] - 30) == (255, 255, 255)
        # a lane background reaches the left bleed edge, beyond the trim
        mid = (trim[1] + trim[3]) / 2
        assert rgb(box[0] + 1, mid) != (255, 255, 255)
        assert rgb((box[0] + trim[0]) / 2, mid) != (255, 255, 255)
    finally:
        pdf.close()


def test_the_every_kind_map_as_a_picture_to_look_at(rich):
    """Every card kind, lane type and symbol on one poster, saved under tests/output."""
    output = Path(__file__).resolve().parents[1] / "output"
    output.mkdir(parents=True, exist_ok=True)
    out = output / "every-kind-poster.png"
    export_map(rich, out, ExportOptions(dpi=60))
    width, height, rows = read_png(out)
    assert width > 500 and height > 500
    assert len(set(rows[: width * 3 * 50])) > 20  # the header band and more, not blank
