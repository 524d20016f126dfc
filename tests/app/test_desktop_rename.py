"""F2 (Edit ▸ Rename) opens the in-place editor of the selected card, stage or lane.

Real events: the object is selected by a click sent to the viewport, F2 is typed
through QTest (so the window's shortcut map sees it, as with a keyboard)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjeditor.app.help import SHORTCUTS
from cjeditor.app.i18n import install_translators
from cjeditor.canvas.inline import InlineEditor, InlineTextEditor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import center_of, press, release  # noqa: E402

KEY = Qt.Key


def shown(window):
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    window.view.setFocus()
    return window.view


def click(view, item) -> None:
    point = center_of(item)
    view.centerOn(item)
    QApplication.processEvents()
    point = center_of(item)
    press(view, point)
    release(view, point)
    QApplication.processEvents()


def test_f2_renames_the_selected_card(example_window):
    view = shown(example_window)
    doc = example_window.document
    triggered: list[bool] = []
    example_window.actions.rename.triggered.connect(lambda *_: triggered.append(True))
    card_id = next(iter(view.map_scene.cards))
    click(view, view.map_scene.cards[card_id])
    assert view.selected_ids() == [card_id]
    QTest.keyClick(view, KEY.Key_F2)
    editor = view.editor
    assert triggered  # through Edit ▸ Rename's shortcut
    assert isinstance(editor, InlineTextEditor)
    assert editor.text() == doc.card(card_id).title
    assert editor.accessibleName() == "Title"  # the vocabulary's word, read aloud
    editor.selectAll()
    QTest.keyClicks(editor, "Nuevo titulo")
    QTest.keyClick(editor, KEY.Key_Return)
    assert doc.card(card_id).title == "Nuevo titulo"
    assert view.editor is None and doc.undo_stack.count() == 1
    view.select_ids([])


def test_f2_renames_a_stage_and_a_lane_header(example_window):
    view = shown(example_window)
    doc = example_window.document
    stage = doc.map.stages[1]
    click(view, view.map_scene.stages[stage.id])
    assert view.selected_ids() == [stage.id]
    QTest.keyClick(view, KEY.Key_F2)
    assert isinstance(view.editor, InlineEditor) and view.editor.text() == stage.name
    assert view.editor.accessibleName() == "Name"
    view.editor.selectAll()
    QTest.keyClicks(view.editor, "Compra")
    QTest.keyClick(view.editor, KEY.Key_Enter)
    assert doc.stage(stage.id).name == "Compra"

    lane = doc.map.lanes[1]
    view.select_ids([lane.id])  # a lane header may be scrolled under the frozen column
    QTest.keyClick(view, KEY.Key_F2)
    assert isinstance(view.editor, InlineEditor) and view.editor.text() == lane.title
    QTest.keyClick(view.editor, KEY.Key_Escape)  # Esc: the name stays
    assert view.editor is None and doc.lane(lane.id).title == lane.title
    assert doc.undo_stack.count() == 1


def test_f2_with_nothing_or_several_selected_does_nothing(example_window):
    view = shown(example_window)
    doc = example_window.document
    view.select_ids([])
    QTest.keyClick(view, KEY.Key_F2)
    assert view.editor is None
    view.select_ids(list(view.map_scene.cards)[:2])
    QTest.keyClick(view, KEY.Key_F2)
    assert view.editor is None
    assert doc.undo_stack.count() == 0 and not doc.modified
    view.select_ids([])


def test_f2_in_an_open_editor_keeps_that_editor(example_window):
    view = shown(example_window)
    card_id = next(iter(view.map_scene.cards))
    view.select_ids([card_id])
    QTest.keyClick(view, KEY.Key_F2)
    editor = view.editor
    QTest.keyClick(editor, KEY.Key_F2)
    assert view.editor is editor and editor.isVisible()
    QTest.keyClick(editor, KEY.Key_Escape)
    view.select_ids([])


def test_rename_is_in_the_edit_menu_and_the_guide(app, manager, example_map_path):
    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    action = window.actions.rename
    assert action in window.actions.menus["edit"].actions()
    assert action.shortcut() == QKeySequence(KEY.Key_F2)
    assert action.text() == "Cambiar &nombre"
    dialog = window.show_guide()
    try:
        keyboard = dialog.page_text(SHORTCUTS)
        assert keyboard.startswith("Nuevo ")  # in the menus' order: File ▸ New first
        line = next(row for row in keyboard.splitlines() if row.startswith("Cambiar nombre"))
        assert line.rstrip().endswith("F2")
    finally:
        dialog.close()


def test_arrow_keys_bring_the_card_out_from_under_the_frozen_strips(example_window):
    view = shown(example_window)
    frozen = example_window.frozen
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    shown_rect = view.mapToScene(view.viewport().rect()).boundingRect()
    start = min((cid for cid in view.map_scene.cards
                 if shown_rect.contains(center_of(view.map_scene.cards[cid]))),
                key=lambda cid: center_of(view.map_scene.cards[cid]).y())
    view.select_ids([start])
    moves = [KEY.Key_Up] * 6 + [KEY.Key_Left] * 4
    for key in moves:
        QTest.keyClick(view, key)
        QApplication.processEvents()
        [card_id] = view.selected_ids()
        if card_id not in view.map_scene.cards:
            continue  # past the top card: the stage's header (shown by its frozen strip)
        item = view.map_scene.cards[card_id]
        on_screen = view.mapFromScene(item.mapRectToScene(item._rect)).boundingRect()
        assert view.viewport().rect().contains(on_screen)
        for band in (frozen.stages, frozen.lanes):
            if band.isVisible():
                covered = band.geometry().translated(-view.viewport().x(), -view.viewport().y())
                assert not covered.intersects(on_screen), (band.objectName(), card_id)
    view.select_ids([])
