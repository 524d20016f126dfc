"""Cheap checks of embedded images: signature and pixel size read from the header.

Nothing here decodes pixels, so a tiny file that claims 60000x60000 pixels is
refused after reading a few bytes.
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"

# JPEG start-of-frame markers carry the size (C4, C8 and CC are other segments).
_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


class ImageHeaderError(ValueError):
    """The bytes are not an image of the claimed type, or its header is broken."""


def sniff_media_type(data: bytes) -> str | None:
    if data.startswith(PNG_SIGNATURE):
        return "image/png"
    if data.startswith(JPEG_SIGNATURE):
        return "image/jpeg"
    return None


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_SIGNATURE) or len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageHeaderError("is not a PNG image (its first bytes do not say PNG)")
    width, height = struct.unpack(">II", data[16:24])
    if width == 0 or height == 0:
        raise ImageHeaderError("is a PNG image with no pixels")
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(JPEG_SIGNATURE):
        raise ImageHeaderError("is not a JPEG image (its first bytes do not say JPEG)")
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            raise ImageHeaderError("is a JPEG image with a broken header")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2:
            raise ImageHeaderError("is a JPEG image with a broken header")
        if marker in _SOF_MARKERS:
            if pos + 9 > end:
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            if width == 0 or height == 0:
                raise ImageHeaderError("is a JPEG image with no pixels")
            return width, height
        if marker == 0xDA:  # start of scan before any frame header
            break
        pos += 2 + length
    raise ImageHeaderError("is a JPEG image whose size cannot be read")


def image_size(media_type: str, data: bytes) -> tuple[int, int]:
    """Pixel size of PNG or JPEG bytes, read from the header only."""
    if media_type == "image/png":
        return png_size(data)
    return jpeg_size(data)
