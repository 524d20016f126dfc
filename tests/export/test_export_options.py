"""ExportOptions and paper sizes (spec/cli.md, export options)."""

from __future__ import annotations

import pytest

from cjeditor.export import ExportOptions, parse_paper
from cjeditor.export.options import MM
from cjeditor.export.tiling import plan_tiles, sheet_label


@pytest.mark.parametrize(
    ("name", "mm"),
    [("A0", (841, 1189)), ("a1", (594, 841)), ("A2", (420, 594)), ("A3", (297, 420)),
     ("A4", (210, 297)), ("a5", (148, 210))],
)
def test_iso_sizes(name, mm):
    w, h = parse_paper(name)
    assert w == pytest.approx(mm[0] * MM) and h == pytest.approx(mm[1] * MM)


def test_us_sizes_and_custom_sizes():
    assert parse_paper("Letter") == (612, 792)
    assert parse_paper("LEGAL") == (612, 1008)
    assert parse_paper("tabloid") == (792, 1224)
    w, h = parse_paper("1000x700mm")
    assert w == pytest.approx(1000 * MM) and h == pytest.approx(700 * MM)
    assert parse_paper(" 500.5X300MM ")[0] == pytest.approx(500.5 * MM)


@pytest.mark.parametrize("bad", ["A6", "B1", "", "100x", "x100mm", "100x100cm", "-5x10mm",
                                 "10x10mm", "9000x100mm", "letter2"])
def test_bad_paper_sizes_are_refused_clearly(bad):
    with pytest.raises(ValueError, match="paper size"):
        parse_paper(bad)


def test_defaults_are_valid():
    options = ExportOptions()
    options.validate()
    assert (options.paper, options.orientation, options.fit, options.tile) == (
        "A1", "landscape", "page", None)
    assert (options.overlap_mm, options.crop_marks, options.bleed_mm, options.dpi) == (
        10, False, 0, 150)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"paper": "A9"}, "paper size"),
        ({"orientation": "sideways"}, "orientation"),
        ({"fit": "width"}, "fit"),
        ({"overlap_mm": -1}, "overlap"),
        ({"bleed_mm": -0.5}, "bleed"),
        ({"bleed_mm": float("nan")}, "bleed"),
        ({"bleed_mm": 80}, "bleed"),
        ({"dpi": 5}, "dpi"),
        ({"dpi": 1201}, "dpi"),
        ({"dpi": 150.5}, "dpi"),
        ({"tile": "A7"}, "paper size"),
        ({"tile": "A4", "overlap_mm": 120}, "overlap"),
        # the alignment marks sit in the overlap strip: none, or one narrower than a mark
        ({"tile": "A4", "overlap_mm": 0}, "too small for tiles"),
        ({"tile": "A4", "overlap_mm": 4.9}, "too small for tiles"),
    ],
)
def test_bad_options_raise_value_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ExportOptions(**kwargs).validate()


def test_tile_plan_a1_on_a4():
    a1 = (841 * MM, 594 * MM)  # landscape
    plan = plan_tiles(*a1, parse_paper("A4"), 10 * MM)
    # A4 portrait: printable 190 x 277 mm, steps of 180 x 267 mm: 5 columns, 3 rows
    assert (plan.cols, plan.rows) == (5, 3)
    assert plan.sheet_w < plan.sheet_h
    assert plan.cols * plan.step_x + plan.overlap >= a1[0]
    assert plan.rows * plan.step_y + plan.overlap >= a1[1]


def test_a_poster_smaller_than_a_sheet_is_one_sheet():
    plan = plan_tiles(100, 100, parse_paper("A4"), 10 * MM)
    assert plan.count == 1


def test_sheet_labels_cannot_be_mistaken_for_paper_sizes():
    assert sheet_label(0, 0) == "A·1"
    assert sheet_label(1, 2) == "B·3"
    assert sheet_label(26, 0) == "AA·1"


def test_alignment_marks_of_neighbours_coincide_inside_the_overlap():
    from cjeditor.export.tiling import mark_points

    plan = plan_tiles(2000, 1500, parse_paper("A4"), 10 * MM)
    assert plan.cols > 1 and plan.rows > 1
    for row, col in plan.sheets():
        mine = set(mark_points(plan, row, col))
        x, y, w, h = plan.region(row, col)
        for px, py in mine:  # every mark inside this sheet's printed part ...
            assert x <= px <= x + w and y <= py <= y + h
            in_strip = [(px - x) < plan.overlap, (x + w - px) < plan.overlap,
                        (py - y) < plan.overlap, (y + h - py) < plan.overlap]
            assert any(in_strip)  # ... in an overlap strip
        for other in ((row, col + 1), (row + 1, col)):
            if other[0] < plan.rows and other[1] < plan.cols:
                shared = mine & set(mark_points(plan, *other))
                assert len(shared) == 2  # the same two points on both sheets


def test_a_strip_already_printed_above_keeps_no_sheet_of_its_own():
    """Ink reaching a row of sheets only inside its shared top strip, the corners
    included, is printed by the row above: the whole row is left out, not one sheet of
    it (the corner shared with a left-out neighbour was taken as this sheet's own)."""
    plan = plan_tiles(1000, 1600, parse_paper("A4"), 10 * MM, inked=[(0, 0, 1000, 200)])
    _x, y, _w, _h = plan.region(1, 0)
    strip = plan_tiles(1000, 1600, parse_paper("A4"), 10 * MM,
                       inked=[(0, 0, 1000, y + plan.overlap / 3)])
    assert all(row == 0 for row, _col in strip.sheets())
    assert strip.count == plan.count


@pytest.mark.parametrize("seed", range(30))
def test_every_bit_of_ink_is_on_a_sheet_that_is_kept(seed):
    import random

    rng = random.Random(seed)
    boxes = [(rng.uniform(0, 900), rng.uniform(0, 1500), rng.uniform(1, 120),
              rng.uniform(1, 120)) for _ in range(rng.randint(1, 6))]
    plan = plan_tiles(1000, 1600, parse_paper("A4"), 10 * MM, inked=boxes)
    kept = [plan.region(r, c) for r, c in plan.sheets()]
    for bx, by, bw, bh in boxes:
        for fx in (0.01, 0.5, 0.99):
            for fy in (0.01, 0.5, 0.99):
                px, py = bx + bw * fx, by + bh * fy
                if px < 1000 and py < 1600:
                    assert any(x <= px <= x + w and y <= py <= y + h for x, y, w, h in kept)


def test_sheets_with_nothing_of_the_map_are_left_out():
    # a poster whose ink is only a band on top: the sheets below it are gaps
    plan = plan_tiles(1000, 1600, parse_paper("A4"), 10 * MM, inked=[(0, 0, 1000, 200)])
    assert plan.count < plan.cols * plan.rows
    assert all(row == 0 for row, _col in plan.sheets())
    assert plan.skipped == {(r, c) for r in range(1, plan.rows) for c in range(plan.cols)}
