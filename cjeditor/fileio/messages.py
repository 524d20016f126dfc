"""The reader's problems: pydantic's validation errors as `Problem`s with a JSON path.

The sentences themselves come from the one message path, `cjeditor.model.messages`
(English here, the command line's language; the editor asks the same functions for
the interface's language).
"""

from __future__ import annotations

from pydantic import ValidationError

from cjeditor.fileio.errors import Problem
from cjeditor.model.messages import json_path, validation_problems

__all__ = ["json_path", "problems_from_validation"]


def problems_from_validation(exc: ValidationError, language: str = "en") -> list[Problem]:
    """Every problem of a validation error, with its JSON path, in `language`."""
    return [Problem(message, path) for path, message in validation_problems(exc, language)]
