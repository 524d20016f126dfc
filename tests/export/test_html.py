"""`export -o map.html`: one self-contained page (spec/cli.md, "More export formats").

The page is parsed with html.parser: every card's title is there as text, nothing
is fetched from anywhere (no http(s) URL in a src, href, url( or @import, a CSP
that forbids it and whose hashes match the page's own script and styles), user
text is escaped, fonts are embedded subsets that hold the page's characters, and
the persona filter and saved views have a drawing each. With Chromium installed,
a headless browser runs the page's script under its CSP and screenshots it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from cjeditor.export import ExportError, ExportOptions, export_map
from cjeditor.export.html import write_html
from cjeditor.model import JourneyMap

EVIL = "<script>alert(1)</script>"


class Page(HTMLParser):
    """What the tests look at: text, tags with their attributes, script and style."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.data: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)
        else:
            self.data.append(data)

    def attrs(self, name: str) -> list[str]:
        return [a[name] or "" for _tag, a in self.tags if name in a]

    def targets(self) -> set[str]:
        """The ids of the click targets over the drawing(s)."""
        return {a["data-id"] or "" for tag, a in self.tags if tag == "rect" and "data-id" in a}


def html_of(doc: JourneyMap, options: ExportOptions | None = None) -> str:
    out = io.BytesIO()
    notes: list[str] = []
    write_html(doc, out, options or ExportOptions(), None, notes)
    return out.getvalue().decode("utf-8")


@pytest.fixture(scope="module")
def page_text(example: JourneyMap) -> str:
    return html_of(example)


@pytest.fixture(scope="module")
def page(page_text: str) -> Page:
    return Page(page_text)


def evil_map(example: JourneyMap) -> JourneyMap:
    """The example with markup in every kind of user text."""
    data = json.loads(example.model_dump_json(by_alias=True, exclude_none=True))
    data["meta"]["title"] = EVIL
    data["meta"]["product"] = '"><img src=x onerror=alert(2)>'
    data["stages"][0]["name"] = EVIL
    data["personas"][0]["name"] = EVIL
    data["lanes"][0]["title"] = EVIL
    card = data["lanes"][0]["cards"][0]
    card["title"] = EVIL
    card["text"] = "</textarea><script>alert(3)</script>"
    card["tags"] = ["<b>bold</b>", "a\"b'c"]
    if data.get("views"):
        data["views"][0]["name"] = EVIL
    return JourneyMap.model_validate(data)


def test_every_card_title_is_text_and_has_a_target(example, page):
    text = set(page.data)
    ids = page.targets()
    for card in example.all_cards():
        assert card.title in text, card.title
        assert f"card:{card.id}" in ids
    for stage in example.stages:
        assert f"stage:{stage.id}" in ids


def test_nothing_is_fetched_from_anywhere(page, page_text):
    for name in ("src", "href", "xlink:href", "action", "poster", "srcset", "data"):
        for value in page.attrs(name):
            assert not re.match(r"\s*(https?:|//)", value, re.I), (name, value[:80])
            assert value.startswith(("data:", "#")) or not re.match(r"[a-z]+:", value), value
    for css in page.styles + page.attrs("style"):
        for target in re.findall(r"url\(\s*['\"]?([^)'\"]*)", css):
            assert target.startswith("data:") or target.startswith("#"), target[:80]
        assert "@import" not in css
    assert not re.search(r"https?:", page_text.replace('xmlns="http://www.w3.org/2000/svg"', ""))
    assert [t for t, a in page.tags if t in ("link", "iframe", "object", "embed", "base")] == []
    scripts = [a for t, a in page.tags if t == "script"]
    assert scripts == [{}]  # the one inline script, no src


def test_content_security_policy_allows_only_the_pages_own_script_and_styles(page):
    metas = [a for t, a in page.tags
             if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    policy = {d.split()[0]: d.split()[1:] for d in metas[0]["content"].split(";") if d.strip()}
    assert policy["default-src"] == ["'none'"]
    assert policy["img-src"] == ["data:"] and policy["font-src"] == ["data:"]

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy["script-src"] == [digest(s) for s in page.scripts]
    assert sorted(policy["style-src"]) == sorted(digest(s) for s in page.styles)
    # the policy comes before anything it governs
    first = [t for t, _a in page.tags].index
    assert first("meta") < first("style") < first("script")


def test_user_text_is_escaped(example):
    text = html_of(evil_map(example))
    assert "<script>alert" not in text
    assert "<img src=x" not in text and "<b>bold" not in text
    parsed = Page(text)
    assert len(parsed.scripts) == 1 and "alert(" not in parsed.scripts[0]
    assert [t for t, _a in parsed.tags if t == "script"] == ["script"]
    assert EVIL in parsed.data  # shown as text, as typed
    assert "</textarea><script>alert(3)</script>" in "".join(parsed.data)
    assert not [a for _t, a in parsed.tags if any(k.startswith("on") for k in a)]


def test_fonts_are_embedded_subsets_holding_the_pages_characters(example, page, tmp_path):
    faces = re.findall(r"url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", "".join(page.styles))
    assert len(faces) >= 2  # DejaVu Sans regular and bold
    path = tmp_path / "regular.ttf"
    path.write_bytes(base64.b64decode(faces[0]))
    font = TTFontFile(str(path))
    wanted = {ord(ch) for c in example.all_cards() for ch in c.title if ch.isalpha()}
    wanted &= set(range(0x2000))  # letters DejaVu has (emoji go to a fallback face)
    assert wanted <= set(font.charToGlyph)
    assert path.stat().st_size < 200_000  # a subset, not the whole 740 kB face


def test_persona_filter_and_saved_views_each_have_a_drawing(example, page):
    main = next(a for t, a in page.tags if t == "main")
    variants = json.loads(main["data-variants"])
    personas = ["", *(p.id for p in example.personas)]
    views = ["", *(v.id for v in example.views)]
    assert set(variants) == {f"{v}\n{p}" for v in views for p in personas}
    templates = [a for t, a in page.tags if t == "template"]
    assert len(templates) == max(variants.values()) == len(set(variants.values())) - 1
    selects = {a.get("id") for t, a in page.tags if t == "select"}
    assert selects == {"persona", "view"}


def test_a_persona_drawing_leaves_out_other_personas_lanes(example):
    persona = example.personas[-1].id
    others = [lane for lane in example.lanes if lane.persona not in (None, persona)]
    assert others, "the example has lanes of more than one persona"
    single = Page(html_of(example, ExportOptions(persona=persona)))
    ids = single.targets()
    assert not [a for t, a in single.tags if t in ("template", "select")]
    data = set(single.data)
    for lane in others:
        for card in lane.cards:
            assert f"card:{card.id}" not in ids
            # nor its details: a page sent "for Andrés" carried Laura's thoughts too
            assert not card.title or card.title not in data
    other_names = {p.name for p in example.personas if p.id != persona}
    assert not other_names & data  # her profile neither


def test_a_view_that_overlays_its_curves_draws_them_in_one_chart(example):
    """spec: --view exports "its lanes, persona and overlay"; overlay_emotions draws the
    emotion lanes as one chart (its caption and each persona in the legend), in the
    --view page and in the page's own drawing for that view."""
    from cjeditor.model import vocabulary

    view = next(v for v in example.views if v.overlay_emotions)
    caption = vocabulary.name("field", "overlay_emotions", example.meta.language)
    def shows(text: str) -> bool:  # the caption may wrap over two lines of the header
        return caption in " ".join(" ".join(Page(text).data).split())

    assert shows(html_of(example, ExportOptions(view=view.id)))
    plain = next(v for v in example.views if not v.overlay_emotions)
    assert not shows(html_of(example, ExportOptions(view=plain.id)))
    page = html_of(example)
    variants = json.loads(next(a for t, a in Page(page).tags if t == "main")["data-variants"])
    templates = {int(n): body for n, body in re.findall(
        r'<template data-variant="(\d+)">(.*?)</template>', page, re.S)}
    for key, n in variants.items():
        overlay = key.split("\n")[0] == view.id
        assert shows(templates[n] if n else page.split("<template")[0]) == overlay, key


def test_export_map_writes_html_atomically(example, tmp_path):
    out = tmp_path / "map.html"
    notes = export_map(example, out, ExportOptions())
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert notes and "pt" in notes[0]
    out.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError):
        export_map(example, out, ExportOptions(min_text_pt=100))
    assert out.read_text(encoding="utf-8") == "old"


def test_cli_exports_html(tmp_path):
    from cj_testmaps import EXAMPLE

    out = tmp_path / "página.html"
    run = subprocess.run([sys.executable, "-m", "cjeditor", "export", str(EXAMPLE), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 10_000


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_real_browser_runs_the_page_under_its_policy(page_text, tmp_path):
    path = tmp_path / "map.html"
    path.write_text(page_text, encoding="utf-8")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"]
    dom = subprocess.run([*args, "--dump-dom", path.as_uri() + "#card:" + _first_card(page_text)],
                         capture_output=True, text=True, timeout=120).stdout
    # the script ran (blocked by the policy it would not): the details panel is open
    assert '<aside id="details" aria-live="polite">' in dom
    shot = tmp_path / "shot.png"
    subprocess.run([*args, f"--screenshot={shot}", path.as_uri()], capture_output=True,
                   timeout=120)
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # a drawn map, not a blank page


def _first_card(text: str) -> str:
    match = re.search(r'data-id="card:([^"]+)"', text)
    assert match
    return match.group(1)


def test_page_text_lives_in_one_file():
    """The page's modules fetch nothing and name no web address."""
    root = Path(write_html.__code__.co_filename).parent
    for name in ("html.py", "html_text.py", "html_assets.py", "webfont.py"):
        source = (root / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://", source), name


def test_the_export_dialog_offers_the_web_page(qapp, qtbot, example):
    from cjeditor.app.dialogs.export import ExportDialog, with_suffix
    from cjeditor.app.settings import AppSettings

    dialog = ExportDialog(example, AppSettings())
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    options = dialog.options()
    assert not options.story and options.tile is None
    assert not dialog.problem() and dialog.export_button.isEnabled()
    assert dialog.sheet() is not None and dialog.sheet().kind == "image"
    assert "HTML" in dialog.format_combo.currentText()
    assert with_suffix(Path("map.pdf"), "html") == Path("map.html")


def test_a_link_to_another_map_points_to_its_page(example):
    data = json.loads(example.model_dump_json(by_alias=True, exclude_none=True))
    data["lanes"][0]["cards"][0]["link"] = "otros/detalle #1 ñ.cjmap"
    data["stages"][0]["link"] = "etapa.cjmap"
    page = Page(html_of(JourneyMap.model_validate(data)))
    hrefs = page.attrs("href")
    assert "otros/detalle%20%231%20%C3%B1.html" in hrefs
    assert "etapa.html" in hrefs
