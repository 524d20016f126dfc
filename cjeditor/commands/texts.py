"""History entries that say what an edit changed ("Rename stage “Pago” to “Checkout”").

Words for fields come from the one vocabulary, in the interface language; the
sentences are Qt-translated (context "commands").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from cjeditor.document.checks import ui_language
from cjeditor.model import vocabulary

QUOTE_LIMIT = 32  # characters of a title quoted in a history entry


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def quoted(text: str) -> str:
    """A title as it is quoted in a history entry: one line, shortened."""
    one_line = " ".join(str(text).split())
    if len(one_line) > QUOTE_LIMIT:
        one_line = one_line[: QUOTE_LIMIT - 1].rstrip() + "…"
    return one_line


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def _field(name: str) -> str:
    """A field as a sentence names it: its label, or a noun where the label is a
    question (vocabulary.FIELD_IN_TEXT)."""
    category = "field_in_text" if name in vocabulary.FIELD_IN_TEXT else "field"
    return vocabulary.lower_first(vocabulary.name(category, name, ui_language()))


# (object kind, field naming it): the rename sentence and the sentence for another field
_RENAME = {
    "card": ("title", lambda: tr("Rename card “%1” to “%2”"),
             lambda: tr("Change %1 of card “%2”"), lambda: tr("Edit card “%1”")),
    "stage": ("name", lambda: tr("Rename stage “%1” to “%2”"),
              lambda: tr("Change %1 of stage “%2”"), lambda: tr("Edit stage “%1”")),
    "lane": ("title", lambda: tr("Rename lane “%1” to “%2”"),
             lambda: tr("Change %1 of lane “%2”"), lambda: tr("Edit lane “%1”")),
    "phase": ("name", lambda: tr("Rename phase “%1” to “%2”"),
              lambda: tr("Change %1 of phase “%2”"), lambda: tr("Edit phase “%1”")),
}


def edit_text(kind: str, obj: Any, fields: Mapping[str, Any]) -> str:
    """The history entry for changing `fields` of `obj` (a card, stage, lane or phase)."""
    name_field, rename, change, edit = _RENAME[kind]
    current = quoted(getattr(obj, name_field, "") or "")
    if kind == "lane" and set(fields) == {"collapsed"}:
        text = tr("Collapse lane “%1”") if fields["collapsed"] else tr("Expand lane “%1”")
        return _fill(text, current)
    if set(fields) == {name_field}:
        return _fill(rename(), current, quoted(fields[name_field]))
    if len(fields) == 1:
        return _fill(change(), _field(next(iter(fields))), current)
    return _fill(edit(), current)


def edit_text_of(doc: Any, kind: str, object_id: str, fields: Mapping[str, Any],
                 fallback: str) -> str:
    """edit_text() for the object `object_id` of `doc`; `fallback` if it is not there."""
    getter = {"card": "card", "stage": "stage", "lane": "lane", "phase": "phase"}[kind]
    try:
        obj = getattr(doc, getter)(object_id)
    except (KeyError, ValueError):
        return fallback
    return edit_text(kind, obj, fields)
