"""QtPen draws text without HarfBuzz where no script needs it (faster), and with it
where one does: the pixels are those of fully shaped text either way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from cjeditor.canvas.qtpen import REF_PX, QtPen, font, needs_shaping

SPANISH = "¿Qué tal? ¡Añádalo! 49 € “cómodo” — pingüino… Ж ω"
ARABIC = "مرحبا بالعالم"


def _image() -> QImage:
    image = QImage(420, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    return image


def _shaped(text: str, size: float) -> QImage:
    """`text` drawn as QtPen places it, always through HarfBuzz."""
    image = _image()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    k = size / REF_PX
    painter.scale(k, k)
    painter.setFont(font(False))
    painter.drawText(QPointF(4 / k, 28 / k), text)
    painter.end()
    return image


def _pen(text: str, size: float) -> QImage:
    image = _image()
    painter = QPainter(image)
    QtPen(painter).text_lines([(4, 28, text)], size, False, "#000000")
    painter.end()
    return image


def test_which_text_needs_shaping() -> None:
    assert not needs_shaping("Etapa 3: compra")
    assert not needs_shaping(SPANISH)
    assert needs_shaping("cafe\u0301")  # a combining accent is placed by shaping
    assert needs_shaping(ARABIC)
    assert needs_shaping("Hola 😀")
    assert needs_shaping("नमस्ते")


@pytest.mark.parametrize("text", [SPANISH, ARABIC, "Hola 😀 ¿sí?", "cafe\u0301 n\u0303"])
def test_text_has_the_pixels_of_shaped_text(qapp, text: str) -> None:
    drawn = _pen(text, 14)
    assert drawn == _shaped(text, 14)
    assert drawn != _image()  # something was drawn


def test_arabic_letters_join(qapp) -> None:
    """Unshaped, Arabic letters would stand apart in their isolated forms: wider."""
    shaped = _pen(ARABIC, 14)
    isolated = _image()
    painter = QPainter(isolated)
    k = 14 / REF_PX
    painter.scale(k, k)
    painter.setFont(font(False, shaped=False))
    painter.drawText(QPointF(4 / k, 28 / k), ARABIC)
    painter.end()
    assert shaped != isolated
