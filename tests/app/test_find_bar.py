"""Find (Ctrl+F): cards found by the words of their title, text or tags, whatever the
case and the accents; Enter / F3 go round the matches in reading order; Esc closes the
bar with the card found selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjeditor.app.find_bar import folded


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_folded_sets_case_and_accents_aside():
    assert folded("Envío ¿GRATIS?") == "envio ¿gratis?"
    assert folded("Pingüino Ñandú") == "pinguino nandu"


def test_ctrl_f_finds_cards_by_their_words(example_window):
    window, doc = example_window, example_window.document
    window.show()
    settle()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    bar = window.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    word = "envio"  # typed without its accent
    wanted = [c.id for c in doc.map.all_cards()
              if word in folded(f"{c.title}\n{c.text or ''}\n{' '.join(c.tags or ())}")]
    assert len(wanted) >= 2
    QTest.keyClicks(bar.field, word)
    settle()
    found, hidden = bar.matches()
    assert sorted(found) == sorted(i for i in wanted if i in window.view.map_scene.cards)
    first = window.view.selected_ids()
    assert first == [found[0]] and bar.count.text().startswith("1 of ")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.view.selected_ids() == [found[1]]
    QTest.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected_ids() == [found[0]]
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    settle()
    assert not bar.isVisible() and window.view.selected_ids() == [found[0]]
    assert QApplication.focusWidget() is window.view
    # F3 with the bar closed opens it again on the same words, at the next match
    window.actions.find_next.trigger()
    settle()
    assert bar.isVisible() and bar.field.text() == word


def test_nothing_found_says_so_and_selects_nothing_new(example_window):
    bar = example_window.find_bar
    bar.open_bar()
    example_window.view.select_ids([])
    bar.field.setText("zzzz-no-such-words")
    assert bar.count.text() == "No card found" and example_window.view.selected_ids() == []
