"""The main window: opening, title, modified mark, docks and status bar."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from cjeditor.app.docks.palette import CARD_MIME, LANE_MIME, PAYLOAD_ROLE
from cjeditor.app.logs import log_path
from cjeditor.app.settings import settings_file
from cjeditor.canvas import MapView
from cjeditor.commands import AddCardCommand, EditCardFieldsCommand, EditMetaCommand, push


def test_window_opens_on_the_example_map(example_window, example_map_path):
    window = example_window
    assert window.windowTitle() == "zapatillas-running.cjmap[*] — cjeditor"
    assert not window.isWindowModified()
    assert window.document.path == example_map_path.resolve()
    counts = window.statusBar().counts.text()
    doc = window.document.map
    cards = sum(len(lane.cards) for lane in doc.lanes)
    assert counts == f"Stages: {len(doc.stages)} · Lanes: {len(doc.lanes)} · Cards: {cards}"
    assert window.statusBar().zoom.text().endswith("%")
    titles = [dock.windowTitle() for dock in window.docks()]
    assert titles == ["Palette", "Properties", "Brief", "Personas", "History", "Map check",
                      "Views", "Prioritise"]


def test_the_canvas_is_the_real_one(example_window):
    """A canvas that failed to build would show a placeholder: here that fails loudly."""
    assert isinstance(example_window.view, MapView)
    assert example_window.view.parentWidget() is example_window.centralWidget()


def test_a_canvas_that_fails_to_build_is_logged_and_shown(manager, example_map_path,
                                                         monkeypatch, caplog):
    from cjeditor.app import canvas_host

    def broken(*args, **kwargs):
        raise ValueError("the scene could not place “card-7” ¿?")

    monkeypatch.setattr(canvas_host, "MapView", broken)
    with caplog.at_level(logging.ERROR, logger="cjeditor.app.canvas_host"):
        window = manager.open_path(example_map_path)
    assert window is not None  # the map stays open: it can still be saved and exported
    view = window.view
    assert isinstance(view, canvas_host.PlaceholderView)
    assert "ValueError: the scene could not place “card-7” ¿?" in view.label.text()
    assert str(log_path()) in view.label.text()
    [record] = [r for r in caplog.records if r.name == "cjeditor.app.canvas_host"]
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "zapatillas-running.cjmap" in record.getMessage()
    window.actions.zoom_in.trigger()  # the menus still work against the placeholder
    assert window.document.map.meta.title


def test_modified_mark_follows_the_undo_stack(example_window):
    window = example_window
    push(window.document, EditMetaCommand(window.document, {"product": "Otra cosa"}))
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_undo_action_names_the_command(example_window):
    window = example_window
    push(window.document, EditMetaCommand(window.document, {"product": "Otra cosa"}))
    assert window.actions.undo.text() == "&Undo Edit brief"


def test_standard_shortcuts(example_window):
    actions = example_window.actions
    assert actions.save.shortcut().toString() == "Ctrl+S"
    assert actions.open.shortcut().toString() == "Ctrl+O"
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert actions.zoom_reset.shortcut().toString() == "Ctrl+0"
    assert actions.select_all.shortcut().toString() == "Ctrl+A"


def test_opening_an_open_file_focuses_its_window(manager, example_window, example_map_path):
    again = manager.open_path(example_map_path)
    assert again is example_window
    assert len(manager.windows) == 1


def test_several_maps_get_a_window_each(manager, example_window, tmp_path, example_map_path):
    copy = tmp_path / "copia.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    other = manager.open_path(copy)
    assert other is not None and other is not example_window
    assert len(manager.windows) == 2
    assert other.windowTitle() == "copia.cjmap[*] — cjeditor"


def test_recent_files_are_kept_in_the_isolated_settings(manager, example_window,
                                                        example_map_path, tmp_path):
    assert manager.settings.recent_files()[0] == str(example_map_path.resolve())
    manager.settings.sync()
    assert settings_file().exists()
    assert str(settings_file()).startswith(str(tmp_path.parent)) or "home" in str(
        settings_file())
    recent = example_window.actions.recent_menu.actions()
    assert recent[0].text().endswith("zapatillas-running.cjmap")


def test_dropping_a_cjmap_url_opens_it(manager, example_window, example_map_path, tmp_path,
                                       qtbot):
    copy = tmp_path / "soltado.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    example_window.dropEvent(event)
    assert event.isAccepted()
    assert manager.find_window(copy) is None  # opened after the drop returns
    qtbot.waitUntil(lambda: manager.find_window(copy) is not None)
    assert len(manager.windows) == 2


def test_dropping_other_files_is_ignored(manager, example_window, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hola")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    assert example_window._map_paths(mime) == []


def test_palette_drags_carry_json(example_window):
    tree = example_window.palette.tree
    payloads = {}
    leaves = []

    def walk(item):
        for i in range(item.childCount()):
            child = item.child(i)
            if child.data(0, PAYLOAD_ROLE):
                leaves.append(child)
            walk(child)

    walk(tree.invisibleRootItem())
    for leaf in leaves:
        data = tree.mimeData([leaf])
        for mime in (CARD_MIME, LANE_MIME):
            if data.hasFormat(mime):
                payloads.setdefault(mime, []).append(json.loads(bytes(data.data(mime))))
    cards = payloads[CARD_MIME]
    assert {"kind": "note"} in cards
    assert {"kind": "touchpoint", "channel": "whatsapp"} in cards
    assert len([c for c in cards if c["kind"] == "touchpoint"]) == 28
    assert {"type": "emotions"} in payloads[LANE_MIME]
    assert len(payloads[LANE_MIME]) == 17  # version 2 adds the three blueprint lane types


def test_insert_menu_adds_a_lane_through_a_command(example_window):
    window = example_window
    lanes = len(window.document.map.lanes)
    window.actions.add_lane["ideas"].trigger()
    assert len(window.document.map.lanes) == lanes + 1
    assert window.document.map.lanes[-1].title == "Ideas y experimentos"  # map language
    assert window.document.undo_stack.undoText() == "Add lane"
    window.document.undo_stack.undo()
    assert len(window.document.map.lanes) == lanes


def test_palette_double_click_adds_a_touchpoint(example_window):
    window = example_window
    doc = window.document
    before = sum(len(lane.cards) for lane in doc.map.lanes)
    window.palette.activated.emit(CARD_MIME, {"kind": "touchpoint", "channel": "whatsapp"})
    assert sum(len(lane.cards) for lane in doc.map.lanes) == before + 1
    shown = window.properties.current
    assert doc.card(shown).channel == "whatsapp"


def test_preferences_store_the_language(example_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from cjeditor.app.dialogs.preferences import PreferencesDialog

    def fake_exec(self):
        self.language_combo.setCurrentIndex(self.language_combo.findData("es"))
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    example_window.actions.preferences.trigger()
    assert example_window.manager.settings.language == "es"


def test_window_layout_is_remembered(manager, example_window, example_map_path, tmp_path):
    example_window.brief.hide()
    assert example_window.close()
    copy = tmp_path / "otra.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    again = manager.open_path(copy)
    assert again.brief.isHidden()


def test_persona_filter_lists_personas_and_filters_the_view(example_window):
    combo = example_window.actions.persona_filter
    doc = example_window.document
    assert combo.count() == 1 + len(doc.map.personas)
    assert combo.itemText(0) == "All personas"
    shown = []
    example_window.view.set_persona = shown.append
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert shown == [doc.map.personas[0].id]


def test_dropping_a_cjmap_on_the_canvas_opens_it(manager, example_window, example_map_path,
                                                  tmp_path, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    copy = tmp_path / "lienzo.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    example_window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    target = example_window.view.viewport()
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    qtbot.waitUntil(lambda: manager.find_window(copy) is not None)  # after the drop


def test_canvas_selection_shows_properties_and_enables_edit_actions(example_window):
    window = example_window
    actions = window.actions
    assert not actions.copy.isEnabled() and not actions.delete.isEnabled()
    card = next(c for c in window.document.map.all_cards() if c.kind == "pain_point")
    window.view.select_ids([card.id])  # the canvas reports it, as for a click
    assert window.selection == [card.id]
    assert window.properties.current == card.id
    assert actions.copy.isEnabled() and actions.cut.isEnabled() and actions.delete.isEnabled()
    actions.delete.trigger()
    assert not window.document.has_card(card.id)
    assert not actions.delete.isEnabled()
    window.document.undo_stack.undo()
    assert window.document.has_card(card.id)


def test_palette_drop_on_the_canvas_adds_a_card(example_window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication

    window = example_window
    view = window.view
    window.show()
    doc = window.document
    lane = next(lane for lane in doc.map.lanes if lane.type == "touchpoints")
    stage = doc.map.stages[0]
    before = len(doc.lane(lane.id).cards)
    rect = view.map_scene.cell_rect(lane.id, stage.id)
    view.centerOn(rect.center())
    QApplication.processEvents()
    point = view.mapFromScene(rect.center())
    tree = window.palette.tree
    items = tree.findItems("WhatsApp", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    leaf = items[0]
    mime = tree.mimeData([leaf])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(QPoint(point), *args))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(QPoint(point), *args))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(point), *args))
    cards = doc.lane(lane.id).cards
    assert len(cards) == before + 1
    added = [c for c in cards if c.channel == "whatsapp" and c.stage == stage.id]
    assert added


def test_insert_card_goes_to_the_selected_cell(example_window):
    window = example_window
    doc = window.document
    pain = next(c for c in doc.map.all_cards() if c.kind == "pain_point")
    window.view.selection_changed.emit([pain.id])
    before = len(doc.lane_of(pain.id).cards)
    window.actions.add_card["pain_point"].trigger()
    lane = doc.lane_of(pain.id)
    assert len(lane.cards) == before + 1
    new_id = window.properties.current
    assert doc.card(new_id).stage == pain.stage and doc.lane_of(new_id).id == lane.id
    assert "image" not in window.actions.add_card


def test_file_open_event_opens_the_map(manager, tmp_path, example_map_path):
    from PySide6.QtGui import QFileOpenEvent

    copy = tmp_path / "evento.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    blank = manager.new_map("blank", "es")
    assert manager.eventFilter(None, QFileOpenEvent(str(copy)))
    assert manager.find_window(copy) is blank  # the untouched blank map was replaced


def test_insert_stage_and_phase_after_the_selection(example_window):
    window = example_window
    doc = window.document
    first = doc.map.stages[0]
    window.view.selection_changed.emit([first.id])
    stages = len(doc.map.stages)
    window.actions.add_stage.trigger()
    assert len(doc.map.stages) == stages + 1
    new = doc.map.stages[1]
    assert new.name == "Nueva etapa" and window.properties.current == new.id
    phases = len(doc.map.phases)
    window.view.selection_changed.emit([])
    window.actions.add_phase.trigger()
    assert len(doc.map.phases) == phases + 1 or window.statusBar().currentMessage()


def test_a_closed_window_with_an_undo_history_is_collected_safely(manager, example_map_path):
    """The window owns its document (and so its undo stack and commands): collecting
    a closed window's objects, under the editor's collector policy, deletes them in
    Qt's order. A document left to Python's collector with commands on its stack can
    crash it."""
    import gc

    from qt_support import flush_deletes

    from cjeditor.app import collector
    from cjeditor.commands import DeleteCardsCommand, EditCardFieldsCommand

    collector.tune()
    for _ in range(2):
        window = manager.open_path(example_map_path)
        doc = window.document
        assert doc.parent() is window
        cards = [card for lane in doc.map.lanes for card in lane.cards][:6]
        for i, card in enumerate(cards[:3]):
            window.view.run(EditCardFieldsCommand(doc, card.id, {"title": f"Otro {i}"}))
        window.view.run(DeleteCardsCommand(doc, [cards[3].id]))
        doc.undo_stack.undo()
        window.view.run(EditCardFieldsCommand(doc, cards[4].id, {"title": "¿Y ahora?"}))
        doc.set_clean()
        window.close()
        del window, doc
        flush_deletes()
        gc.collect()
    assert not manager.windows


def test_insert_card_here_on_a_folded_lane_says_to_unfold_it(example_window):
    from cjeditor.canvas.drops import expand_first
    from cjeditor.commands import EditLaneCommand

    window = example_window
    doc = window.document
    lane = next(la for la in doc.map.lanes if la.type == "emotions")
    window.view.run(EditLaneCommand(doc, lane.id, {"collapsed": True}))
    before = doc.map.model_dump()
    window.view.current_cell = (lane.id, doc.map.stages[0].id)
    window.view.select_ids([])
    window.insert_card_here()
    assert window.statusBar().currentMessage() == expand_first()  # not "takes no cards"
    assert doc.map.model_dump() == before


def test_undo_from_the_menu_commits_a_title_being_typed_first(example_window):
    """The toolbar's or the Edit menu's Undo while a title is typed on the canvas: the
    typing becomes a step and is undone (Redo brings it back), the editor closes; the
    map never changes under an open editor."""
    window = example_window
    doc, view = window.document, window.view
    card = next(c for c in doc.map.all_cards() if c.kind == "touchpoint" and c.title)
    view.run(EditCardFieldsCommand(doc, card.id, {"title": "Primero"}))
    editor = view.edit_title(card.id)
    assert editor is not None
    editor.setText("Segundo ¿sin confirmar? 😀")
    window.actions.undo.trigger()
    assert view.editor is None
    assert doc.card(card.id).title == "Primero"
    window.actions.redo.trigger()
    assert doc.card(card.id).title == "Segundo ¿sin confirmar? 😀"


def test_undo_from_the_menu_while_naming_a_new_card(example_window):
    window = example_window
    doc, view = window.document, window.view
    lane = next(la for la in doc.map.lanes if la.type == "touchpoints")
    add = AddCardCommand(doc, lane.id, doc.map.stages[0].id, "touchpoint", {"channel": "email"})
    view.run(add)
    editor = view.edit_title(add.card_id)
    editor.setText("nota nueva")
    # the name typed is committed first, into the step that added the card (a card
    # added and named is one step): undo takes the named card away, redo brings it back
    window.actions.undo.trigger()
    assert view.editor is None
    assert not doc.has_card(add.card_id)
    window.actions.redo.trigger()
    assert doc.card(add.card_id).title == "nota nueva"


def test_what_cannot_act_is_off(example_window):
    """Rename needs one card, stage, lane or phase selected; a read-only window keeps
    Copy and nothing that would change the map (as Save is off there)."""
    from cjeditor.app.already_open import set_read_only

    window = example_window
    acts, doc, view = window.actions, window.document, window.view
    view.select_ids([])
    assert not acts.rename.isEnabled() and not acts.delete.isEnabled()
    card = next(c for c in doc.map.all_cards() if c.kind == "touchpoint")
    view.select_ids([card.id])
    assert acts.rename.isEnabled() and acts.cut.isEnabled() and acts.copy.isEnabled()
    view.select_ids([card.id, doc.map.stages[0].id])
    assert not acts.rename.isEnabled() and acts.delete.isEnabled()
    view.select_ids([card.id])
    set_read_only(window)
    off = [acts.cut, acts.duplicate, acts.delete, acts.paste, acts.rename, acts.save,
           acts.add_stage, acts.add_card_here, *acts.add_card.values()]
    assert [a.text() for a in off if a.isEnabled()] == []
    assert acts.copy.isEnabled()
    buttons = [window.personas.add_button, window.personas.remove_button,
               window.personas.picture_button, window.views.save_button]
    assert [b.text() for b in buttons if b.isEnabled()] == []  # the docks add nothing
    set_read_only(window, False)
    assert acts.rename.isEnabled() and acts.add_stage.isEnabled()
    assert window.personas.add_button.isEnabled() and window.views.save_button.isEnabled()
