"""The words of the web page as HTML: the brief at the top and the details of
every card and stage shown on click. No Qt.

Every piece of user text goes through `esc`: HTML-escaped (quotes included), so
a title such as `<script>` is shown as text and never read as markup. Names of
values come from the one vocabulary, in the map's language.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable
from typing import Any

from cjeditor.layout.labels import Labels
from cjeditor.model import JourneyMap, vocabulary
from cjeditor.paint import style as S
from cjeditor.paint.persona_text import has_marks, initials

__all__ = ["brief_html", "card_id", "details_html", "esc", "linked_page", "stage_id"]

# Fields every card has, shown in their own places (the rest are listed by name).
_BASE = ("id", "kind", "stage", "span", "title", "text", "evidence", "color", "tags", "link")
# Fields whose values the vocabulary names (field -> category).
_NAMED = {"channel": "channel", "initiative": "initiative", "met": "met", "source": "source",
          "status": "status", "scope": "scope"}
_OUT_OF_FIVE = ("severity", "impact", "effort")
# Bytes a relative URL path keeps as they are (RFC 3986 unreserved, and "/").
_URL_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")


def esc(text: str) -> str:
    """User text as HTML character data or an attribute value (control characters,
    which HTML cannot show, are dropped)."""
    cleaned = "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    return html.escape(cleaned, quote=True)


def card_id(card_key: str) -> str:
    return "card:" + card_key


def stage_id(stage_key: str) -> str:
    return "stage:" + stage_key


def linked_page(path: str) -> str:
    """The page of a linked map: the same relative path, `.html` for `.cjmap`
    (a folder of exported pages links up)."""
    stem = path[: -len(".cjmap")] if path.lower().endswith(".cjmap") else path
    return "".join(chr(b) if b in _URL_SAFE else f"%{b:02X}"
                   for b in (stem + ".html").encode("utf-8"))


def data_uri(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64," + base64.b64encode(data).decode("ascii")


class _Words:
    def __init__(self, doc: JourneyMap) -> None:
        self.lang = vocabulary.language(doc.meta.language)
        self.labels = Labels(doc.meta.language)

    def page(self, key: str) -> str:
        return vocabulary.name("page", key, self.lang)

    def field(self, key: str) -> str:
        return vocabulary.name("field", key, self.lang)

    def name(self, category: str, value: str) -> str:
        return vocabulary.name(category, value, self.lang)


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    """A definition list from (label, HTML value) pairs; already escaped."""
    items = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return f"<dl>{items}</dl>" if items else ""


def _paragraphs(text: str | None, cls: str = "text") -> str:
    return f'<p class="{cls}">{esc(text)}</p>' if text else ""


def _link(words: _Words, path: str | None) -> tuple[str, str] | None:
    if not path:
        return None
    return (esc(words.field("link")),
            f'<a href="{esc(linked_page(path))}">{esc(path)}</a> '
            f'<span class="muted">({esc(words.page("open_map"))})</span>')


def _value(words: _Words, doc: JourneyMap, card: Any, key: str, value: Any,
           titles: dict[str, str]) -> str | None:
    """A card field's value as HTML, or None to leave it out."""
    if value is None or value == [] or value == "":
        return None
    if isinstance(value, bool):
        return esc(words.page("yes")) if value else None
    if key in _NAMED:
        return esc(words.name(_NAMED[key], str(value)))
    if key == "measure" and card.kind == "metric":
        return esc(words.name("measure", str(value)))
    if key == "addresses":
        return " ".join(
            f'<button type="button" class="ref" data-open="{esc(card_id(i))}">'
            f"{esc(titles.get(i, i))}</button>" for i in value)
    if key == "asset":
        asset = next((a for a in doc.assets if a.id == value), None)
        if asset is None:
            return None
        return f'<img alt="{esc(card.title)}" src="{data_uri(asset.media_type, asset.decoded())}">'
    if key in _OUT_OF_FIVE:
        return f"{int(value)} / 5"
    if key == "priority":
        return f"P{int(value)}"
    if key == "score" and card.kind == "emotion":
        return f"{int(value):+d}" if value else "0"
    if isinstance(value, int | float):
        return esc(words.labels.number(float(value)))
    return esc(str(value))


def _card_article(words: _Words, doc: JourneyMap, lane: Any, card: Any,
                  stages: dict[str, Any], order: list[str], titles: dict[str, str]) -> str:
    stage = stages.get(card.stage)
    where = esc(stage.name) if stage is not None else esc(card.stage)
    if card.span > 1 and card.stage in order:
        last = order[min(len(order) - 1, order.index(card.stage) + card.span - 1)]
        where += " → " + esc(stages[last].name)
    rows: list[tuple[str, str]] = [
        (esc(words.field("stage")), where),
        (esc(words.page("lane")), esc(lane.title)),
    ]
    if card.kind == "metric":
        unit = f" {esc(card.unit)}" if card.unit else ""
        rows.append((esc(words.field("value")), esc(words.labels.number(float(card.value))) + unit))
    for key in type(card).model_fields:
        if key in _BASE or (card.kind == "metric" and key in ("value", "unit")):
            continue
        shown = _value(words, doc, card, key, getattr(card, key), titles)
        if shown is not None:
            rows.append((esc(words.field(key)), shown))
    if card.evidence:
        rows.append((esc(words.field("evidence")), esc(words.name("evidence", card.evidence))))
    if card.tags:
        rows.append((esc(words.field("tags")),
                     " ".join(f'<span class="tag">{esc(t)}</span>' for t in card.tags)))
    link = _link(words, card.link)
    if link is not None:
        rows.append(link)
    kind = esc(words.name("kind", card.kind))
    return (f'<article data-id="{esc(card_id(card.id))}" hidden>'
            f'<p class="kind">{kind} · {esc(words.name("lane_type", lane.type))}</p>'
            f"<h2>{esc(card.title)}</h2>{_paragraphs(card.text)}{_rows(rows)}</article>")


def _stage_article(words: _Words, doc: JourneyMap, stage: Any) -> str:
    rows: list[tuple[str, str]] = []
    phase = next((p for p in doc.phases if p.id == stage.phase), None)
    if phase is not None:
        rows.append((esc(words.field("phase")), esc(phase.name)))
    if stage.moment:
        tip = vocabulary.description("moment", stage.moment, words.lang)
        rows.append((esc(words.field("moment")),
                     f"{esc(words.name('moment', stage.moment))}<br>"
                     f'<span class="muted">{esc(tip)}</span>'))
    link = _link(words, stage.link)
    if link is not None:
        rows.append(link)
    count = sum(1 for c in doc.all_cards() if c.stage == stage.id)
    rows.append((esc(words.field("cards")), str(count)))
    return (f'<article data-id="{esc(stage_id(stage.id))}" hidden>'
            f'<p class="kind">{esc(words.field("stage"))}</p><h2>{esc(stage.name)}</h2>'
            f"{_paragraphs(stage.description)}{_rows(rows)}</article>")


def details_html(doc: JourneyMap) -> str:
    """One hidden article per card and per stage, shown by the page's script."""
    words = _Words(doc)
    stages = {s.id: s for s in doc.stages}
    order = [s.id for s in doc.stages]
    titles = {c.id: c.title for c in doc.all_cards()}
    parts = [_stage_article(words, doc, s) for s in doc.stages]
    for lane in doc.lanes:
        parts.extend(_card_article(words, doc, lane, card, stages, order, titles)
                     for card in lane.cards)
    return "\n".join(parts)


def _persona(words: _Words, doc: JourneyMap, persona: Any, color: str) -> str:
    asset = next((a for a in doc.assets if a.id == persona.image), None)
    if asset is not None:
        face = (f'<img class="face" alt="" src="{data_uri(asset.media_type, asset.decoded())}">')
    else:
        letters = initials(persona.name)
        fill = persona.color or color
        face = (f'<svg class="face" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" '
                f'cy="20" r="20" fill="{esc(fill)}"/><text x="20" y="26" '
                f'text-anchor="middle" font-size="16" font-weight="bold" '
                f'fill="{S.on_color(fill)}">'
                f"{esc(letters)}</text></svg>")
    more: list[tuple[str, str]] = []
    for key in ("goals", "frustrations"):
        items = getattr(persona, key)
        if items:
            more.append((esc(words.field(key)),
                         "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"))
    if persona.quote:
        said = esc(persona.quote)  # <q> adds marks: not to a quote that has its own
        more.append((esc(words.field("quote")),
                     f"<span>{said}</span>" if has_marks(persona.quote) else f"<q>{said}</q>"))
    extra = _paragraphs(persona.description) + _rows(more)
    heading = esc(vocabulary.name("page", "profile", words.lang))
    body = f"<details><summary>{heading}</summary>{extra}</details>" if extra else ""
    role = f'<span class="role">{esc(persona.role)}</span>' if persona.role else ""
    return f'<li class="persona">{face}<div><b>{esc(persona.name)}</b>{role}{body}</div></li>'


def brief_html(doc: JourneyMap, persona_color: str) -> str:
    """The brief at the top of the page: title, product, objective, team goal,
    authors and the personas."""
    words = _Words(doc)
    meta = doc.meta
    rows = [(esc(words.field(key)), esc(value)) for key, value in (
        ("product", meta.product), ("objective", meta.objective),
        ("team_goal", meta.team_goal), ("authors", ", ".join(meta.authors)),
        ("modified", (meta.modified or "")[:10])) if value]
    people = "".join(_persona(words, doc, p, persona_color) for p in doc.personas)
    personas = (f'<section class="personas"><h2>{esc(words.page("personas"))}</h2>'
                f"<ul>{people}</ul></section>") if people else ""
    return (f'<header class="brief"><details open><summary><h1>{esc(meta.title)}</h1></summary>'
            f'<div class="brief-body">{_rows(rows)}{personas}</div></details></header>')
