"""PdfPen: the Pen protocol on a reportlab canvas.

Text is drawn with canvas text objects only (never Paragraph markup), so
whatever a user typed prints literally. Characters that no font has are drawn
as a small placeholder picture, with the real character as invisible text so
it still copies and searches. Graphics state is only set when it changes.
"""

from __future__ import annotations

import codecs
import io
import re
from functools import cache
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from cjeditor.layout.metrics import PLACEHOLDER, PLACEHOLDER_EM, FontSet, default_metrics
from cjeditor.layout.parsed_fonts import load_font
from cjeditor.layout.ttf import UnicodeTTFont
from cjeditor.paint import style as S
from cjeditor.paint.pen import Dash, PathOp

__all__ = ["PdfPen", "ensure_font"]


@cache
def _color(value: str) -> Color:
    return HexColor(value)


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                  "\U0001e800-\U0001efff]")


def _has_rtl(text: str) -> bool:
    """Whether `text` holds letters of a right-to-left script (Hebrew, Arabic...).
    Text that Latin-1 can hold (Spanish, English) has none: that is asked first,
    at C speed (a sixth of the pattern's cost on a Spanish title)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _RTL.search(text) is not None
    return False


def _visual_order(text: str) -> str:
    """A right-to-left run in the order it is seen, Arabic letters joined (the two
    libraries are imported for the first such text: most maps have none)."""
    import arabic_reshaper  # type: ignore[import-untyped]  # no type hints shipped
    from bidi.algorithm import get_display  # type: ignore[import-untyped]

    return str(get_display(arabic_reshaper.reshape(text)))


KAPPA = 0.5522847498  # a quarter circle's control points, as a fraction of its radius
_PAINT = {(1, 1): "B", (1, 0): "S", (0, 1): "f"}  # (stroke, fill) -> PDF paint operator
# Shapes as operator templates, one %s a number (then the paint operator).
_ROUNDED_RECT = ("%s %s m %s %s l %s %s %s %s %s %s c %s %s l %s %s %s %s %s %s c "
                 "%s %s l %s %s %s %s %s %s c %s %s l %s %s %s %s %s %s c h")
_CIRCLE = ("%s %s m %s %s %s %s %s %s c %s %s %s %s %s %s c "
           "%s %s %s %s %s %s c %s %s %s %s %s %s c h %s")
_MOVE, _LINE, _CURVE = "%s %s m", "%s %s l", "%s %s %s %s %s %s c"


class _Numbers(dict[float, str]):
    """Numbers as reportlab writes them (fp_str), each formatted once: a poster
    repeats most of its coordinates, and a look-up costs a tenth of a format."""

    def __missing__(self, value: float) -> str:
        text = self[value] = fp_str(value)
        return text


@cache
def _rgb_op(color: str, op: str) -> str:
    """The PDF operator setting an opaque RGB fill (rg) or stroke (RG) colour."""
    c = _color(color)
    return f"{fp_str(c.red, c.green, c.blue)} {op}"


def ensure_font(font: Any) -> None:
    """Register a TTFont with reportlab once (registration is by name)."""
    if font.fontName not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)


@cache
def _hidden_font() -> UnicodeTTFont:
    """A private copy of DejaVu for invisible text: characters no font has are
    mapped to its empty glyph, so the PDF still says which character it was."""
    font = load_font("CJ-Hidden", default_metrics().fonts.regular.face.filename)
    font.face.name = b"CJHidden-" + font.face.name  # subsets are keyed by face name
    return font


class _Subset:
    """The first subset of a main font in one document: its name, and how text is
    coded in it, as reportlab would code it."""

    __slots__ = ("_codec", "_known", "ascii_as_is", "assignments", "name", "rtl")

    def __init__(self, name: str, assignments: dict[int, int]) -> None:
        self.name = name
        self.assignments = assignments  # reportlab's character -> code; grows as text is drawn
        self.ascii_as_is = all(assignments.get(n) == n for n in range(32, 127))
        self._codec: Any = None  # a charmap codec of the subset's codes
        self._known = -1
        # whether a right-to-left letter has a code here: while none has, text that
        # encodes holds none, and needs no look for one (see PdfPen.text_lines)
        self.rtl = True

    def encode(self, text: str) -> bytes | None:
        """`text` in this subset's codes; None when a character is not in it (not
        drawn yet, not the font's, or placed in a later subset)."""
        if self.ascii_as_is and text.isascii() and text.isprintable():
            return text.encode("ascii")
        if len(self.assignments) != self._known:  # reportlab placed more characters
            table = ["\ufffe"] * 256  # U+FFFE: no character has this code
            for ch, n in self.assignments.items():
                if n < 256:
                    table[n] = chr(ch)
            coded = "".join(table)
            self._codec = codecs.charmap_build(coded)
            self._known = len(self.assignments)
            self.rtl = _RTL.search(coded) is not None
        try:
            data: bytes = codecs.charmap_encode(text, "strict", self._codec)[0]
        except UnicodeEncodeError:
            return None
        return data


class PdfPen:
    """Pen on a reportlab canvas. Poster point (x, y) is drawn at (x, -y): the
    caller translates the canvas so that the poster's top-left is at its origin."""

    def __init__(self, canvas: Canvas, fonts: FontSet, min_width: float = 0.0) -> None:
        """`min_width`: the thinnest stroke drawn, in poster points (a hairline
        shrunk with the poster would vanish on paper)."""
        self.c = canvas
        self.min_width = min_width
        # reportlab's page accumulators (_code, _doc) are not in its type hints
        self._raw: Any = canvas
        self.fonts = fonts
        # graphics state as last set: (fill, stroke, width, dash)
        self._state: list[Any] = [None, None, None, None]
        self._saved: list[list[Any]] = []
        self._registered: set[str] = set()
        # per style (bold?): the main font's first subset, once used (see _subset)
        self._subset0: dict[bool, _Subset] = {}
        self._n = _Numbers()
        # rounded rectangles' outlines by (w, h, radius): cards of a column repeat them
        self._rounded: dict[tuple[float, float, float], str] = {}

    # -- graphics state ------------------------------------------------------
    def _fill(self, color: str) -> None:
        if self._state[0] != color:
            self._raw._code.append(_rgb_op(color, "rg"))  # canvas.setFillColor, minus its overhead
            self._state[0] = color

    def _stroke(self, color: str, width: float, dash: Dash | None) -> None:
        c, state = self.c, self._state
        width = max(width, self.min_width)
        if state[1] != color:
            self._raw._code.append(_rgb_op(color, "RG"))
            state[1] = color
        if state[2] != width:
            c.setLineWidth(width)
            state[2] = width
        if state[3] != dash:
            c.setDash(list(dash) if dash else [], 0)
            state[3] = dash

    def _style(self, fill: str | None, stroke: str | None, width: float,
               dash: Dash | None) -> tuple[int, int]:
        if fill:
            self._fill(fill)
        if stroke:
            self._stroke(stroke, width, dash)
        return (1 if stroke else 0), (1 if fill else 0)

    # -- shapes --------------------------------------------------------------
    # Paths are written as PDF operators directly (what reportlab's path object
    # writes, without building one per shape): a poster has thousands of them.
    # Numbers go through self._n (fp_str, remembered), so the text is reportlab's.
    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None,
             stroke: str | None = None, width: float = 0.5, radius: float = 0.0,
             dash: Dash | None = None) -> None:
        s, f = self._style(fill, stroke, width, dash)
        if not (s or f):
            return
        if radius > 0:
            n = self._n
            outline = self._rounded.get((w, h, radius))
            if outline is None:
                r = min(radius, w / 2, h / 2)
                k = r * (1 - KAPPA)  # control points of the quarter circles
                outline = self._rounded[w, h, radius] = _ROUNDED_RECT % tuple(map(n.__getitem__, (
                    r, 0, w - r, 0, w - k, 0, w, k, w, r, w, h - r, w, h - k, w - k, h, w - r, h,
                    r, h, k, h, 0, h - k, 0, h - r, 0, r, 0, k, k, 0, r, 0)))
            # the outline from its bottom-left corner (PDF y grows upwards)
            self._raw._code.append(f"q 1 0 0 1 {n[x]} {n[-y - h]} cm {outline} {_PAINT[s, f]} Q")
        else:
            n = self._n
            self._raw._code.append(f"{n[x]} {n[-y - h]} {n[w]} {n[h]} re {_PAINT[s, f]}")

    def circle(self, cx: float, cy: float, r: float, fill: str | None = None,
               stroke: str | None = None, width: float = 0.5) -> None:
        s, f = self._style(fill, stroke, width, None)
        if not (s or f):
            return
        y, k = -cy, r * KAPPA
        self._raw._code.append(_CIRCLE % (*map(self._n.__getitem__, (
            cx + r, y, cx + r, y + k, cx + k, y + r, cx, y + r,
            cx - k, y + r, cx - r, y + k, cx - r, y,
            cx - r, y - k, cx - k, y - r, cx, y - r,
            cx + k, y - r, cx + r, y - k, cx + r, y)), _PAINT[s, f]))

    def path(self, ops: list[PathOp], fill: str | None = None, stroke: str | None = None,
             width: float = 0.5, dash: Dash | None = None) -> None:
        s, f = self._style(fill, stroke, width, dash)
        if not (s or f):
            return
        parts: list[str] = []
        numbers: list[float] = []
        for op in ops:
            v: Any = op  # ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y) or ("Z",)
            code = v[0]
            if code == "M" or code == "L":
                parts.append(_MOVE if code == "M" else _LINE)
                numbers += (v[1], -v[2])
            elif code == "C":
                parts.append(_CURVE)
                numbers += (v[1], -v[2], v[3], -v[4], v[5], -v[6])
            else:
                parts.append("h")
        parts.append(_PAINT[s, f])
        template = " ".join(parts)
        self._raw._code.append(template % tuple(map(self._n.__getitem__, numbers)))

    # -- text ----------------------------------------------------------------
    def _ensure(self, name: str) -> None:
        if name not in self._registered:
            ensure_font(self.fonts.font(name))
            self._registered.add(name)

    def _subset(self, bold: bool) -> _Subset | None:
        """The main font's first subset in this document, once the font has been
        used here (reportlab made its subsets); None before."""
        known = self._subset0.get(bold)
        if known is None:
            font = self.fonts.bold if bold else self.fonts.regular
            doc = self._raw._doc
            state: Any = font.state.get(doc)
            if state is None:  # nothing drawn in this font yet
                return None
            known = self._subset0[bold] = _Subset(font.getSubsetInternalName(0, doc),
                                                  state.assignments)
        return known

    def text(self, x: float, baseline: float, text: str, size: float, bold: bool = False,
             color: str = S.INK) -> None:
        if text and not text.isascii() and _has_rtl(text):
            # PDF text is drawn left to right: right-to-left runs are put in the order
            # they are seen (Arabic letters joined), and the text as written is kept
            # as the span's ActualText, so copying and searching read it as typed.
            raw = self._raw._code
            raw.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
            self._text(x, baseline, _visual_order(text), size, bold, color)
            raw.append("EMC")
            return
        self._text(x, baseline, text, size, bold, color)

    def text_lines(self, placed: list[tuple[float, float, str]], size: float, bold: bool,
                   color: str) -> None:
        """Several runs of one size, weight and colour, each (x, baseline, text): the
        lines of a block. Drawn as `text` would draw each (each placed at its own
        coordinates, so the pixels are the same), but in one text object with the
        font set once, and in one call for the block (MapPainter.block)."""
        code = self._raw._code
        if self._state[0] != color:
            code.append(_rgb_op(color, "rg"))
            self._state[0] = color
        subset = self._subset0.get(bold) or self._subset(bold)
        n = self._n
        parts: list[str] = []  # the open text object
        for x, baseline, text in placed:
            data = subset.encode(text) if subset is not None and text else None
            if data is None or (subset.rtl and not text.isascii()  # type: ignore[union-attr]
                                and _has_rtl(text)):
                # the long way (fallback fonts, placeholders, right-to-left)
                if parts:
                    parts.append("ET")
                    code.append(" ".join(parts))
                    parts = []
                self.text(x, baseline, text, size, bold, color)
                subset = self._subset0.get(bold) or self._subset(bold)
                continue
            if not parts:
                parts.append(f"BT {subset.name} {n[size]} Tf")  # type: ignore[union-attr]
            parts.append(f"1 0 0 1 {n[x]} {n[-baseline]} Tm ({escapePDF(data)}) Tj")
        if parts:
            parts.append("ET")
            code.append(" ".join(parts))

    def _text(self, x: float, baseline: float, text: str, size: float, bold: bool,
              color: str) -> None:
        code = self._raw._code
        if self._state[0] != color:  # _fill, inlined: this runs for every line of text
            code.append(_rgb_op(color, "rg"))
            self._state[0] = color
        # The common case: the main font has every character, placed in its first
        # subset; drawn without reportlab's per-character text machinery.
        subset = self._subset0.get(bold) or self._subset(bold) if text else None
        data = subset.encode(text) if subset is not None else None
        if data is not None:
            n = self._n
            code.append(  # what a reportlab text object writes, without its overhead
                f"BT {subset.name} {n[size]} Tf 1 0 0 1 {n[x]} {n[-baseline]} Tm "  # type: ignore[union-attr]
                f"({escapePDF(data)}) Tj ET")
            return
        y = -baseline
        t = None  # one text object per run of drawable characters
        for name, run in self.fonts.runs(text, bold):
            if name == PLACEHOLDER:
                if t is not None:
                    self.c.drawText(t)
                    t = None
                for ch in run:
                    self._placeholder(ch, x, y, size, color)
                    x += PLACEHOLDER_EM * size
                continue
            self._ensure(name)
            if t is None:
                t = self.c.beginText(x, y)
            t.setFont(name, size)
            t.textOut(run)
            x += self.fonts.font(name).stringWidth(run, size)
        if t is not None:
            self.c.drawText(t)

    def _placeholder(self, ch: str, x: float, y: float, size: float, color: str) -> None:
        """A rounded square with the code point, plus the character as invisible
        text so it is still found by search and copy."""
        c = self.c
        w = PLACEHOLDER_EM * size
        box = w * 0.92
        self._style(S.PLACEHOLDER_BG, color, max(size * 0.05, 0.3), None)
        c.roundRect(x + (w - box) / 2, y - size * 0.18, box, box, box * 0.2, stroke=1, fill=1)
        code = f"{ord(ch):X}"
        small = min(box / max(len(code), 3) * 1.45, box * 0.5)
        self._fill(color)
        self._ensure(self.fonts.regular.fontName)
        c.setFont(self.fonts.regular.fontName, small)
        c.drawCentredString(x + w / 2, y - size * 0.18 + box / 2 - small * 0.35, code)
        self.hidden_text(x, -y, ch, size)

    def hidden_text(self, x: float, baseline: float, text: str, size: float) -> None:
        font = _hidden_font()
        for ch in text:  # every character maps (to the empty glyph) and copies
            font.face.charToGlyph.setdefault(ord(ch), 0)
        ensure_font(font)
        t = self.c.beginText(x, -baseline)
        t.setTextRenderMode(3)
        t.setFont(font.fontName, size)
        t.textOut(text)
        t.setTextRenderMode(0)  # the mode is graphics state: later text must show
        self.c.drawText(t)

    def image(self, x: float, y: float, w: float, h: float, data: bytes,
              media_type: str) -> None:
        self.c.drawImage(ImageReader(io.BytesIO(data)), x, -y - h, w, h, mask="auto")

    # -- groups --------------------------------------------------------------
    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0) -> None:
        self.c.saveState()
        self._saved.append(list(self._state))
        self.c.translate(dx, -dy)
        if scale != 1.0:
            self.c.scale(scale, scale)

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        p = self.c.beginPath()
        p.rect(x, -y - h, w, h)
        self.c.clipPath(p, stroke=0, fill=0)

    def pop(self) -> None:
        self.c.restoreState()
        self._state = self._saved.pop()
