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
line is kept as its `drawText` call. Lines drawn one after another at the same x
(a card's title, its text) share one layout, drawn in one call.
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
_SEPARATOR = "\u2028"  # ends a line within a layout (never in a line kept: not printable)


def _layable(baseline: float, text: str) -> bool:
    """Whether a line laid out beforehand draws what `drawText` draws (module doc)."""
    return (baseline * 64 == round(baseline * 64)
            and text.isprintable()  # no break, tab, control or format character
            and (text.isascii() or not any(bidirectional(c) in _RTL for c in text)))


def _laid_out(font: QFont, x: float, lines: list[tuple[float, str]]) -> tuple[QTextLayout,
                                                                             QPointF]:
    """`lines` (baseline, text), each starting at `x`, laid out in `font` as one layout,
    and where to draw it so that each line's baseline is where it was asked for."""
    layout = QTextLayout(_SEPARATOR.join(text for _, text in lines), font)
    layout.setTextOption(_ONE_LINE)
    layout.setCacheEnabled(True)  # else endLayout drops the shaping, and draw redoes it
    layout.beginLayout()
    first = ascent = 0.0
    for i, (baseline, _text) in enumerate(lines):
        line = layout.createLine()
        line.setLineWidth(1e9)
        if i == 0:
            first, ascent = baseline, line.ascent()
        # line tops on the grid of 1/64 (ascents are): each baseline lands where asked
        line.setPosition(QPointF(0, baseline - first + ascent - line.ascent()))
    layout.endLayout()
    return layout, QPointF(x, first - ascent)


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
        # lines drawn one after the other, at the same x, laid out together when
        # another call comes: one call draws them (a line 9.9 -> 7.7 us, measured)
        self._run: list[tuple[float, str]] = []
        self._run_x = 0.0

    def _add(self, op: Op) -> None:
        if self._run:
            self.finish()
        self.ops.append(op)

    def finish(self) -> None:
        """Lay out the lines still waiting for the next call (at the end of recording)."""
        if self._run and self._font is not None:
            laid = _laid_out(self._font, self._run_x, self._run)
            self.ops.append((LINE, self._ref(laid[0]), self._ref(laid[1])))
        self._run = []

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
        self._add((SAVE,))
        self._fonts.append(self._font)

    def restore(self) -> None:
        self._add((RESTORE,))
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
        self._add((HINT, self._ref(hint), on))

    def setPen(self, pen: Any) -> None:  # noqa: N802
        self._add((PEN, self._ref(pen)))

    def setBrush(self, brush: Any) -> None:  # noqa: N802
        self._add((BRUSH, self._ref(brush)))

    def setFont(self, font: Any) -> None:  # noqa: N802
        self._add((FONT, self._ref(font)))
        self._font = font

    def drawText(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
            x, y, text = args[0].x(), args[0].y(), args[1]
            if self._font is None or not _layable(y, text):
                self._add((TEXT, x, y, text))
                return
            if self._run and x != self._run_x:
                self.finish()
            self._run.append((y, text))
            self._run_x = x
        else:
            self._other("drawText", args)

    def drawRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 1 and isinstance(args[0], QRectF):
            self._add((RECT, *_rect(args[0])))
        else:
            self._other("drawRect", args)

    def drawRoundedRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 3 and isinstance(args[0], QRectF):
            self._add((ROUNDED, *_rect(args[0]), float(args[1]), float(args[2])))
        else:
            self._other("drawRoundedRect", args)

    def drawEllipse(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 3 and isinstance(args[0], QPointF):
            self._add((ELLIPSE, args[0].x(), args[0].y(), float(args[1]),
                             float(args[2])))
        else:
            self._other("drawEllipse", args)

    def drawPath(self, path: Any) -> None:  # noqa: N802
        self._add((PATH, self._ref(path)))

    def drawImage(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QRectF):
            self._add((IMAGE, *_rect(args[0]), self._ref(args[1])))
        else:
            self._other("drawImage", args)

    def fillRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QRectF):
            self._add((FILL, *_rect(args[0]), self._ref(args[1])))
        else:
            self._other("fillRect", args)

    def setClipRect(self, *args: Any) -> None:  # noqa: N802
        if len(args) == 2 and isinstance(args[0], QRectF):
            self._add((CLIP, *_rect(args[0]), self._ref(args[1])))
        else:
            self._other("setClipRect", args)

    def _numbers(self, code: int, name: str, args: tuple[Any, ...]) -> None:
        if len(args) == 2 and all(isinstance(a, (int, float)) for a in args):
            self._add((code, float(args[0]), float(args[1])))
        else:
            self._other(name, args)

    def _other(self, name: str, args: tuple[Any, ...]) -> None:
        self._add((OTHER, self._ref(getattr(QPainter, name)), self._ref(args)))

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
        """The recorded calls on `painter`, in its current transform. The commonest
        are made here, not through _PLAY, and through the class's methods: no call of
        a lambda, no method looked up on the painter."""
        objects = self.objects
        for op in self.ops:
            code = op[0]
            if code == LINE:
                _draw_laid_out(objects[op[1]], painter, objects[op[2]])
            elif code == PEN:
                _set_pen(painter, objects[op[1]])
            elif code == SAVE:
                _save(painter)
            elif code == RESTORE:
                _restore(painter)
            elif code == BRUSH:
                _set_brush(painter, objects[op[1]])
            elif code == FONT:
                _set_font(painter, objects[op[1]])
            elif code == SCALE:
                _scale(painter, op[1], op[2])
            else:
                _PLAY[code](painter, op, objects)


_draw_laid_out = QTextLayout.draw
_set_pen, _set_brush, _set_font = QPainter.setPen, QPainter.setBrush, QPainter.setFont
_save, _restore, _scale = QPainter.save, QPainter.restore, QPainter.scale


def record(draw: Callable[[QPainter, float, ScaleRange], None], look: int,
           scale: float) -> Recipe:
    """The recipe of `draw(painter, scale, scales)`, which must note in `scales`
    every choice it makes on the scale."""
    recorder = _Recorder(scale)
    scales = ScaleRange()
    draw(cast(QPainter, recorder), scale, scales)
    recorder.finish()
    return Recipe(look, recorder.ops, recorder.objects, scales)
