"""Card recipes: the QPainter calls that draw a card, recorded once and played back.

Drawing a card runs the map's painter (paint/parts.py) through QtPen: Python that
lays out, chooses and converts for some thirty QPainter calls. Those calls
depend on what the card shows (its item's `look`) and, for two choices, on the
scale: text too small to read is drawn as bars (QtPen), and far out a card is a
plain box (CardItem). A recipe keeps the calls with their arguments and the range
of scales over which those choices stay the same; playing it makes the same calls
on a real painter, so the same pixels, in about three quarters of the time of
drawing anew (the Qt calls themselves are most of what is left).

Recipes are recorded ahead while the view stands still (prepaint.py): recording
costs a little more than drawing. Unlike card pictures they hold no pixels and
serve any zoom within their range, so thousands of cards can keep one.

A call is kept as a tuple of numbers and strings, and the Qt objects it uses
(pens, fonts, paths) by their place in the recipe's own list: tuples of plain
values are left out of Python's cyclic collector, which would otherwise walk some
seventy objects per card of the map on each of its long collections.

A line of text is kept laid out (a QTextLayout): `drawText` would lay it out
again on every frame, a sixth of a card's time. Drawn from its layout, a line
shows the same pixels as `drawText` (tests/canvas/test_card_recipes.py: accents,
emoji, combining marks) when its baseline lies on Qt's grid of 1/64 (QtPen puts it
there; QTextLine.draw rounds to that grid, drawText does not) and it holds no
right-to-left letters, which drawText orders by the painter's direction; any other
line is kept as its `drawText` call.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, cast
from unicodedata import bidirectional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption, QTransform

Op = tuple[Any, ...]  # (code, plain values ...): see _PLAY


class ScaleRange:
    """The scales (device pixels per point) at which every choice made so far holds:
    [low, high)."""

    def __init__(self) -> None:
        self.low = 0.0
        self.high = math.inf

    def note(self, threshold: float, above: bool) -> None:
        """A choice `scale >= threshold` was made and came out `above`."""
        if above:
            self.low = max(self.low, threshold)
        else:
            self.high = min(self.high, threshold)

    def __contains__(self, scale: float) -> bool:
        return self.low <= scale < self.high


# What each code plays: painter, the op, the recipe's objects
_PLAY: list[Callable[[QPainter, Op, list[Any]], None]] = [
    lambda p, op, o: p.save(),
    lambda p, op, o: p.restore(),
    lambda p, op, o: p.translate(op[1], op[2]),
    lambda p, op, o: p.scale(op[1], op[2]),
    lambda p, op, o: p.setRenderHint(o[op[1]], op[2]),
    lambda p, op, o: p.setPen(o[op[1]]),
    lambda p, op, o: p.setBrush(o[op[1]]),
    lambda p, op, o: p.setFont(o[op[1]]),
    lambda p, op, o: p.drawText(QPointF(op[1], op[2]), op[3]),
    lambda p, op, o: p.drawRect(QRectF(op[1], op[2], op[3], op[4])),
    lambda p, op, o: p.drawRoundedRect(QRectF(op[1], op[2], op[3], op[4]), op[5], op[6]),
    lambda p, op, o: p.drawEllipse(QPointF(op[1], op[2]), op[3], op[4]),
    lambda p, op, o: p.drawPath(o[op[1]]),
    lambda p, op, o: p.drawImage(QRectF(op[1], op[2], op[3], op[4]), o[op[5]]),
    lambda p, op, o: p.fillRect(QRectF(op[1], op[2], op[3], op[4]), o[op[5]]),
    lambda p, op, o: p.setClipRect(QRectF(op[1], op[2], op[3], op[4]), o[op[5]]),
    lambda p, op, o: o[op[1]](p, *o[op[2]]),  # any other call: method, arguments
    lambda p, op, o: o[op[1]].draw(p, o[op[2]]),  # a line laid out: layout, its top left
]
(SAVE, RESTORE, TRANSLATE, SCALE, HINT, PEN, BRUSH, FONT, TEXT, RECT, ROUNDED, ELLIPSE,
 PATH, IMAGE, FILL, CLIP, OTHER, LINE) = range(len(_PLAY))

_ONE_LINE = QTextOption()
_ONE_LINE.setWrapMode(QTextOption.WrapMode.NoWrap)
_ONE_LINE.setTextDirection(Qt.LayoutDirection.LeftToRight)
# right-to-left letters and digits: drawText orders them by the painter's direction
_RTL = frozenset(("R", "AL", "AN"))


def _laid_out(font: QFont, x: float, baseline: float, text: str) -> tuple[QTextLayout,
                                                                          QPointF] | None:
    """`text` laid out in `font` as one line, and where to draw it so that its baseline
    is at (x, baseline): None unless that draws what `drawText` draws (module doc)."""
    if (baseline * 64 != round(baseline * 64)
            or not text.isprintable()  # a break, a tab, a control or format character
            or (not text.isascii() and any(bidirectional(c) in _RTL for c in text))):
        return None
    layout = QTextLayout(text, font)
    layout.setTextOption(_ONE_LINE)
    layout.setCacheEnabled(True)  # else endLayout drops the shaping, and draw redoes it
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e9)
    layout.endLayout()
    return layout, QPointF(x, baseline - line.ascent())


def _rect(r: QRectF) -> tuple[float, float, float, float]:
    return r.x(), r.y(), r.width(), r.height()


class _Recorder:
    """Stands for a QPainter at `scale`: every call is kept for playing back. Only the
    transform and antialiasing can be asked; any other question would be answered
    wrong."""

    def __init__(self, scale: float) -> None:
        self.ops: list[Op] = []
        self.objects: list[Any] = []
        self._places: dict[int, int] = {}  # id of an object -> its place in `objects`
        self._transform = QTransform.fromScale(scale, scale)
        self._font: QFont | None = None  # the painter's font, where a call set it
        self._fonts: list[QFont | None] = []  # saved with save(), back with restore()

    def _ref(self, obj: Any) -> int:
        """`obj`'s place in the objects (kept there, so its id stays its own)."""
        place = self._places.get(id(obj))
        if place is None:
            place = self._places[id(obj)] = len(self.objects)
            self.objects.append(obj)
        return place

    def deviceTransform(self) -> QTransform:  # noqa: N802 - QPainter's name
        return QTransform(self._transform)

    def save(self) -> None:
        self.ops.append((SAVE,))
        self._fonts.append(self._font)

    def restore(self) -> None:
        self.ops.append((RESTORE,))
        self._font = self._fonts.pop() if self._fonts else None

    def translate(self, *args: Any) -> None:
        self._numbers(TRANSLATE, "translate", args)

    def scale(self, *args: Any) -> None:
        self._numbers(SCALE, "scale", args)

    def testRenderHint(self, hint: Any) -> bool:  # noqa: N802
        """Recipes are played on painters that antialias (the view's, the pictures'):
        a card asks so as not to turn it on again (a call costing as much as a box)."""
        return bool(hint == QPainter.RenderHint.Antialiasing)

    def setRenderHint(self, hint: Any, on: bool = True) -> None:  # noqa: N802
        self.ops.append((HINT, self._ref(hint), on))

    def setPen(self, pen: Any) -> None:  # noqa: N802
        self.ops.append((PEN, self._ref(pen)))

    def setBrush(self, brush: Any) -> None:  # noqa: N802
        self.ops.append((BRUSH, self._ref(brush)))

    def setFont(self, font: Any) -> None:  # noqa: N802
        self.ops.append((FONT, self._ref(font)))
        self._font = font

    def drawText(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
            x, y, text = args[0].x(), args[0].y(), args[1]
            laid = None if self._font is None else _laid_out(self._font, x, y, text)
            if laid is None:
                self.ops.append((TEXT, x, y, text))
            else:
                self.ops.append((LINE, self._ref(laid[0]), self._ref(laid[1])))
        else:
            self._other("drawText", args)

    def drawRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 1 and isinstance(args[0], QRectF):
            self.ops.append((RECT, *_rect(args[0])))
        else:
            self._other("drawRect", args)

    def drawRoundedRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 3 and isinstance(args[0], QRectF):
            self.ops.append((ROUNDED, *_rect(args[0]), float(args[1]), float(args[2])))
        else:
            self._other("drawRoundedRect", args)

    def drawEllipse(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 3 and isinstance(args[0], QPointF):
            self.ops.append((ELLIPSE, args[0].x(), args[0].y(), float(args[1]),
                             float(args[2])))
        else:
            self._other("drawEllipse", args)

    def drawPath(self, path: Any) -> None:  # noqa: N802
        self.ops.append((PATH, self._ref(path)))

    def drawImage(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QRectF):
            self.ops.append((IMAGE, *_rect(args[0]), self._ref(args[1])))
        else:
            self._other("drawImage", args)

    def fillRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QRectF):
            self.ops.append((FILL, *_rect(args[0]), self._ref(args[1])))
        else:
            self._other("fillRect", args)

    def setClipRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QRectF):
            self.ops.append((CLIP, *_rect(args[0]), self._ref(args[1])))
        else:
            self._other("setClipRect", args)

    def _numbers(self, code: int, name: str, args: tuple[Any, ...]) -> None:
        if len(args) == 2 and all(isinstance(a, (int, float)) for a in args):
            self.ops.append((code, float(args[0]), float(args[1])))
        else:
            self._other(name, args)

    def _other(self, name: str, args: tuple[Any, ...]) -> None:
        self.ops.append((OTHER, self._ref(getattr(QPainter, name)), self._ref(args)))

    def __getattr__(self, name: str) -> Callable[..., None]:
        """Any other QPainter call, kept as it is."""
        getattr(QPainter, name)  # an AttributeError for a name QPainter does not have
        return lambda *args: self._other(name, args)


class Recipe:
    """A card's calls for one look, good for the scales in `scales`."""

    __slots__ = ("look", "objects", "ops", "scales")

    def __init__(self, look: int, ops: list[Op], objects: list[Any],
                 scales: ScaleRange) -> None:
        self.look = look
        self.ops = ops
        self.objects = objects
        self.scales = scales

    def serves(self, look: int, scale: float) -> bool:
        return look == self.look and scale in self.scales

    def play(self, painter: QPainter) -> None:
        """The recorded calls on `painter`, in its current transform."""
        objects, play = self.objects, _PLAY
        for op in self.ops:
            play[op[0]](painter, op, objects)


def record(draw: Callable[[QPainter, float, ScaleRange], None], look: int,
           scale: float) -> Recipe:
    """The recipe of `draw(painter, scale, scales)`, which must note in `scales`
    every choice it makes on the scale."""
    recorder = _Recorder(scale)
    scales = ScaleRange()
    draw(cast(QPainter, recorder), scale, scales)
    return Recipe(look, recorder.ops, recorder.objects, scales)
