"""A file the reader accepts exports; the reader decodes every picture as an export does.

Each kind of PNG and JPEG a designer's tools write (grey, palette, transparency, 16-bit,
CMYK, progressive) is read, then exported as PDF, PNG and SVG with real reportlab.
"""

from __future__ import annotations

import io
import json

import pytest
from maps import b64, base_map

from cjeditor.export import ExportOptions, export_map
from cjeditor.fileio import loads


def picture(mode: str, fmt: str, **save: object) -> bytes:
    from PIL import Image

    image = Image.effect_noise((64, 48), 50).convert("RGB").convert(mode)
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


VARIANTS = {
    "png 1-bit": ("image/png", "1", "PNG", {}),
    "png grey": ("image/png", "L", "PNG", {}),
    "png grey+alpha": ("image/png", "LA", "PNG", {}),
    "png palette": ("image/png", "P", "PNG", {}),
    "png palette+transparency": ("image/png", "P", "PNG", {"transparency": 0}),
    "png rgba": ("image/png", "RGBA", "PNG", {"optimize": True}),
    "png 16-bit": ("image/png", "I;16", "PNG", {}),
    "jpeg grey": ("image/jpeg", "L", "JPEG", {}),
    "jpeg cmyk": ("image/jpeg", "CMYK", "JPEG", {}),
    "jpeg progressive": ("image/jpeg", "RGB", "JPEG", {"progressive": True}),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_picture_the_reader_accepts_exports(tmp_path, variant):
    media_type, mode, fmt, save = VARIANTS[variant]
    raw = base_map()
    raw["assets"][0].update(media_type=media_type, data=b64(picture(mode, fmt, **save)))
    doc = loads(json.dumps(raw))
    assert any(card.kind == "image" for lane in doc.lanes for card in lane.cards)
    for suffix in (".pdf", ".png", ".svg"):
        export_map(doc, tmp_path / f"map{suffix}", ExportOptions(dpi=20))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf", "map.png", "map.svg"]
