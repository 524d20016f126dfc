"""The tiles of a poster, taped together: each sheet's printed part placed where the
plan says, the overlap strips of neighbours showing the same picture (so the marks
in them coincide). The assembled image is saved under tests/output to look at."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter

from cjeditor.export import ExportOptions, export_map
from cjeditor.export.pdf import poster_page, tile_plan
from cjeditor.export.printed import printed_poster
from cjeditor.export.tiling import SHEET_MARGIN

OUTPUT = Path(__file__).resolve().parents[1] / "output"
SCALE = 2.0  # pixels per point: one pixel is 0.18 mm


def _agree(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels within 32/255 once both are softened by a pixel."""
    soften = ImageFilter.GaussianBlur(1.0)
    diff = ImageChops.difference(a.filter(soften), b.filter(soften)).convert("L")
    bad = diff.point(lambda v: 255 if v > 32 else 0).histogram()[255]
    return 1 - bad / (a.width * a.height)


def _best_fit(mine: Image.Image, assembled: Image.Image, box: tuple[int, int, int, int]
              ) -> float:
    """Agreement of a strip with what the neighbour printed there, allowing the one
    pixel (0.18 mm) that rounding the crops to whole pixels may shift."""
    x0, y0, x1, y1 = box
    return max(_agree(mine, assembled.crop((x0 + dx, y0 + dy, x1 + dx, y1 + dy)))
               for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def test_a1_on_a4_tiles_tape_together(example, tmp_path):
    options = ExportOptions(paper="A1", tile="A4")
    out = tmp_path / "tiles.pdf"
    export_map(example, out, options)
    _doc, poster, _m = printed_poster(example, None, options)
    plan = tile_plan(poster, poster_page(poster, options), options)
    width = round((plan.cols * plan.step_x + plan.overlap) * SCALE)
    height = round((plan.rows * plan.step_y + plan.overlap) * SCALE)
    assembled = Image.new("RGB", (width, height), "white")
    placed: dict[tuple[int, int], tuple[int, int]] = {}
    m = SHEET_MARGIN * SCALE
    ov = round(plan.overlap * SCALE)
    pdf = pdfium.PdfDocument(out)
    try:
        assert len(pdf) == 1 + plan.count
        for index, (row, col) in enumerate(plan.sheets(), start=1):
            sheet = pdf[index].render(scale=SCALE, fill_color=(255, 255, 255, 255)).to_pil()
            area = sheet.convert("RGB").crop((round(m), round(m),
                                              round(m + plan.area_w * SCALE),
                                              round(m + plan.area_h * SCALE)))
            x, y, _w, _h = plan.region(row, col)
            at = (round(x * SCALE), round(y * SCALE))
            # the strips this sheet shares with the sheets left of it and above it
            shared = (((row, col - 1), (at[0], at[1], at[0] + ov, at[1] + area.height)),
                      ((row - 1, col), (at[0], at[1], at[0] + area.width, at[1] + ov)))
            for neighbour, box in shared:
                if neighbour in placed:
                    mine = area.crop((0, 0, box[2] - box[0], box[3] - box[1]))
                    # a sheet 3 pixels (0.5 mm) off agrees at about 0.8 (marks, edges)
                    assert _best_fit(mine, assembled, box) > 0.95, (row, col, neighbour)
            assembled.paste(area, at)
            placed[row, col] = at
    finally:
        pdf.close()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assembled.save(OUTPUT / "tiles-A1-on-A4-assembled.png")
    assert len(placed) == plan.count > 1
