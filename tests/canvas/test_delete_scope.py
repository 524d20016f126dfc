"""What Delete (and the other canvas edit keys) act on, and how much one Delete undoes.

- One Delete removes everything selected on the canvas (cards, stages, lanes,
  phases, connections) as ONE undo step; one undo gives the map back exactly.
- Delete, Ctrl+X, Ctrl+C, Ctrl+V, Ctrl+D, Ctrl+A and F2 act on the canvas selection only
  while the keyboard focus is on the canvas (or on nothing in particular): with the
  focus in a side panel's list the key is the list's, in a text field the field's.
"""

from __future__ import annotations

import gc

import pytest
from canvas_helpers import dispose, make_view
from maps import base_map
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from qt_support import flush_deletes

from cjeditor.canvas.mime import CARDS_MIME
from cjeditor.fileio import dumps, load
from cjeditor.model import JourneyMap

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
NOMOD = Qt.KeyboardModifier.NoModifier


def entries(doc) -> list[str]:
    stack = doc.undo_stack
    return [stack.text(i) for i in range(stack.index())]


def closed(view) -> None:
    """Dispose of a view whose document Python owns, its undo stack emptied first: left to
    the collector with commands on it, such a document can crash a later collection."""
    view.select_ids([])
    view.doc.undo_stack.clear()
    dispose(view)
    gc.collect()


@pytest.fixture
def example_view(qapp, example_map_path):
    if not example_map_path.exists():
        pytest.skip("example map not available")
    view = make_view(load(example_map_path), size=(1600, 1000))
    yield view
    closed(view)


@pytest.fixture
def small_view(qapp):
    view = make_view(JourneyMap.model_validate(base_map()))
    yield view
    closed(view)


def delete_once_then_undo_once(view, ids: list[str]) -> None:
    """Select `ids`, one Delete key on the canvas: all gone in one step; one undo: as before."""
    doc = view.doc
    before = dumps(doc.map)
    view.select_ids(ids)
    assert sorted(view.selected_ids()) == sorted(ids)
    view.setFocus()
    QTest.keyClick(view, KEY.Key_Delete)
    assert [i for i in ids if doc.kind_of(i) is not None] == [], "something selected was kept"
    assert doc.undo_stack.count() == 1, entries(doc)
    doc.undo_stack.undo()
    assert dumps(doc.map) == before
    doc.undo_stack.redo()  # and redo takes them all away again
    assert [i for i in ids if doc.kind_of(i) is not None] == []
    doc.undo_stack.undo()
    assert dumps(doc.map) == before


# ------------------------------------------------------------- one Delete, one step
def test_two_stages_go_in_one_undo_step(example_view):
    delete_once_then_undo_once(example_view, ["s-descubrimiento", "s-aprendizaje"])


def test_a_card_and_a_stage_both_go_in_one_undo_step(example_view):
    # tp-1 is not in s-zmot: before, the card went and the stage silently stayed
    delete_once_then_undo_once(example_view, ["tp-1", "s-zmot"])


def test_lanes_and_a_phase_go_in_one_undo_step(example_view):
    delete_once_then_undo_once(example_view, ["l-objetivos", "l-acciones", "ph-marketing"])


def test_cards_stages_lanes_and_phases_mixed_go_in_one_undo_step(example_view):
    # a pain point named by an opportunity, a stage with its own cards, a card inside a
    # selected stage, a lane holding a card of another selected stage, a phase
    delete_once_then_undo_once(example_view, ["pain-2", "opp-3", "s-fmot", "exp-2", "l-ideas",
                                              "s-smot", "ph-concienciacion"])


def test_deleting_every_stage_is_refused_and_changes_nothing(small_view):
    view = small_view
    doc = view.doc
    before = dumps(doc.map)
    said: list[str] = []
    view.status_message.connect(said.append)
    view.select_ids([s.id for s in doc.map.stages] + ["c-tp"])
    view.delete_selected()
    assert dumps(doc.map) == before
    assert doc.undo_stack.count() == 0, entries(doc)
    assert said and "stage" in said[-1].lower()


def test_one_stage_or_cards_alone_keep_their_own_undo_text(small_view):
    view = small_view
    doc = view.doc
    view.select_ids(["s-3"])
    view.delete_selected()
    view.select_ids(["c-tp", "c-exp"])
    view.delete_selected()
    assert entries(doc) == ["Delete stage", "Delete 2 cards"]


# ------------------------------------------------------------- where the focus is
@pytest.fixture
def window(qapp, example_map_path, monkeypatch):
    from cjeditor.app.i18n import install_translators
    from cjeditor.app.main import create_application
    from cjeditor.app.settings import AppSettings
    from cjeditor.app.windows import WindowManager

    if not example_map_path.exists():
        pytest.skip("example map not available")
    application = create_application()
    install_translators(application, "en")
    manager = WindowManager(AppSettings())
    win = manager.open_path(example_map_path)
    assert win is not None
    win.resize(1500, 950)
    win.show()
    win.activateWindow()
    QApplication.processEvents()
    yield win
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    for w in list(manager.windows):
        w.view.select_ids([])
        w.close()
    flush_deletes()
    manager.deleteLater()
    flush_deletes()


def focus_on(window, widget) -> None:
    dock = widget.parentWidget()
    while dock is not None and not hasattr(dock, "toggleViewAction"):
        dock = dock.parentWidget()
    if dock is not None:
        dock.show()
        dock.raise_()
    QApplication.processEvents()
    widget.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() in (widget, widget.focusProxy())  # the canvas's viewport


def panel_lists(window):
    return {"personas": window.personas.list, "views": window.views.views,
            "history": window.history.widget(), "palette": window.palette.widget()}


CANVAS_KEYS = [("Delete", KEY.Key_Delete, NOMOD), ("Ctrl+X", KEY.Key_X, CTRL),
               ("Ctrl+C", KEY.Key_C, CTRL), ("Ctrl+V", KEY.Key_V, CTRL),
               ("Ctrl+D", KEY.Key_D, CTRL), ("Ctrl+A", KEY.Key_A, CTRL),
               ("F2", KEY.Key_F2, NOMOD)]


@pytest.mark.parametrize("panel", ["personas", "views", "history", "palette"])
def test_canvas_keys_in_a_side_panel_list_leave_the_canvas_alone(window, panel):
    doc, view = window.document, window.view
    QApplication.clipboard().clear()
    widget = panel_lists(window)[panel]
    before = dumps(doc.map)
    for name, key, modifiers in CANVAS_KEYS:
        selected = ["tp-1"] if name in ("Ctrl+X", "Ctrl+C", "Ctrl+D") else ["s-zmot"]
        view.select_ids(selected)
        focus_on(window, widget)
        QTest.keyClick(widget, key, modifiers)
        QApplication.processEvents()
        assert entries(doc) == [], f"{name} in the {panel} list changed the map"
        assert dumps(doc.map) == before
        assert view.selected_ids() == selected, f"{name} in the {panel} list"
        assert view.editor is None, f"{name} in the {panel} list edits on the canvas"
        mime = QApplication.clipboard().mimeData()
        assert mime is None or not mime.hasFormat(CARDS_MIME), f"{name} copied cards"


def test_canvas_keys_work_on_the_canvas_again_after_a_panel_had_the_focus(window):
    doc, view = window.document, window.view
    before = dumps(doc.map)
    focus_on(window, window.personas.list)
    view.select_ids(["s-zmot"])
    focus_on(window, view)  # the canvas itself (clicked: its viewport)
    QTest.keyClick(view, KEY.Key_Delete)
    assert doc.kind_of("s-zmot") is None
    assert len(entries(doc)) == 1
    doc.undo_stack.undo()
    focus_on(window, view.viewport())  # the view has the focus for it
    QTest.keyClick(view.viewport(), KEY.Key_A, CTRL)
    assert set(view.selected_ids()) == set(view.map_scene.cards)
    view.select_ids(["tp-1"])
    QTest.keyClick(view.viewport(), KEY.Key_X, CTRL)
    assert not doc.has_card("tp-1")
    doc.undo_stack.undo()
    assert dumps(doc.map) == before


def test_delete_with_nothing_in_particular_focused_acts_on_the_canvas(window):
    doc, view = window.document, window.view
    focus_on(window, window.personas.list)
    view.select_ids(["s-zmot"])
    QApplication.focusWidget().clearFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is None
    QTest.keyClick(window, KEY.Key_Delete)
    assert doc.kind_of("s-zmot") is None


def test_edit_menu_items_work_with_the_focus_on_the_canvas(window):
    doc, view, actions = window.document, window.view, window.actions
    before = dumps(doc.map)
    focus_on(window, view)
    view.select_ids(["s-descubrimiento", "tp-1"])
    actions.delete.trigger()
    assert doc.kind_of("s-descubrimiento") is None and not doc.has_card("tp-1")
    actions.select_all.trigger()
    assert set(view.selected_ids()) == set(view.map_scene.cards)
    view.select_ids(["tp-3"])
    actions.cut.trigger()
    assert not doc.has_card("tp-3")
    assert len(entries(doc)) == 2
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dumps(doc.map) == before


def test_delete_and_ctrl_a_in_a_text_field_edit_the_field(window):
    doc, view = window.document, window.view
    field = QLineEdit("abc")
    window.statusBar().addPermanentWidget(field)
    field.show()
    view.select_ids(["s-zmot"])
    focus_on(window, field)
    field.setCursorPosition(0)
    QTest.keyClick(field, KEY.Key_Delete)
    assert field.text() == "bc"
    QTest.keyClick(field, KEY.Key_A, CTRL)
    assert field.selectedText() == "bc"
    assert doc.kind_of("s-zmot") is not None
    assert entries(doc) == []
    assert view.selected_ids() == ["s-zmot"]


def test_deleting_many_selected_cards_says_the_selection_changed_once(example_view):
    """Each card item taken out of the scene used to say so, and the selection's
    listeners looked at the whole selection each time (500 of 3,000 cards: 2.3 s)."""
    view = example_view
    cards = list(view.map_scene.cards)[:60]
    view.select_ids(cards)
    said = []
    view.map_scene.selectionChanged.connect(lambda: said.append(view.selected_ids()))
    view.delete_selected()
    QApplication.processEvents()
    assert said == [[]]  # once, and by then nothing is selected
    assert view.selected_ids() == [] and not any(c in view.map_scene.cards for c in cards)
    view.doc.undo_stack.undo()
    QApplication.processEvents()
    assert all(c in view.map_scene.cards for c in cards)
