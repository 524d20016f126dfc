"""Text shown on one line of a report or of stderr ("one a line", spec/cli.md)."""

from __future__ import annotations

# C0 and C1 control characters (a name's line break, a tab) as escapes, as diff shows them
_CONTROL = {c: f"\\u{c:04x}" for c in (*range(32), *range(127, 160))} | {
    10: "\\n", 13: "\\r", 9: "\\t"}


def one_line(text: str) -> str:
    """`text` on one line: a line quoting a name that holds a line break stays one."""
    return text.translate(_CONTROL)
