"""A persona's name and quote as the pages, the slides and the web page show them. No Qt.

Initials stand in for a missing picture: from the name's first words, before any
comma or parenthesis ("Marta, 38 años" is M, not M3). A quote is shown in quotation
marks unless it brings its own ("“¿Y si…?” 😅" is not given a second closing mark).
"""

from __future__ import annotations

import re

__all__ = ["has_marks", "initials", "quoted"]

_NAME_END = re.compile(r"[,(;:/]|\s[-–—]\s")  # what follows the name: an age, a role...
_MARKS = frozenset("“”„«»\"")


def initials(name: str) -> str:
    """Up to two capitals from the words of the name that begin with a letter."""
    for part in (_NAME_END.split(name, maxsplit=1)[0], name):
        letters = [word[0] for word in part.split() if word[0].isalpha()]
        if letters:
            return "".join(letters[:2]).upper()
    return "?"


def has_marks(text: str) -> bool:
    """Whether the text holds quotation marks of its own."""
    return any(ch in _MARKS for ch in text)


def quoted(text: str) -> str:
    """`text` in quotation marks, unless it holds marks of its own (shown as typed)."""
    text = text.strip()
    return text if has_marks(text) else f"“{text}”"
