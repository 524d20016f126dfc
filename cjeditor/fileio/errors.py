"""The errors of files: a map refused by the reader (with its problems), a file not written.

A problem's sentence is a phrase (cjeditor.model.messages), worded when shown: English
on the command line (`str()`, `lines()`), the interface's language in the editor
(`say`, `problem_lines`). The phrases' module is imported only when a file is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cjeditor.model.limits import MAX_PROBLEMS

if TYPE_CHECKING:
    from cjeditor.model.messages import Phrase


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (JSON path or line/column) and what."""

    phrase: Phrase
    path: str = ""
    line: int | None = None
    column: int | None = None

    @property
    def message(self) -> str:
        """What is wrong, in English (the command line's language)."""
        return self.phrase.say("en")

    @property
    def where(self) -> str:
        return self.place("en")

    def place(self, language: str | None = "en") -> str:
        """The JSON path as the file names it, or "line 3 column 5" / "línea 3, columna 5"
        ("" for the whole file)."""
        if self.line is None:
            return self.path
        from cjeditor.model.messages import sentence

        return sentence("at_line_column", language, line=self.line, column=self.column)

    def say(self, language: str | None = "en") -> str:
        """`PATH: MESSAGE` in `language`."""
        where, message = self.place(language), self.phrase.say(language)
        return f"{where}: {message}" if where else message

    def __str__(self) -> str:
        return self.say("en")


class MapSaveError(OSError):
    """A file could not be written; a file already there is as it was before.

    Built as OSError(errno, reason, filename): `errno` as the system gave it (or
    None), `strerror` one plain phrase, `filename` the file as the caller named it.
    The name is historical: write_atomic raises it for any file, maps or exports.
    """

    def __str__(self) -> str:
        if self.filename is not None and self.strerror:
            return f"cannot write {self.filename}: {self.strerror}"
        return super().__str__()


class MapLoadError(Exception):
    """A .cjmap file was refused. `problems` holds at most 20 of them."""

    def __init__(self, source: str | os.PathLike[str] | None, problems: list[Problem],
                 total: int = 0):
        self.source = os.fspath(source) if source is not None else None
        self.total = max(total, len(problems))
        self.problems = problems[:MAX_PROBLEMS]
        super().__init__(self._summary())

    def _summary(self) -> str:
        head = f"{self.source}: " if self.source else ""
        first = str(self.problems[0]) if self.problems else "refused"
        more = self.total - 1
        return head + first + (f" (and {more} more problem(s))" if more > 0 else "")

    def problem_lines(self, language: str | None = "en", name: str = "") -> list[str]:
        """`PATH: MESSAGE` lines in `language`, and one for the problems not listed; a
        problem of the whole file (no place) is led by `name` when given."""
        out = [f"{name}: {problem.say(language)}" if name and not problem.place(language)
               else problem.say(language) for problem in self.problems]
        hidden = self.total - len(self.problems)
        if hidden > 0:
            from cjeditor.model.messages import sentence

            out.append(sentence("more_problems", language, count=hidden))
        return out

    def lines(self, language: str | None = "en") -> list[str]:
        """`FILE: PATH: MESSAGE` lines, as the command line prints them (in English)."""
        head = f"{self.source}: " if self.source else ""
        return [head + line for line in self.problem_lines(language)]
