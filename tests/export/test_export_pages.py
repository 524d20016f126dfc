"""`--pages` (poster, matrix, personas, check in the order asked, one PDF), `--view`
and `cjeditor compare`, read back with pypdf and rasterised for a look."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pypdf
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "check"))

from check_maps import build, card, good_dict  # noqa: E402

from cjeditor.cli import main  # noqa: E402
from cjeditor.export import export_map  # noqa: E402
from cjeditor.export.compare import export_compare  # noqa: E402
from cjeditor.export.options import ExportOptions  # noqa: E402
from cjeditor.fileio import save  # noqa: E402


def texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def decision_map(language: str = "en") -> dict:
    data = good_dict(language)
    data["personas"][0].update(goals=["Run a half marathon"], frustrations=["Hidden costs"],
                               quote="I want the shoe that won't hurt me.")
    data["lanes"][5]["cards"].append(card("o-2", "opportunity", "s-1", "Size guide per brand",
                                          impact=4))
    data["views"] = [{"id": "v-support", "name": "Support team",
                      "lanes": ["l-pain", "l-tp"]}]
    return data


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.cjmap"
    save(build(decision_map()), path)
    return path


def test_pages_in_the_order_asked(map_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "all.pdf"
    status = main(["export", str(map_file), "-o", str(out), "--paper", "A3",
                   "--pages", "poster,matrix,personas,check"])
    assert status == 0, capsys.readouterr().err
    poster, matrix, persona, check = texts(out)
    assert "Hidden shipping costs" in poster
    assert "Impact × effort" in matrix
    for title in ("Show shipping on the product page", "Shipping line under the price"):
        assert title in matrix
    assert "Quick wins" in matrix and "Big bets" in matrix
    assert "Fill-ins" in matrix and "Money pits" in matrix
    assert "Not scored (1)" in matrix and "Size guide per brand" in matrix
    assert "Laura" in persona and "Run a half marathon" in persona
    assert "Hidden costs" in persona and "Amateur runner" in persona
    assert "won't hurt me" in persona
    assert "Map check" in check and "Customer type" in check and "CAC: 100 €" in check


def test_order_is_the_users(map_file: Path, tmp_path: Path):
    out = tmp_path / "two.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--pages", "check,matrix"]) == 0
    check, matrix = texts(out)
    assert "Map check" in check and "Impact × effort" in matrix
    assert "Hidden shipping costs" not in check + matrix  # no poster asked


def _bold_sizes(path: Path, index: int = 0) -> list[float]:
    """The sizes on paper of the bold text on the PDF's page `index`."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip() and font is not None and "Bold" in str(font.get("/BaseFont")):
            sizes.append(size * cm[0] * tm[0])

    pypdf.PdfReader(path).pages[index].extract_text(visitor_text=visit)
    return sizes


def test_without_the_poster_titles_are_judged_where_they_print(map_file: Path,
                                                               tmp_path: Path, capsys):
    """--pages matrix: the title report and --min-text-pt are about the matrix's card
    titles, not those of a poster the PDF does not hold."""
    out = tmp_path / "matrix.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--pages", "matrix",
                 "--paper", "A4", "--min-text-pt", "8"]) == 0
    [line] = [line for line in capsys.readouterr().err.splitlines() if "card titles" in line]
    size = float(line.split(" print at ")[1].split(" pt")[0])
    title_sizes = [round(s, 1) for s in _bold_sizes(out)]
    assert size >= 8 and size in title_sizes
    refused = tmp_path / "refused.pdf"
    assert main(["export", str(map_file), "-o", str(refused), "--pages", "matrix",
                 "--paper", "A4", "--min-text-pt", str(size + 1)]) == 1
    assert not refused.exists()
    assert "card titles would print at" in capsys.readouterr().err
    assert main(["export", str(map_file), "-o", str(tmp_path / "p.pdf"), "--pages",
                 "personas", "--min-text-pt", "40"]) == 0
    assert "no card titles are printed" in capsys.readouterr().err


def tiny_map_file(tmp_path: Path) -> Path:
    """One stage, two ideas (one unscored): a poster with large titles, a matrix
    whose list of unscored cards prints smaller on small paper."""
    data = good_dict("en")
    data["stages"] = data["stages"][:1]
    data["phases"] = []
    for stage in data["stages"]:
        stage.pop("phase", None)
    ideas = {"id": "l-ideas", "type": "ideas", "title": "Ideas", "cards": [
        card("i-1", "idea", data["stages"][0]["id"], "Free delivery"),
        card("i-2", "idea", data["stages"][0]["id"], "Faster payment", impact=4, effort=2)]}
    data["lanes"] = [ideas]
    data["personas"], data["assets"] = [], []
    data.pop("views", None)
    data.pop("connections", None)
    path = tmp_path / "tiny.cjmap"
    save(build(data), path)
    return path


def test_with_the_poster_the_smallest_title_of_any_page_is_reported(tmp_path: Path, capsys):
    """spec/cli.md: the smallest size "at which any card's title is printed": with the
    poster, a matrix printing its titles smaller speaks for the whole PDF, and
    --min-text-pt refuses on it."""
    path = tmp_path / "both.pdf"
    tiny = tiny_map_file(tmp_path)
    assert main(["export", str(tiny), "-o", str(tmp_path / "poster.pdf"), "--paper", "A5"]) == 0
    [poster_line] = [line for line in capsys.readouterr().err.splitlines() if "card titles" in line]
    poster_pt = float(poster_line.split(" print at ")[1].split(" pt")[0])
    assert main(["export", str(tiny), "-o", str(path), "--paper", "A5",
                 "--pages", "poster,matrix"]) == 0
    [line] = [line for line in capsys.readouterr().err.splitlines() if "card titles" in line]
    size = float(line.split(" print at ")[1].split(" pt")[0])
    assert size < poster_pt and "on the matrix page, under 8 pt" in line
    matrix_sizes = [round(s, 1) for s in _bold_sizes(path, 1)]
    assert size in matrix_sizes and min(matrix_sizes) >= size
    refused = tmp_path / "refused.pdf"
    assert main(["export", str(tiny), "-o", str(refused), "--paper", "A5",
                 "--pages", "poster,matrix", "--min-text-pt", "8"]) == 1
    assert not refused.exists()
    assert "on the matrix page, under --min-text-pt 8" in capsys.readouterr().err
    # where the poster's titles are the smallest, its sentence stays
    assert main(["export", str(tiny), "-o", str(path), "--paper", "A5",
                 "--pages", "poster,personas"]) == 0
    [line] = [line for line in capsys.readouterr().err.splitlines() if "card titles" in line]
    assert line == poster_line.replace("poster.pdf", "both.pdf")


def test_bad_pages_are_usage_errors(map_file: Path, tmp_path: Path, capsys):
    assert main(["export", str(map_file), "-o", str(tmp_path / "x.pdf"),
                 "--pages", "poster,cover"]) == 2
    assert 'unknown page "cover"' in capsys.readouterr().err
    assert main(["export", str(map_file), "-o", str(tmp_path / "x.png"),
                 "--pages", "matrix"]) == 2
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.png").exists()


def test_personas_page_without_personas_still_prints_a_page(tmp_path: Path):
    data = decision_map("es")
    data["personas"] = []
    out = tmp_path / "p.pdf"
    export_map(build(data), out, ExportOptions(paper="A4", pages=("personas", "check")))
    personas, check = texts(out)
    assert "Este mapa no tiene personas." in personas
    assert "Revisión del mapa" in check and "Tipo de cliente" in check


def test_personas_pages_of_a_persona_export_show_that_persona_alone(tmp_path: Path):
    import pypdf

    from cjeditor.export import ExportOptions, export_map
    from cjeditor.fileio import load

    example = load(Path(__file__).resolve().parents[2] / "resources" / "examples"
                   / "zapatillas-running.cjmap")
    chosen = example.personas[-1]
    out = tmp_path / "p.pdf"
    export_map(example, out, ExportOptions(persona=chosen.id, pages=("personas",)))
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    assert len(pages) == 1 and pages[0].startswith(chosen.name)


def test_a_full_quadrant_counts_what_does_not_fit(tmp_path: Path):
    data = decision_map()
    cards = data["lanes"][5]["cards"]
    cards += [card(f"o-x{i}", "opportunity", "s-2", f"Quick idea number {i}", impact=5,
                   effort=1) for i in range(60)]
    out = tmp_path / "m.pdf"
    export_map(build(data), out, ExportOptions(paper="A4", pages=("matrix",)))
    (matrix,) = texts(out)
    assert "Quick wins (61)" in matrix and "… and" in matrix and "more" in matrix


def test_view_exports_its_lanes_in_its_order(map_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "view.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--view", "v-support"]) == 0
    (poster,) = texts(out)
    assert "Hidden shipping costs" in poster and "Google reviews" in poster
    assert "Honest reviews" not in poster  # the expectations lane is not in the view
    assert poster.index("Pain points") < poster.index("Touchpoints")
    assert "View: Support team" in poster  # the header says it is a view, not the map
    assert main(["export", str(map_file), "-o", str(out), "--view", "v-none"]) == 2
    assert "v-none" in capsys.readouterr().err


def test_view_applies_its_persona(tmp_path: Path):
    data = decision_map()
    data["personas"].append({"id": "p-2", "name": "Andrés"})
    data["lanes"][2]["persona"] = "p-2"  # the emotions lane is Andrés's
    data["views"][0].update(lanes=["l-emo", "l-tp"], persona="p-1")
    out = tmp_path / "v.pdf"
    export_map(build(data), out, ExportOptions(view="v-support"))
    (poster,) = texts(out)
    assert "Google reviews" in poster and "Curious" not in poster


def future_of(data: dict) -> dict:
    future = copy.deepcopy(data)
    future["meta"]["title"] = "Buying running shoes online, to-be"
    future["meta"]["state"] = "future"
    future["lanes"][2]["cards"][1]["score"] = 1  # Annoyed -> better
    future["lanes"][3]["cards"] = []  # the pain point is gone
    future["lanes"][5]["cards"][0]["addresses"] = []
    future["stages"][1]["name"] = "Easy choice"
    future["stages"].append({"id": "s-new", "name": "Unboxing"})
    future["lanes"][0]["cards"].append(card("t-9", "touchpoint", "s-new", "Box with a note",
                                            channel="thank_you"))
    return future


def test_compare_holds_both_titles_curves_and_changes(tmp_path: Path, capsys):
    current, future = tmp_path / "current.cjmap", tmp_path / "future.cjmap"
    data = decision_map()
    save(build(data), current)
    save(build(future_of(data)), future)
    out = tmp_path / "cmp.pdf"
    assert main(["compare", str(current), str(future), "-o", str(out)]) == 0, \
        capsys.readouterr().err
    text = " ".join(texts(out))
    assert "Buying running shoes online" in text and "Buying running shoes online, to-be" in text
    assert "Current · Emotions" in text and "Future · Emotions" in text
    assert "Search" in text and "Choice → Easy choice" in text
    assert "− Hidden shipping costs (Pain point)" in text
    assert "Annoyed (Emotion): Score: -2 → 1" in text
    assert "Stage new in the future map" in text and "Box with a note" in text


def test_compare_names_the_formats_values_in_the_maps_language(tmp_path: Path):
    """A changed channel or expectation is said with its names ("Correo electrónico",
    "Sí"), not the file's words (email, yes)."""
    data = decision_map("es")
    future = copy.deepcopy(data)
    touchpoint = next(c for lane in future["lanes"] for c in lane["cards"]
                      if c["kind"] == "touchpoint")
    old_channel, touchpoint["channel"] = touchpoint["channel"], "email"
    current_path, future_path = tmp_path / "a.cjmap", tmp_path / "b.cjmap"
    save(build(data), current_path)
    save(build(future), future_path)
    out = tmp_path / "cmp.pdf"
    assert main(["compare", str(current_path), str(future_path), "-o", str(out)]) == 0
    text = " ".join(texts(out))
    from cjeditor.model import vocabulary

    expected = (f"{vocabulary.name('channel', old_channel, 'es')} → "
                f"{vocabulary.name('channel', 'email', 'es')}")
    assert expected in text and f"{old_channel} → email" not in text


def test_compare_matches_stages_by_name_when_ids_differ():
    from cjeditor.check.compare import compare_maps

    data = decision_map()
    future = future_of(data)
    future["stages"][0]["id"] = "s-other"
    for lane in future["lanes"]:
        for c in lane["cards"]:
            if c["stage"] == "s-1":
                c["stage"] = "s-other"
    future["stages"][0]["phase"] = "ph-1"
    cmp = compare_maps(build(data), build(future))
    first = cmp.rows[0]
    assert first.current.id == "s-1" and first.future.id == "s-other"
    assert first.status == "same"
    assert [r.status for r in cmp.rows] == ["same", "changed", "added"]
    future_curve = next(c for c in cmp.curves if c.state == "future")
    assert future_curve.scores == {0: 1, 1: 1}


def test_compare_refuses_a_bad_file_and_a_bad_output(tmp_path: Path, capsys):
    good = tmp_path / "a.cjmap"
    save(build(decision_map()), good)
    bad = tmp_path / "b.cjmap"
    bad.write_text("{}", encoding="utf-8")
    assert main(["compare", str(good), str(bad), "-o", str(tmp_path / "c.pdf")]) == 1
    assert not (tmp_path / "c.pdf").exists()
    assert main(["compare", str(good), str(good), "-o", str(tmp_path / "c.png")]) == 2
    assert main(["compare", str(good), "-o", str(tmp_path / "c.pdf")]) == 2
    capsys.readouterr()


def test_compare_leaves_an_existing_output_alone_on_failure(tmp_path: Path, monkeypatch):
    from cjeditor.export import ExportError

    out = tmp_path / "cmp.pdf"
    out.write_bytes(b"old")
    doc = build(decision_map())

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("cjeditor.export.compare.compare_painters", broken)
    with pytest.raises(ExportError):
        export_compare(doc, doc, out)
    assert out.read_bytes() == b"old"


def test_rasterised_pages_for_a_look(tmp_path: Path, output_dir: Path, example):
    """The example's matrix, personas, check and comparison as PNGs under tests/output
    (looked at by eye; here only that they render and are not blank)."""
    import pypdfium2 as pdfium

    out = tmp_path / "pages.pdf"
    export_map(example, out, ExportOptions(paper="A3", pages=("matrix", "personas", "check")))
    future = build(future_of(decision_map("es")))
    cmp = tmp_path / "cmp.pdf"
    export_compare(build(decision_map("es")), future, cmp)
    for pdf_path, name in ((out, "pages"), (cmp, "compare")):
        pdf = pdfium.PdfDocument(str(pdf_path))
        for i in range(len(pdf)):
            image = pdf[i].render(scale=1.0).to_pil()
            image.save(output_dir / f"{name}-{i}.png")
            low, high = image.convert("L").getextrema()
            assert high - low > 100  # drawn, not blank


def overlay_map(overlay: bool = True) -> dict:
    data = decision_map()
    data["personas"].append({"id": "p-2", "name": "Andrés", "color": "#1F77B4"})
    data["lanes"].insert(3, {"id": "l-emo2", "type": "emotions", "title": "Andrés's curve",
                             "persona": "p-2", "cards": [
                                 card("e-21", "emotion", "s-1", "Calm", score=0),
                                 card("e-22", "emotion", "s-2", "Happy", score=2)]})
    data["lanes"][2]["persona"] = "p-1"
    data["views"].append({"id": "v-curves", "name": "Both curves",
                          "lanes": ["l-tp", "l-emo", "l-emo2"], "overlay_emotions": overlay})
    return data


def test_overlay_view_draws_every_curve_in_one_chart(tmp_path: Path):
    from cjeditor.export.view import apply_view
    from cjeditor.layout.compute import compute_layout

    doc = build(overlay_map())
    viewed, _options = apply_view(doc, ExportOptions(view="v-curves"))
    plain = compute_layout(viewed)
    geom = compute_layout(viewed, overlay=True)
    assert [lane.type for lane in plain.lanes] == ["touchpoints", "emotions", "emotions"]
    assert [lane.type for lane in geom.lanes] == ["touchpoints", "emotions"]
    assert geom.overlay and [c.lane_id for c in geom.curves] == ["l-emo", "l-emo2"]
    chart = geom.lanes[1]
    second = geom.curves[1]
    assert [p.score for p in second.points] == [0, 2]
    for point in second.points:
        assert chart.y < point.y < chart.y + chart.height
        assert point.y == geom.curves[0].score_y[point.score]
    assert "e-21" not in geom.cards  # the overlaid lane's labels are not laid out
    assert geom.height < plain.height
    out = tmp_path / "overlay.pdf"
    export_map(doc, out, ExportOptions(view="v-curves"))
    (poster,) = texts(out)
    assert "Laura" in poster and "Andrés" in poster and "Calm" not in poster
    assert "Overlaid curves" in poster


def test_view_without_overlay_keeps_its_emotion_lanes(tmp_path: Path):
    out = tmp_path / "plain.pdf"
    export_map(build(overlay_map(overlay=False)), out, ExportOptions(view="v-curves"))
    (poster,) = texts(out)
    assert "Calm" in poster and "Andrés's curve" in poster


def test_overlay_in_svg(tmp_path: Path):
    out = tmp_path / "overlay.svg"
    export_map(build(overlay_map()), out, ExportOptions(view="v-curves"))
    svg = out.read_text(encoding="utf-8")
    assert "#1F77B4" in svg.upper() and "Andrés" in svg


def test_persona_page_shows_the_personas_curve(tmp_path: Path):
    out = tmp_path / "personas.pdf"
    export_map(build(overlay_map()), out, ExportOptions(paper="A4", pages=("personas",)))
    laura, andres = texts(out)
    assert "Emotions" in laura and "Search" in laura and "+2" in laura
    assert "Andrés's curve" in andres


def test_compare_of_the_example_pair(tmp_path: Path, capsys):
    """The shipped example's current map and its future counterpart (when shipped)."""
    from cjeditor.fileio import load

    examples = Path(__file__).resolve().parents[2] / "resources" / "examples"
    pairs = []
    for path in sorted(examples.glob("*.cjmap")):
        doc = load(path)
        if doc.meta.state == "current" and doc.meta.counterpart:
            pairs.append((path, (path.parent / doc.meta.counterpart).resolve()))
    if not pairs or not pairs[0][1].exists():
        pytest.skip("no example pair (a current map with its future counterpart) shipped yet")
    current, future = pairs[0]
    out = tmp_path / "pair.pdf"
    assert main(["compare", str(current), str(future), "-o", str(out)]) == 0, \
        capsys.readouterr().err
    text = " ".join(texts(out))
    for path in (current, future):
        assert load(path).meta.title in text
    assert "Actual ·" in text and "Futuro ·" in text  # both curves in the legend


def test_a_view_without_the_opportunity_lanes_has_a_matrix_of_no_cards(map_file: Path,
                                                                       tmp_path: Path):
    """The view "Support team" shows no opportunity or idea lane: its matrix page says
    there are no cards, not that every card has both scores."""
    out = tmp_path / "view.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--paper", "A3",
                 "--view", "v-support", "--pages", "poster,matrix"]) == 0
    matrix = texts(out)[1]
    assert "Not scored (0)" in matrix and "Every card has impact and effort" not in matrix
    assert matrix.count("No cards") == 5  # four quadrants and the list aside
    full = tmp_path / "full.pdf"
    assert main(["export", str(map_file), "-o", str(full), "--paper", "A3",
                 "--pages", "matrix"]) == 0
    assert "Not scored (1)" in texts(full)[0]


def test_every_page_says_its_number_of_the_whole_pdf(tmp_path: Path):
    # the poster said "Página 1 de 1" on page 1 of 4, the other pages nothing
    import re

    import pypdf

    from cjeditor.export import ExportOptions, export_map
    from cjeditor.fileio import load

    example = load(Path(__file__).resolve().parents[2] / "resources" / "examples"
                   / "zapatillas-running.cjmap")
    for options in (ExportOptions(pages=("poster", "matrix", "personas", "check")),
                    ExportOptions(tile="A4", pages=("matrix", "poster"))):
        out = tmp_path / "p.pdf"
        export_map(example, out, options)
        pages = pypdf.PdfReader(out).pages
        said = [re.findall(r"[Pp]ágina (\d+) de (\d+)", page.extract_text()) for page in pages]
        assert said == [[(str(n), str(len(pages)))] for n in range(1, len(pages) + 1)]
