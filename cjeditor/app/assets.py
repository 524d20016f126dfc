"""Icons and fonts shipped in cjeditor.resources, loaded for Qt."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon

_RESOURCES = files("cjeditor.resources")


def resource_path(*parts: str) -> Path:
    """A real file path for a packaged resource (the package is installed unzipped)."""
    with as_file(_RESOURCES.joinpath(*parts)) as path:
        return Path(path)


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`, or an empty icon if there is none."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def kind_icon(kind: str) -> QIcon:
    return icon(f"kind-{kind}")


def channel_icon(channel: str) -> QIcon:
    return icon(f"channel-{channel}")


def app_icon() -> QIcon:
    return icon("cjeditor")


_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register the bundled DejaVu fonts with Qt (once); returns their family names."""
    if _registered:
        return _registered
    folder = resource_path("fonts")
    for path in sorted(folder.glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _registered:
                    _registered.append(family)
    return _registered
