"""Pictures of the service-blueprint template for a person to look at: the canvas and
the A1 poster (tests/output/blueprint-*.png); both show the lines and the arrows in
the style table's colours."""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import Image, ImageChops
from PySide6.QtWidgets import QApplication

from cjeditor.export import export_map
from cjeditor.export.options import ExportOptions
from cjeditor.paint import style as S
from cjeditor.templates import create_map


def _count(image: Image.Image, color: str, tol: int = 14) -> int:
    """Pixels within `tol` of `color` in every channel."""
    target = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    masks = [channel.point(lambda v, t=t: 255 if abs(v - t) <= tol else 0)
             for channel, t in zip(image.convert("RGB").split(), target, strict=True)]
    both = ImageChops.multiply(ImageChops.multiply(masks[0], masks[1]), masks[2])
    return both.histogram()[255]


def test_canvas_picture(view, output_dir):
    view.zoom_to_fit()
    QApplication.processEvents()
    path = output_dir / "blueprint-canvas.png"
    assert view.grab().save(str(path))
    image = Image.open(path)
    assert _count(image, S.BLUEPRINT_LINE) > 500  # three lines across the map
    assert _count(image, S.CONNECTION) > 300  # the arrows


def test_poster_picture(tmp_path, output_dir):
    pdf_path = tmp_path / "blueprint.pdf"
    export_map(create_map("service-blueprint", "es"), pdf_path, ExportOptions(paper="A1"))
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        image = pdf[0].render(scale=1.0).to_pil().convert("RGB")
    finally:
        pdf.close()
    image.save(output_dir / "blueprint-poster-A1.png")
    assert _count(image, S.BLUEPRINT_LINE) > 500
    assert _count(image, S.CONNECTION) > 300


def test_png_export_draws_the_lines_and_arrows(tmp_path):
    path = tmp_path / "blueprint.png"
    export_map(create_map("service-blueprint", "en"), path, ExportOptions(dpi=72))
    image = Image.open(path)
    assert _count(image, S.BLUEPRINT_LINE) > 300
    assert _count(image, S.CONNECTION) > 200
