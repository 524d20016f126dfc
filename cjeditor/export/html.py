"""`export -o map.html`: one self-contained web page of the map. No Qt.

The page works offline from a USB stick or an e-mail attachment: the map is the
poster painted by paint/ through SvgPen (the same painter as the PDF and the
SVG), inline; the fonts are subsets of the shipped DejaVu (and of the fallback
fonts the layout measured with) in data: URIs; pictures are data: URIs; a small
inline script zooms, pans, shows a card's details on click and switches the
persona filter and the saved views. Nothing is fetched from anywhere, and a
Content-Security-Policy meta tag forbids it: only this page's own script and
styles (by hash), data: images and data: fonts.

The persona filter and the saved views show a drawing painted for that choice
(layout leaves the other lanes out and closes the gaps); each distinct drawing
is written once, the ones not shown first in inert <template> elements.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from typing import BinaryIO

from cjeditor.export.html_assets import SCRIPT, stylesheet
from cjeditor.export.html_text import brief_html, card_id, details_html, esc, stage_id
from cjeditor.export.legibility import title_report
from cjeditor.export.options import ExportOptions
from cjeditor.export.printed import expanded
from cjeditor.export.view import apply_view, overlaid
from cjeditor.export.webfont import web_font
from cjeditor.layout.compute import compute_layout, for_persona
from cjeditor.layout.metrics import ReportlabMetrics, default_metrics
from cjeditor.layout.poster import Poster, compute_poster
from cjeditor.model import JourneyMap, vocabulary
from cjeditor.paint import style as S
from cjeditor.paint.poster import paint_poster
from cjeditor.paint.svg_pen import SvgPen, number

__all__ = ["write_html"]

FAMILY = "CJ Sans"  # the embedded DejaVu subsets
FALLBACK_FAMILIES = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"
# (the map as drawn, the persona filter, the emotion curves overlaid in one chart)
Choice = tuple[JourneyMap, str | None, bool]


def _choices(doc: JourneyMap, options: ExportOptions) -> tuple[dict[str, int], list[Choice]]:
    """Every (saved view, persona) a reader can pick, as "VIEW\\nPERSONA" -> the
    index of its drawing, and the distinct drawings. An export of one view or one
    persona (`--view`, `--persona`) is that drawing alone."""
    if options.view is not None or options.persona is not None:
        return {"\n": 0}, [(doc, options.persona, overlaid(doc, options))]
    keys: dict[str, int] = {}
    seen: dict[tuple[tuple[str, ...], str | None, bool], int] = {}
    drawings: list[Choice] = []
    for view in [None, *doc.views]:
        for persona in [None, *doc.personas]:
            asked = ExportOptions(persona=persona.id if persona else None,
                                  view=view.id if view else None)
            shown, asked = apply_view(doc, asked) if view is not None else (doc, asked)
            overlay = overlaid(doc, asked)
            signature = (tuple(lane.id for lane in shown.lanes), asked.persona, overlay)
            if signature not in seen:
                seen[signature] = len(drawings)
                drawings.append((shown, asked.persona, overlay))
            keys[f"{view.id if view else ''}\n{persona.id if persona else ''}"] = seen[signature]
    return keys, drawings


def _hits(doc: JourneyMap, poster: Poster) -> str:
    """Invisible targets over each stage header and card (from the layout's
    geometry, not a second drawing), and the selection frame the script moves."""
    g = poster.geometry
    titles = {c.id: c.title for c in doc.all_cards()}
    stages = {s.id: s.name for s in doc.stages}
    parts = [f'<g class="hits" transform="translate(0 {number(poster.map_y)})">']

    def target(key: str, label: str, x: float, y: float, w: float, h: float) -> None:
        parts.append(
            f'<rect data-id="{esc(key)}" x="{number(x)}" y="{number(y)}" width="{number(w)}" '
            f'height="{number(h)}" fill="none" pointer-events="all" tabindex="0" '
            f'role="button" aria-label="{esc(label)}"/>')

    for col in g.columns:
        r = col.header
        target(stage_id(col.stage_id), stages.get(col.stage_id, ""), r.x, r.y, r.w, r.h)
    for key, geom in g.cards.items():
        r = geom.rect
        target(card_id(key), titles.get(key, ""), r.x, r.y, r.w, r.h)
    parts.append(f'<rect class="selection" x="0" y="0" width="0" height="0" fill="none" '
                 f'stroke="{S.SELECT}" stroke-width="2.5" visibility="hidden"/></g>')
    return "".join(parts)


def _drawing(doc: JourneyMap, poster: Poster, metrics: ReportlabMetrics) -> str:
    pen = SvgPen()
    paint_poster(pen, doc, poster, metrics)
    pen.close()
    w, h = number(poster.width), number(poster.height)
    return (f'<svg class="map" viewBox="0 0 {w} {h}" role="group" '
            f'aria-label="{esc(doc.meta.title)}">\n' + "\n".join(pen.parts) + "\n"
            + _hits(doc, poster) + "</svg>")


def _font_faces(metrics: ReportlabMetrics, text: str) -> tuple[str, str]:
    """(@font-face rules, CSS font-family list): subsets of the fonts the layout
    measures with, holding the characters of `text`."""
    codes = {ord(ch) for ch in text} | set(range(32, 127))
    fonts = metrics.fonts
    rules = []
    families = [f"'{FAMILY}'"]
    for face, weight in ((fonts.regular.face, 400), (fonts.bold.face, 700)):
        data = web_font(face, codes)
        if data is not None:
            rules.append(_face_rule(FAMILY, weight, data))
    missing = {c for c in codes if c not in fonts.regular.face.charToGlyph}
    for n, font in enumerate(fonts.fallbacks if missing else [], start=1):
        data = web_font(font.face, missing)
        if data is None:
            continue
        missing -= set(font.face.charToGlyph)
        rules.append(_face_rule(f"CJ Fallback {n}", 400, data))
        families.append(f"'CJ Fallback {n}'")
        if not missing:
            break
    return "".join(rules), ", ".join(families) + ", " + FALLBACK_FAMILIES


def _face_rule(family: str, weight: int, data: bytes) -> str:
    uri = "data:font/ttf;base64," + base64.b64encode(data).decode("ascii")
    return (f"@font-face{{font-family:'{family}';font-weight:{weight};font-style:normal;"
            f"src:url({uri}) format('truetype')}}\n")


def _digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode(
        "ascii") + "'"


def _toolbar(doc: JourneyMap, single: bool) -> str:
    lang = vocabulary.language(doc.meta.language)

    def word(key: str) -> str:
        return esc(vocabulary.name("page", key, lang))

    parts = ['<nav class="bar">']
    if doc.personas and not single:
        options = "".join(f'<option value="{esc(p.id)}">{esc(p.name)}</option>'
                          for p in doc.personas)
        parts.append(f'<label>{esc(vocabulary.name("field", "persona", lang))} '
                     f'<select id="persona"><option value="">{word("all_personas")}</option>'
                     f"{options}</select></label>")
    if doc.views and not single:
        options = "".join(
            f'<option value="{esc(v.id)}" data-persona="{esc(v.persona or "")}">'
            f"{esc(v.name)}</option>" for v in doc.views)
        parts.append(f'<label>{word("saved_view")} <select id="view"><option value="">'
                     f'{word("whole_map")}</option>{options}</select></label>')
    for key, sign in (("zoom_out", "−"), ("zoom_in", "+")):
        parts.append(f'<button type="button" id="{key.replace("_", "-")}" title="{word(key)}" '
                     f'aria-label="{word(key)}">{sign}</button>')
    parts.append(f'<button type="button" id="fit">{word("fit")}</button>'
                 f'<span class="hint">{word("hint")}</span></nav>')
    return "".join(parts)


def write_html(
    doc: JourneyMap, out: BinaryIO, options: ExportOptions,
    progress: Callable[[float], None] | None = None, notes: list[str] | None = None,
) -> None:
    """Write the web page of `doc` to the binary file `out`."""
    report = progress or (lambda _f: None)
    metrics = default_metrics()
    doc = expanded(doc)
    keys, choices = _choices(doc, options)
    drawings = []
    for n, (shown, persona, overlay) in enumerate(choices):
        poster = compute_poster(shown, compute_layout(shown, metrics, persona, overlay),
                                metrics)
        if n == 0:
            note, refusal = title_report(poster, options, None, "show")
            if refusal is not None:
                from cjeditor.export import ExportError

                raise ExportError(refusal)
            if note is not None and notes is not None:
                notes.append(note)
        drawings.append(_drawing(shown, poster, metrics))
        report(0.8 * (n + 1) / len(choices))
    lang = vocabulary.language(doc.meta.language)
    close = esc(vocabulary.name("page", "close", lang))
    listed = for_persona(doc, options.persona)  # --persona: no other persona's cards
    body = "\n".join([
        brief_html(listed, S.PERSONA_DEFAULT),
        _toolbar(doc, len(choices) == 1 and len(keys) == 1),
        f'<main id="map" data-variants="{esc(json.dumps(keys))}">{drawings[0]}</main>',
        f'<aside id="details" hidden aria-live="polite"><button type="button" class="close" '
        f'aria-label="{close}" title="{close}">×</button>{details_html(listed)}</aside>',
        *(f'<template data-variant="{n}">{svg}</template>'
          for n, svg in enumerate(drawings[1:], start=1)),
    ])
    faces, family = _font_faces(metrics, body)
    css = stylesheet(family)
    policy = ("default-src 'none'; "
              f"script-src {_digest(SCRIPT)}; style-src {_digest(faces)} {_digest(css)}; "
              "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(doc.meta.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="cjeditor">\n'
        f"<title>{esc(doc.meta.title)}</title>\n"
        f"<style>{faces}</style>\n<style>{css}</style>\n</head>\n<body>\n"
    )
    report(0.9)
    for piece in (head, body, f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n"):
        out.write(piece.encode("utf-8"))
    report(1.0)
