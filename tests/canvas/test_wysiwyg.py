"""What you see is what you print: the canvas and the PDF poster of the example
map, at the same scale and origin, agree pixel for pixel (within antialiasing).

Both images and their difference are saved under tests/output for a person to
look at (canvas-vs-poster-*.png).
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from cjeditor import fileio
from cjeditor.canvas.connections import ConnectionLayer
from cjeditor.canvas.scene import MapScene
from cjeditor.document import MapDocument
from cjeditor.export.pdf import MARGIN, write_poster_1to1
from cjeditor.export.printed import expanded
from cjeditor.layout.metrics import default_metrics
from cjeditor.layout.poster import compute_poster

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "zapatillas-running.cjmap"
OUTPUT = ROOT / "tests" / "output"
SCALE = 2.0  # device pixels per point
TOLERANCE = 24  # per channel, out of 255
# Qt and pdfium antialias glyph and stroke edges differently (about one device
# pixel); both images are softened by this radius before comparing, so a
# difference counts only when it is larger than a rasteriser's.
SOFTEN_PX = 1.0
MIN_AGREEING = 0.99


def _canvas_image(scene: MapScene, size: tuple[int, int], origin: tuple[float, float],
                  scale: tuple[float, float]) -> Image.Image:
    """The scene's map drawn where the poster's map is, at the poster's pixel scale."""
    geom = scene.geometry
    assert geom is not None
    sx, sy = scale
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        target = QRectF(origin[0] * sx, origin[1] * sy, geom.width * sx, geom.height * sy)
        scene.reveal(QRectF(0, 0, geom.width, geom.height))  # card items are made as shown
        scene.render(painter, target, QRectF(0, 0, geom.width, geom.height),
                     Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        painter.end()
    data = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (data.width(), data.height()), bytes(data.constBits()),
                           "raw", "RGB", data.bytesPerLine())


def _poster_image(journey_map) -> tuple[Image.Image, float, tuple[float, float]]:
    """The 1:1 poster rasterised; its map's top, and the exact pixels per point
    (the renderer rounds the page to whole pixels)."""
    buffer = io.BytesIO()
    page_w, page_h = write_poster_1to1(journey_map, buffer)
    pdf = pdfium.PdfDocument(buffer.getvalue())
    try:
        bitmap = pdf[0].render(scale=SCALE, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil().convert("RGB")
    finally:
        pdf.close()
    metrics = default_metrics()
    poster = compute_poster(journey_map, _layout(journey_map), metrics)
    return image, poster.map_y, (image.width / page_w, image.height / page_h)


def _layout(journey_map):
    from cjeditor.layout.compute import compute_layout

    return compute_layout(journey_map, default_metrics())


def _agreeing_share(a: Image.Image, b: Image.Image) -> tuple[float, Image.Image]:
    soften = ImageFilter.GaussianBlur(SOFTEN_PX)
    diff = ImageChops.difference(a.filter(soften), b.filter(soften))
    worst = ImageChops.lighter(ImageChops.lighter(*diff.split()[:2]), diff.split()[2])
    off = worst.point(lambda v: 255 if v > TOLERANCE else 0)
    bad = off.histogram()[255]
    return 1 - bad / (a.width * a.height), diff


def test_canvas_and_poster_agree(qapp):
    # every lane in full on both: the poster never prints a lane collapsed
    journey_map = expanded(fileio.load(EXAMPLE))
    scene = MapScene(MapDocument(journey_map))
    ConnectionLayer(scene).sync()  # the arrows and blueprint lines, as a view adds them
    try:
        scene.clearSelection()
        geom = scene.geometry
        assert geom is not None
        poster, map_y, scale = _poster_image(journey_map)
        margin = MARGIN / 2  # write_poster_1to1's page margin
        origin = (margin, margin + map_y)
        canvas = _canvas_image(scene, poster.size, origin, scale)
    finally:
        scene.clear()
    sx, sy = scale
    box = (math.floor(origin[0] * sx), math.floor(origin[1] * sy),
           math.ceil((origin[0] + geom.width) * sx), math.ceil((origin[1] + geom.height) * sy))
    canvas_map, poster_map = canvas.crop(box), poster.crop(box)
    share, diff = _agreeing_share(canvas_map, poster_map)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    canvas_map.save(OUTPUT / "canvas-vs-poster-canvas.png")
    poster_map.save(OUTPUT / "canvas-vs-poster-poster.png")
    ImageChops.invert(diff).save(OUTPUT / "canvas-vs-poster-diff.png")
    print(f"{share:.4%} of pixels agree")
    assert share >= MIN_AGREEING, f"only {share:.2%} of pixels agree"
