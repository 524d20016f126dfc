"""Text measurement and wrapping, from the font files the poster embeds. No Qt.

The default metrics read the shipped DejaVu Sans (regular and bold) with
reportlab's TTFont, so the layout measures text exactly as the PDF draws it.
Characters DejaVu lacks are measured in a fallback font found on the machine
(see `FontSet`), or as a square placeholder picture when no font has them.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Protocol, runtime_checkable

from reportlab.pdfbase.ttfonts import TTFont

from cjeditor.layout.parsed_fonts import load_font
from cjeditor.layout.ttf import UnicodeTTFont

__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "FontSet",
    "PLACEHOLDER",
    "ReportlabMetrics",
    "TextMetrics",
    "default_fonts",
    "default_metrics",
    "wrap",
    "wrap_lines",
]

FONT_REGULAR = "CJ-DejaVuSans"
FONT_BOLD = "CJ-DejaVuSans-Bold"
PLACEHOLDER = ""  # font name of a run drawn as placeholder pictures
PLACEHOLDER_EM = 0.9  # width of one placeholder picture, in ems
IGNORABLE = frozenset("\u200b\u200c\u200d\u2060\ufe0e\ufe0f\ufeff")

# Candidate fallback fonts, best first (file names, searched in FONT_DIRS).
FALLBACK_NAMES = (
    "NotoEmoji-Regular.ttf",  # shipped in resources/fonts (OFL): emoji look the same everywhere
    "Symbola.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "NotoSansSymbols-Regular.ttf",
    "DejaVuSans.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSerif.ttf",
    "DejaVuMathTeXGyre.ttf",
    "NotoSans-Regular.ttf",
    "FreeSans.ttf",
    "FreeSerif.ttf",
    "DroidSansFallbackFull.ttf",  # CJK, TrueType outlines
    "DroidSansFallback.ttf",
    "unifont.ttf",
)
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    os.path.expanduser("~/.fonts"),
    os.path.expanduser("~/.local/share/fonts"),
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)


@runtime_checkable
class TextMetrics(Protocol):
    """How wide and tall text is, in points."""

    def width(self, text: str, size: float, bold: bool = False) -> float: ...

    def ascent(self, size: float) -> float: ...

    def descent(self, size: float) -> float: ...

    def line_height(self, size: float) -> float: ...


def _resource_font(name: str) -> str:
    resource = files("cjeditor.resources") / "fonts" / name
    # The package is installed from a directory, so this is a real path; as_file
    # copes with zipped installs too (the temporary file then lives as long as
    # the process needs it, which is fine for two fonts).
    with as_file(resource) as path:
        return str(path)


def _clean(text: str) -> str:
    """Tabs become spaces; other control characters are dropped."""
    if text.isprintable():
        return text
    if "\t" not in text and all(part.isprintable() for part in text.split("\n")):
        return text  # only line breaks (kept): a caption with tags, a text of paragraphs
    out = []
    for ch in text:
        if ch == "\t":
            out.append("    ")
        elif ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"):
            out.append(ch)
    return "".join(out)


@dataclass
class FontSet:
    """The main fonts plus fallbacks, and which font draws each character."""

    regular: TTFont
    bold: TTFont
    fallback_dirs: tuple[str, ...] = FONT_DIRS
    fallback_names: tuple[str, ...] = FALLBACK_NAMES
    _fallbacks: list[TTFont] | None = field(default=None, repr=False)
    _choice: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def fallbacks(self) -> list[TTFont]:
        if self._fallbacks is None:
            main = self.regular.face.charToGlyph.keys()
            shipped = os.path.dirname(self.regular.face.filename)  # searched first
            self._fallbacks = [
                font for font in _find_fallbacks(
                    (shipped, *self.fallback_dirs), self.fallback_names,
                    {self.regular.face.filename, self.bold.face.filename},
                )
                if not font.face.charToGlyph.keys() <= main  # it adds characters
            ]
        return self._fallbacks

    def font_for(self, ch: str, bold: bool) -> str:
        """Name of the font that draws `ch` ("" = placeholder picture)."""
        key = ch if not bold else "\x00" + ch
        name = self._choice.get(key)
        if name is None:
            main = self.bold if bold else self.regular
            code = ord(ch)
            if code in main.face.charToGlyph or ch in IGNORABLE:
                name = main.fontName
            else:
                name = PLACEHOLDER
                for font in self.fallbacks:
                    if code in font.face.charToGlyph:
                        name = font.fontName
                        break
            self._choice[key] = name
        return name

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """Split `text` into (font name, text) runs; ignorable joiners are dropped."""
        main = (self.bold if bold else self.regular).fontName
        if text.isascii():
            return [(main, text)] if text else []
        runs: list[tuple[str, str]] = []
        cur_font, cur = main, list[str]()
        for ch in text:
            if ch in IGNORABLE:
                continue
            name = self.font_for(ch, bold)
            if name != cur_font and cur:
                runs.append((cur_font, "".join(cur)))
                cur = []
            cur_font = name
            cur.append(ch)
        if cur:
            runs.append((cur_font, "".join(cur)))
        return runs

    def fonts(self) -> Iterable[TTFont]:
        yield self.regular
        yield self.bold
        yield from self.fallbacks

    def font(self, name: str) -> TTFont:
        for font in self.fonts():
            if font.fontName == name:
                return font
        raise KeyError(name)


def _find_fallbacks(dirs: Iterable[str], names: Iterable[str], skip: set[str]
                    ) -> list[UnicodeTTFont]:
    wanted = {name.lower(): rank for rank, name in enumerate(names)}
    found: dict[int, str] = {}
    for root in dirs:
        if not os.path.isdir(root):
            continue
        for dirpath, _dirs, filenames in os.walk(root):
            for filename in filenames:
                rank = wanted.get(filename.lower())
                if rank is not None and rank not in found:
                    found[rank] = os.path.join(dirpath, filename)
    fonts = []
    skip_real = {os.path.realpath(p) for p in skip}
    for rank in sorted(found):
        path = found[rank]
        if os.path.realpath(path) in skip_real:
            continue
        try:
            font = UnicodeTTFont(f"CJ-Fallback{rank}", path)
        except Exception:  # noqa: BLE001 - an unreadable font is simply not a fallback
            continue
        # reportlab keys embedded subsets by face name: keep it unique in a PDF
        font.face.name = f"CJFallback{rank}-".encode() + font.face.name
        fonts.append(font)
    return fonts


@cache
def default_fonts() -> FontSet:
    # read back as reportlab parsed them at build time (make fonts), when current
    regular = load_font(FONT_REGULAR, _resource_font("DejaVuSans.ttf"))
    bold = load_font(FONT_BOLD, _resource_font("DejaVuSans-Bold.ttf"))
    return FontSet(regular, bold)


class ReportlabMetrics:
    """TextMetrics from TTF files; widths cached per (text, bold) at 1 pt."""

    def __init__(self, fonts: FontSet | None = None) -> None:
        self.fonts = fonts or default_fonts()
        face = self.fonts.regular.face
        self._ascent: float = face.ascent / 1000.0
        self._descent: float = -abs(face.descent) / 1000.0
        self._cache: dict[str, float] = {}
        self._cache_bold: dict[str, float] = {}
        self._wraps: dict[tuple[str, float, float, bool], tuple[str, ...]] = {}
        self.line_cache: dict[float, tuple[float, float]] = {}

    def _unit_width(self, text: str, bold: bool) -> float:
        cache_ = self._cache_bold if bold else self._cache
        w = cache_.get(text)
        if w is None:
            w = 0.0
            for name, run in self.fonts.runs(_clean(text), bold):
                if name == PLACEHOLDER:
                    w += PLACEHOLDER_EM * len(run)
                else:
                    w += self.fonts.font(name).stringWidth(run, 1.0)
            cache_[text] = w
        return w

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self._unit_width(text, bold) * size

    def ascent(self, size: float) -> float:
        return self._ascent * size

    def descent(self, size: float) -> float:
        """Negative: how far below the baseline glyphs reach."""
        return self._descent * size

    def line_height(self, size: float) -> float:
        return 1.22 * size


@cache
def default_metrics() -> ReportlabMetrics:
    return ReportlabMetrics()


_VOWELS = frozenset("aeiouáéíóúüàèìòùâêîôûäëïöAEIOUÁÉÍÓÚÜÀÈÌÒÙÂÊÎÔÛÄËÏÖyY")
_CLUSTERS = frozenset(("ch", "ll", "rr", "qu", "gu", "th", "sh", "ph"))
_MIN_TAIL = 3  # letters: never "suppor / t"
_NOT_WORDS = frozenset("/\\@_.:=?&#")  # a word with these is a link, a path, an address
_LINK_BREAKS = "-/\\._?&=#@"


def _syllable_cut(word: str, i: int) -> bool:
    """A plausible syllable boundary before word[i] (V|CV, or VC|CV but not inside
    ch, ll, rr or a consonant + l/r cluster): good enough for Spanish and English."""
    if not 1 <= i < len(word) - 1:
        return False
    a, b, c = word[i - 1], word[i], word[i + 1]
    if not (b.isalpha() and a.isalpha() and c.isalpha()) or b in _VOWELS:
        return False
    if a in _VOWELS:
        return c in _VOWELS  # ca|sa
    return (c in _VOWELS and i >= 2 and word[i - 2] in _VOWELS
            and (a + b).lower() not in _CLUSTERS and b.lower() not in "lrh")  # cam|po


def _break_word(word: str, width: float, size: float, bold: bool, metrics: TextMetrics
                ) -> list[str]:
    """Pieces of `word` each at most `width` wide (at least one char each), cut at
    a syllable boundary when one is near, and never leaving a tail of a letter or two.

    A piece cut between two letters ends with a hyphen ("compa-" / "ración"),
    measured so the piece still fits; a word's own hyphen is a cut of its own
    ("e-" / "commerce"), as are a link's slashes and dots ("zancada.es/" / "ayuda").
    Cuts next to digits, signs or emoji, and in links, paths and addresses, get no
    hyphen (a "-" there would read as part of it)."""
    hyphen = metrics.width("-", size, bold)
    inner = word.strip(".,;:!?¿¡()«»“”\"'")  # a sentence's own marks do not count
    plain = not any(ch in _NOT_WORDS for ch in inner)  # no link, path, address
    pieces = []
    rest = word
    while rest:
        widths = [metrics.width(ch, size, bold) for ch in rest]
        n = _fitting(widths, width)
        if n >= len(rest):
            pieces.append(rest)
            break
        marks = "-" if plain else _LINK_BREAKS  # a link breaks after / . - …, with no hyphen
        own = [i for i in range(max(1, n // 2), n + 1) if rest[i - 1] in marks]
        if own and len(rest) - own[-1] >= _MIN_TAIL:
            pieces.append(rest[:own[-1]])  # after the word's own hyphen
            rest = rest[own[-1]:]
            continue
        cut = max(1, _fitting(widths, width - hyphen)) if plain else n  # room for a hyphen
        if len(rest) - cut < _MIN_TAIL and len(rest) > _MIN_TAIL:
            cut = max(1, min(cut, len(rest) - _MIN_TAIL))
        near = [i for i in range(max(1, cut // 2), cut + 1) if _syllable_cut(rest, i)]
        if near:
            cut = near[-1]
        piece = rest[:cut]
        if (plain and rest[cut - 1].isalpha() and rest[cut].isalpha()
                and sum(widths[:cut]) + hyphen <= width):
            piece += "-"
        pieces.append(piece)
        rest = rest[cut:]
    return pieces


def _fitting(widths: list[float], width: float) -> int:
    """How many of the leading characters (of these widths) fit in `width` (at least one)."""
    n, used = 0, 0.0
    for cw in widths:
        if n and used + cw > width:
            break
        used += cw
        n += 1
    return n


def wrap(
    text: str, width: float, size: float, bold: bool = False, metrics: TextMetrics | None = None
) -> list[str]:
    """Break `text` into lines no wider than `width` points.

    Wraps on spaces, keeps explicit newlines (an empty line stays empty) and
    breaks words longer than the width so nothing spills. An empty text gives
    no lines.
    """
    return list(wrap_lines(text, width, size, bold, metrics))


def wrap_lines(
    text: str, width: float, size: float, bold: bool = False, metrics: TextMetrics | None = None
) -> tuple[str, ...]:
    """`wrap` as a tuple, cached per (text, width, size, bold) for our metrics."""
    if not text:
        return ()
    m = metrics or default_metrics()
    if isinstance(m, ReportlabMetrics):
        key = (text, width, size, bold)
        lines = m._wraps.get(key)
        if lines is None:
            if len(m._wraps) > 200_000:
                m._wraps.clear()
            lines = m._wraps[key] = _wrap(text, width, size, bold, m, m._unit_width)
        return lines
    return _wrap(text, width, size, bold, m, None)


UnitWidth = Callable[[str, bool], float]


def _wrap(text: str, width: float, size: float, bold: bool, m: TextMetrics,
          unit_width: UnitWidth | None) -> tuple[str, ...]:
    text = _clean(text).replace("\r\n", "\n").replace("\r", "\n")
    if unit_width is not None:  # fast path: widths at 1 pt, compared to width / size
        assert isinstance(m, ReportlabMetrics)
        return _wrap_unit(text, width, size, bold, m, unit_width)
    limit = width

    def measure(word: str) -> float:
        return m.width(word, size, bold)
    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        cur: list[str] = []
        cur_w = 0.0
        for word in words:
            ww = measure(word)
            if cur and cur_w + space + ww <= limit:
                cur.append(word)
                cur_w += space + ww
                continue
            if cur:
                lines.append(" ".join(cur))
            if ww <= limit:
                cur, cur_w = [word], ww
            else:
                pieces = _break_word(word, width, size, bold, m)
                lines.extend(pieces[:-1])
                cur = [pieces[-1]]
                cur_w = measure(pieces[-1])
        if cur:
            lines.append(" ".join(cur))
    return tuple(lines)


def _wrap_unit(text: str, width: float, size: float, bold: bool, m: ReportlabMetrics,
               unit_width: UnitWidth) -> tuple[str, ...]:
    """`_wrap` with ReportlabMetrics: the same breaks, word widths read straight
    from the 1 pt cache (this loop is most of a cold layout)."""
    limit = width / size if size else float("inf")
    get = (m._cache_bold if bold else m._cache).get
    space = get(" ")
    if space is None:
        space = unit_width(" ", bold)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        start = 0  # first word of the current line
        cur_w = -1.0  # width of the current line; < 0: no word yet
        for i, word in enumerate(words):
            ww = get(word)
            if ww is None:
                ww = unit_width(word, bold)
            if cur_w >= 0.0 and cur_w + space + ww <= limit:
                cur_w += space + ww
                continue
            if cur_w >= 0.0:
                lines.append(" ".join(words[start:i]))
            if ww <= limit:
                start, cur_w = i, ww
            else:
                pieces = _break_word(word, width, size, bold, m)
                lines.extend(pieces[:-1])
                words[i] = pieces[-1]
                start = i
                cur_w = unit_width(pieces[-1], bold)
        if cur_w >= 0.0:
            lines.append(" ".join(words[start:]))
    return tuple(lines)


def font_path(name: str) -> Path:
    """Path of a shipped font file (for SVG/Qt users who want the same font)."""
    return Path(_resource_font(name))
