"""Text metrics from the shipped DejaVu fonts, and wrapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjeditor.layout.metrics import (
    PLACEHOLDER,
    ReportlabMetrics,
    TextMetrics,
    default_fonts,
    default_metrics,
    wrap,
)

M = default_metrics()


def test_default_metrics_is_a_text_metrics():
    assert isinstance(M, TextMetrics)
    assert M.ascent(10) > 0 > M.descent(10)
    assert M.line_height(10) > M.ascent(10) - M.descent(10) - 0.5


def test_widths_scale_with_size_and_bold_is_wider():
    assert M.width("Búsqueda online", 20) == 2 * M.width("Búsqueda online", 10)
    assert M.width("Búsqueda online", 10, bold=True) > M.width("Búsqueda online", 10)
    assert M.width("", 10) == 0


def test_widths_match_reportlab():
    font = default_fonts().regular
    assert abs(M.width("¿Qué tal? 25 €", 9) - font.stringWidth("¿Qué tal? 25 €", 9)) < 1e-9


def test_wrap_keeps_explicit_newlines_and_empty_lines():
    assert wrap("uno\n\ndos", 500, 9, metrics=M) == ["uno", "", "dos"]
    assert wrap("", 100, 9, metrics=M) == []


def test_wrap_breaks_on_spaces():
    text = "el cliente busca zapatillas de running en la tienda online"
    lines = wrap(text, 80, 9, metrics=M)
    assert len(lines) > 2
    assert " ".join(lines) == text


def test_wrap_breaks_long_words_without_spilling():
    word = "Supercalifragilisticoespialidoso" * 5
    lines = wrap(word, 60, 9, True, M)
    assert all(line.endswith("-") for line in lines[:-1])  # a hyphen where a word is cut
    assert not lines[-1].endswith("-")
    assert "".join(line.removesuffix("-") for line in lines) == word
    assert all(M.width(line, 9, True) <= 60 for line in lines)


def test_a_cut_word_gets_a_hyphen_only_between_letters():
    assert wrap("Concienciación", 40, 9, True, M) == ["Con-", "ciencia-", "ción"]
    assert wrap("e-commerce-platform", 40, 9, True, M)[0] == "e-"  # its own hyphen
    assert wrap("www.zancada.es/devoluciones", 120, 9, True, M)[0] == "www.zancada.es/"
    for text in ("https://example.com/largo", "12345678901234567890"):
        lines = wrap(text, 40, 9, True, M)
        assert len(lines) > 1 and "".join(lines) == text  # no hyphen added
    assert all(M.width(line, 9, True) <= 40 for line in wrap("Concienciación", 40, 9, True, M))


def test_wrap_works_with_any_metrics():
    class Mono:
        def width(self, text, size, bold=False):
            return len(text) * size * 0.5

        def ascent(self, size):
            return size * 0.8

        def descent(self, size):
            return -size * 0.2

        def line_height(self, size):
            return size * 1.2

    assert wrap("aaaa bbbb cccc", 25, 10, metrics=Mono()) == ["aaaa", "bbbb", "cccc"]


text_strategy = st.lists(
    st.sampled_from(list("abcdefghijklmnñopqrstuvwxyzÁÉ¿¡€“” —W\n") + ["  ", "MMMMMMMMMM"]),
    max_size=200,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=text_strategy, width=st.floats(min_value=20, max_value=400), bold=st.booleans())
def test_wrap_never_exceeds_the_width(text, width, bold):
    lines = wrap(text, width, 9, bold, M)
    for line in lines:
        assert M.width(line, 9, bold) <= width + 1e-6
    # nothing is lost but spaces (a hyphen ends each piece of a cut word: no "-" in text)
    joined = "".join(line.removesuffix("-") for line in lines)
    assert "".join(joined.split()) == "".join(text.split())


def test_characters_the_font_lacks_use_a_fallback_or_a_placeholder():
    fonts = default_fonts()
    runs = fonts.runs("ok \U0001f984 ok")  # unicorn: not in DejaVu Sans
    names = [name for name, _ in runs]
    assert names[0] == fonts.regular.fontName
    middle = next(name for name, text in runs if "\U0001f984" in text)
    assert middle != fonts.regular.fontName  # a fallback font or PLACEHOLDER
    # measured, never zero width
    assert M.width("\U0001f984", 10) > 0
    # zero-width joiners and variation selectors are not drawn as boxes
    assert all("\ufe0f" not in text for _n, text in fonts.runs("✔\ufe0f"))
    assert PLACEHOLDER == ""


def test_cache_is_per_text():
    m = ReportlabMetrics()
    m.width("hola", 9)
    m.width("hola", 12)
    assert list(m._cache) == ["hola"]


def test_wrapping_keeps_line_breaks_turns_tabs_to_spaces_and_drops_control_characters():
    wide = 10_000.0
    assert wrap("Envío\n\n#rápido #gratis", wide, 8) == ["Envío", "", "#rápido #gratis"]
    assert wrap("pago\tcon\x07 tarjeta\nya", wide, 8) == ["pago con tarjeta", "ya"]
    assert wrap("co\u00adche\n\x1bdos", wide, 8) == ["co\u00adche", "dos"]  # soft hyphen kept
