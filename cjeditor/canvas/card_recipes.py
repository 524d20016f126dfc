"""Card recipes: the QPainter calls that draw a card, recorded once and played back.

Drawing a card runs the map's painter (paint/parts.py) through QtPen: Python that
lays out, chooses and converts for some twenty-five QPainter calls. Those calls
depend on what the card shows (its item's `look`) and, for two choices, on the
scale: text too small to read is drawn as bars (QtPen), and far out a card is a
plain box (CardItem). A recipe keeps the calls with their arguments and the range
of scales over which those choices stay the same; playing it makes the same calls
on a real painter, so the same pixels, in about half the time of drawing anew.

Recipes are made where a card is first drawn at a scale, or ahead while the view
stands still (prepaint.py); unlike card pictures they hold no pixels and serve any
zoom within their range.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtGui import QPainter, QTransform

Op = tuple[Callable[..., Any], tuple[Any, ...]]


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


def _recording(method: Callable[..., Any]) -> Callable[..., None]:
    def record(self: _Recorder, *args: Any) -> None:
        self.ops.append((method, args))

    return record


class _Recorder:
    """Stands for a QPainter at `scale`: every call is kept for playing back. Only the
    transform can be asked; any other question would be answered wrong. The calls
    cards make are methods (RECORDED); any other is made one on its first use."""

    def __init__(self, scale: float) -> None:
        self.ops: list[Op] = []
        self._transform = QTransform.fromScale(scale, scale)

    def deviceTransform(self) -> QTransform:  # noqa: N802 - QPainter's name
        return QTransform(self._transform)

    def __getattr__(self, name: str) -> Callable[..., None]:
        method = getattr(QPainter, name)
        ops = self.ops

        def record(*args: Any) -> None:
            ops.append((method, args))

        setattr(self, name, record)  # the next call of this name skips __getattr__
        return record


RECORDED = ("save", "restore", "translate", "scale", "setRenderHint", "setPen", "setBrush",
            "setFont", "drawText", "drawRect", "drawRoundedRect", "drawEllipse", "drawPath",
            "drawImage", "fillRect", "setClipRect")
for _name in RECORDED:
    setattr(_Recorder, _name, _recording(getattr(QPainter, _name)))


class Recipe:
    """A card's calls for one look, good for the scales in `scales`."""

    __slots__ = ("look", "ops", "scales")

    def __init__(self, look: int, ops: list[Op], scales: ScaleRange) -> None:
        self.look = look
        self.ops = ops
        self.scales = scales

    def serves(self, look: int, scale: float) -> bool:
        return look == self.look and scale in self.scales

    def play(self, painter: QPainter) -> None:
        """The recorded calls on `painter`, in its current transform."""
        for method, args in self.ops:
            method(painter, *args)


def record(draw: Callable[[QPainter, float, ScaleRange], None], look: int,
           scale: float) -> Recipe:
    """The recipe of `draw(painter, scale, scales)`, which must note in `scales`
    every choice it makes on the scale."""
    recorder = _Recorder(scale)
    scales = ScaleRange()
    draw(cast(QPainter, recorder), scale, scales)
    return Recipe(look, recorder.ops, scales)
