"""Export options (spec/cli.md, `cjeditor export`) and paper sizes."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ExportOptions", "MM", "PAGES", "PAPER_SIZES", "parse_paper", "oriented"]

MM = 72.0 / 25.4  # points per millimetre
# The pages a PDF export can hold (`--pages`), printed in the order asked.
PAGES = ("poster", "matrix", "personas", "check")

# Portrait (width, height) in millimetres or inches.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a0": (841 * MM, 1189 * MM),
    "a1": (594 * MM, 841 * MM),
    "a2": (420 * MM, 594 * MM),
    "a3": (297 * MM, 420 * MM),
    "a4": (210 * MM, 297 * MM),
    "a5": (148 * MM, 210 * MM),
    "letter": (8.5 * 72, 11 * 72),
    "legal": (8.5 * 72, 14 * 72),
    "tabloid": (11 * 72, 17 * 72),
}
_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*$", re.IGNORECASE)
MIN_MM, MAX_MM = 50.0, 5080.0  # 5 cm .. the PDF page limit (200 in)


def parse_paper(text: str) -> tuple[float, float]:
    """`A0`..`A5`, `letter`, `legal`, `tabloid` (any case) or `WxHmm` -> (width, height)
    in points, as named (the standard sizes portrait)."""
    if not isinstance(text, str):
        raise ValueError(f"paper size must be text, not {type(text).__name__}")
    key = text.strip().lower()
    if key in PAPER_SIZES:
        return PAPER_SIZES[key]
    match = _CUSTOM.match(text)
    if match:
        w_mm, h_mm = float(match.group(1)), float(match.group(2))
        for value in (w_mm, h_mm):
            if not MIN_MM <= value <= MAX_MM:
                raise ValueError(
                    f'paper size "{text}": each side must be between {MIN_MM:g} and '
                    f"{MAX_MM:g} mm"
                )
        return w_mm * MM, h_mm * MM
    raise ValueError(
        f'unknown paper size "{text}": use A0, A1, A2, A3, A4, A5, letter, legal, tabloid '
        "or WIDTHxHEIGHTmm (e.g. 1000x700mm)"
    )


def oriented(size: tuple[float, float], orientation: str) -> tuple[float, float]:
    w, h = size
    if orientation == "landscape":
        return (max(w, h), min(w, h))
    return (min(w, h), max(w, h))


# The narrowest overlap strip an alignment mark fits in (a cross of 10 pt, 3.5 mm, and
# its white halo, export/pdf.py _mark) with room to see the strip around it.
MIN_OVERLAP_MM = 5.0


@dataclass
class ExportOptions:
    paper: str = "A1"
    orientation: str = "landscape"  # "landscape" | "portrait"
    fit: str = "page"  # "page" | "none"
    tile: str | None = None
    overlap_mm: float = 10
    crop_marks: bool = False
    bleed_mm: float = 0
    dpi: int = 150
    persona: str | None = None
    pages: tuple[str, ...] = ("poster",)  # PDF only: PAGES, in this order
    view: str | None = None  # a saved view's id: its lanes, order and persona
    min_text_pt: float | None = None  # refuse titles printed smaller than this
    story: bool = False  # PDF only: a 16:9 slide deck instead of a poster (export/story.py)

    def validate(self) -> None:
        """Raise ValueError with a clear message for a bad option."""
        if not (isinstance(self.paper, str) and self.paper.strip().lower() == "auto"):
            parse_paper(self.paper)
        if self.orientation not in ("landscape", "portrait", "auto"):
            raise ValueError(
                f'orientation must be "landscape", "portrait" or "auto", not "{self.orientation}"'
            )
        if self.min_text_pt is not None and (
                isinstance(self.min_text_pt, bool) or not isinstance(self.min_text_pt, int | float)
                or not 1 <= self.min_text_pt <= 200):
            raise ValueError("the minimum text size must be a number of points from 1 to 200")
        if self.fit not in ("page", "none"):
            raise ValueError(f'fit must be "page" or "none", not "{self.fit}"')
        for name, value in (("overlap", self.overlap_mm), ("bleed", self.bleed_mm)):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} must be a number of millimetres")
            if not value >= 0 or value == float("inf"):
                raise ValueError(f"{name} must be 0 mm or more, not {value:g} mm")
        if self.bleed_mm > 50:
            raise ValueError(f"bleed of {self.bleed_mm:g} mm is too large (at most 50 mm)")
        if isinstance(self.dpi, bool) or not isinstance(self.dpi, int):
            raise ValueError("dpi must be a whole number")
        if not 10 <= self.dpi <= 1200:
            raise ValueError(f"dpi must be between 10 and 1200, not {self.dpi}")
        if self.tile is not None:
            from cjeditor.export.tiling import SHEET_MARGIN

            tw, th = parse_paper(self.tile)
            usable = min(tw, th) - 2 * SHEET_MARGIN
            overlap = self.overlap_mm * MM
            if self.overlap_mm < MIN_OVERLAP_MM:
                raise ValueError(
                    f"overlap of {self.overlap_mm:g} mm is too small for tiles: the alignment "
                    f"marks sit in the overlap strip (at least {MIN_OVERLAP_MM:g} mm)")
            if overlap > usable / 2:
                raise ValueError(
                    f"overlap of {self.overlap_mm:g} mm is too large for {self.tile} tiles "
                    f"(at most {usable / 2 / MM:.0f} mm)"
                )
        if self.tile is not None and (self.crop_marks or self.bleed_mm):
            raise ValueError("crop marks and bleed are for a single-sheet poster; tiles carry "
                             "their own alignment marks (leave out --crop-marks and --bleed "
                             "with --tile)")
        if self.persona is not None and not self.persona:
            raise ValueError("persona must be a persona id")
        if not self.pages or any(page not in PAGES for page in self.pages):
            raise ValueError("pages must be a list of " + ", ".join(PAGES))
        if self.view is not None and not self.view:
            raise ValueError("view must be a saved view's id")
        if self.story and (self.tile is not None or self.crop_marks or self.bleed_mm
                           or self.pages != ("poster",)):
            raise ValueError("--story makes a slide deck: leave out --tile, --crop-marks, "
                             "--bleed and --pages")
