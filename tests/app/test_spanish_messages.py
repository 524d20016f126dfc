"""The docks in the Spanish interface: names from the one vocabulary, refusals as plain
Spanish sentences from the one message path (never pydantic's wording)."""

from __future__ import annotations

import pytest

from cjeditor.app.i18n import install_translators
from cjeditor.model import vocabulary

PYDANTIC_WORDS = ("should", "Input", "String", "validation error", "pydantic", "Value error",
                  "type=")


@pytest.fixture
def spanish_window(app, manager, example_map_path):
    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    assert window is not None
    yield window
    install_translators(app, "en")


def status(window) -> str:
    message = window.statusBar().currentMessage()
    assert message, "nothing in the status bar"
    for word in PYDANTIC_WORDS:
        assert word not in message, message
    return message


def test_properties_dock_refuses_in_spanish(spanish_window):
    window = spanish_window
    doc = window.document
    stage = doc.map.stages[0]
    window.properties.show_ids([stage.id])
    name = window.properties.form.editors["name"].widget
    name.setText("")
    name.editingFinished.emit()
    assert doc.stage(stage.id).name == stage.name
    assert status(window) == "Nombre: no puede estar vacío"

    lane = next(lane for lane in doc.map.lanes if lane.type == "touchpoints")
    window.properties.show_ids([lane.id])
    combo = window.properties.form.editors["type"].widget
    combo.setCurrentIndex(combo.findData("metrics"))
    combo.activated.emit(combo.currentIndex())
    assert doc.lane(lane.id).type == "touchpoints"
    assert status(window) == ("Una tarjeta «Punto de contacto» no puede ir en un carril "
                              "«Métricas» (admite: Métrica).")


def test_brief_and_personas_refuse_in_spanish(spanish_window):
    window = spanish_window
    doc = window.document
    title = window.brief.title.widget
    title.setText("")
    title.textEdited.emit("")
    assert doc.map.meta.title
    assert status(window) == "Título: no puede estar vacío"


def test_palette_and_properties_read_the_vocabulary_in_spanish(spanish_window):
    window = spanish_window
    tree = window.palette.tree
    texts = []

    def walk(item):
        texts.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    for lane_type in vocabulary.LANE_TYPE:
        assert vocabulary.name("lane_type", lane_type, "es") in texts
    for channel in vocabulary.CHANNEL:
        assert vocabulary.name("channel", channel, "es") in texts
    assert "Antes de la compra" in texts and "Redes sociales" in texts
    # tooltips say what each entry is
    evidence = tree.findItems("Evidencia física", vocabulary_match())[0]
    assert "ve o toca" in evidence.toolTip(0)

    doc = window.document
    card = next(c for c in doc.map.all_cards() if c.kind == "touchpoint")
    window.properties.show_ids([card.id])
    channel = window.properties.form.editors["channel"].widget
    assert channel.itemText(channel.findData("social")) == "Redes sociales"


def vocabulary_match():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


def test_insert_menu_and_context_menu_name_a_new_stage_alike(app, manager):
    """Both in the map's language, whatever the interface's (issue 8)."""
    from PySide6.QtCore import QPointF

    from cjeditor.canvas.menus import context_menu

    install_translators(app, "es")
    try:
        window = manager.new_map("blank", "en")
        doc = window.document
        window.actions.add_stage.trigger()
        assert doc.map.stages[-1].name == "New stage"
        view = window.view
        item = view.map_scene.stages[doc.map.stages[0].id]
        menu = context_menu(view, item, QPointF(item.sceneBoundingRect().center()))
        entry = next(a for a in menu.actions() if a.text() == "Insertar etapa después")
        entry.trigger()
        assert doc.map.stages[1].name == "New stage"
    finally:
        install_translators(app, "en")


def test_choices_carry_the_vocabulary_descriptions(spanish_window):
    from PySide6.QtCore import Qt

    window = spanish_window
    doc = window.document
    window.properties.show_ids([doc.map.stages[0].id])
    moment = window.properties.form.editors["moment"].widget
    tip = moment.itemData(moment.findData("amot"), Qt.ItemDataRole.ToolTipRole)
    assert tip == vocabulary.description("moment", "amot", "es")
    assert moment.itemText(moment.findData("amot")) == "AMOT: espera de la entrega"
