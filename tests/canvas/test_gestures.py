"""Real gestures on the canvas; each undoes exactly and redoes."""

from __future__ import annotations

from canvas_helpers import center_of, double_click, drag, move, palette_drop, press, release
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import CARD_MIME, LANE_MIME


def undo_redo_exact(doc, before, after=None):
    after = after if after is not None else doc.map.model_dump()
    assert after != before
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    doc.undo_stack.redo()
    assert doc.map.model_dump() == after


def test_items_follow_the_document(view, doc):
    scene = view.map_scene
    assert set(scene.cards) == {c.id for c in doc.map.all_cards()}
    assert set(scene.stages) == {"s-1", "s-2", "s-3"}
    assert set(scene.points) == {"c-emo1", "c-emo2"}
    assert len(scene.links) == 1


def test_palette_drop_into_a_cell(view, doc):
    before = doc.map.model_dump()
    target = view.map_scene.cell_rect("l-tp", "s-2").center()
    accepted, drop = palette_drop(view, target, CARD_MIME, {"kind": "touchpoint",
                                                             "channel": "whatsapp"})
    assert accepted and drop.isAccepted()
    new = [c for c in doc.lane("l-tp").cards if c.stage == "s-2"]
    assert len(new) == 1 and new[0].channel == "whatsapp"
    assert view.selected_ids() == [new[0].id]
    assert view.editor is not None  # title editor opened on the new card
    view.editor.cancel()
    assert doc.undo_stack.undoText() == "Add card"
    undo_redo_exact(doc, before)


def test_refused_drop_says_why(view, doc):
    before = doc.map.model_dump()
    messages = []
    view.status_message.connect(messages.append)
    target = view.map_scene.cell_rect("l-emo", "s-3").center()
    accepted, drop = palette_drop(view, target, CARD_MIME, {"kind": "note"})
    assert not accepted and not drop.isAccepted()
    assert messages and "cannot go in the lane" in messages[0]
    assert doc.map.model_dump() == before
    assert doc.undo_stack.count() == 0
    # An emotion where the stage already has one is refused too.
    target = view.map_scene.cell_rect("l-emo", "s-1").center()
    accepted, _ = palette_drop(view, target, CARD_MIME, {"kind": "emotion"})
    assert not accepted and "already has an emotion" in messages[-1]


def test_forbidden_cursor_during_refused_drag(view, doc):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    mime = QMimeData()
    mime.setData(CARD_MIME, b'{"kind": "pain_point"}')
    pos = view.mapFromScene(view.map_scene.cell_rect("l-tp", "s-1").center())
    args = (pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(*args))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(*args))
    assert view.viewport().cursor().shape() == Qt.CursorShape.ForbiddenCursor


def test_palette_lane_drop(view, doc):
    before = doc.map.model_dump()
    geom = view.map_scene.geometry
    first = geom.lanes[0]
    accepted, drop = palette_drop(view, QPointF(400, first.y + 2), LANE_MIME, {"type": "ideas"})
    assert drop.isAccepted()
    assert doc.map.lanes[0].type == "ideas"
    undo_redo_exact(doc, before)


def test_drag_card_to_another_cell(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    start = center_of(scene.cards["c-tp"])
    end = scene.cell_rect("l-tp", "s-3").center()
    drag(view, start, end)
    assert doc.card("c-tp").stage == "s-3"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Move card"
    assert scene.cards["c-tp"].scenePos().x() > end.x() - scene.cell_rect("l-tp", "s-3").width()
    undo_redo_exact(doc, before)


def test_drag_several_selected_cards_together(view, doc):
    from cjeditor.commands import AddCardCommand, push

    add = AddCardCommand(doc, "l-tp", "s-1", "touchpoint", {"title": "Second"})
    push(doc, add)
    before = doc.map.model_dump()
    scene = view.map_scene
    press(view, center_of(scene.cards["c-tp"]))
    release(view, center_of(scene.cards["c-tp"]))
    press(view, center_of(scene.cards[add.card_id]), modifiers=Qt.KeyboardModifier.ControlModifier)
    release(view, center_of(scene.cards[add.card_id]),
            modifiers=Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_ids()) == {"c-tp", add.card_id}
    drag(view, center_of(scene.cards["c-tp"]), scene.cell_rect("l-tp", "s-2").center())
    assert {c.id for c in doc.cell_cards("l-tp", "s-2")} == {"c-tp", add.card_id}
    assert doc.undo_stack.count() == 2  # one command for the whole drag
    undo_redo_exact(doc, before)


def test_drag_to_a_forbidden_lane_is_refused(view, doc):
    before = doc.map.model_dump()
    messages = []
    view.status_message.connect(messages.append)
    scene = view.map_scene
    start = center_of(scene.cards["c-tp"])
    drag(view, start, scene.cell_rect("l-pain", "s-1").center())
    assert doc.map.model_dump() == before
    assert messages and "cannot go" in messages[-1]
    assert scene.cards["c-tp"].scenePos().toPoint() == QPointF(
        scene.geometry.cards["c-tp"].rect.x, scene.geometry.cards["c-tp"].rect.y).toPoint()


def test_reorder_within_a_cell(view, doc):
    from cjeditor.commands import AddCardCommand, push

    add = AddCardCommand(doc, "l-tp", "s-1", "touchpoint", {"title": "Second"})
    push(doc, add)
    before = doc.map.model_dump()
    scene = view.map_scene
    first = scene.cards["c-tp"].sceneBoundingRect()
    drag(view, center_of(scene.cards[add.card_id]), QPointF(first.center().x(), first.top() + 2))
    assert [c.id for c in doc.cell_cards("l-tp", "s-1")] == [add.card_id, "c-tp"]
    undo_redo_exact(doc, before)


def test_reorder_stages_by_dragging_the_header(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    start = center_of(scene.stages["s-3"])
    end = center_of(scene.stages["s-1"])
    drag(view, start, end)
    assert [s.id for s in doc.map.stages] == ["s-3", "s-1", "s-2"]
    assert doc.undo_stack.undoText() == "Move stage"
    undo_redo_exact(doc, before)


def test_reorder_lanes_by_dragging_the_header(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    drag(view, center_of(scene.lane_headers["l-img"]), center_of(scene.lane_headers["l-notes"]))
    assert doc.map.lanes[0].id == "l-img"
    undo_redo_exact(doc, before)


def test_span_resize_by_the_right_edge(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    rect = scene.cards["c-tp"].mapRectToScene(scene.cards["c-tp"].shape().boundingRect())
    start = QPointF(rect.right() - 1.5, rect.center().y())
    end = scene.cell_rect("l-tp", "s-3").center()
    drag(view, start, end)
    assert doc.card("c-tp").span == 3
    assert doc.undo_stack.undoText() == "Resize card"
    assert scene.cards["c-tp"].sceneBoundingRect().right() > end.x()
    undo_redo_exact(doc, before)


def test_the_right_edge_resizes_even_with_the_connection_handle_shown(view, doc):
    """Hovering a card shows its arrow handle just outside its right edge; a press
    inside the edge is still the span's, never an arrow."""
    scene = view.map_scene
    rect = scene.cards["c-tp"].mapRectToScene(scene.cards["c-tp"].shape().boundingRect())
    move(view, rect.center(), buttons=Qt.MouseButton.NoButton)  # hover: the handle shows
    assert view.connector.handle.isVisible()
    drag(view, QPointF(rect.right() - 1.0, rect.center().y()),
         scene.cell_rect("l-tp", "s-2").center())
    assert doc.card("c-tp").span == 2 and not doc.map.connections
    assert doc.undo_stack.undoText() == "Resize card"


def test_emotion_point_drag(view, doc):
    before = doc.map.model_dump()
    scene = view.map_scene
    point = scene.points["c-emo1"]
    target_y = point.score_y[-1]
    drag(view, center_of(point), QPointF(center_of(point).x(), target_y))
    assert doc.card("c-emo1").score == -1
    assert doc.undo_stack.undoText() == "Change emotion"
    undo_redo_exact(doc, before)


def test_double_click_edits_the_title_in_place(view, doc):
    before = doc.map.model_dump()
    double_click(view, center_of(view.map_scene.cards["c-tp"]))
    editor = view.editor
    assert editor is not None and editor.text() == "Google"
    editor.selectAll()
    QTest.keyClicks(editor, "<b>Res")
    editor.insert("eñas</b>")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert doc.card("c-tp").title == "<b>Reseñas</b>"  # plain text, stored as typed
    assert doc.undo_stack.count() == 1
    undo_redo_exact(doc, before)


def test_rename_stage_inline(view, doc):
    before = doc.map.model_dump()
    double_click(view, center_of(view.map_scene.stages["s-2"]))
    view.editor.setText("Decisión")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert doc.stage("s-2").name == "Decisión"
    undo_redo_exact(doc, before)


def test_copy_paste_between_two_documents(view, doc, qapp):
    from canvas_helpers import dispose, make_view

    from cjeditor.templates import create_map

    view.select_ids(["c-tp", "c-pain", "c-opp", "c-img"])
    assert view.copy()
    other = make_view(create_map("moments-of-truth", "en"))
    try:
        before = other.doc.map.model_dump()
        assert other.paste()
        pasted = list(other.doc.map.all_cards())
        assert sorted(c.kind for c in pasted) == ["opportunity", "pain_point", "touchpoint"]
        opp = next(c for c in pasted if c.kind == "opportunity")
        pain = next(c for c in pasted if c.kind == "pain_point")
        assert opp.addresses == [pain.id] and pain.id != "c-pain"
        undo_redo_exact(other.doc, before)
    finally:
        dispose(other)
    # Pasting into the same document gives new ids, in the selected card's cell.
    before = doc.map.model_dump()
    view.select_ids(["c-tp"])
    view.copy()
    assert view.paste()
    tps = doc.cell_cards("l-tp", "s-1")
    assert len(tps) == 2 and tps[1].id != "c-tp" and tps[1].title == "Google"
    undo_redo_exact(doc, before)


def test_cut_duplicate_delete(view, doc):
    before = doc.map.model_dump()
    view.select_ids(["c-exp"])
    assert view.duplicate()
    assert len(doc.lane("l-exp").cards) == 2
    undo_redo_exact(doc, before)
    doc.undo_stack.undo()
    view.select_ids(["c-exp"])
    assert view.cut()
    assert not doc.has_card("c-exp")
    assert doc.undo_stack.undoText() == "Cut"
    undo_redo_exact(doc, before)
    doc.undo_stack.undo()
    view.select_ids(["c-pain"])
    view.delete_selected()
    assert not doc.has_card("c-pain") and doc.card("c-opp").addresses == []
    undo_redo_exact(doc, before)


def test_rubber_band_and_selection_signal(view, doc):
    seen = []
    view.selection_changed.connect(seen.append)
    scene = view.map_scene
    a = scene.cell_rect("l-notes", "s-1").topLeft() + QPointF(2, 2)
    b = scene.cell_rect("l-exp", "s-2").bottomRight() - QPointF(2, 2)
    press(view, a)
    for i in range(1, 6):
        move(view, a + (b - a) * (i / 5))
    release(view, b)
    assert {"c-note", "c-tp", "c-exp"} <= set(view.selected_ids())
    assert seen and set(seen[-1]) == set(view.selected_ids())
    view.select_all()
    assert set(view.selected_ids()) == {c.id for c in doc.map.all_cards()}


def test_zoom(view):
    zooms = []
    view.zoom_changed.connect(zooms.append)
    view.zoom_in()
    assert abs(view.zoom() - 1.25) < 1e-9
    view.zoom_out()
    view.zoom_reset()
    assert view.zoom() == 1.0
    view.zoom_to_fit()
    rect = view.mapFromScene(view.map_scene.sceneRect()).boundingRect()
    assert rect.width() <= view.viewport().width() + 2
    assert zooms[-1] == view.zoom()
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    z = view.zoom()
    pos = QPointF(200, 200)
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert abs(view.zoom() - z * 1.25) < 1e-6


def test_middle_button_pans(view):
    view.zoom_reset()
    view.set_zoom(3.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    start = view.mapToScene(view.viewport().rect().center())
    drag(view, start, start - QPointF(40, 0), button=Qt.MouseButton.MiddleButton)
    assert bar.value() != value


def test_a_click_on_one_of_several_selected_selects_it_alone(view, doc):
    """A press that becomes a drag moves all the selected cards (above); one that ends
    as a click selects the card clicked alone, as file managers and Qt's views do."""
    scene = view.map_scene
    CTRL = Qt.KeyboardModifier.ControlModifier
    view.select_ids(["c-tp", "c-exp", "s-2"])
    press(view, center_of(scene.cards["c-exp"]))
    release(view, center_of(scene.cards["c-exp"]))
    assert view.selected_ids() == ["c-exp"]
    view.select_ids(["s-1", "s-2"])  # a header too
    press(view, center_of(scene.stages["s-2"]))
    release(view, center_of(scene.stages["s-2"]))
    assert view.selected_ids() == ["s-2"]
    # Ctrl+click on an emotion's face adds it to the selection, again takes it out
    view.select_ids(["c-tp"])
    face = center_of(scene.points["c-emo1"])
    press(view, face, modifiers=CTRL)
    release(view, face, modifiers=CTRL)
    assert sorted(view.selected_ids()) == ["c-emo1", "c-tp"]
    press(view, face, modifiers=CTRL)
    release(view, face, modifiers=CTRL)
    assert view.selected_ids() == ["c-tp"]
    assert doc.undo_stack.count() == 0


def test_plain_text_pastes_as_a_card_for_each_line(view, doc):
    """Lines copied from another program (an email, a spreadsheet column) become cards
    of the lane's own kind after the selected card, one undo step; said when nothing
    can take them."""
    from PySide6.QtCore import QMimeData

    said: list[str] = []
    view.status_message.connect(said.append)
    clip = QMimeData()
    clip.setText("Llama al soporte ¿otra vez?\n\n  Paga 12 € 😀  \n" + "x" * 320 + "\n")
    QApplication.clipboard().setMimeData(clip)
    view.select_ids([])
    view.current_cell = None
    assert view.can_paste() and not view.paste()
    assert "Select a card or a cell" in said[-1]
    before = doc.map.model_dump()
    view.select_ids(["c-tp"])
    assert view.paste()
    cell = doc.cell_cards("l-tp", "s-1")
    assert [c.title for c in cell] == ["Google", "Llama al soporte ¿otra vez?",
                                       "Paga 12 € 😀", "x" * 300]
    assert {c.kind for c in cell} == {"touchpoint"}
    assert sorted(view.selected_ids()) == sorted(c.id for c in cell[1:])
    assert said[-1].startswith("A card title takes at most 300 characters")
    assert doc.undo_stack.count() == 1
    undo_redo_exact(doc, before)
    view.select_ids(["c-emo1"])  # an emotion is a score, not text
    assert not view.paste() and said[-1] == "This lane takes no cards made from text."


def test_a_card_dropped_then_named_is_one_undo_step(view, doc):
    # it took two: "Add card", then "Rename card “” to “…”" (an empty name quoted)
    before = doc.map.model_dump()
    target = view.map_scene.cell_rect("l-tp", "s-2").center()
    accepted, _drop = palette_drop(view, target, CARD_MIME, {"kind": "touchpoint",
                                                              "channel": "whatsapp"})
    assert accepted and view.editor is not None
    QTest.keyClicks(view.editor, "Pregunta por WhatsApp")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    new = next(c for c in doc.lane("l-tp").cards if c.stage == "s-2")
    assert new.title == "Pregunta por WhatsApp"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Add card"
    undo_redo_exact(doc, before)
    # a later rename of that card is a step of its own, named as always
    view.select_ids([new.id])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    view.editor.selectAll()
    QTest.keyClicks(view.editor, "Escribe")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert doc.undo_stack.count() == 2
    assert doc.undo_stack.undoText() == "Rename card “Pregunta por WhatsApp” to “Escribe”"
