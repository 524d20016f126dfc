"""The canvas's own look: only what paper never shows (selection and drop
feedback colours) plus the Qt fonts. Everything a map is drawn with comes from
paint.style, the one style table."""

from cjeditor.canvas.qtpen import font, font_family
from cjeditor.paint.style import HOVER, REFUSED, SELECT

__all__ = ["HOVER", "REFUSED", "SELECT", "font", "font_family"]
