"""`export --story`: the 16:9 slide deck (spec/cli.md, `--story`).

The deck of the example has a title slide and one slide per stage, every page
13.33 × 7.5 in; no run of text is under 14 pt, read both from the Tf operators of
the content streams and from the size pypdf computes with the text and
transformation matrices; what does not fit is cut, never shrunk.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pypdf
import pytest

from cjeditor.export import ExportOptions, export_map
from cjeditor.export.story import write_story
from cjeditor.model import JourneyMap
from cjeditor.paint.slides import MIN_PT

INCH = 72.0


def deck_of(doc: JourneyMap, options: ExportOptions | None = None) -> pypdf.PdfReader:
    out = io.BytesIO()
    write_story(doc, out, options or ExportOptions(), None, [])
    return pypdf.PdfReader(io.BytesIO(out.getvalue()))


@pytest.fixture(scope="module")
def deck(example: JourneyMap) -> pypdf.PdfReader:
    return deck_of(example)


def tf_sizes(page: pypdf.PageObject) -> list[float]:
    data = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    return [float(size) for size in re.findall(r"/[^\s/]+\s+([-\d.]+)\s+Tf", data)]


def drawn_sizes(page: pypdf.PageObject) -> list[tuple[float, str]]:
    """(size on paper, text) of every run, with the text and current matrices."""
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            found.append((abs(size * tm[3] * cm[3]), text))

    page.extract_text(visitor_text=visit)
    return found


def test_a_title_slide_then_one_slide_per_stage_all_16_by_9(example, deck):
    assert len(deck.pages) == 1 + len(example.stages)
    for page in deck.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert (w / INCH, h / INCH) == pytest.approx((13.333, 7.5), abs=0.01)
        assert w / h == pytest.approx(16 / 9, abs=0.01)


def test_no_text_under_14_pt(deck):
    for page in deck.pages:
        sizes = tf_sizes(page)
        assert sizes and min(sizes) >= MIN_PT == 14
        drawn = drawn_sizes(page)
        assert drawn
        small = [(s, t) for s, t in drawn if s < MIN_PT - 1e-6]
        assert not small


def test_the_slides_say_what_the_spec_asks(example, deck):
    first = deck.pages[0].extract_text()
    assert example.meta.title.split()[0] in first
    for persona in example.personas:
        assert persona.name in first
    for n, stage in enumerate(example.stages, start=1):
        text = deck.pages[n].extract_text()
        assert stage.name in text
        assert f"{n + 1} / {len(example.stages) + 1}" in text
        if stage.moment:
            assert stage.moment.upper() in text
        phase = next((p for p in example.phases if p.id == stage.phase), None)
        if phase is not None:
            assert phase.name in text
        emotion_lanes = [lane for lane in example.lanes if lane.type == "emotions"]
        assert emotion_lanes[0].title in text


def _crowded(example: JourneyMap) -> JourneyMap:
    """The example with 15 long cards in every lane at the first stage."""
    data = json.loads(example.model_dump_json(by_alias=True, exclude_none=True))
    first = data["stages"][0]["id"]
    for lane in data["lanes"]:
        if lane["type"] != "notes":
            continue
        for k in range(15):
            lane["cards"].append({"id": f"crowd-{k}", "kind": "note", "stage": first,
                                  "title": "Una nota muy larga que no cabe en una línea " * 3})
    data["stages"][0]["name"] = "Una etapa con un nombre larguísimo " * 4
    data["stages"][0]["description"] = "Texto de la etapa. " * 40
    return JourneyMap.model_validate(data)


def test_a_crowded_stage_is_cut_never_shrunk(example):
    deck = deck_of(_crowded(example))
    assert len(deck.pages) == 1 + len(example.stages)
    page = deck.pages[1]
    assert min(tf_sizes(page)) >= MIN_PT
    text = page.extract_text()
    assert "…" in text
    assert re.search(r"y \d+ más", text)


def _listed_more(deck: pypdf.PdfReader) -> int:
    """The cards the stage slides count in their lanes ("… y 3 más" after a card), not
    the lanes they leave out (" … y 5 más", alone)."""
    text = " ".join(" ".join(page.extract_text().split()) for page in deck.pages[1:])
    return sum(int(n) for n in re.findall(r"(?<! … )y (\d+) más", text))


def test_the_cards_a_slide_only_counts_are_said(example):
    """A deck is a summary: the cards a slide could not list are counted in a note on
    stderr, the same number the slides show ("y N más")."""
    one_lane = JourneyMap.model_validate({
        "format": "cjmap", "version": 2, "meta": {"title": "Notas", "language": "es"},
        "personas": [], "phases": [], "stages": [{"id": "s-1", "name": "Compra"}],
        "lanes": [{"id": "l-n", "type": "notes", "title": "Notas", "cards": [
            {"id": f"n-{k}", "kind": "note", "stage": "s-1", "title": f"Nota {k}"}
            for k in range(40)]}],
        "assets": []})
    for doc, exact in ((one_lane, True), (_crowded(example), False)):
        out = io.BytesIO()
        notes: list[str] = []
        write_story(doc, out, ExportOptions(), None, notes)
        counted = _listed_more(pypdf.PdfReader(io.BytesIO(out.getvalue())))
        [note] = [n for n in notes if "only counted" in n]
        said = int(note.split()[0])
        assert counted > 0 and (said == counted if exact else said >= counted), (said, counted)


def test_persona_keeps_that_personas_lanes(example):
    persona = example.personas[-1].id
    others = [lane for lane in example.lanes if lane.persona not in (None, persona)]
    deck = deck_of(example, ExportOptions(persona=persona))
    text = "".join(page.extract_text() for page in deck.pages[1:])
    for lane in others:
        assert lane.title not in text


def test_a_view_that_overlays_its_curves_shows_one_chart_a_slide(example, tmp_path):
    """--story --view: the view's overlay (spec: "its lanes, persona and overlay") is one
    chart a slide, its name and a line a persona above it, not a chart a lane."""
    from cjeditor.model import vocabulary

    view = next(v for v in example.views if v.overlay_emotions)
    out = tmp_path / "deck.pdf"
    export_map(example, out, ExportOptions(story=True, view=view.id))
    caption = vocabulary.name("field", "overlay_emotions", example.meta.language)
    emotion_lanes = [lane for lane in example.lanes if lane.id in (view.lanes or [])
                     and lane.type == "emotions"]
    names = [p.name for p in example.personas
             if any(lane.persona == p.id for lane in emotion_lanes)]
    assert len(names) > 1
    for page in pypdf.PdfReader(out).pages[1:]:
        text = " ".join(page.extract_text().split())
        assert caption in text
        assert all(f"{name}:" in text for name in names)
        assert not any(lane.title in text for lane in emotion_lanes)  # no chart a lane
    plain = " ".join(page.extract_text() for page in deck_of(example).pages[1:])
    assert caption not in plain


def test_export_map_and_refusals(example, tmp_path):
    out = tmp_path / "deck.pdf"
    notes = export_map(example, out, ExportOptions(story=True))
    assert len(pypdf.PdfReader(out).pages) == 1 + len(example.stages)
    assert "14 pt" in notes[0]
    for bad in (ExportOptions(story=True, tile="A4"), ExportOptions(story=True, bleed_mm=3),
                ExportOptions(story=True, pages=("poster", "matrix"))):
        with pytest.raises(ValueError):
            export_map(example, tmp_path / "x.pdf", bad)
    with pytest.raises(ValueError):
        export_map(example, tmp_path / "x.svg", ExportOptions(story=True))
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.svg").exists()


def test_cli_story(tmp_path):
    from cj_testmaps import EXAMPLE

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cjeditor", "export", str(EXAMPLE), *args],
                              capture_output=True, text=True, timeout=120)

    out = tmp_path / "deck.pdf"
    done = run("-o", str(out), "--story")
    assert done.returncode == 0, done.stderr
    assert "pt" in done.stderr and out.exists()
    assert run("-o", str(tmp_path / "deck.svg"), "--story").returncode == 2
    assert run("-o", str(tmp_path / "t.pdf"), "--story", "--tile", "A4").returncode == 2
    refused = run("-o", str(tmp_path / "big.pdf"), "--story", "--min-text-pt", "20")
    assert refused.returncode == 1 and not (tmp_path / "big.pdf").exists()
    # the option is about card titles (16 pt on a slide), not the slides' smaller text
    titles = run("-o", str(tmp_path / "ok.pdf"), "--story", "--min-text-pt", "15")
    assert titles.returncode == 0, titles.stderr
    assert "card titles print at 16 pt" in titles.stderr


def test_three_slides_rasterise_to_real_pictures(example, tmp_path):
    import pypdfium2 as pdfium

    out = io.BytesIO()
    write_story(example, out, ExportOptions(), None, [])
    pdf = pdfium.PdfDocument(out.getvalue())
    for n in (0, 1, len(pdf) - 1):
        image = pdf[n].render(scale=1).to_pil().convert("RGB")
        assert image.size == (960, 540)
        colours = image.getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 20
        image.save(tmp_path / f"slide{n}.png")
    pdf.close()


def test_the_export_dialog_offers_slides(qapp, qtbot, example, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from cjeditor.app.dialogs.export import ExportDialog, with_suffix
    from cjeditor.app.settings import AppSettings

    dialog = ExportDialog(example, AppSettings())
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("slides"))
    options = dialog.options()
    assert options.story and options.tile is None and not options.crop_marks
    assert not dialog.problem() and dialog.export_button.isEnabled()
    assert str(len(example.stages) + 1) in dialog.summary.text()
    assert with_suffix(Path("deck.png"), "slides") == Path("deck.pdf")
    target = tmp_path / "deck"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert dialog.choose_file() == tmp_path / "deck.pdf"
    export_map(example, tmp_path / "deck.pdf", options)
    assert len(pypdf.PdfReader(tmp_path / "deck.pdf").pages) == 1 + len(example.stages)


def test_a_character_no_font_has_is_a_box_and_invisible_text_never_small(example):
    data = json.loads(example.model_dump_json(by_alias=True, exclude_none=True))
    odd = "\ue000"  # private use: no font draws it
    data["stages"][0]["name"] = f"Etapa {odd}"
    data["lanes"][0]["cards"][0]["title"] = f"Tarjeta {odd}"
    deck = deck_of(JourneyMap.model_validate(data))
    for page in deck.pages[:2]:
        assert min(tf_sizes(page)) >= MIN_PT
        assert odd in page.extract_text()


def _badge_pixels(image, box: tuple[int, int, int, int]) -> int:
    """Pixels of the map-link badge's blue inside `box` of a rendered slide."""
    from cjeditor.paint import style as S

    target = tuple(int(S.MAP_LINK[i:i + 2], 16) for i in (1, 3, 5))
    crop = image.crop(box).convert("RGB")
    return sum(n for n, rgb in crop.getcolors(maxcolors=1 << 20)
               if max(abs(a - b) for a, b in zip(rgb, target, strict=True)) < 12)


def test_links_to_other_maps_are_on_the_slides(example, tmp_path):
    """A stage linked to another map shows its badge and path under the description;
    a linked card has the badge before its title, as on the poster."""
    import pypdfium2 as pdfium

    def slide(doc: JourneyMap):
        out = io.BytesIO()
        write_story(doc, out, ExportOptions(), None, [])
        image = pdfium.PdfDocument(out.getvalue())[2].render(scale=1).to_pil()
        return pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[2].extract_text(), image

    whole = (0, 0, 960, 540)
    plain_text, plain = slide(example)
    assert "descubrimiento.cjmap" not in plain_text
    assert _badge_pixels(plain, whole) < 20

    stage_linked = example.model_copy(deep=True)
    stage_linked.stages[1].link = "detalle/descubrimiento.cjmap"
    text, image = slide(stage_linked)
    assert "detalle/descubrimiento.cjmap" in text
    assert _badge_pixels(image, whole) > 20

    card_linked = example.model_copy(deep=True)
    stage_id = card_linked.stages[1].id
    card = next(c for lane in card_linked.lanes if lane.type == "actions"
                for c in lane.cards if c.stage == stage_id)
    card.link = "otro.cjmap"
    text, image = slide(card_linked)
    image.save(tmp_path / "linked-card-slide.png")
    assert _badge_pixels(image, whole) > 20
    assert card.title.split()[0] in text  # the title is still written beside the badge
