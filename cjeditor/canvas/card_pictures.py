"""Card pictures: each card item's pixels at the view's scale, kept for the next paint.

This is what Qt's DeviceCoordinateCache does, but in our hands, so that the cards
around the view can be drawn ahead while the view stands still (`prime`): a page
scrolled into is then copied, not drawn. A card shown with no picture kept is
drawn straight on the screen, which costs less than making its picture first; its
picture is made if it is painted again soon, or in the next pause (`draw`).
Either way the card is drawn by playing its recipe, where the pauses have
recorded one (card_recipes.py).

Pictures are kept in a cache of their own, the least recently used dropped first
beyond BUDGET bytes. They are QImages copied from a blank one: an image made in
C++ draws faster than one made from Python, whose every virtual call Qt asks
Python about.

A picture is keyed on the card's look (a token the item renews whenever what it
shows changes), the device scale, the card's offset from the pixel grid in
sixteenths of a pixel, and the screen's device pixel ratio. Scrolling moves a card
by whole pixels, so its offset, and its picture, stay the same; a picture drawn
ahead for the place a card will be shown at is the one painting asks for.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from itertools import count
from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter, QTransform

STEPS = 16  # offsets from the pixel grid are kept to 1/16 of a pixel
Key = tuple[int, float, int, int, float]  # look, device scale, offset x and y, ratio
BUDGET = 48 * 1024 * 1024  # bytes of pictures kept: about eight screens of cards
RECENT = 2  # a card drawn straight this many frames ago and painted again gets a picture
_looks = count(1)


class _Kept:
    """The pictures, least recently used first."""

    def __init__(self) -> None:
        self.images: OrderedDict[Key, QImage] = OrderedDict()
        self.size = 0
        self.blank = QImage()

    def get(self, key: Key) -> QImage | None:
        image = self.images.get(key)
        if image is not None:
            self.images.move_to_end(key)
        return image

    def put(self, key: Key, image: QImage) -> None:
        self.images[key] = image
        self.size += image.sizeInBytes()
        while self.size > BUDGET and len(self.images) > 1:
            _key, old = self.images.popitem(last=False)
            self.size -= old.sizeInBytes()

    def clear(self) -> None:
        self.images.clear()
        self.size = 0

    def transparent(self, width: int, height: int) -> QImage:
        """A transparent image made in C++ (a copy reaching past a blank pixel)."""
        if self.blank.isNull():
            self.blank = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            self.blank.fill(0)
        return self.blank.copy(0, 0, width, height)


KEPT = _Kept()


def new_look() -> int:
    """A token for a look no picture has been made of yet."""
    return next(_looks)


class Pictured(Protocol):
    look: int
    box: tuple[float, float, float, float]  # its boundingRect as x, y, width, height
    shown: tuple[Key, int] | None  # drawn straight with this key in this frame

    def paint_card(self, painter: QPainter, scale: float) -> None: ...


def plain_scale(transform: QTransform) -> float | None:
    """The scale of a transform that only scales alike in x and y and moves (the
    views' transforms); None for anything else (rotated, sheared, stretched)."""
    # isRotating: type() >= TxRotate (rotated, sheared or projected), without the
    # Python enum that type() itself would make, four times slower
    if transform.isRotating():
        return None
    s = transform.m11()
    return s if s > 0 and abs(transform.m22() - s) < 1e-9 else None


_IDENTITY = QTransform()


def _place(item: Pictured, s: float, dx: float, dy: float,
           ratio: float) -> tuple[Key, int, int, float, float]:
    """The cache key, the whole-pixel corner and the sub-pixel offset of `item`'s picture
    drawn at scale `s` (device pixels per point) with its origin at (dx, dy), for a
    device of `ratio` device pixels per logical one."""
    bx, by, _bw, _bh = item.box
    left, top = bx * s + dx, by * s + dy
    ix, iy = math.floor(left), math.floor(top)
    fx, fy = round((left - ix) * STEPS), round((top - iy) * STEPS)
    if fx == STEPS:
        ix, fx = ix + 1, 0
    if fy == STEPS:
        iy, fy = iy + 1, 0
    return (item.look, s, fx, fy, ratio), ix, iy, fx / STEPS, fy / STEPS


def _render(item: Pictured, s: float, fx: float, fy: float, ratio: float = 1.0) -> QImage:
    bx, by, bw, bh = item.box
    image = KEPT.transparent(max(1, math.ceil(bw * s + fx) + 1),
                             max(1, math.ceil(bh * s + fy) + 1))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.translate(fx, fy)
    painter.scale(s, s)
    painter.translate(-bx, -by)
    item.paint_card(painter, s)
    painter.end()
    image.setDevicePixelRatio(ratio)  # copied at its logical size
    return image


class Frames:
    """Counts the frames painted (MapView.paintEvent) and the cards drawn straight."""

    def __init__(self) -> None:
        self.number = 0
        self.straight = 0

    def next(self) -> int:
        """A frame begins; the number of cards drawn straight so far."""
        self.number += 1
        return self.straight


FRAMES = Frames()


def _placed(item: Pictured, transform: QTransform, s: float,
            ratio: float) -> tuple[Key, int, int, float, float]:
    """`_place` for the item where `transform` (item to device, scale `s`) puts it on
    a device of `ratio` device pixels per logical one."""
    return _place(item, s * ratio, transform.dx() * ratio, transform.dy() * ratio, ratio)


def _draw_now(item: Pictured, key: Key, ix: int) -> bool:
    """Whether `item`, with no picture kept, is drawn straight rather than pictured:
    unless it was drawn straight within RECENT frames at this key (painted again
    soon, it is likely to be again), or it is cut by the device's left edge (Qt
    places glyphs left of that edge at other sub-pixels than inside a picture; a
    sideways scroll would show the two side by side)."""
    shown = item.shown
    return ix >= 0 and (shown is None or shown[0] != key
                        or shown[1] < FRAMES.number - RECENT)


def draw(painter: QPainter, item: Pictured, transform: QTransform, s: float,
         ratio: float) -> bool:
    """Copy `item`'s picture where `transform` (the painter's, item to device) puts it,
    on a device of `ratio` device pixels per logical one (the picture has the device's
    pixels). True if a picture was copied. The painter's transform is left as it was.

    A card with no picture kept is drawn straight on the device instead (`_draw_now`),
    at the same place, so the picture made later shows the same pixels: making
    pictures while painting costs a third more than drawing (a page scrolled into).
    Its picture is made when it is painted again soon, or while the view stands
    still (prepaint.py)."""
    key, ix, iy, fx, fy = _placed(item, transform, s, ratio)
    image = KEPT.get(key)
    if image is None and _draw_now(item, key, ix):
        item.shown = (key, FRAMES.number)
        FRAMES.straight += 1
        bx, by, _bw, _bh = item.box
        painter.setWorldTransform(QTransform(s, 0, 0, s, (ix + fx) / ratio - bx * s,
                                             (iy + fy) / ratio - by * s))
        item.paint_card(painter, s * ratio)
        painter.setWorldTransform(transform)
        return False
    if image is None:
        image = _render(item, s * ratio, fx, fy, ratio)
        KEPT.put(key, image)
    painter.setWorldTransform(_IDENTITY)
    painter.drawImage(QPointF(ix / ratio, iy / ratio), image)
    painter.setWorldTransform(transform)
    return True


def prime(item: Pictured, transform: QTransform, ratio: float = 1.0) -> bool:
    """Make `item`'s picture for where `transform` (item to viewport) will show it,
    unless it is kept already. True if one was made."""
    s = plain_scale(transform)
    if s is None:
        return False
    key, _ix, _iy, fx, fy = _placed(item, transform, s, ratio)
    if KEPT.get(key) is not None:
        return False
    KEPT.put(key, _render(item, s * ratio, fx, fy, ratio))
    return True
