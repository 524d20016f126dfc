"""A lane band paints only the part a view exposes (issue 9: a lane spans the whole
map, and Qt's cost for a line is its whole length): that part has exactly the
pixels of the whole band painted, dashed emotion-scale lines included."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjeditor.canvas.headers import LaneBandItem, _curve_for

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_editor import open_view  # noqa: E402
from genmap import make_map  # noqa: E402


def _painted(item: LaneBandItem, window: QRectF, exposed: QRectF, scale: float) -> QImage:
    """`item` painted with `exposed` as its exposed part, the scene's `window` shown on
    an image at `scale`."""
    image = QImage(int(window.width() * scale), int(window.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-window.x(), -window.y())
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    item.paint(painter, option, None)
    painter.end()
    return image


def _inside(image: QImage, scale: float, window: QRectF, part: QRectF) -> QImage:
    """The pixels of `image` (showing `window`) well inside `part`."""
    r = part.translated(-window.x(), -window.y())
    return image.copy(int(r.x() * scale) + 1, int(r.y() * scale) + 1,
                      int(r.width() * scale) - 2, int(r.height() * scale) - 2)


@pytest.mark.parametrize("scale", [1.0, 1.37, 0.6])
def test_an_exposed_part_has_the_pixels_of_the_whole_band(qapp, scale: float) -> None:
    view = open_view(make_map(300), (700, 500))
    try:
        bands = [item for item in view.map_scene.items() if isinstance(item, LaneBandItem)]
        dashed = [item for item in bands if _curve_for(item, item.geom.lane_id) is not None]
        assert bands and dashed  # the map has an emotion lane: dashed score lines
        for item in [bands[0], *dashed]:
            whole = item.boundingRect()
            # a window across three cells and the lane's bottom edge, a part of it
            window = QRectF(whole.left() + 230.3, whole.top() + whole.height() / 2,
                            360, whole.height() / 2 + 8)
            part = QRectF(window.left() + 57.7, window.top() + 13.1, 171.9,
                          window.height() - 20)
            full = _painted(item, window, whole, scale)
            exposed = _painted(item, window, part, scale)
            assert _inside(exposed, scale, window, part) == _inside(full, scale, window, part)
            assert exposed != full  # only the exposed part (and its margin) was painted
    finally:
        dispose(view)
