"""Display names of the format's values in the interface language.

The format keeps English identifiers (`pain_point`, `ecommerce`); the names
come from the one vocabulary (cjeditor.model.vocabulary) in the language the
interface runs in (app.i18n.current_language()). No words live here.
"""

from __future__ import annotations

from cjeditor.app.i18n import current_language
from cjeditor.model import vocabulary


def name(category: str, value: str) -> str:
    return vocabulary.name(category, value, current_language())


def description(category: str, value: str) -> str:
    return vocabulary.description(category, value, current_language())


def kind_name(kind: str) -> str:
    return name("kind", kind)


def lane_type_name(lane_type: str) -> str:
    return name("lane_type", lane_type)


def channel_name(channel: str) -> str:
    return name("channel", channel)


def value_name(field: str, value: str) -> str:
    """The name of a value of an enumerated field: ("met", "partly") -> "Partly met"."""
    return name(field, value)


def field_name(field: str) -> str:
    return name("field", field)
