"""User text shown literally: Qt guesses rich text in tooltips and default labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText lives in QtGui's Qt namespace


def tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: escaped and wrapped, so `<b>` stays `<b>`."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
