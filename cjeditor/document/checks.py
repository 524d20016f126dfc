"""Validity checks used by MapDocument before and after a mutation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cjeditor.model import rules

if TYPE_CHECKING:
    from cjeditor.document.document import MapDocument
    from cjeditor.model import JourneyMap, Lane


def card_problem(doc: MapDocument, lane: Lane, card: Any, ignore: str | None) -> str | None:
    """Why `card` cannot sit in `lane` (ignoring the card with id `ignore`), or None."""
    stages = doc.map.stages
    try:
        start = doc.stage_index(card.stage)
    except KeyError:
        return f'The stage "{card.stage}" does not exist.'
    if start + card.span > len(stages):
        return (f"The card would span {card.span} stages from stage {start + 1}, "
                f"past the last stage ({len(stages)}).")
    if card.kind == "emotion":
        if card.span != 1:
            return "An emotion covers exactly one stage."
        for other in lane.cards:
            if other.kind == "emotion" and other.stage == card.stage and other.id not in (
                    ignore, card.id):
                name = doc.stage(card.stage).name
                return f'The lane already has an emotion for the stage "{name}".'
    elif card.kind == "opportunity":
        for target in card.addresses:
            if not doc.has_card(target) or doc.card(target).kind != "pain_point":
                return f'The opportunity refers to "{target}", which is not a pain point.'
    elif card.kind == "image":
        try:
            doc.asset(card.asset)
        except KeyError:
            return f'The image "{card.asset}" is not in the map.'
    return None


def structure_problem(journey_map: JourneyMap) -> str | None:
    """The first cross-object rule `journey_map` breaks, as a sentence, or None."""
    problems = rules.document_problems(journey_map)
    if not problems:
        return None
    first = problems[0]
    return f"{first.path}: {first.message}"


def validated(cls: type, old: Any, fields: dict[str, Any]) -> Any:
    """A new `cls` from `old` with `fields` changed; keeps unset fields unset."""
    data = old.model_dump(exclude_unset=True)
    for key, value in fields.items():
        if key not in cls.model_fields:
            raise ValueError(f'"{key}" is not a field of {cls.__name__}')
        data[key] = value
    try:
        return cls.model_validate(data)
    except Exception as exc:  # pydantic.ValidationError: keep the first sentence
        errors = getattr(exc, "errors", None)
        if callable(errors):
            first = errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise ValueError(f"{where}: {first.get('msg')}") from None
        raise ValueError(str(exc)) from None
