"""Validity checks used by MapDocument before and after a mutation, and by the canvas
before a drop, a move or a paste.

The rules themselves live in the model (`model.placement`: the kind matrix and the
one-emotion-per-stage rule; `model.rules`: the cross-object rules); the sentences
come from the one message path (`model.messages`), in the interface's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from cjeditor.model import messages, placement, rules, vocabulary

if TYPE_CHECKING:
    from cjeditor.document.document import MapDocument
    from cjeditor.model import JourneyMap, Lane

# The application property app.i18n sets to the interface language ("es" or "en").
LANGUAGE_PROPERTY = "cjeditor_language"


def ui_language() -> vocabulary.Language:
    """The interface language the application runs in (English without one)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return "es" if value == "es" else "en"


def say(key: str, **params: Any) -> str:
    """An editor refusal, worded in the interface language."""
    return messages.sentence(key, ui_language(), **params)


def explain(error: BaseException) -> str:
    """Any refusal as one plain sentence in the interface language (the canvas's way to
    the one message path: it never imports fileio itself)."""
    return messages.explain(error, ui_language())


def value_problem(error: ValidationError) -> str:
    """The first problem of an invalid value, without a field name (a dropped picture's
    own problem: "no es una imagen PNG o JPEG legible")."""
    return messages.validation_problems(error, ui_language())[0][1]


def figure(number: int, language: vocabulary.Language) -> str:
    """A limit as people write it: 20,000 in English, 20 000 in Spanish (which groups
    only from five digits)."""
    if language == "es":
        return f"{number:,}".replace(",", "\u00a0") if number >= 10_000 else str(number)
    return f"{number:,}"


def check_room(have: int, adding: int, limit: int, key: str, **params: Any) -> None:
    """Refuse (ValueError, a plain sentence) adding `adding` items to `have` when that
    passes the format's `limit` (model.limits): the editor never makes a map its own
    reader refuses."""
    if have + adding > limit:
        raise ValueError(say(key, limit=figure(limit, ui_language()), **params))


def count(number: int, noun: str) -> str:
    """count(2, "card") -> "2 tarjetas" in the interface language."""
    return messages.count(number, noun, ui_language())


@dataclass(frozen=True)
class Probe:
    """A card that does not exist yet (a drop, a paste), as the placement rules see it."""

    kind: str
    stage: str
    id: str = ""
    span: int = 1


def kind_problem(doc: MapDocument, kind: str, lane_id: str) -> str | None:
    """Why a card of `kind` may not go in lane `lane_id`, or None."""
    if doc.kind_of(lane_id) != "lane":
        return say("lane_gone")
    if not placement.is_card_kind(kind):
        return say("unknown_kind", kind=kind)
    lane = doc.lane(lane_id)
    if placement.kind_allowed(kind, lane.type):
        return None
    language = ui_language()
    type_name = vocabulary.name("lane_type", lane.type, language)
    named = f"«{lane.title}»" if language == "es" else f'"{lane.title}"'
    if lane.title.strip().casefold() != type_name.casefold():  # not «Emociones» (Emociones)
        named += f" ({type_name})"
    return say("kind_not_allowed", kind=vocabulary.name("kind", kind, language), lane=named,
               kinds=", ".join(vocabulary.name("kind", k, language)
                               for k in placement.allowed_kinds(lane.type)))


def placement_problem(doc: MapDocument, kind: str, lane_id: str, stage_id: str,
                      ignore: tuple[str, ...] = ()) -> str | None:
    """Why a card of `kind` may not land in the cell (lane, stage), or None: the kind
    matrix, then the one-emotion-per-stage rule (cards in `ignore` are moving away)."""
    problem = kind_problem(doc, kind, lane_id)
    if problem is not None:
        return problem
    clash = placement.emotion_conflict(doc.lane(lane_id).cards, Probe(kind, stage_id),
                                       ignore=ignore)
    if clash is not None:
        return say("emotion_taken", stage=doc.stage(stage_id).name)
    return None


def card_problem(doc: MapDocument, lane: Lane, card: Any, ignore: str | None) -> str | None:
    """Why `card` cannot sit in `lane` (ignoring the card with id `ignore`), or None."""
    stages = doc.map.stages
    try:
        start = doc.stage_index(card.stage)
    except KeyError:
        return say("stage_missing", stage=card.stage)
    if start + card.span > len(stages):
        return say("span_past_end", span=card.span, start=start + 1, count=len(stages))
    if not placement.emotion_span_ok(card):
        return say("emotion_span")
    if placement.emotion_conflict(lane.cards, card, ignore=(ignore,) if ignore else ()):
        return say("emotion_taken", stage=doc.stage(card.stage).name)
    if card.kind == "opportunity":
        for target in card.addresses:
            if not doc.has_card(target) or doc.card(target).kind != "pain_point":
                return say("not_a_pain_point", target=target)
    elif card.kind == "image":
        try:
            doc.asset(card.asset)
        except KeyError:
            return say("image_missing", asset=card.asset)
    return None


def structure_problem(journey_map: JourneyMap) -> str | None:
    """The first cross-object rule `journey_map` breaks, as a sentence, or None."""
    problems = rules.document_problems(journey_map)
    if not problems:
        return None
    # In the editor the object is in front of the user: the sentence, without its JSON path,
    # and what it names by the names the user gave them, not by ids or paths
    language = ui_language()
    text = _by_name(messages.rule_sentence(problems[0], language), journey_map, language)
    return text[:1].upper() + text[1:] + "."


def _by_name(text: str, journey_map: JourneyMap, language: str) -> str:
    """`text` with the lanes it names by path (lanes[2]) and the phases, stages and lanes
    it names by id ("ph-momentos") named by their titles instead."""
    names = {o.id: o.name for o in (*journey_map.phases, *journey_map.stages)}
    names.update((lane.id, lane.title) for lane in journey_map.lanes)
    left, right = ("«", "»") if language == "es" else ("\"", "\"")

    def lane_at(match: re.Match[str]) -> str:
        i = int(match[1])
        lanes = journey_map.lanes
        return f"{left}{lanes[i].title}{right}" if i < len(lanes) else match[0]

    def named(match: re.Match[str]) -> str:
        name = names.get(match[1])
        return f"{left}{name}{right}" if name is not None else match[0]

    text = re.sub(r"lanes\[(\d+)\]", lane_at, text)
    return re.sub(r'"([^"]+)"', named, text)


def checked(cls: type, data: dict[str, Any]) -> Any:
    """`cls.model_validate(data)`, or ValueError with the reader's sentence for the first
    problem, led by the field's name, in the interface language ("Color: no es un
    color: ...")."""
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        raise ValueError(messages.field_message(exc, ui_language())) from None


def validated(cls: type, old: Any, fields: dict[str, Any]) -> Any:
    """A new `cls` from `old` with `fields` changed; keeps unset fields unset (an invalid
    value: ValueError, as `checked`)."""
    data = old.model_dump(exclude_unset=True)
    for key, value in fields.items():
        if key not in cls.model_fields:
            raise ValueError(f'"{key}" is not a field of {cls.__name__}')
        data[key] = value
    return checked(cls, data)
