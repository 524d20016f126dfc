"""Text on a coloured background (paint/style.py on_color): ink or white, whichever
reads better by WCAG 2's contrast ratio."""

from __future__ import annotations

import pytest

from cjeditor.paint import style as S


def test_contrast_is_wcags():
    assert S.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert S.contrast("#777777", "#777777") == pytest.approx(1.0)
    assert S.contrast(S.WHITE, "#D9822B") == pytest.approx(2.93, abs=0.01)


@pytest.mark.parametrize("background", [
    "#D9822B", "#5B8DB8", "#2E86C1", "#8E44AD", "#1A73E8", "#FFFFFF", "#222222", "#F4D03F",
    "#27AE60", "#C0392B", "#AAB7B8", "#000080"])
def test_the_text_colour_is_the_more_readable_of_ink_and_white(background):
    # a brightness threshold put white on the example's orange phase at 2.9:1 (ink: 5.4:1)
    chosen = S.on_color(background)
    other = S.INK if chosen == S.WHITE else S.WHITE
    assert S.contrast(chosen, background) >= S.contrast(other, background)
