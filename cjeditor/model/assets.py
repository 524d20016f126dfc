"""Checks of embedded images: signature and pixel size read from the header, then
a full decode.

The header checks decode no pixels, so a tiny file that claims 60000x60000 pixels
is refused after reading a few bytes. `check_decodes` runs them first and only
then decodes the whole image with Pillow, as an export does, so a file the reader
accepts never fails to export because of a truncated or damaged picture.
"""

from __future__ import annotations

import io
import struct

from cjeditor.model.limits import MAX_ASSET_BYTES, MAX_ASSET_PIXELS

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"

# JPEG start-of-frame markers carry the size (C4, C8 and CC are other segments).
_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


# Why an image's header cannot be read, by reason (messages.py has their Spanish)
IMAGE_HEADER_PROBLEMS: dict[str, str] = {
    "not_png": "is not a PNG image (its first bytes do not say PNG)",
    "png_no_pixels": "is a PNG image with no pixels",
    "not_jpeg": "is not a JPEG image (its first bytes do not say JPEG)",
    "jpeg_broken": "is a JPEG image with a broken header",
    "jpeg_no_pixels": "is a JPEG image with no pixels",
    "jpeg_no_size": "is a JPEG image whose size cannot be read",
}


class ImageHeaderError(ValueError):
    """The bytes are not an image of the claimed type, or its header is broken;
    `reason` is a key of IMAGE_HEADER_PROBLEMS where the header is the reason."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason

    @classmethod
    def of(cls, reason: str) -> ImageHeaderError:
        return cls(IMAGE_HEADER_PROBLEMS[reason], reason)


class ImagePixelsError(ImageHeaderError):
    """More pixels than MAX_ASSET_PIXELS; `by_decoder` when the decoder read a size
    the header check did not (a JPEG with a second, larger frame header)."""

    def __init__(self, width: int, height: int, by_decoder: bool = False) -> None:
        super().__init__(f"is an image of {width}x{height} pixels, over the limit")
        self.width, self.height, self.by_decoder = width, height, by_decoder


class ImageDecodeError(ValueError):
    """The header is sound, but the pixels cannot be decoded in full."""

    def __init__(self, image_format: str, cut_short: bool):
        self.format = image_format  # "PNG" or "JPEG"
        self.cut_short = cut_short  # the data ends too early (else: it is damaged)
        why = ("ends too early (the picture was cut short)" if cut_short else "is damaged")
        super().__init__(f"is a {image_format} image that cannot be read in full: its data "
                         f"{why}")


def sniff_media_type(data: bytes) -> str | None:
    if data.startswith(PNG_SIGNATURE):
        return "image/png"
    if data.startswith(JPEG_SIGNATURE):
        return "image/jpeg"
    return None


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_SIGNATURE) or len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageHeaderError.of("not_png")
    width, height = struct.unpack(">II", data[16:24])
    if width == 0 or height == 0:
        raise ImageHeaderError.of("png_no_pixels")
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(JPEG_SIGNATURE):
        raise ImageHeaderError.of("not_jpeg")
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            raise ImageHeaderError.of("jpeg_broken")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2:
            raise ImageHeaderError.of("jpeg_broken")
        if marker in _SOF_MARKERS:
            if pos + 9 > end:
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            if width == 0 or height == 0:
                raise ImageHeaderError.of("jpeg_no_pixels")
            return width, height
        if marker == 0xDA:  # start of scan before any frame header
            break
        pos += 2 + length
    raise ImageHeaderError.of("jpeg_no_size")


def image_size(media_type: str, data: bytes) -> tuple[int, int]:
    """Pixel size of PNG or JPEG bytes, read from the header only."""
    if media_type == "image/png":
        return png_size(data)
    return jpeg_size(data)


_IEND = b"\x00\x00\x00\x00IEND\xaeB`\x82"  # the closing chunk: empty, and its checksum


def _png_ending(data: bytes) -> str | None:
    """What is wrong with how the PNG's chunks end: None when they lead to a whole IEND
    chunk (anything after it is ignored, as every PNG reader does), "damaged" when
    that chunk is, "cut short" when the data ends before it."""
    at = 8
    while at + 8 <= len(data):
        if data[at + 4:at + 8] == b"IEND":
            whole = data[at:at + 12]
            return None if whole == _IEND else ("damaged" if len(whole) == 12 else "cut short")
        at += 12 + struct.unpack_from(">I", data, at)[0]
    return "cut short"


_PILLOW_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG"}
FORMAT_NAMES = {"image/png": "PNG", "image/jpeg": "JPEG"}  # as a sentence names them


def check_decodes(media_type: str, data: bytes) -> None:
    """Decode the whole image, or raise.

    ImageHeaderError (before any pixel is decoded) when the bytes are not of
    `media_type`, the header is broken, or the image is over MAX_ASSET_BYTES or
    MAX_ASSET_PIXELS: a decompression bomb is never decoded, whatever
    `PIL.Image.MAX_IMAGE_PIXELS` says (it is left alone). ImageDecodeError when the
    data behind the header is cut short or damaged. A JPEG is decoded at 1/8
    scale: every byte of it is still read and checked, in 1/64 of the memory.
    Relies on Pillow's `ImageFile.LOAD_TRUNCATED_IMAGES` keeping its default
    (False); nothing in cjeditor changes it.
    """
    if len(data) > MAX_ASSET_BYTES:
        raise ImageHeaderError("is larger than 10 MiB")
    if sniff_media_type(data) != media_type:
        raise ImageHeaderError(f"is not a {FORMAT_NAMES.get(media_type, media_type)} image")
    width, height = image_size(media_type, data)
    if width * height > MAX_ASSET_PIXELS:
        raise ImagePixelsError(width, height)
    from PIL import Image  # only maps with pictures pay for importing Pillow

    name = FORMAT_NAMES[media_type]
    try:
        with Image.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[media_type]]) as image:
            # Pillow may read the size elsewhere than image_size did: check its own too.
            if image.width * image.height > MAX_ASSET_PIXELS:
                raise ImagePixelsError(image.width, image.height, by_decoder=True)
            if media_type == "image/jpeg":
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
        if media_type == "image/png":
            # Decoding stops once it has the pixels: the chunks after them and their
            # checksums are only read by verify (on an image not yet loaded), which
            # stops at IEND without checking that chunk itself.
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                image.verify()
            ending = _png_ending(data)
            if ending is not None:
                raise ImageDecodeError(name, cut_short=ending == "cut short")
    except (ImageHeaderError, MemoryError):
        raise
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, EOFError...
        raise ImageDecodeError(name, cut_short="truncated" in str(exc)) from None
