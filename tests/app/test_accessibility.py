"""Accessibility: names and descriptions (docks, palette, toolbar, the canvas's
selected object), every menu action reachable from the keyboard, and the focus
ring on the canvas. Real mouse and key events sent to the viewport and widgets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from cjeditor.app.accessibility import describe_selection, give_mnemonics, mnemonic
from cjeditor.app.docks.palette import PAYLOAD_ROLE
from cjeditor.app.i18n import install_translators
from cjeditor.canvas.focus_ring import FocusRingItem
from cjeditor.commands import EditCardFieldsCommand, push
from cjeditor.paint import style as S

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import center_of, press, release  # noqa: E402

KEY = Qt.Key


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def spanish(app, manager, example_map_path):
    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    window.resize(1500, 950)
    window.show()
    window.activateWindow()
    settle()
    yield window
    window.view.select_ids([])
    install_translators(app, "en")


def key(widget, code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers))
    settle()


def click_item(view, item) -> None:
    view.centerOn(item)
    settle()
    point = center_of(item)
    press(view, point)
    release(view, point)
    settle()


def card_titled(doc, title: str) -> str:
    return next(c.id for lane in doc.map.lanes for c in lane.cards if c.title == title)


# ------------------------------------------------------------------ canvas
def test_the_canvas_reads_the_selected_card_stage_and_lane(spanish):
    window, view, doc = spanish, spanish.view, spanish.document
    assert view.accessibleName() == f"Mapa de recorrido: {doc.map.meta.title}"
    assert view.accessibleDescription().startswith("8 etapas, ")
    card_id = card_titled(doc, "Anuncio de la nueva colección")
    click_item(view, view.map_scene.cards[card_id])
    assert view.accessibleName() == \
        "Punto de contacto: Anuncio de la nueva colección, etapa Concienciación"
    assert view.accessibleDescription().startswith(
        "Instagram · proactivo. Carril Puntos de contacto (")
    # what a screen reader asks the view's accessible interface
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.text(QAccessible.Text.Name) == view.accessibleName()
    view.setFocus()
    key(view, KEY.Key_Right)  # the arrow moves on: the name follows
    [next_id] = view.selected_ids()
    card = doc.card(next_id)
    assert view.accessibleName().endswith(f"{card.title}, etapa {doc.stage(card.stage).name}")
    push(doc, EditCardFieldsCommand(doc, next_id, {"title": "Otro\ntítulo"}))
    assert "Otro título, etapa" in view.accessibleName()  # a rename is read at once
    stage = doc.map.stages[4]
    click_item(view, view.map_scene.stages[stage.id])
    assert view.accessibleName() == f"Etapa: {stage.name}"
    assert view.accessibleDescription().startswith("Etapa 5 de 8.")
    assert "Momento de la verdad: " in view.accessibleDescription()  # La elección (FMOT)
    lane = doc.map.lanes[2]
    view.select_ids([lane.id])
    assert view.accessibleName() == f"Carril: {lane.title} (Puntos de contacto)"
    view.select_ids([card_id, stage.id])
    assert view.accessibleName() == "2 objetos seleccionados"
    assert window is spanish


def test_describe_selection_in_english(example_window):
    doc = example_window.document
    card_id = card_titled(doc, "Anuncio de la nueva colección")
    name, about = describe_selection(doc, [card_id], "en")
    assert name == "Touchpoint: Anuncio de la nueva colección, stage Concienciación"
    assert about == "Instagram · proactive. Lane Puntos de contacto (Touchpoints). Arrow " \
                    "keys move to the next card, F2 edits the title."


def test_a_cards_own_values_are_said_too(example_window):
    # a screen reader got only the kind, title and stage: no score, severity or met
    doc = example_window.document
    emotion = next(c for c in doc.map.all_cards() if c.kind == "emotion")
    _name, about = describe_selection(doc, [emotion.id], "en")
    assert about.startswith(f"score {emotion.score:+d} (from -2 to +2)")
    pain = next(c for c in doc.map.all_cards() if c.kind == "pain_point")
    assert describe_selection(doc, [pain.id], "en")[1].startswith(
        f"severity {pain.severity}/5. Lane ")


def test_the_focus_ring_shows_where_the_keyboard_is(spanish):
    view, doc = spanish.view, spanish.document
    card_id = card_titled(doc, "Anuncio de la nueva colección")
    click_item(view, view.map_scene.cards[card_id])
    view.setFocus()
    settle()
    rings = [i for i in view.map_scene.items() if isinstance(i, FocusRingItem)]
    [ring] = rings
    card_rect = view.map_scene.cards[card_id].mapRectToScene(view.map_scene.cards[card_id]._rect)
    assert ring.isVisible() and ring.target == card_rect
    image = view.viewport().grab().toImage()
    box = view.mapFromScene(card_rect).boundingRect()
    focus = QColor(S.FOCUS)
    ring_pixels = sum(1 for x in range(box.left() - 8, box.right() + 8)
                      for y in (box.top() - 5, box.top() - 6, box.top() - 4)
                      if 0 <= x < image.width() and 0 <= y < image.height()
                      and _near(image.pixelColor(x, y), focus))
    assert ring_pixels > 10, "the dotted ring is drawn above the card"
    view.setFocus()
    key(view, KEY.Key_Down)  # the ring follows the arrow keys
    [moved] = view.selected_ids()
    item = view.map_scene.cards[moved]
    assert ring.target == item.mapRectToScene(item._rect)
    spanish.properties.setFocus()  # the keyboard leaves the canvas: no ring
    settle()
    assert not ring.isVisible()


def _near(color: QColor, wanted: QColor) -> bool:
    return (abs(color.red() - wanted.red()) + abs(color.green() - wanted.green())
            + abs(color.blue() - wanted.blue())) < 90


# ------------------------------------------------------------------ widgets
def test_docks_palette_and_toolbar_have_names_and_descriptions(spanish):
    window = spanish
    for dock in window.docks():
        assert dock.accessibleName() and "&" not in dock.accessibleName()
        assert dock.accessibleDescription(), dock.objectName()
    assert window.palette.accessibleName() == "Paleta"
    tree = window.palette.tree
    read = {}
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        stack.extend(item.child(i) for i in range(item.childCount()))
        if item.data(0, PAYLOAD_ROLE):
            read[item.data(0, Qt.ItemDataRole.AccessibleTextRole)] = \
                item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Punto de contacto: Correo electrónico" in read
    assert "Carril: Puntos de dolor" in read
    assert all(about and "<" not in about for about in read.values())  # plain text
    toolbar = window.actions.toolbar
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        button = toolbar.widgetForAction(action)
        assert button.accessibleName() and "&" not in button.accessibleName()
    save = toolbar.widgetForAction(window.actions.save)
    assert save.accessibleName() == "Guardar"
    assert save.accessibleDescription() == "Guardar el mapa"


# -------------------------------------------------------------------- menus
def test_mnemonics_are_given_where_missing(qapp):
    assert mnemonic("Save &As…") == "a" and mnemonic("Tom && Jerry") is None
    menu = QMenu()
    try:
        for text in ("&Paleta", "Propiedades", "Personas", "Tom && Jerry", "Vistas"):
            menu.addAction(text)
        give_mnemonics(menu)
        texts = [a.text() for a in menu.actions()]
        assert texts == ["&Paleta", "P&ropiedades", "P&ersonas", "&Tom && Jerry", "&Vistas"]
        give_mnemonics(menu)  # once is enough
        assert [a.text() for a in menu.actions()] == texts
    finally:
        menu.deleteLater()


def test_a_letter_taken_above_is_given_another(qapp):
    """A translation's "&Acercar" and "&Ajustar…" (Alt then A would only cycle between
    them): the second gets a free letter, a word's first if one is free."""
    menu = QMenu()
    try:
        for text in ("&Acercar", "Al&ejar", "&Ajustar el mapa a la ventana", "&Paleta",
                     "R&&D &paso", "ae"):
            menu.addAction(text)
        give_mnemonics(menu)
        texts = [a.text() for a in menu.actions()]
        assert texts == ["&Acercar", "Al&ejar", "Ajustar el &mapa a la ventana", "&Paleta",
                         "&R&&D paso", "&ae"]  # "ae": every letter taken, its first
    finally:
        menu.deleteLater()


def walk(menu: QMenu, path: str, found: list[tuple[str, object]]) -> None:
    menu.aboutToShow.emit()  # what opening the menu does
    entries = [a for a in menu.actions() if a.text() and not a.isSeparator()]
    letters = [mnemonic(a.text()) for a in entries]
    for i, entry in enumerate(entries):  # a letter shared only when none was left
        if letters[i] in letters[:i]:
            own = {c.lower() for c in entry.text() if c.isalnum()}
            assert own <= set(letters[:i]), (path, [a.text() for a in entries])
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        if action.menu() is not None:
            assert mnemonic(action.text()), f"{path} ▸ {action.text()}"
            walk(action.menu(), f"{path} ▸ {action.text()}", found)
        else:
            found.append((f"{path} ▸ {action.text()}", action))


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_menu_action_is_reachable_by_keyboard(app, manager, example_map_path, tmp_path,
                                                    language):
    install_translators(app, language)
    try:
        for number in range(12):  # more recent files than digits
            path = tmp_path / f"mapa {number} & más.cjmap"
            path.write_bytes(example_map_path.read_bytes())
            manager.add_recent(path)
        window = manager.open_path(example_map_path)
        found: list[tuple[str, object]] = []
        for top in window.menuBar().actions():
            assert mnemonic(top.text()), top.text()
            walk(top.menu(), top.text(), found)
        assert len(found) > 60
        for where, action in found:
            assert mnemonic(action.text()) or not action.shortcut().isEmpty(), where
    finally:
        install_translators(app, "en")


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no keyboard grab
def test_alt_and_a_letter_open_a_menu(example_window):
    window = example_window
    window.show()
    window.activateWindow()
    settle()
    edit = window.actions.menus["edit"]
    QTest.keyClick(window, KEY.Key_E, Qt.KeyboardModifier.AltModifier)
    settle()
    try:
        assert edit.isVisible()
        assert all(mnemonic(a.text()) for a in edit.actions() if a.text() and not a.menu())
    finally:
        edit.close()
        window.menuBar().setActiveAction(None)
        settle()


def test_a_screen_reader_is_told_when_the_selection_changes(example_window, monkeypatch):
    view = example_window.view
    example_window.show()
    example_window.activateWindow()
    view.setFocus()
    settle()
    told: list[tuple[object, QAccessible.Event]] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: told.append((event.object(), event.type()))))
    card_id = next(iter(view.map_scene.cards))
    click_item(view, view.map_scene.cards[card_id])
    view.setFocus()
    key(view, KEY.Key_Right)
    kinds = [kind for obj, kind in told if obj is view]
    assert kinds.count(QAccessible.Event.NameChanged) >= 2
    assert QAccessible.Event.DescriptionChanged in kinds and QAccessible.Event.Focus in kinds
    told.clear()
    view.select_ids(view.selected_ids())  # the same object again: nothing new to say
    assert told == []
    view.select_ids([])
