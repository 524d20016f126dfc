"""The application icon for the Windows and macOS bundles, made when the bundle is built.

One source, resources/icons/cjeditor.svg: drawn at each size by Qt's SVG reader (the
same drawing --install-desktop installs on Linux, desktop_install.icon_png), then
packed by Pillow (a dependency of reportlab) as `cjeditor.ico` (16 to 256 px, for the
Windows programs) and `cjeditor.icns` (16 to 1024 px, for cjeditor.app).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _drawn(size: int) -> Image:
    from PIL import Image as Images

    from cjeditor.app.desktop_install import icon_png

    return Images.open(io.BytesIO(icon_png(size))).convert("RGBA")


def write_platform_icons(folder: Path) -> tuple[Path, Path]:
    """Write cjeditor.ico and cjeditor.icns into `folder`; their paths. (Qt's image
    reader needs no application object, so none is made here.)"""
    folder.mkdir(parents=True, exist_ok=True)
    ico, icns = folder / "cjeditor.ico", folder / "cjeditor.icns"
    largest = _drawn(max(ICO_SIZES))
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[_drawn(s) for s in ICO_SIZES[:-1]])
    biggest = _drawn(max(ICNS_SIZES))
    biggest.save(icns, format="ICNS",
                 append_images=[_drawn(s) for s in ICNS_SIZES[:-1]])
    return ico, icns
