"""Card titles that read from across the room (spec/cli.md: --paper auto,
--orientation auto, --min-text-pt and the size reported on stderr)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from cjeditor.cli import main
from cjeditor.export.legibility import AUTO_PAPERS, fit_on, smallest_title
from cjeditor.export.printed import printed_poster

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "zapatillas-running.cjmap"


def reported_size(err: str, out: Path) -> float:
    line = next(line for line in err.splitlines() if line.startswith(f"{out}: card titles"))
    return float(re.search(r"at ([\d.]+) pt", line).group(1))


def poster_scale(out: Path) -> float:
    """The scale the PDF draws the poster at (its one uniform `cm` operator)."""
    content = pypdf.PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    matrices = re.findall(r"([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm", content)
    scale = next(float(a) for a, d in matrices if a == d and float(a) != 1.0)
    return scale


def test_every_export_reports_the_smallest_title_size_it_prints(example, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "A2"]) == 0
    size = reported_size(capsys.readouterr().err, out)
    _doc, poster, _m = printed_poster(example, None, None)
    expected = smallest_title(poster.geometry) * fit_on(poster, "A2", "landscape").scale
    assert size == pytest.approx(expected, abs=0.05)
    # the PDF's own numbers agree: the poster's scale times the title's type size
    assert size == pytest.approx(smallest_title(poster.geometry) * poster_scale(out), abs=0.05)
    content = pypdf.PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    set_sizes = {float(v) for v in re.findall(r" ([\d.]+) Tf", content)}
    assert smallest_title(poster.geometry) in set_sizes  # the title's type size is set


def test_fit_none_reports_the_page_it_grew_to(tmp_path, capsys):
    """`--fit none`: 1:1, the paper grown to the map; the report names that page."""
    out = tmp_path / "poster.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "A4", "--fit", "none"]) == 0
    line = next(line for line in capsys.readouterr().err.splitlines()
                if line.startswith(f"{out}: card titles"))
    box = pypdf.PdfReader(out).pages[0].mediabox
    width, height = round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)
    assert width > 297 and f"at 1:1 on a page of {width} × {height} mm" in line
    assert "on A4 landscape" not in line


def test_min_text_pt_refuses_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "A4",
                 "--min-text-pt", "12"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{out}: cannot export: card titles would print at ")
    assert "--min-text-pt 12" in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_size_just_under_the_minimum_does_not_read_as_the_minimum(tmp_path, capsys):
    """The example's titles print at about 8.28 pt on A0: under --min-text-pt 8.3 the
    refusal says 8.28, not "8.3 pt, under --min-text-pt 8.3"."""
    from cjeditor.export.legibility import pt

    assert pt(8.276, 8.3) == "8.28" and pt(8.276) == "8.3" and pt(8.0, 8.0) == "8"
    assert pt(7.96, 8.0) == "7.96" and pt(12.0, 8.0) == "12"
    out = tmp_path / "poster.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "A0",
                 "--min-text-pt", "8.3"]) == 1
    err = capsys.readouterr().err
    said = re.search(r"would print at ([\d.]+) pt", err).group(1)
    assert said != "8.3" and float(said) < 8.3 and "(it gives 8.3 pt)" not in err


def test_the_minimum_is_quoted_as_given_and_no_size_reads_as_zero(tmp_path, capsys):
    # "--min-text-pt 5.79" was quoted back as 5.8, and a size under 0.05 pt as "0 pt"
    from cjeditor.export.legibility import pt

    assert pt(0.012) == "0.01" and pt(0.0004) == "0.0004" and pt(0.0) == "0"
    out = tmp_path / "poster.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "A1",
                 "--min-text-pt", "5.79"]) == 1
    assert "under --min-text-pt 5.79" in capsys.readouterr().err


def test_at_one_to_one_no_paper_is_offered(tmp_path, capsys):
    """--fit none prints the map 1:1: the paper does not change the titles' size, so
    the refusal offers none (not "not even A0 reaches")."""
    out = tmp_path / "poster.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--fit", "none",
                 "--min-text-pt", "12"]) == 1
    err = capsys.readouterr().err
    assert "at 1:1 (--fit none) no paper prints them larger" in err
    assert "A0" not in err and not out.exists()


def test_paper_auto_picks_the_smallest_legible_paper(example, tmp_path, capsys):
    _doc, poster, _m = printed_poster(example, None, None)
    title = smallest_title(poster.geometry)
    for minimum, orientation in ((8.0, "landscape"), (6.0, "landscape"), (8.0, "auto")):
        out = tmp_path / f"auto-{minimum}-{orientation}.pdf"
        args = ["export", str(EXAMPLE), "-o", str(out), "--paper", "auto",
                "--orientation", orientation]
        if minimum != 8.0:
            args += ["--min-text-pt", str(minimum)]
        assert main(args) == 0
        err = capsys.readouterr().err
        orientations = ("landscape", "portrait") if orientation == "auto" else (orientation,)
        expected = None
        for paper in AUTO_PAPERS:  # the rule of the spec, written out
            fits = [fit_on(poster, paper, o) for o in orientations]
            best = max(fits, key=lambda f: (f.scale, f.orientation == "landscape"))
            if title * best.scale >= minimum:
                expected = best
                break
        assert expected is not None
        width, height = (float(v) for v in pypdf.PdfReader(out).pages[0].mediabox[2:])
        assert (width, height) == pytest.approx((expected.width, expected.height), abs=0.01)
        assert reported_size(err, out) >= minimum


def test_a_poster_under_8_pt_still_exports_but_says_which_paper_would_do(tmp_path, capsys):
    out = tmp_path / "small.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "A4"]) == 0
    err = capsys.readouterr().err
    assert "under 8 pt" in err and out.stat().st_size > 0
    assert re.search(r"(A[0-4] (landscape|portrait) would print them at [\d.]+ pt|"
                     r"not even A0 reaches 8 pt)", err)


def test_a_tall_map_under_8_pt_is_told_the_other_orientation_that_reaches_it(tmp_path,
                                                                            capsys):
    # "not even A0 reaches 8 pt" was said of a map A0 portrait prints at 11 pt
    import json

    lanes = [{"id": f"l{i}", "type": "notes", "title": f"Carril {i}", "cards": [
        {"id": f"c{i}-{s}", "kind": "note", "stage": f"s{s}", "title": f"Nota {i} {s}"}
        for s in range(2)]} for i in range(60)]
    raw = {"format": "cjmap", "version": 2, "meta": {"title": "Alto"}, "personas": [],
           "phases": [], "stages": [{"id": "s0", "name": "Uno"}, {"id": "s1", "name": "Dos"}],
           "lanes": lanes, "assets": []}
    source = tmp_path / "alto.cjmap"
    source.write_text(json.dumps(raw), "utf-8")
    out = tmp_path / "alto.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "on A1 landscape, under 8 pt" in err
    assert "not even A0" not in err
    assert re.search(r"A[0-4] portrait would print them at [\d.]+ pt", err), err
