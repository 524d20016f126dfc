"""The docks' fields keep what the format takes and say what they leave out (audit g3:
F2 limits, F3 colours, F4 emptied names, F5 emoji, F9 an emotion's span, F16 the link
field, F17 numbers). Real key presses and the real clipboard on the offscreen window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox

from cjeditor.app.docks import textfit
from cjeditor.app.i18n import install_translators
from cjeditor.commands import EditCardFieldsCommand, push
from cjeditor.model import limits

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one emoji of seven code points


def first_card(doc, kind):
    return next(card for card in doc.map.all_cards() if card.kind == kind)


@pytest.fixture
def shown(example_window):
    window = example_window
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    return window


def paste(widget, text: str) -> None:
    """Select all and paste `text` with Ctrl+V, as a user does."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def type_text(widget, text: str) -> None:
    """Text committed in one key event, as an input method or an emoji picker does."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, text))


def leave(window) -> None:
    window.view.setFocus()
    QApplication.processEvents()


def show_card(window, kind):
    card = first_card(window.document, kind)
    window.properties.show_ids([card.id])
    return card, window.properties.form


# ------------------------------------------------------------------- limits
def test_fit_cuts_whole_characters_from_what_was_typed():
    assert textfit.fit("abcdef", 4) == ("abcd", 4, 2)
    # the excess goes from just before the cursor (what was pasted there), not the end
    assert textfit.fit("abXYZcd", 4, end=5) == ("abcd", 2, 3)
    # an emoji is never split: the whole family goes
    kept, _end, removed = textfit.fit(FAMILY * 3, limits.MAX_EMOJI)
    assert kept == FAMILY * 2 and removed == 7


def test_a_pasted_title_past_the_limit_is_cut_and_said(shown):
    card, form = show_card(shown, "touchpoint")
    title = form.editors["title"].widget
    paste(title, "x" * (limits.MAX_CARD_TITLE + 50))
    assert shown.document.card(card.id).title == "x" * limits.MAX_CARD_TITLE
    assert title.text() == "x" * limits.MAX_CARD_TITLE
    said = shown.statusBar().currentMessage()
    assert "300 characters" in said and "50 characters" in said and "Title" in said


def test_a_pasted_text_past_the_limit_is_cut_and_said(shown):
    card, form = show_card(shown, "touchpoint")
    area = form.editors["text"].widget
    assert isinstance(area, QPlainTextEdit)
    paste(area, "y" * (limits.MAX_CARD_TEXT + 500))
    assert shown.document.card(card.id).text == "y" * limits.MAX_CARD_TEXT
    assert area.toPlainText() == "y" * limits.MAX_CARD_TEXT
    said = shown.statusBar().currentMessage()
    assert "10,000 characters" in said and "500 characters" in said


def test_tags_past_the_limits_are_left_out_with_a_word(shown):
    card, form = show_card(shown, "touchpoint")
    tags = form.editors["tags"].widget
    paste(tags, "\n".join(f"t{i}" for i in range(limits.MAX_TAGS + 5)))
    leave(shown)
    assert len(shown.document.card(card.id).tags) == limits.MAX_TAGS
    assert tags.toPlainText().count("\n") == limits.MAX_TAGS - 1  # the list kept
    assert "5 items" in shown.statusBar().currentMessage()
    paste(tags, "z" * (limits.MAX_TAG + 30))
    leave(shown)
    assert shown.document.card(card.id).tags == ["z" * limits.MAX_TAG]
    assert "30 characters" in shown.statusBar().currentMessage()


def test_a_view_name_past_the_limit_is_cut_and_said(shown):
    views = shown.views
    view_id = views.save_current(views._fit("v" * (limits.MAX_NAME + 30)))
    assert shown.document.view(view_id).name == "v" * limits.MAX_NAME
    assert "30 characters" in shown.statusBar().currentMessage()


def test_the_limit_is_said_in_spanish(shown):
    install_translators(QApplication.instance(), "es")
    card, form = show_card(shown, "touchpoint")
    paste(form.editors["text"].widget, "y" * (limits.MAX_CARD_TEXT + 500))
    said = shown.statusBar().currentMessage()
    assert "admite como máximo 10\u00a0000 caracteres" in said and "500 caracteres" in said


# -------------------------------------------------------------------- emoji
def test_the_emoji_field_counts_as_the_model_and_never_splits_one(shown):
    card, form = show_card(shown, "emotion")
    emoji = form.editors["emoji"].widget
    paste(emoji, "😀" * 12)  # 12 characters of 16 (24 UTF-16 units)
    assert shown.document.card(card.id).emoji == "😀" * 12
    paste(emoji, FAMILY * 2)
    emoji.end(False)
    type_text(emoji, FAMILY)  # a third family would pass 16 characters
    assert shown.document.card(card.id).emoji == FAMILY * 2
    assert emoji.text() == FAMILY * 2


# ------------------------------------------------------------------- colour
def test_colours_short_incomplete_and_empty(shown):
    doc = shown.document
    phase = doc.map.phases[0]
    stored = phase.color
    assert stored
    shown.properties.show_ids([phase.id])
    edit = shown.properties.form.editors["color"].widget.findChild(QLineEdit)
    count = doc.undo_stack.count()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "#ab")  # incomplete: refused, the colour stays
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert doc.phase(phase.id).color == stored and edit.text() == stored
    assert doc.undo_stack.count() == count
    assert "#ab" in shown.statusBar().currentMessage()
    edit.selectAll()
    QTest.keyClicks(edit, "#abc")  # CSS's short form
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert doc.phase(phase.id).color == "#AABBCC" and edit.text() == "#AABBCC"
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)  # emptied: no colour (the default)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert doc.phase(phase.id).color is None


# ------------------------------------------------------------ emptied names
@pytest.mark.parametrize("kind, field", [("stage", "name"), ("lane", "title"),
                                         ("phase", "name")])
def test_an_emptied_name_shows_the_kept_one_again(shown, kind, field):
    doc = shown.document
    obj = {"stage": doc.map.stages, "lane": doc.map.lanes, "phase": doc.map.phases}[kind][0]
    shown.properties.show_ids([obj.id])
    edit = shown.properties.form.editors[field].widget
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    leave(shown)
    assert getattr(obj, field) and edit.text() == getattr(obj, field)
    assert shown.statusBar().currentMessage()


def test_an_emptied_map_title_shows_the_kept_one_again(shown):
    title = shown.brief.form.editors["title"].widget
    old = shown.document.map.meta.title
    shown.brief.show()
    shown.brief.raise_()
    title.setFocus()
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_Delete)
    assert title.text() == ""  # while typing, the field is the user's
    leave(shown)
    assert shown.document.map.meta.title == old and title.text() == old


# --------------------------------------------------------------- span, link
def test_an_emotion_offers_no_span_but_one(shown):
    _card, form = show_card(shown, "emotion")
    span = form.editors["span"].widget
    assert isinstance(span, QSpinBox)
    assert span.value() == 1 and span.maximum() == 1 and not span.isEnabled()
    _card, form = show_card(shown, "note")
    assert form.editors["span"].widget.maximum() > 1


def test_a_cards_link_path_is_readable_in_the_panel(shown):
    doc = shown.document
    card = first_card(doc, "touchpoint")
    push(doc, EditCardFieldsCommand(doc, card.id, {"link": "zapatillas-running-futuro.cjmap"}))
    shown.properties.show_ids([card.id])
    QApplication.processEvents()
    path = shown.properties.form.editors["link"].widget.path
    assert path.text() == "zapatillas-running-futuro.cjmap"
    assert path.width() >= 150


# ------------------------------------------------------------------ numbers
def test_a_metric_value_is_shown_as_stored_and_kept_unless_changed(shown):
    doc = shown.document
    card = first_card(doc, "metric")
    for value, text in ((0.125, "0.125"), (123456789012345, "123456789012345")):
        push(doc, EditCardFieldsCommand(doc, card.id, {"value": value}))
        shown.properties.show_ids([card.id])
        edit = shown.properties.form.editors["value"].widget
        assert edit.text() == text
        count = doc.undo_stack.count()
        edit.setFocus()
        leave(shown)
        assert doc.card(card.id).value == value and doc.undo_stack.count() == count
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "lots")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert doc.card(card.id).value == 123456789012345 and edit.text() == "123456789012345"
    assert "lots" in shown.statusBar().currentMessage()
    edit.selectAll()
    QTest.keyClicks(edit, "0.0625")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert doc.card(card.id).value == 0.0625


def test_a_feedback_score_may_be_emptied(shown):
    doc = shown.document
    card = first_card(doc, "feedback")
    push(doc, EditCardFieldsCommand(doc, card.id, {"score": 4.25}))
    shown.properties.show_ids([card.id])
    edit = shown.properties.form.editors["score"].widget
    assert edit.text() == "4.25"
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert doc.card(card.id).score is None
