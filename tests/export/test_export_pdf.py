"""The PDF poster, read back with pypdf."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from cj_testmaps import MARKUP, SPANISH

from cjeditor.export import ExportOptions, export_map, parse_paper
from cjeditor.export.options import MM, oriented
from cjeditor.export.printed import expanded
from cjeditor.layout import compute_layout
from cjeditor.layout.poster import compute_poster
from cjeditor.model import JourneyMap


def export_pdf(doc: JourneyMap, tmp_path: Path, name: str = "map.pdf", **kwargs) -> pypdf.PdfReader:
    out = tmp_path / name
    export_map(doc, out, ExportOptions(**kwargs))
    return pypdf.PdfReader(out)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def size(box) -> tuple[float, float]:
    return float(box.width), float(box.height)


@pytest.mark.parametrize("paper", ["A0", "A1", "A2", "A3", "A4", "A5", "letter", "legal",
                                   "tabloid", "1000x700mm"])
def test_one_page_of_the_paper_size_landscape(rich, tmp_path, paper):
    reader = export_pdf(rich, tmp_path, paper=paper)
    assert len(reader.pages) == 1
    w, h = oriented(parse_paper(paper), "landscape")
    assert size(reader.pages[0].mediabox) == pytest.approx((w, h), abs=0.01)


def test_portrait(rich, tmp_path):
    reader = export_pdf(rich, tmp_path, paper="A3", orientation="portrait")
    w, h = size(reader.pages[0].mediabox)
    assert (w, h) == pytest.approx((297 * MM, 420 * MM), abs=0.01)


def test_fit_none_grows_the_paper_to_the_map(rich, tmp_path):
    poster = compute_poster(expanded(rich), compute_layout(expanded(rich)))
    reader = export_pdf(rich, tmp_path, paper="A5", fit="none")
    w, h = size(reader.pages[0].mediabox)
    assert w >= poster.width and h >= poster.height
    assert w >= 210 * MM - 0.01 and h >= 148 * MM - 0.01
    # a big paper is kept as it is
    reader = export_pdf(rich, tmp_path, "b.pdf", paper="A0", fit="none")
    assert size(reader.pages[0].mediabox) == pytest.approx((1189 * MM, 841 * MM), abs=0.01)


def _tile_plan(doc: JourneyMap, **kwargs):
    from cjeditor.export.pdf import poster_page, tile_plan
    from cjeditor.layout.metrics import default_metrics

    options = ExportOptions(**kwargs)
    doc = expanded(doc)
    poster = compute_poster(doc, compute_layout(doc), default_metrics())
    return tile_plan(poster, poster_page(poster, options), options)


def test_tiles_a1_on_a4(rich, tmp_path):
    reader = export_pdf(rich, tmp_path, paper="A1", tile="A4")
    plan = _tile_plan(rich, paper="A1", tile="A4")
    assert plan.count > 1
    assert len(reader.pages) == 1 + plan.count  # the assembly sheet, then the tiles
    for page in reader.pages:
        assert size(page.mediabox) == pytest.approx((plan.sheet_w, plan.sheet_h), abs=0.01)
    texts = [page.extract_text() for page in reader.pages]
    assert "A·1" in texts[0] and "A·2" in texts[0]
    assert "Hoja A·2" in texts[2]
    assert f"página {plan.count + 1} de {plan.count + 1}" in texts[-1]
    # the poster is one form XObject, placed on every sheet
    forms = set()
    for page in reader.pages[1:]:
        xobjects = page["/Resources"]["/XObject"]
        forms |= {xobjects[name].indirect_reference.idnum for name in xobjects}
    assert len(forms) == 1


@pytest.mark.parametrize("tile", ["A4", "A5"])
def test_tiles_leave_nothing_within_6_mm_of_the_sheet_edge(rich, tmp_path, tile):
    # the assembly page too: its heading, the map's title (here long, with an emoji)
    # and the hint ran to the edge and past it on portrait A5 sheets
    import pypdfium2 as pdfium

    out = tmp_path / "tiles.pdf"
    doc = rich.model_copy(deep=True)
    doc.meta.title = ("Mapa del viaje 💡 de la clienta que compra zapatillas de trail por "
                      "primera vez, desde la búsqueda hasta la devolución, revisado en el "
                      "taller de noviembre")
    export_map(doc, out, ExportOptions(paper="A1", tile=tile))
    first = pypdf.PdfReader(out).pages[0].extract_text()
    assert "💡" in first and "\x00" not in first  # the emoji as a glyph, not a box
    pdf = pdfium.PdfDocument(out)
    try:
        scale = 2.0
        edge = round(6 * MM * scale) - 1  # pixels of the unprintable border
        for index in range(len(pdf)):
            image = pdf[index].render(scale=scale, fill_color=(255, 255, 255, 255)).to_pil()
            gray = image.convert("L")
            w, h = gray.size
            for box in ((0, 0, w, edge), (0, h - edge, w, h), (0, 0, edge, h),
                        (w - edge, 0, w, h)):
                darkest = gray.crop(box).getextrema()[0]
                assert darkest > 250, f"ink within 6 mm of the edge on page {index + 1}"
    finally:
        pdf.close()


def test_tiles_on_letter_with_overlap(rich, tmp_path):
    reader = export_pdf(rich, tmp_path, paper="A2", tile="letter", overlap_mm=20)
    plan = _tile_plan(rich, paper="A2", tile="letter", overlap_mm=20)
    assert len(reader.pages) == plan.count + 1


def test_bleed_and_crop_marks_set_trim_and_bleed_boxes(rich, tmp_path):
    reader = export_pdf(rich, tmp_path, paper="A3", bleed_mm=3, crop_marks=True)
    page = reader.pages[0]
    paper_w, paper_h = 420 * MM, 297 * MM
    trim, bleed, media = page.trimbox, page.bleedbox, page.mediabox
    assert size(trim) == pytest.approx((paper_w, paper_h), abs=0.01)
    assert size(bleed) == pytest.approx((paper_w + 6 * MM, paper_h + 6 * MM), abs=0.01)
    assert float(bleed.left) == pytest.approx(float(trim.left) - 3 * MM)
    assert float(bleed.top) == pytest.approx(float(trim.top) + 3 * MM)
    # room for the crop marks outside the bleed
    assert float(media.width) > float(bleed.width) + 10 * MM
    assert "/TrimBox" in page and "/BleedBox" in page


def test_the_pages_after_the_poster_keep_no_trim_or_bleed_box_of_its(rich, tmp_path):
    # they kept the poster's boxes, larger than their own paper: a print shop trimming
    # by the trim box would cut them wrong
    reader = export_pdf(rich, tmp_path, paper="A3", bleed_mm=3, crop_marks=True,
                        pages=("poster", "matrix", "check"))
    assert "/TrimBox" in reader.pages[0]
    for page in reader.pages[1:]:
        assert "/TrimBox" not in page and "/BleedBox" not in page
        assert size(page.trimbox) == size(page.mediabox)


def test_bleed_without_crop_marks(rich, tmp_path):
    page = export_pdf(rich, tmp_path, paper="A4", bleed_mm=5).pages[0]
    assert size(page.mediabox) == pytest.approx(size(page.bleedbox), abs=0.01)
    assert size(page.trimbox) == pytest.approx((297 * MM, 210 * MM), abs=0.01)


def test_every_font_is_embedded_truetype(rich, tmp_path):
    reader = export_pdf(rich, tmp_path, tile="A3")
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            font = fonts[name].get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            seen += 1
    assert seen >= 2


def test_every_card_title_is_real_text(example, tmp_path):
    reader = export_pdf(example, tmp_path, paper="A0")
    text = squash(reader.pages[0].extract_text())
    geom = compute_layout(example)
    for card in example.all_cards():
        if card.title and card.id in geom.cards:
            assert squash(card.title) in text, card.title
    assert squash(example.meta.title) in text
    for stage in example.stages:
        assert squash(stage.name) in text


def test_markup_and_spanish_print_literally(rich, tmp_path):
    text = squash(export_pdf(rich, tmp_path).pages[0].extract_text())
    assert squash(MARKUP) in text
    assert squash(SPANISH) in text
    for ch in "¿¡€“”—":
        assert ch in text


def test_characters_no_font_has_still_copy(tmp_path):
    data = {
        "format": "cjmap", "version": 2, "meta": {"title": "Emoji"}, "personas": [],
        "phases": [], "stages": [{"id": "s1", "name": "Uno"}],
        "lanes": [{"id": "l1", "type": "notes", "title": "Notas", "cards": [
            {"id": "c1", "kind": "note", "stage": "s1",
             "title": "Corre \U0001f3c3 unicornio \U0001f984"},
        ]}],
        "assets": [],
    }
    reader = export_pdf(JourneyMap.model_validate(data), tmp_path)
    text = reader.pages[0].extract_text()
    assert "\U0001f984" in text and "\U0001f3c3" in text


def test_persona_option_filters_lanes(rich, tmp_path):
    text = export_pdf(rich, tmp_path, persona="p1").pages[0].extract_text()
    assert "Pensamientos" in text and "Feedback" not in text
    assert "Laura" in text and "Carlos" not in text


def test_header_says_what_the_map_is(rich, tmp_path):
    text = squash(export_pdf(rich, tmp_path).pages[0].extract_text())
    for part in ("Compra online de zapatillas", "Producto: Zapatillas de running",
                 "Objetivo:", "Cliente: Laura, Carlos", "Fecha: 2026-03-01", "Leyenda",
                 "Página 1 de 1"):
        assert squash(part) in text


def test_pdf_is_deterministic(rich, tmp_path):
    export_map(rich, tmp_path / "a.pdf", ExportOptions())
    export_map(rich, tmp_path / "b.pdf", ExportOptions())
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_a_character_dejavu_sans_lacks_comes_from_a_fallback_font(tmp_path):
    from cjeditor.layout.metrics import default_fonts

    fonts = default_fonts()
    char = "\u2312"  # ⌒ arc: in DejaVu Sans Mono and others, not in DejaVu Sans
    name = fonts.font_for(char, False)
    if not name:
        pytest.skip("no fallback font with U+2312 on this machine")
    assert name != fonts.regular.fontName
    data = {
        "format": "cjmap", "version": 2, "meta": {"title": "Símbolos"}, "personas": [],
        "phases": [], "stages": [{"id": "s1", "name": "Uno"}],
        "lanes": [{"id": "l1", "type": "notes", "title": "Notas", "cards": [
            {"id": "c1", "kind": "note", "stage": "s1", "title": f"arco {char} fin"}]}],
        "assets": [],
    }
    reader = export_pdf(JourneyMap.model_validate(data), tmp_path)
    page = reader.pages[0]
    assert f"arco {char} fin" in page.extract_text()
    fonts_used = page["/Resources"]["/Font"]
    names = {str(fonts_used[k].get_object()["/BaseFont"]) for k in fonts_used}
    assert any("CJFallback" in n for n in names), names
    for k in fonts_used:
        assert "/FontFile2" in fonts_used[k].get_object()["/FontDescriptor"].get_object()


def test_absurd_tiling_is_refused(rich, tmp_path, monkeypatch):
    from cjeditor.export import ExportError

    monkeypatch.setattr("cjeditor.export.pdf.MAX_SHEETS", 10)
    with pytest.raises(ExportError, match="sheets"):
        export_map(rich, tmp_path / "t.pdf", ExportOptions(paper="A0", tile="A4"))
    assert list(tmp_path.iterdir()) == []


def test_prepress_pdf_1_6_with_an_srgb_output_intent_and_the_maps_metadata(example, tmp_path):
    out = tmp_path / "poster.pdf"
    export_map(example, out, ExportOptions(paper="A2"))
    reader = pypdf.PdfReader(out)
    assert out.read_bytes().startswith(b"%PDF-1.6")
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1 and intents[0]["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intents[0]["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile
    assert reader.metadata.title == example.meta.title
    assert reader.metadata.author == ", ".join(example.meta.authors)
    assert profile.get_data() == _shipped_srgb()


def _shipped_srgb() -> bytes:
    from importlib.resources import files

    return (files("cjeditor.resources") / "srgb.icc").read_bytes()


def test_the_shipped_srgb_profile_is_the_one_littlecms_makes():
    """resources/srgb.icc is what Pillow's LittleCMS makes for sRGB, but for the time
    it was made (header bytes 24-35): shipped so that exports need not make it and
    two exports of one map are the same bytes."""
    import io

    from PIL import ImageCms

    shipped = _shipped_srgb()
    fresh = bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    assert len(shipped) == len(fresh)
    assert shipped[:24] + shipped[36:] == fresh[:24] + fresh[36:]
    profile = ImageCms.ImageCmsProfile(io.BytesIO(shipped))
    assert "sRGB" in ImageCms.getProfileDescription(profile)


def test_pictures_under_150_ppi_on_paper_are_reported(example, tmp_path):
    notes = export_map(example, tmp_path / "big.pdf", ExportOptions(paper="A0"))
    soft = [note for note in notes if "ppi" in note]
    assert soft and all("under 150 ppi" in note for note in soft)
    assert len(soft) == len(set(soft))  # one sentence a picture
    small = export_map(example, tmp_path / "small.pdf", ExportOptions(paper="A4"))
    assert not [note for note in small if "ppi" in note]


def test_the_legend_explains_the_moments_of_truth(example, tmp_path):
    reader = export_pdf(example, tmp_path, paper="A0")
    text = squash(reader.pages[0].extract_text())
    for moment in {s.moment for s in example.stages if s.moment}:
        assert squash(f"{moment.upper()}: ") in text
    assert squash("ZMOT: momento cero de la verdad — búsqueda online") in text


def test_no_stroke_is_thinner_than_a_quarter_point_on_paper(example, tmp_path):
    for paper in ("A4", "A0"):
        reader = export_pdf(example, tmp_path, f"{paper}.pdf", paper=paper)
        content = reader.pages[0].get_contents().get_data().decode("latin-1")
        matrices = re.findall(r"([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm", content)
        scales = [float(a) for a, d in matrices if a == d and float(a) != 1.0]
        assert len(scales) == 1, paper  # the poster is drawn at one scale
        widths = [float(w) for w in re.findall(r"(?<![\d.])([\d.]+) w\b", content)]
        assert widths
        assert min(widths) * scales[0] >= 0.25 - 1e-6, paper


def test_right_to_left_titles_print_joined_in_seen_order_and_copy_as_written(tmp_path):
    import unicodedata

    import pypdfium2 as pdfium
    from maps import base_map

    data = base_map()
    cards = [card for lane in data["lanes"] for card in lane["cards"]]
    cards[0]["title"] = "עברית שלום"
    cards[1]["title"] = "العربية مرحبا"
    doc = JourneyMap.model_validate(data)
    out = tmp_path / "rtl.pdf"
    export_map(doc, out, ExportOptions(paper="A3"))
    page = pypdf.PdfReader(out).pages[0]
    text = unicodedata.normalize("NFKC", page.extract_text())
    assert "עברית שלום" in text and "العربية مرحبا" in text  # logical order
    raw = page.get_contents().get_data()
    for title in ("עברית שלום", "العربية مرحبا"):  # the span says what was written
        assert f"/ActualText <FEFF{title.encode('utf-16-be').hex().upper()}>".encode() in raw
    pdf = pdfium.PdfDocument(out)  # drawn in the order the eye reads: right to left
    try:
        drawn = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "תירבע" in drawn


def test_emoji_print_as_glyphs_of_the_shipped_emoji_font(tmp_path):
    from maps import base_map

    data = base_map()
    [card for lane in data["lanes"] for card in lane["cards"]][0]["title"] = "Lanzamiento 🚀"
    out = tmp_path / "emoji.pdf"
    export_map(JourneyMap.model_validate(data), out, ExportOptions(paper="A3"))
    page = pypdf.PdfReader(out).pages[0]
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("NotoEmoji" in name for name in fonts)
    assert "🚀" in page.extract_text()


def test_the_page_number_sits_inside_the_safe_area(example, tmp_path):
    import pypdfium2 as pdfium

    out = tmp_path / "poster.pdf"
    export_map(example, out, ExportOptions(paper="A3"))
    pdf = pdfium.PdfDocument(out)
    try:
        text = pdf[0].get_textpage()
        index = text.get_text_range().index("Página 1 de 1")
        left, bottom, right, top = text.get_charbox(index)
        width, _height = pdf[0].get_size()
        assert bottom >= 6 * MM and width - right >= 6 * MM
    finally:
        pdf.close()


def test_right_to_left_text_is_reordered_every_time_not_only_the_first(tmp_path):
    """Once a right-to-left title has placed its letters in the font's subset, the
    next text with those letters encodes at once: it must still be put in seen
    order, with the text as written kept (the pen's short cut skips the look for
    right-to-left letters only while the subset has none)."""
    from maps import base_map

    data = base_map()
    cards = [card for lane in data["lanes"] for card in lane["cards"]]
    for card in cards[:3]:
        card["title"] = "עברית שלום"
    out = tmp_path / "rtl-again.pdf"
    export_map(JourneyMap.model_validate(data), out, ExportOptions(paper="A3"))
    raw = pypdf.PdfReader(out).pages[0].get_contents().get_data()
    span = f"/ActualText <FEFF{'עברית שלום'.encode('utf-16-be').hex().upper()}>".encode()
    assert raw.count(span) == 3
