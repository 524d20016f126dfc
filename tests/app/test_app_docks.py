"""Properties, Brief and Personas docks: edits go through commands and undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from cjeditor.commands import DeleteCardsCommand, EditCardFieldsCommand, push


def first_card(doc, kind):
    return next(card for card in doc.map.all_cards() if card.kind == kind)


def type_into(edit: QLineEdit, text: str) -> None:
    """Type like a user: one textEdited per character."""
    for i in range(1, len(text) + 1):
        edit.setText(text[:i])
        edit.textEdited.emit(text[:i])


def test_properties_edits_a_card_title_and_undo_reverts(example_window):
    window = example_window
    doc = window.document
    card = first_card(doc, "touchpoint")
    old_title = card.title
    window.properties.show_ids([card.id])
    edit = window.properties.form.editors["title"].widget
    assert isinstance(edit, QLineEdit) and edit.text() == old_title
    count = doc.undo_stack.count()
    type_into(edit, "Anuncio en Strava")
    assert doc.card(card.id).title == "Anuncio en Strava"
    assert doc.undo_stack.count() == count + 1  # typing merged into one step
    # typing merged: the entry names the first title and the last
    assert doc.undo_stack.undoText() == f"Rename card “{old_title}” to “Anuncio en Strava”"
    doc.undo_stack.undo()
    assert doc.card(card.id).title == old_title
    assert edit.text() == old_title  # the form follows the document


def test_properties_combo_and_spin_fields(example_window):
    window = example_window
    doc = window.document
    card = first_card(doc, "touchpoint")
    window.properties.show_ids([card.id])
    form = window.properties.form
    channel = form.editors["channel"].widget
    assert isinstance(channel, QComboBox)
    channel.setCurrentIndex(channel.findData("whatsapp"))
    channel.activated.emit(channel.currentIndex())
    assert doc.card(card.id).channel == "whatsapp"

    pain = first_card(doc, "pain_point")
    window.properties.show_ids([pain.id])
    severity = window.properties.form.editors["severity"].widget
    assert isinstance(severity, QSpinBox) and severity.maximum() == 5
    severity.setValue(1 if pain.severity != 1 else 5)
    assert doc.card(pain.id).severity == severity.value()
    doc.undo_stack.undo()
    assert doc.card(pain.id).severity == pain.severity


def test_properties_show_every_field_of_each_kind(example_window):
    window = example_window
    doc = window.document
    seen = set()
    for card in doc.map.all_cards():
        if card.kind in seen:
            continue
        seen.add(card.kind)
        window.properties.show_ids([card.id])
        editors = set(window.properties.form.editors)
        expected = set(type(card).model_fields) - {"id", "kind", "stage"}
        assert editors == expected, card.kind
    assert len(seen) == 10  # the example has every kind


def test_properties_edit_a_stage_lane_and_phase(example_window):
    window = example_window
    doc = window.document
    stage = doc.map.stages[0]
    window.properties.show_ids([stage.id])
    name = window.properties.form.editors["name"].widget
    name.setText("Nueva etapa cero")
    name.editingFinished.emit()
    assert doc.stage(stage.id).name == "Nueva etapa cero"
    assert doc.undo_stack.undoText() == f"Rename stage “{stage.name}” to “Nueva etapa cero”"

    lane = doc.map.lanes[0]
    window.properties.show_ids([lane.id])
    collapsed = window.properties.form.editors["collapsed"].widget
    collapsed.setChecked(True)
    assert doc.lane(lane.id).collapsed

    phase = doc.map.phases[0]
    window.properties.show_ids([phase.id])
    assert window.properties.form.editors["name"].widget.text() == phase.name


def test_properties_refusal_is_reported_not_raised(example_window):
    window = example_window
    doc = window.document
    lane = next(lane for lane in doc.map.lanes if lane.cards)
    window.properties.show_ids([lane.id])
    combo = window.properties.form.editors["type"].widget
    other = "metrics" if lane.type != "metrics" else "notes"
    combo.setCurrentIndex(combo.findData(other))
    combo.activated.emit(combo.currentIndex())
    assert doc.lane(lane.id).type == lane.type
    assert window.statusBar().currentMessage()
    assert combo.currentData() == lane.type  # the form shows the document again


def test_brief_edit_and_undo(example_window):
    window = example_window
    doc = window.document
    old = doc.map.meta.objective
    area = window.brief.form.editors["objective"].widget
    assert isinstance(area, QPlainTextEdit) and area.toPlainText() == old
    area.setPlainText("Vender más zapatillas")
    assert doc.map.meta.objective == "Vender más zapatillas"
    assert window.isWindowModified()
    doc.undo_stack.undo()
    assert doc.map.meta.objective == old
    assert area.toPlainText() == old
    assert not window.isWindowModified()


def test_brief_title_cannot_be_emptied(example_window):
    window = example_window
    title = window.brief.form.editors["title"].widget
    old = window.document.map.meta.title
    title.setText("")
    title.textEdited.emit("")
    assert window.document.map.meta.title == old
    assert window.statusBar().currentMessage()


def test_personas_dock_adds_edits_and_deletes(example_window):
    window = example_window
    doc = window.document
    dock = window.personas
    count = len(doc.map.personas)
    dock.add_persona()
    assert len(doc.map.personas) == count + 1
    new_id = dock.current_id()
    assert doc.persona(new_id).name == "Nueva persona"
    name = dock.form.editors["name"].widget
    type_into(name, "Marta")
    assert doc.persona(new_id).name == "Marta"
    goals = dock.form.editors["goals"].widget
    goals.setPlainText("Correr\n\nSin lesiones\n")
    goals.editing_finished.emit()
    assert doc.persona(new_id).goals == ["Correr", "Sin lesiones"]
    assert dock.list.currentItem().text() == "Marta"
    dock.remove_persona()
    assert len(doc.map.personas) == count
    doc.undo_stack.undo()
    assert doc.persona(new_id).goals == ["Correr", "Sin lesiones"]


def test_personas_dock_shows_the_embedded_picture(example_window):
    dock = example_window.personas
    dock.list.setCurrentRow(0)
    assert dock.picture.pixmap() is not None and not dock.picture.pixmap().isNull()


def test_user_text_is_shown_as_plain_text(example_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from cjeditor.commands import EditLaneCommand, push

    window = example_window
    doc = window.document
    card = first_card(doc, "note")
    lane = doc.lane_of(card.id)
    push(doc, EditLaneCommand(doc, lane.id, {"title": "<b>Notas</b> & <i>más</i>"}))
    window.properties.show_ids([card.id])
    labels = window.properties.scroll.widget().findChildren(QLabel)
    header = next(label for label in labels if "<b>Notas</b>" in label.text())
    assert header.textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels
               if label.text())


def test_brief_authors_and_language(example_window):
    window = example_window
    doc = window.document
    authors = window.brief.form.editors["authors"].widget
    authors.setPlainText("Ana\nLuis")
    authors.editing_finished.emit()
    assert doc.map.meta.authors == ["Ana", "Luis"]
    language = window.brief.form.editors["language"].widget
    language.setCurrentIndex(language.findData("en"))
    language.activated.emit(language.currentIndex())
    assert doc.map.meta.language == "en"
    window.actions.add_lane["ideas"].trigger()
    assert doc.map.lanes[-1].title == "Ideas and experiments"


def test_persona_colour(example_window):
    dock = example_window.personas
    dock.list.setCurrentRow(0)
    persona_id = dock.current_id()
    edit = dock.form.editors["color"].widget.findChild(QLineEdit)
    edit.setText("#1f6fb2")
    edit.editingFinished.emit()
    assert example_window.document.persona(persona_id).color == "#1F6FB2"


def test_properties_header_follows_a_moved_card(example_window):
    from PySide6.QtWidgets import QLabel

    from cjeditor.commands import MoveCardsCommand, push

    window = example_window
    doc = window.document
    card = first_card(doc, "note")
    lane = doc.lane_of(card.id)
    other = next(s for s in doc.map.stages if s.id != card.stage)
    window.properties.show_ids([card.id])
    push(doc, MoveCardsCommand(doc, [(card.id, lane.id, other.id, None)]))
    texts = [label.text() for label in window.properties.scroll.widget().findChildren(QLabel)]
    assert any(other.name in text for text in texts)


def test_properties_sums_up_the_map_when_nothing_is_selected(example_window):
    window = example_window
    doc = window.document
    window.properties.show_ids([])
    text = window.properties.scroll.widget().text()
    cards = sum(len(lane.cards) for lane in doc.map.lanes)
    assert doc.map.meta.title in text and f"{cards} cards" in text
    assert f"{len(doc.map.stages)} stages" in text
    card = first_card(doc, "touchpoint")
    window.properties.show_ids([card.id])  # a form while a card is selected ...
    push(doc, EditCardFieldsCommand(doc, card.id, {"title": "Otro título"}))
    assert window.properties.form is not None  # ... an edit does not replace it
    window.properties.show_ids([])
    push(doc, DeleteCardsCommand(doc, [card.id]))  # the summary follows the map
    label = window.properties.scroll.widget()
    assert isinstance(label, QLabel) and f"{cards - 1} cards" in label.text()


def test_a_choice_the_narrow_panel_cuts_is_whole_in_its_tooltip(example_window):
    """The Properties panel is narrow: "ZMOT: momento cero de la verdad" shows cut."""
    from PySide6.QtWidgets import QApplication, QToolTip  # noqa: F401

    window = example_window
    stage = next(s for s in window.document.map.stages if s.moment)
    window.view.select_ids([stage.id])
    QApplication.processEvents()
    combo = window.properties.form.editors["moment"].widget
    assert combo.currentText() and combo.toolTip()
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(combo.toolTip())
    assert shown.toPlainText() == combo.currentText()
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    shown.setHtml(combo.toolTip())
    assert shown.toPlainText() == combo.currentText()


def test_a_persona_name_emptied_or_blank_is_refused_and_shown_again(example_window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = example_window
    window.show()
    dock, doc = window.personas, window.document
    dock.show()
    persona_id = dock.current_id()
    name = doc.persona(persona_id).name
    field = dock.form.editors["name"].widget
    window.activateWindow()
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)  # emptied while typing: refused
    assert field.text() == "" and doc.persona(persona_id).name == name
    QTest.keyClicks(field, "   ")  # spaces only: no name either
    assert doc.persona(persona_id).name == name
    window.view.setFocus()  # leaving the field shows the name the persona keeps
    QApplication.processEvents()
    assert field.text() == name
    assert dock.list.currentItem().text() == name


def test_the_properties_heading_follows_a_rename(example_window):
    # renamed on the canvas (F2), the stage's heading kept its old name; a card's heading
    # kept its stage's old name
    from cjeditor.commands import EditStageCommand

    window = example_window
    doc = window.document
    stage = doc.map.stages[0]
    window.properties.show_ids([stage.id])
    push(doc, EditStageCommand(doc, stage.id, {"name": "Descubre la necesidad"}))
    heading = window.properties._heading_label
    assert heading.text().splitlines()[1] == "Descubre la necesidad"
    card = next(c for c in doc.map.all_cards() if c.stage == stage.id)
    window.properties.show_ids([card.id])
    push(doc, EditStageCommand(doc, stage.id, {"name": "Busca"}))
    assert window.properties._heading_label.text().splitlines()[1].endswith(" · Busca")


def test_the_map_summary_says_one_persona_not_one_personas(manager):
    from cjeditor.app.i18n import install_translators
    from cjeditor.commands import AddPersonaCommand

    install_translators(QApplication.instance(), "es")
    try:
        window = manager.new_map("blank", "es")
        push(window.document, AddPersonaCommand(window.document, "Marta"))
        window.properties.show_ids([])
        text = window.properties.scroll.widget().text()
        assert "1 persona ·" in text and "0 conexiones" in text and "1 personas" not in text
    finally:
        install_translators(QApplication.instance(), "en")
