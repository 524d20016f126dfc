"""How large card titles print, and the paper that makes them legible.

spec/cli.md: every export reports the smallest size, in points on paper, at
which any card's title is printed (emotion words included); `--paper auto`
picks the smallest of A4..A0 on which titles reach `--min-text-pt` (8 pt
without it); `--orientation auto` the orientation that prints the map larger;
`--min-text-pt` refuses an export whose titles would print smaller.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjeditor.export.options import MM, ExportOptions, oriented, parse_paper
from cjeditor.layout.geometry import MapGeometry
from cjeditor.layout.labels import NO_CARD_TITLES
from cjeditor.layout.poster import Poster

__all__ = ["AUTO_PAPERS", "DEFAULT_MIN_PT", "PAGE_MARGIN", "Fit", "best_orientation", "fit_on",
           "legible_paper", "printed_title", "resolve", "smallest_title", "title_report"]

PAGE_MARGIN = 12 * MM  # white margin around a single-sheet poster
DEFAULT_MIN_PT = 8.0  # below this a title is hard to read on a wall
AUTO_PAPERS = ("A4", "A3", "A2", "A1", "A0")


def smallest_title(geometry: MapGeometry) -> float | None:
    """The smallest type size of any card title with text (emotion words
    included), in the map's own points; None when no card has a title."""
    sizes = [g.title.size for g in geometry.cards.values() if any(g.title.lines)]
    return min(sizes) if sizes else None


@dataclass(frozen=True)
class Fit:
    """A poster fitted on a paper: its page and scale."""

    paper: str
    orientation: str
    width: float  # the page, points
    height: float
    scale: float


def fit_on(poster: Poster, paper: str, orientation: str, fit: str = "page") -> Fit:
    """The page and scale of `poster` on `paper` in `orientation`."""
    pw, ph = oriented(parse_paper(paper), orientation)
    if fit == "page":
        scale = min((pw - 2 * PAGE_MARGIN) / poster.width, (ph - 2 * PAGE_MARGIN) / poster.height)
    else:
        scale = 1.0
        pw, ph = max(pw, poster.width + 2 * PAGE_MARGIN), max(ph, poster.height + 2 * PAGE_MARGIN)
    return Fit(paper, orientation, pw, ph, scale)


def best_orientation(poster: Poster, paper: str, fit: str = "page") -> Fit:
    """The orientation that prints the map larger (landscape on a tie)."""
    landscape = fit_on(poster, paper, "landscape", fit)
    portrait = fit_on(poster, paper, "portrait", fit)
    return portrait if portrait.scale > landscape.scale + 1e-9 else landscape


def _on(poster: Poster, paper: str, orientation: str, fit: str) -> Fit:
    if orientation == "auto":
        return best_orientation(poster, paper, fit)
    return fit_on(poster, paper, orientation, fit)


def legible_paper(poster: Poster, title_pt: float | None, minimum: float, orientation: str,
                  fit: str = "page") -> Fit | None:
    """The smallest of A4..A0 on which titles print at `minimum` points or more
    (None: not even A0)."""
    for paper in AUTO_PAPERS:
        found = _on(poster, paper, orientation, fit)
        if title_pt is None or title_pt * found.scale >= minimum - 1e-9:
            return found
    return None


def resolve(poster: Poster, options: ExportOptions) -> Fit:
    """The fit to print with, paper and orientation resolved from "auto" (A0
    when no paper makes the titles legible: `title_report` then says so)."""
    minimum = options.min_text_pt if options.min_text_pt is not None else DEFAULT_MIN_PT
    if options.paper.strip().lower() == "auto":
        found = legible_paper(poster, smallest_title(poster.geometry), minimum,
                              options.orientation, options.fit)
        return found or _on(poster, "A0", options.orientation, options.fit)
    return _on(poster, options.paper, options.orientation, options.fit)


def printed_title(geometry: MapGeometry, scale: float) -> float | None:
    """The smallest size, in points on paper, at which card titles print when the map
    is drawn at `scale` (None: no card has a title)."""
    title = smallest_title(geometry)
    return None if title is None else title * scale


def pt(value: float, apart_from: float | None = None) -> str:
    """A size in points as people write it: 8.1, 12. With `apart_from` (a size it is
    compared with, such as --min-text-pt), with as many decimals as it takes not to
    read as that size: 8.27 under a minimum of 8.3, not "8.3 pt, under 8.3"."""
    for decimals in (1, 2, 3):
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
        if text == "0" and value > 0:  # a size, however small, is not "0 pt"
            continue
        if apart_from is None or value == apart_from \
                or text != f"{apart_from:.{decimals}f}".rstrip("0").rstrip("."):
            return text
    return text if text != "0" or value <= 0 else f"{value:.1g}"


def given(value: float) -> str:
    """A number the user gave (--min-text-pt), as given: 5.79 stays 5.79."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _where(fit: Fit | None) -> str:
    """Where the titles print: on the paper, or at 1:1 (on a page grown to the map with
    `--fit none`, when the map is larger than the paper)."""
    if fit is None:
        return " at 1:1"
    pw, ph = oriented(parse_paper(fit.paper), fit.orientation)
    if fit.width > pw + 1e-6 or fit.height > ph + 1e-6:
        return (f" at 1:1 on a page of {fit.width / MM:.0f} × {fit.height / MM:.0f} mm "
                f"({fit.paper} grown to hold the map)")
    return f" on {fit.paper} {fit.orientation}"


def size_report(size: float, options: ExportOptions, where: str = "", what: str = "print",
                advice: str = "") -> tuple[str | None, str | None]:
    """(note, refusal) for card titles printing at `size` points `where`: the stderr
    sentence, or, under `--min-text-pt`, why the export is refused (`advice`: what
    would reach it)."""
    minimum = options.min_text_pt if options.min_text_pt is not None else DEFAULT_MIN_PT
    if size >= minimum - 1e-9:
        return f"card titles {what} at {pt(size)} pt at the smallest{where}", None
    if options.min_text_pt is not None:
        return None, (f"card titles would {what} at {pt(size, minimum)} pt{where}, under "
                      f"--min-text-pt {given(minimum)}{advice}")
    note = f"card titles {what} at {pt(size, minimum)} pt at the smallest{where}"
    return f"{note}, under {pt(minimum)} pt: hard to read{advice}", None


def title_report(poster: Poster, options: ExportOptions, fit: Fit | None,
                 what: str = "print") -> tuple[str | None, str | None]:
    """(note, refusal): `size_report` for the poster's titles on `fit`, with the paper
    that would print them large enough."""
    title = smallest_title(poster.geometry)
    if title is None:  # still said: every export reports on its card titles
        return NO_CARD_TITLES, None
    size = title * (fit.scale if fit is not None else 1.0)
    minimum = options.min_text_pt if options.min_text_pt is not None else DEFAULT_MIN_PT
    advice = ""
    if fit is not None and size < minimum - 1e-9 and options.fit == "none":
        advice = "; at 1:1 (--fit none) no paper prints them larger"
    elif fit is not None and size < minimum - 1e-9:
        better = legible_paper(poster, title, minimum, fit.orientation, options.fit)
        if better is None:  # none in this orientation: maybe in the other one
            other = "portrait" if fit.orientation == "landscape" else "landscape"
            better = legible_paper(poster, title, minimum, other, options.fit)
        if better is not None:
            advice = f"; {better.paper} {better.orientation} would print them at " \
                     f"{pt(title * better.scale)} pt"
        else:
            a0 = _on(poster, "A0", fit.orientation, options.fit)
            advice = (f"; not even A0 reaches {given(minimum)} pt (it gives "
                      f"{pt(title * a0.scale, minimum)} pt)")
    return size_report(size, options, _where(fit), what, advice)
