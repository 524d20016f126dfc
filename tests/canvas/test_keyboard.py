"""Keyboard on the canvas: in-place editing (Enter, Shift+Enter, Esc) and arrows.

Real key events: QTest sends them to the editor widget and to the view, as a
person typing would."""

from __future__ import annotations

from canvas_helpers import center_of, double_click
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjeditor.canvas.inline import InlineEditor, InlineTextEditor

KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def type_in(editor, text: str) -> None:
    """Key clicks (QTest knows only ASCII keys; other letters arrive as typed text)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(editor, ch)
        else:
            editor.insert(ch)


def type_over(editor, text: str) -> None:
    editor.selectAll()
    type_in(editor, text)


# ------------------------------------------------------------------ editing
def test_enter_commits_once_and_closes_the_editor(view, doc):
    double_click(view, center_of(view.map_scene.cards["c-tp"]))
    editor = view.editor
    assert isinstance(editor, InlineTextEditor) and editor.text() == "Google"
    type_over(editor, "Reseñas ★")
    QTest.keyClick(editor, KEY.Key_Return)
    QApplication.processEvents()
    assert doc.card("c-tp").title == "Reseñas ★"
    assert view.editor is None and not editor.isVisible()
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Rename card “Google” to “Reseñas ★”"
    # the still-selected card: Enter now opens one editor, Esc leaves the title alone
    QTest.keyClick(view, KEY.Key_Return)
    assert view.editor is not None
    QTest.keyClick(view.editor, KEY.Key_Escape)
    QTest.keyClick(view, KEY.Key_Escape)
    assert view.editor is None
    assert doc.card("c-tp").title == "Reseñas ★" and doc.undo_stack.count() == 1


def test_shift_enter_is_a_new_line_in_a_card_title(view, doc):
    view.select_ids(["c-note"])
    view.setFocus()
    QTest.keyClick(view, KEY.Key_F2)
    editor = view.editor
    type_over(editor, "Busca")
    QTest.keyClick(editor, KEY.Key_Return, SHIFT)
    type_in(editor, "en el móvil")
    assert view.editor is editor  # still open
    QTest.keyClick(editor, KEY.Key_Enter)
    assert doc.card("c-note").title == "Busca\nen el móvil"
    assert doc.undo_stack.count() == 1


def test_esc_cancels_only_the_current_edit(view, doc):
    double_click(view, center_of(view.map_scene.stages["s-2"]))
    editor = view.editor
    assert isinstance(editor, InlineEditor)
    type_over(editor, "Decisión")
    QTest.keyClick(editor, KEY.Key_Return)
    assert doc.stage("s-2").name == "Decisión"
    assert doc.undo_stack.undoText() == "Rename stage “Elección” to “Decisión”"
    double_click(view, center_of(view.map_scene.stages["s-2"]))
    type_over(view.editor, "Otra cosa")
    QTest.keyClick(view.editor, KEY.Key_Escape)
    assert view.editor is None
    assert doc.stage("s-2").name == "Decisión"  # the committed name stays
    assert doc.undo_stack.count() == 1


def test_lane_rename_is_one_line_and_never_empty(view, doc):
    double_click(view, center_of(view.map_scene.lane_headers["l-pain"]))
    editor = view.editor
    assert isinstance(editor, InlineEditor) and editor.text() == "Dolor"
    type_over(editor, "   ")
    QTest.keyClick(editor, KEY.Key_Return)
    assert doc.lane("l-pain").title == "Dolor" and doc.undo_stack.count() == 0
    double_click(view, center_of(view.map_scene.lane_headers["l-pain"]))
    type_over(view.editor, "Puntos de dolor")
    QTest.keyClick(view.editor, KEY.Key_Return)
    assert doc.undo_stack.undoText() == "Rename lane “Dolor” to “Puntos de dolor”"


def test_the_editor_font_follows_the_zoom(view):
    sizes = []
    for zoom in (1.0, 2.0):
        view.set_zoom(zoom)
        editor = view.edit_title("s-1")
        sizes.append(editor.font().pixelSize())
        editor.cancel()
    assert sizes[1] >= 2 * sizes[0] - 1


def test_properties_edits_say_what_changed(view, doc):
    from cjeditor.commands import EditCardFieldsCommand, EditStageCommand, push

    push(doc, EditCardFieldsCommand(doc, "c-pain", {"severity": 2}))
    assert doc.undo_stack.undoText() == "Change severity of card “Envío caro”"
    push(doc, EditStageCommand(doc, "s-3", {"moment": "smot"}))
    assert doc.undo_stack.undoText() == "Change moment of truth of stage “Uso”"
    # typing merges: the entry goes from the first title to the last
    for title in ("E", "En", "Env"):
        push(doc, EditCardFieldsCommand(doc, "c-fb", {"title": title}, merge=True))
    assert doc.undo_stack.undoText() == "Rename card “«Caro»” to “Env”"


# ------------------------------------------------------------------ arrows
def selected(view) -> list[str]:
    return view.selected_ids()


def test_arrows_move_the_selection_between_cards(view, doc):
    view.setFocus()
    QTest.keyClick(view, KEY.Key_Right)  # nothing selected: the top-left card
    assert selected(view) == ["c-note"]
    QTest.keyClick(view, KEY.Key_Down)  # next lane down, same stage
    assert selected(view) == ["c-tp"]
    QTest.keyClick(view, KEY.Key_Right)  # the touchpoints lane has nothing further right
    assert selected(view) == ["c-tp"]
    QTest.keyClick(view, KEY.Key_Down)  # expectations has no card in s-1: skip to emotions
    assert selected(view) == ["c-emo1"]
    QTest.keyClick(view, KEY.Key_Right)
    assert selected(view) == ["c-emo2"]
    QTest.keyClick(view, KEY.Key_Up)
    assert selected(view) == ["c-exp"]
    QTest.keyClick(view, KEY.Key_Left)  # no card to the left in this lane: its header
    assert selected(view) == ["l-exp"]
    assert doc.undo_stack.count() == 0


def test_arrows_walk_through_the_cards_of_a_cell(view, doc):
    from cjeditor.commands import AddCardCommand, push

    push(doc, AddCardCommand(doc, "l-pain", "s-2", "pain_point", {}))
    second = doc.cell_cards("l-pain", "s-2")[1].id
    view.select_ids(["c-pain"])
    view.setFocus()
    QTest.keyClick(view, KEY.Key_Down)
    assert selected(view) == [second]
    QTest.keyClick(view, KEY.Key_Down)
    assert selected(view) == ["c-fb"]
    QTest.keyClick(view, KEY.Key_Up)
    QTest.keyClick(view, KEY.Key_Up)
    assert selected(view) == ["c-pain"]


def test_ctrl_arrows_move_the_card_one_command_each(view, doc):
    view.select_ids(["c-exp"])
    view.setFocus()
    QTest.keyClick(view, KEY.Key_Right, CTRL)
    assert doc.card("c-exp").stage == "s-3"
    assert doc.undo_stack.undoText() == "Move card “Envío” to “Uso”"
    assert selected(view) == ["c-exp"]
    QTest.keyClick(view, KEY.Key_Right, CTRL)  # the last stage: nothing happens
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.card("c-exp").stage == "s-2"


def test_escape_clears_the_selection(view):
    card_id = next(iter(view.map_scene.cards))
    view.select_ids([card_id])
    assert view.selected_ids() == [card_id]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert view.selected_ids() == []


def test_the_editor_follows_its_text_when_the_view_zooms(view, doc):
    view.zoom_reset()
    editor = view.edit_title("c-tp")
    assert editor is not None
    type_over(editor, "Google y más")
    title = view.map_scene.cards["c-tp"].sceneBoundingRect()

    def over_its_card() -> bool:
        card = view.mapFromScene(title).boundingRect()
        return card.contains(editor.geometry().topLeft())

    assert over_its_card()
    size = editor.font().pixelSize()
    view.zoom_in()
    view.zoom_in()
    assert editor.font().pixelSize() > size  # as large as the text it covers
    assert over_its_card()
    view.zoom_out()
    view.zoom_out()
    view.zoom_out()
    assert over_its_card()
    QTest.keyClick(editor, KEY.Key_Return)  # still the same edit, typing kept
    assert doc.card("c-tp").title == "Google y más"


def test_a_card_narrowed_by_the_map_end_is_said(view, doc):
    """Moved towards the last stage a wide card spans fewer stages (the command's rule):
    the status bar says so, the user did not ask for it."""
    from cjeditor.commands import ResizeSpanCommand

    said: list[str] = []
    view.status_message.connect(said.append)
    view.run(ResizeSpanCommand(doc, "c-exp", 2))  # s-2 and s-3
    view.select_ids(["c-exp"])
    view.setFocus()
    QTest.keyClick(view, KEY.Key_Left, CTRL)  # to s-1: room for both, nothing said
    assert doc.card("c-exp").span == 2 and said == []
    QTest.keyClick(view, KEY.Key_Right, CTRL)
    QTest.keyClick(view, KEY.Key_Right, CTRL)  # to s-3, the last
    assert doc.card("c-exp").span == 1
    assert said == ["“Envío” now spans 1 of its 2 stages: the map ends there."]


def test_ctrl_up_and_down_raise_and_lower_a_selected_emotion(view, doc):
    """An emotion is alone in its cell: Ctrl+up and down change its score, one undo
    step each, as dragging its face does, and stop at the chart's ends."""
    view.select_ids(["c-emo1"])
    view.setFocus()
    start = doc.card("c-emo1").score
    QTest.keyClick(view, KEY.Key_Up, CTRL)
    assert doc.card("c-emo1").score == min(start + 1, 2)
    assert doc.undo_stack.undoText() == "Change emotion"
    for _ in range(5):
        QTest.keyClick(view, KEY.Key_Down, CTRL)
    assert doc.card("c-emo1").score == -2  # the bottom, no step past it
    assert view.selected_ids() == ["c-emo1"]
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.card("c-emo1").score == start


def test_a_long_name_is_edited_wrapped_as_its_header_shows_it(view, doc):
    """A lane or stage name that wraps in its header gets an editor over all its lines
    (a one-line field covered the first and left the others showing beneath); it is
    still one line: Enter and Shift+Enter commit, a pasted line break is a space."""
    from cjeditor.commands import EditLaneCommand

    long_name = "Atención al cliente por teléfono, correo y chat ¿24 h? " * 3
    view.run(EditLaneCommand(doc, "l-pain", {"title": long_name.strip()}))
    lane = next(la for la in view.map_scene.geometry.lanes if la.lane_id == "l-pain")
    assert len(lane.title.lines) > 1
    editor = view.edit_title("l-pain")
    assert isinstance(editor, InlineTextEditor) and editor.text() == long_name.strip()
    block = view.mapFromScene(QRectF(lane.header.x, lane.title.rect.y, lane.header.w,
                                     lane.title.rect.h)).boundingRect()
    assert editor.geometry().height() >= block.height()  # all its lines covered
    editor.selectAll()
    editor.insertPlainText("Atención\nal cliente")
    QTest.keyClick(editor, KEY.Key_Return, SHIFT)  # no new line in a name: it commits
    assert view.editor is None
    assert doc.lane("l-pain").title == "Atención al cliente"


# ------------------------------------------------------------------ headers by keyboard
def key(view, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    view.setFocus()
    QTest.keyClick(view, k, modifiers)
    QApplication.processEvents()


def test_the_headers_are_reached_with_the_arrows(view, doc):
    # only cards could be selected with the keyboard: a stage, a lane or a phase (to
    # rename, delete, move or fold) needed the mouse
    view.select_ids(["c-note"])  # the top lane's card in the first stage
    key(view, KEY.Key_Up)
    assert view.selected_ids() == ["s-1"]
    key(view, KEY.Key_Right)
    assert view.selected_ids() == ["s-2"]
    key(view, KEY.Key_Up)
    assert view.selected_ids() == ["ph-1"]  # its phase
    key(view, KEY.Key_Down)
    assert view.selected_ids() == ["s-1"]  # the phase's first stage
    key(view, KEY.Key_Down)
    assert view.selected_ids() == ["c-note"]  # the column's first card
    key(view, KEY.Key_Left)
    assert view.selected_ids() == ["l-notes"]  # past a lane's first card: its header
    key(view, KEY.Key_Down)
    assert view.selected_ids() == ["l-tp"]
    key(view, KEY.Key_Right)
    assert view.selected_ids() == ["c-tp"]


def test_ctrl_arrows_move_a_selected_stage_or_lane(view, doc):
    view.select_ids(["s-1"])
    key(view, KEY.Key_Right, CTRL)
    assert [s.id for s in doc.map.stages] == ["s-2", "s-1", "s-3"]
    assert view.selected_ids() == ["s-1"]
    view.select_ids(["l-notes"])
    key(view, KEY.Key_Down, CTRL)
    assert [lane.id for lane in doc.map.lanes][:2] == ["l-tp", "l-notes"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [s.id for s in doc.map.stages] == ["s-1", "s-2", "s-3"]
    assert doc.map.lanes[0].id == "l-notes"


def test_ctrl_down_past_its_cell_moves_a_card_to_the_next_lane_that_takes_it(view, doc):
    from cjeditor.commands import AddLaneCommand, push

    push(doc, AddLaneCommand(doc, "notes", "Notas"))
    notes = doc.map.lanes[-1].id
    QApplication.processEvents()
    view.select_ids(["c-note"])
    key(view, KEY.Key_Down, CTRL)  # past the touchpoints, expectations... to the notes
    assert doc.lane_of("c-note").id == notes and doc.card("c-note").stage == "s-1"
    assert view.selected_ids() == ["c-note"]
    key(view, KEY.Key_Up, CTRL)
    assert doc.lane_of("c-note").id == "l-notes"
    key(view, KEY.Key_Up, CTRL)  # no lane above takes it: it stays
    assert doc.lane_of("c-note").id == "l-notes"


def test_on_a_map_with_no_card_the_arrows_start_at_a_lane_header(qapp):
    from canvas_helpers import dispose, make_view

    from cjeditor.templates import create_map

    blank = make_view(create_map("blank", "es"))
    try:
        blank.select_ids([])
        key(blank, KEY.Key_Down)
        assert blank.selected_ids() == [blank.doc.map.lanes[0].id]
    finally:
        dispose(blank)


def test_the_menu_key_opens_the_menu_of_the_selection_beside_it(view, doc):
    # it opened the menu of whatever lay at the view's top-left corner
    from cjeditor.canvas.keyboard import selection_point

    view.select_ids(["c-pain"])
    point = selection_point(view)
    item = view.map_scene.cards["c-pain"]
    assert point is not None
    assert view.mapFromScene(item.sceneBoundingRect()).boundingRect().contains(point)
    assert view.itemAt(point) is not None
    view.select_ids([])
    assert selection_point(view) is None


def test_home_and_end_go_to_the_ends_of_the_lane_and_with_ctrl_of_the_map(view, doc):
    view.select_ids(["c-emo2"])
    key(view, KEY.Key_Home)
    assert view.selected_ids() == ["c-emo1"]  # the emotions lane's first card
    key(view, KEY.Key_End)
    assert view.selected_ids() == ["c-emo2"]
    key(view, KEY.Key_End, CTRL)
    last_stage = [c for c in doc.map.all_cards() if c.stage == "s-3"]
    assert view.selected_ids()[0] in {c.id for c in last_stage}
    key(view, KEY.Key_Home, CTRL)
    assert view.selected_ids() == ["c-note"]  # the map's first card
