"""What a print shop expects of a PDF besides the drawing: a colour profile
(an sRGB output intent) and pictures sharp enough at the printed size."""

from __future__ import annotations

import io
from functools import cache
from importlib.resources import files
from typing import Any

from PIL import Image
from reportlab.pdfbase.pdfdoc import PDFArray, PDFCatalog, PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.pdfdoc import PDFString as PdfText
from reportlab.pdfgen.canvas import Canvas

from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap

__all__ = ["MIN_PPI", "PDF_VERSION", "add_output_intent", "low_resolution_images"]

PDF_VERSION = (1, 6)
MIN_PPI = 150  # below this a picture looks soft on paper
SRGB = "sRGB IEC61966-2.1"
SRGB_PROFILE = "srgb.icc"  # in cjeditor.resources


@cache
def _srgb_profile() -> bytes:
    """The sRGB ICC profile that LittleCMS makes (through Pillow), shipped as
    resources/srgb.icc: making it costs every export some milliseconds, and a
    profile made anew carries the time it was made, so two exports of one map
    would differ (tests/export checks the file against a fresh profile)."""
    return (files("cjeditor.resources") / SRGB_PROFILE).read_bytes()


def add_output_intent(canvas: Canvas) -> None:
    """Declare the colours of the file sRGB (an /OutputIntents entry in the catalog)."""
    raw: Any = canvas  # reportlab's document internals are not in its type hints
    doc = raw._doc
    profile: Any = PDFStream(content=_srgb_profile())
    profile.dictionary["N"] = 3
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFX"),
        "OutputConditionIdentifier": PdfText(SRGB),
        "Info": PdfText(SRGB),
        "RegistryName": PdfText("http://www.color.org"),
        "DestOutputProfile": doc.Reference(profile, "cjSRGBProfile"),
    })
    catalog: Any = doc.Catalog
    # reportlab's catalog writes only the keys it lists: list this one too
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])


def low_resolution_images(doc: JourneyMap, poster: Poster, scale: float) -> list[str]:
    """A sentence for each picture printed at under MIN_PPI (poster points
    shown at `scale` on paper)."""
    notes: list[str] = []
    placed = [geom for geom in poster.geometry.cards.values() if geom.image is not None]
    if not placed or not doc.assets:  # most maps: no picture (and 20,000 cards to skip)
        return notes
    assets = {a.id: a for a in doc.assets}
    cards = {c.id: c for c in doc.all_cards()}
    seen = set()
    for geom in placed:
        card = cards.get(geom.card_id)
        asset = assets.get(getattr(card, "asset", "") or "")
        if geom.image is None or asset is None or geom.image.w <= 0 or asset.id in seen:
            continue
        seen.add(asset.id)
        with Image.open(io.BytesIO(asset.decoded())) as image:
            pixels = image.width
        ppi = pixels / (geom.image.w * scale / 72.0)
        if ppi < MIN_PPI:
            name = asset.name or asset.id
            notes.append(f'the picture "{name}" prints at {ppi:.0f} ppi, under {MIN_PPI} ppi: '
                         "it will look soft; use a larger image or a smaller paper")
    return notes
