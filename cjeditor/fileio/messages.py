"""The reader's problems as phrases: what `load` refuses, and pydantic's validation errors
as `Problem`s with a JSON path.

The sentences themselves come from the one message path, `cjeditor.model.messages`
(SENTENCES): a problem is worded when shown, in English on the command line and in
the interface's language in the editor. Imported only when a file is refused.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import ValidationError

from cjeditor.fileio.errors import Problem
from cjeditor.model.messages import (
    Decimal1,
    Detail,
    Message,
    json_path,
    os_reason,
    rule_phrase,
    validation_phrases,
)
from cjeditor.model.rules import RuleProblem

__all__ = ["json_path", "json_syntax", "os_reason", "problem", "problems_from_validation",
           "rule_problems", "size_mib", "upgrade_reason"]

_MIB = 1024 * 1024

# json's syntax messages (Python's wording, first letter lowered) by how they begin
# (some end with a detail such as the character found): a plain English sentence where
# Python's is cut short or speaks of decoding (else None: Python's is kept), and Spanish.
_JSON_SYNTAX: tuple[tuple[str, str | None, str], ...] = (
    ("expecting value", None, "falta un valor"),
    ("expecting property name enclosed in double quotes", None,
     "falta el nombre de una clave entre comillas dobles"),
    ("expecting ':' delimiter", None, 'falta el separador ":"'),
    ("expecting ',' delimiter", None, 'falta el separador ","'),
    ("unterminated string", None, "un texto entre comillas no se cierra"),
    ("invalid control character",
     "a text holds a control character (a tab or a line break is written \\t or \\n)",
     "hay un carácter de control dentro de un texto"),
    ("invalid \\uxxxx escape", None, "hay una secuencia \\uXXXX incorrecta"),
    ("invalid \\escape", None, "hay una secuencia de escape \\ incorrecta"),
    ("extra data", None, "sobra texto después del final"),
    ("illegal trailing comma", None, "sobra una coma antes del cierre"),
    ("unexpected utf-8 bom", "a second byte-order mark (BOM) follows the first",
     "una segunda marca de orden de bytes (BOM) sigue a la primera"),
)


def problem(key: str, path: str = "", line: int | None = None, column: int | None = None,
            **params: Any) -> Problem:
    """The problem worded by the sentence `key` of model.messages, at `path` or line/column."""
    return Problem(Message(key, **params), path, line, column)


def json_syntax(message: str) -> Detail:
    """json's syntax message as the reader says it: its English with the first letter
    lowered (as the command line always printed it), a Spanish phrase when known."""
    english = message[:1].lower() + message[1:]
    lowered = english.lower()
    known = next((row for row in _JSON_SYNTAX if lowered.startswith(row[0])), None)
    if known is None:
        return Detail(english, "el texto no se puede leer como JSON")
    return Detail(known[1] or english, known[2])


def upgrade_reason(error: Exception) -> Detail:
    """Why an old file could not be upgraded: a general phrase (the step met something
    the old format did not have; the exception's own words are Python's, not a
    designer's)."""
    return Detail("the old file does not have the expected shape",
                  "el archivo antiguo no tiene la forma esperada")


def size_mib(size: int) -> Decimal1:
    """A size in MiB with one decimal, as a sentence shows it ("12.5" / "12,5"), rounded
    up: a file one byte over a limit of 100 MiB is "100.1", not "100.0"."""
    return Decimal1(math.ceil(size * 10 / _MIB) / 10)


def problems_from_validation(exc: ValidationError) -> list[Problem]:
    """Every problem of a validation error, with its JSON path, as a phrase."""
    return [Problem(phrase, path) for path, phrase in validation_phrases(exc)]


def rule_problems(rules: list[RuleProblem]) -> list[Problem]:
    """Rule problems (model/rules.py) as Problems."""
    return [Problem(rule_phrase(rule), rule.path) for rule in rules]
