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
    validation_phrases,
)

__all__ = ["json_path", "json_syntax", "os_reason", "problem", "problems_from_validation",
           "size_mib", "upgrade_reason"]

_MIB = 1024 * 1024

# json's syntax messages (Python's wording, first letter lowered) in Spanish, by how
# they begin (some end with a detail such as the character found).
_JSON_SYNTAX_ES: tuple[tuple[str, str], ...] = (
    ("expecting value", "falta un valor"),
    ("expecting property name enclosed in double quotes",
     "falta el nombre de una clave entre comillas dobles"),
    ("expecting ':' delimiter", 'falta el separador ":"'),
    ("expecting ',' delimiter", 'falta el separador ","'),
    ("unterminated string", "un texto entre comillas no se cierra"),
    ("invalid control character", "hay un carácter de control dentro de un texto"),
    ("invalid \\uxxxx escape", "hay una secuencia \\uXXXX incorrecta"),
    ("invalid \\escape", "hay una secuencia de escape \\ incorrecta"),
    ("extra data", "sobra texto después del final"),
    ("illegal trailing comma", "sobra una coma antes del cierre"),
    ("unexpected utf-8 bom", "una segunda marca de orden de bytes (BOM) sigue a la primera"),
)
# where Python's own words are cut short or speak of decoding: a designer's sentence
_JSON_SYNTAX_EN: tuple[tuple[str, str], ...] = (
    ("invalid control character",
     "a text holds a control character (a tab or a line break is written \\t or \\n)"),
    ("unexpected utf-8 bom", "a second byte-order mark (BOM) follows the first"),
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
    english = next((en for start, en in _JSON_SYNTAX_EN if lowered.startswith(start)), english)
    spanish = next((es for start, es in _JSON_SYNTAX_ES if lowered.startswith(start)),
                   "el texto no se puede leer como JSON")
    return Detail(english, spanish)


def json_value_error(error: ValueError) -> Detail:
    """A ValueError json raised for a value it cannot hold (e.g. an integer with
    thousands of digits): its English, and a Spanish phrase."""
    if "digits" in str(error):
        return Detail("a number has too many digits", "un número tiene demasiadas cifras")
    return Detail("a value cannot be read", "un valor no se puede leer")


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
