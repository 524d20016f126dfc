"""The blueprint on paper: the line labels in the map's language, every connection a
path ending in an arrowhead, no connection segment across a card; the same in SVG."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from cjeditor.export import export_map
from cjeditor.export.options import ExportOptions
from cjeditor.fileio import save
from cjeditor.layout import compute_layout
from cjeditor.layout.poster import compute_poster
from cjeditor.paint import style as S
from cjeditor.templates import create_map

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_paths import page_paths, rgb, same_color  # noqa: E402

LINES = {"es": ["línea de interacción", "línea de visibilidad", "línea de interacción interna"],
         "en": ["line of interaction", "line of visibility", "line of internal interaction"]}


@pytest.fixture(scope="module", params=["es", "en"])
def poster_pdf(request, tmp_path_factory):
    language = request.param
    doc = create_map("service-blueprint", language)
    out = tmp_path_factory.mktemp("pdf") / f"blueprint-{language}.pdf"
    export_map(doc, out, ExportOptions(paper="A1"))
    return language, doc, out


def test_line_labels_extract_in_the_maps_language(poster_pdf):
    language, _doc, out = poster_pdf
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    for label in LINES[language]:
        assert label in text
    other = LINES["en" if language == "es" else "es"]
    assert not any(label in text for label in other if label not in LINES[language])


def _near(a, b, tol):
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


def test_every_connection_is_a_path_ending_in_an_arrowhead(poster_pdf):
    _language, doc, out = poster_pdf
    drawn = page_paths(str(out))
    color = rgb(S.CONNECTION)
    lines = [d for d in drawn if same_color(d.stroke, color) and d.fill is None
             and not d.closed and len(d.points) >= 2]
    heads = [d for d in drawn if same_color(d.fill, color) and d.stroke is None
             and len(d.points) == 3]
    ended = []
    for line in lines:
        end = line.points[-1]
        # the line stops under its head: the tip is one arrow length further on
        tips = [h for h in heads if any(_near(end, p, line.width * 0 + 8) for p in h.points)]
        if tips:
            ended.append(line)
    styles = {c.style for c in doc.connections}
    legend = len(styles)  # one legend arrow per style used
    assert len(ended) == len(doc.connections) + legend
    dashed = [line for line in ended if line.dash]
    assert len(dashed) == sum(1 for c in doc.connections if c.style == "dependency") + 1


def _cards(drawn):
    """Card boxes: filled and stroked closed shapes, not white-edged headers, card-sized."""
    boxes = []
    for d in drawn:
        if d.fill is None or d.stroke is None or not d.closed or same_color(d.stroke, (1, 1, 1)):
            continue
        xs, ys = [p[0] for p in d.points], [p[1] for p in d.points]
        if max(xs) - min(xs) >= 40 and max(ys) - min(ys) >= 20:
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def test_no_connection_segment_crosses_a_card(poster_pdf):
    _language, doc, out = poster_pdf
    drawn = page_paths(str(out))
    cards = _cards(drawn)
    assert len(cards) >= sum(len(lane.cards) for lane in doc.lanes)
    color = rgb(S.CONNECTION)
    lines = [d for d in drawn if same_color(d.stroke, color) and d.fill is None and not d.closed]
    m = 0.3  # touching a card's border is where an arrow starts and ends
    for line in lines:
        for (x0, y0), (x1, y1) in pairwise(line.points):
            for left, bottom, right, top in cards:
                if abs(y0 - y1) < 0.01:
                    hit = bottom + m < y0 < top - m and min(x0, x1) < right - m \
                        and max(x0, x1) > left + m
                else:
                    hit = left + m < x0 < right - m and min(y0, y1) < top - m \
                        and max(y0, y1) > bottom + m
                assert not hit, ((x0, y0), (x1, y1), (left, bottom, right, top))


def test_svg_draws_the_same_arrows_and_lines(tmp_path):
    doc = create_map("service-blueprint", "en")
    out = tmp_path / "blueprint.svg"
    export_map(doc, out, ExportOptions())
    svg = out.read_text(encoding="utf-8")
    for label in LINES["en"]:
        assert label in svg
    heads = svg.count(f'fill="{S.CONNECTION}"/>')
    assert heads >= len(doc.connections) + 2
    assert svg.count(f'stroke="{S.BLUEPRINT_LINE}"') >= 3


def test_legend_lists_every_line_style_used(tmp_path):
    doc = create_map("service-blueprint", "es")
    poster = compute_poster(doc, compute_layout(doc))
    keys = [item.key for item in poster.legend_items]
    for key in ("connection:flow", "connection:dependency", "blueprint:interaction",
                "blueprint:visibility", "blueprint:internal"):
        assert key in keys
    assert "link" not in keys  # no opportunity links in this map


def test_the_template_file_saves_and_reopens(tmp_path):
    doc = create_map("service-blueprint", "es")
    path = tmp_path / "blueprint.cjmap"
    save(doc, path)
    from cjeditor.fileio import load

    assert load(path) == doc
