"""The errors of files: a map refused by the reader (with its problems), a file not written."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cjeditor.model.limits import MAX_PROBLEMS


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (JSON path or line/column) and what."""

    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        if self.line is not None:
            return f"line {self.line} column {self.column}"
        return self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


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

    def lines(self) -> list[str]:
        """`FILE: PATH: MESSAGE` lines, as the command line prints them."""
        head = f"{self.source}: " if self.source else ""
        out = [head + str(problem) for problem in self.problems]
        hidden = self.total - len(self.problems)
        if hidden > 0:
            out.append(f"{head}... and {hidden} more problem(s) not shown")
        return out
