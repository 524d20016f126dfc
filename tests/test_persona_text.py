"""A persona's initials and quote (paint/persona_text.py), as the personas pages, the
slides and the web page show them."""

from __future__ import annotations

import pytest

from cjeditor.paint.persona_text import initials, quoted


@pytest.mark.parametrize(("name", "expected"), [
    ("Laura Martín", "LM"),
    ("Marta, 38 años", "M"),  # was "M3": an age is not a name
    ("Andrés Gil (corredor veterano)", "AG"),
    ("ana maría lópez", "AM"),
    ("🦸 Superclienta", "S"),
    ("2024", "?"),
    ("Jean-Luc Picard", "JP"),
])
def test_initials_come_from_the_words_of_the_name(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize(("quote", "shown"), [
    ("Quiero saber el precio ya", "“Quiero saber el precio ya”"),
    ("“¿Y si me quedo sin batería?” 😅", "“¿Y si me quedo sin batería?” 😅"),  # as typed
    ("«Lo quiero mañana»", "«Lo quiero mañana»"),
    ('  "Rápido"  ', '"Rápido"'),
])
def test_a_quote_gets_marks_unless_it_has_its_own(quote, shown):
    assert quoted(quote) == shown
