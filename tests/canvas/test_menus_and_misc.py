"""Context menus, space-drag panning, document reset, persona filter, picture drops."""

from __future__ import annotations

from canvas_helpers import center_of, drag, palette_drop
from maps import base_map, png_bytes
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from qt_support import drop_files

from cjeditor.canvas import CARD_MIME
from cjeditor.canvas.menus import context_menu
from cjeditor.model import JourneyMap


def actions(menu):
    found = {}
    for action in menu.actions():
        if action.menu():
            found.update(actions(action.menu()))
        elif action.text():
            found[action.text()] = action
    return found


def test_stage_menu_inserts_and_deletes(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    menu = context_menu(view, scene.stages["s-2"], center_of(scene.stages["s-2"]))
    acts = actions(menu)
    acts["Insert stage after"].trigger()
    # Named in the map's language (this map is Spanish), as Insert ▸ Stage names it.
    assert len(doc.map.stages) == 4 and doc.map.stages[2].name == "Nueva etapa"
    assert doc.map.stages[2].phase is None  # s-3 has no phase
    menu = context_menu(view, scene.stages["s-1"], center_of(scene.stages["s-1"]))
    actions(menu)["SMOT"].trigger()
    assert doc.stage("s-1").moment == "smot"
    menu = context_menu(view, scene.stages["s-3"], center_of(scene.stages["s-3"]))
    actions(menu)["Delete stage"].trigger()
    assert doc.kind_of("s-3") is None
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_lane_phase_card_and_cell_menus(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    acts = actions(context_menu(view, scene.lane_headers["l-tp"],
                                center_of(scene.lane_headers["l-tp"])))
    acts["Move down"].trigger()
    assert doc.map.lanes[2].id == "l-tp"
    acts["Collapse"].trigger()
    assert doc.lane("l-tp").collapsed and "c-tp" not in scene.cards
    acts = actions(context_menu(view, scene.phases["ph-1"], center_of(scene.phases["ph-1"])))
    acts["Delete phase"].trigger()
    assert not doc.map.phases
    cell = scene.cell_rect("l-idea", "s-1").center()
    acts = actions(context_menu(view, None, cell))
    acts["Add card"].trigger()
    assert len(doc.lane("l-idea").cards) == 2
    view.editor.cancel()
    acts = actions(context_menu(view, scene.cards["c-exp"], center_of(scene.cards["c-exp"])))
    acts["Delete"].trigger()
    assert not doc.has_card("c-exp")
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_space_drag_pans(view):
    view.set_zoom(3.0)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space,
                                           Qt.KeyboardModifier.NoModifier, " "))
    start = view.mapToScene(view.viewport().rect().center())
    drag(view, start, start + QPointF(0, 30))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Space,
                                           Qt.KeyboardModifier.NoModifier, " "))
    assert bar.value() < value
    assert view.doc.undo_stack.count() == 0


def test_reset_rebuilds_items(view, doc):
    raw = base_map()
    raw["lanes"] = raw["lanes"][:2]
    doc.set_map(JourneyMap.model_validate(raw))
    assert set(view.map_scene.cards) == {"c-note", "c-tp"}
    assert set(view.map_scene.lane_headers) == {"l-notes", "l-tp"}


def test_persona_filter_hides_other_lanes(view, doc):
    from cjeditor.commands import AddPersonaCommand, EditLaneCommand, push

    add = AddPersonaCommand(doc, "Otro")
    push(doc, add)
    push(doc, EditLaneCommand(doc, "l-tp", {"persona": add.persona_id}))
    view.set_persona("p-1")
    assert "l-tp" not in view.map_scene.lane_headers and "c-tp" not in view.map_scene.cards
    view.set_persona(None)
    assert "c-tp" in view.map_scene.cards


def test_picture_file_drop_on_images_lane(view, doc, tmp_path):
    before = doc.map.model_dump()
    path = tmp_path / "foto.png"
    path.write_bytes(png_bytes(8, 6))
    drop_files(view, view.map_scene.cell_rect("l-img", "s-1").center(), path)
    cards = doc.cell_cards("l-img", "s-1")
    assert len(cards) == 1 and cards[0].title == "foto"
    assert view.map_scene.cards[cards[0].id].image is not None
    assert len(doc.map.assets) == 2
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_palette_image_kind_explains(view, doc):
    messages = []
    view.status_message.connect(messages.append)
    accepted, _ = palette_drop(view, view.map_scene.cell_rect("l-img", "s-1").center(),
                               CARD_MIME, {"kind": "image"})
    assert not accepted and "PNG or JPEG" in messages[-1]


def test_an_opportunity_answers_a_pain_point_from_its_menu(view, doc, monkeypatch):
    from cjeditor.canvas.connections import ConnectDialog
    from cjeditor.commands import AddCardCommand

    view.run(AddCardCommand(doc, "l-pain", "s-3", "pain_point", {"title": "Tallas raras"}))
    new = next(c.id for c in doc.lane("l-pain").cards if c.title == "Tallas raras")
    before = doc.map.model_dump()
    offered: list[str] = []

    def pick(dialog):
        offered.extend(dialog.list.item(row).data(Qt.ItemDataRole.UserRole)
                       for row in range(dialog.list.count()))
        dialog.choose(new)
        return ConnectDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", pick)
    scene = view.map_scene
    item = scene.cards["c-opp"]
    acts = actions(context_menu(view, item, center_of(item)))
    acts["Answers a pain point…"].trigger()
    assert sorted(offered) == sorted(["c-pain", new])  # only pain points are offered
    assert doc.card("c-opp").addresses == ["c-pain", new]
    assert any(link.to_card_id == new for link in scene.geometry.links)  # drawn at once
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    assert "Answers a pain point…" not in actions(
        context_menu(view, scene.cards["c-pain"], center_of(scene.cards["c-pain"])))


def test_a_folded_lane_takes_no_card_from_paste_or_its_menu(view, doc):
    """A card added to a folded lane would not show (nothing selected, no title to type):
    paste and the cell's menu refuse it as a drop does, and the menu offers to unfold."""
    from cjeditor.canvas.drops import expand_first
    from cjeditor.commands import EditLaneCommand

    scene = view.map_scene
    said: list[str] = []
    view.status_message.connect(said.append)
    view.select_ids(["c-idea"])
    assert view.copy()
    view.run(EditLaneCommand(doc, "l-idea", {"collapsed": True}))
    before = doc.map.model_dump()
    cell = scene.cell_rect("l-idea", "s-2").center()
    acts = actions(context_menu(view, None, cell))
    assert view.current_cell == ("l-idea", "s-2")
    assert "Add card" not in acts and "Paste" not in acts
    view.select_ids([])
    assert not view.paste()  # into the folded cell the menu pointed at
    assert said[-1] == expand_first()
    assert doc.map.model_dump() == before
    acts["Expand"].trigger()
    assert not doc.lane("l-idea").collapsed
    assert view.paste()
    assert len(doc.cell_cards("l-idea", "s-2")) == 1


def test_a_card_tooltip_shows_its_text_literally_with_its_line_breaks(view, doc):
    from PySide6.QtGui import QTextDocument

    from cjeditor.commands import EditCardFieldsCommand

    view.run(EditCardFieldsCommand(doc, "c-tp", {
        "title": "¿Qué tal? <b>negrita</b>\nsegunda línea 😀", "text": "a < b\nc & d"}))
    tip = view.map_scene.cards["c-tp"].toolTip()
    shown = QTextDocument()
    shown.setHtml(tip)
    assert shown.toPlainText().split("\n") == [
        "¿Qué tal? <b>negrita</b>", "segunda línea 😀", "a < b", "c & d"]


def test_a_card_pasted_on_a_lane_that_does_not_take_it_says_where_it_went(view, doc):
    # a pain point pasted with an opportunities cell chosen went to the pain points lane
    # without a word
    said: list[str] = []
    view.status_message.connect(said.append)
    view.select_ids(["c-pain"])
    assert view.copy()
    view.select_ids([])
    view.current_cell = ("l-opp", "s-1")
    assert view.paste()
    [pasted] = view.selected_card_ids()
    assert doc.lane_of(pasted).id == "l-pain" and doc.card(pasted).stage == "s-1"
    assert said and said[-1].startswith('The lane "')
    assert 'takes no pain point cards: pasted in "' in said[-1]
