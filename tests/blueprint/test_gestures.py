"""Making and changing connections and blueprint lines with real viewport events; every
change undoes to the very same document and redoes."""

from __future__ import annotations

from itertools import pairwise

import pytest
from canvas_helpers import drag, move, press, release
from geometry_checks import check_arrows, on_border
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjeditor.canvas.connections import ConnectDialog
from cjeditor.canvas.menus import context_menu
from cjeditor.commands import SetLineBelowCommand

NO_BUTTON = Qt.MouseButton.NoButton


def undo_redo_exact(doc, before, after=None):
    after = after if after is not None else doc.map.model_dump()
    assert after != before
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    doc.undo_stack.redo()
    assert doc.map.model_dump() == after


def card_id(doc, lane_index, title_start):
    lane = doc.map.lanes[lane_index]
    return next(c.id for c in lane.cards if c.title.startswith(title_start))


def rect_of(view, cid):
    r = view.map_scene.geometry.cards[cid].rect
    return r


def center(view, cid):
    r = rect_of(view, cid)
    return QPointF(r.x + r.w / 2, r.y + r.h / 2)


def arrows(view):
    geom = view.map_scene.geometry
    return [(c.from_card_id, c.to_card_id, c.points) for c in geom.connections]


def test_template_arrows_and_lines_are_items(view, doc):
    layer = view.connector.layer
    assert set(layer.items) == {c.id for c in doc.map.connections}
    assert len(layer.lines) == 3
    assert set(layer.labels) == {c.id for c in doc.map.connections if c.label}


def test_drag_from_the_handle_draws_a_connection(view, doc):
    before = doc.map.model_dump()
    source = card_id(doc, 1, "Saves the label")
    target = card_id(doc, 3, "Chat answers")
    move(view, center(view, source), buttons=NO_BUTTON)  # hover: the handle shows
    handle = view.connector.handle
    assert handle.isVisible() and handle.card_id == source
    r = rect_of(view, source)
    assert handle.pos().x() > r.x + r.w  # beside the card, in the gutter
    drag(view, handle.pos(), center(view, target), steps=6)
    made = [c for c in doc.map.connections if c.from_ == source and c.to == target]
    assert len(made) == 1 and made[0].style == "flow"
    assert view.selected_ids() == [made[0].id]  # the new arrow is selected
    check_arrows(view.map_scene.geometry, arrows(view))
    undo_redo_exact(doc, before)


def test_dropping_on_empty_space_or_on_itself_draws_nothing(view, doc):
    before = doc.map.model_dump()
    source = card_id(doc, 1, "Saves the label")
    move(view, center(view, source), buttons=NO_BUTTON)
    handle = view.connector.handle.pos()
    drag(view, handle, QPointF(handle.x() + 2, -15))  # above the lanes
    drag(view, handle, center(view, source))
    assert doc.map.model_dump() == before
    assert not view.connector.preview.isVisible()


def test_the_same_arrow_twice_is_refused_with_a_sentence(view, doc):
    messages = []
    view.status_message.connect(messages.append)
    first = doc.map.connections[0]
    before = doc.map.model_dump()
    move(view, center(view, first.from_), buttons=NO_BUTTON)
    drag(view, view.connector.handle.pos(), center(view, first.to))
    assert doc.map.model_dump() == before
    assert any("already connected" in m for m in messages)


def test_escape_cancels_a_connect_drag(view, doc):
    before = doc.map.model_dump()
    source = card_id(doc, 1, "Saves the label")
    move(view, center(view, source), buttons=NO_BUTTON)
    press(view, view.connector.handle.pos())
    move(view, center(view, card_id(doc, 3, "Chat answers")))
    view.setFocus()
    # to the view, as a key press goes (the focus is the view's, never its viewport's)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.connector.preview.isVisible()
    release(view, center(view, card_id(doc, 3, "Chat answers")))
    assert doc.map.model_dump() == before


def test_moving_a_connected_card_carries_its_arrows(view, doc):
    moving = card_id(doc, 4, "The warehouse checks")  # one arrow ends here, three start here
    before = doc.map.model_dump()
    old = {c.connection_id: c.points for c in view.map_scene.geometry.connections}
    empty = view.map_scene.cell_rect(doc.map.lanes[4].id, doc.map.stages[3].id).center()
    view.map_scene.clearSelection()
    drag(view, center(view, moving), empty, steps=8)
    assert doc.card(moving).stage == doc.map.stages[3].id
    geom = view.map_scene.geometry
    mine = [c for c in geom.connections if moving in (c.from_card_id, c.to_card_id)]
    assert len(mine) == 4
    for c in mine:
        assert c.points != old[c.connection_id]
        end = c.points[0] if c.from_card_id == moving else c.points[-1]
        assert on_border(end, geom.cards[moving].rect)
    check_arrows(geom, arrows(view))
    undo_redo_exact(doc, before)


def test_deleting_a_card_takes_its_arrows_and_undo_brings_them_back(view, doc):
    cid = card_id(doc, 4, "The warehouse checks")
    before = doc.map.model_dump()
    view.select_ids([cid])
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert not doc.has_card(cid)
    assert not doc.connections_of(cid)
    assert not any(cid in (c.from_card_id, c.to_card_id)
                   for c in view.map_scene.geometry.connections)
    undo_redo_exact(doc, before)
    doc.undo_stack.undo()
    assert set(view.connector.layer.items) == {c.id for c in doc.map.connections}


def test_click_selects_a_connection_and_delete_removes_it(view, doc):
    geom = view.map_scene.geometry
    target = max(geom.connections, key=lambda c: sum(
        abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairwise(c.points)))
    a, b = max(pairwise(target.points),
               key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1]))
    mid = QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    if target.label_box is not None:  # click the line, not its label
        mid = QPointF(a[0] + (b[0] - a[0]) * 0.2, a[1] + (b[1] - a[1]) * 0.2)
    view.map_scene.clearSelection()
    press(view, mid)
    release(view, mid)
    assert view.selected_ids() == [target.connection_id]
    before_delete = doc.map.model_dump()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert doc.kind_of(target.connection_id) is None
    undo_redo_exact(doc, before_delete)


def test_connect_to_from_the_keyboard(view, doc, monkeypatch):
    source = card_id(doc, 2, "Label email")
    target = card_id(doc, 5, "Payment gateway")
    before = doc.map.model_dump()

    def pick(dialog):
        dialog.filter.setText("payment")
        assert dialog.chosen() == target
        return ConnectDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", pick)
    view.select_ids([source])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert [c for c in doc.map.connections if c.from_ == source and c.to == target]
    undo_redo_exact(doc, before)


def test_copy_paste_keeps_the_arrows_among_the_cards(view, doc):
    check = card_id(doc, 4, "The warehouse checks")
    approve = card_id(doc, 4, "Finance approves")
    gateway = card_id(doc, 5, "Payment gateway")
    view.select_ids([check, approve, gateway])
    assert view.copy()
    before = doc.map.model_dump()
    n = len(doc.map.connections)
    assert view.paste()
    pasted = set(view.selected_card_ids())
    assert len(pasted) == 3 and not pasted & {check, approve, gateway}
    new = doc.map.connections[n:]
    # among the three: check -> approve, approve -> gateway (not check -> wms: not copied)
    assert len(new) == 2
    assert all(c.from_ in pasted and c.to in pasted for c in new)
    assert {c.label for c in new} == {"in good condition", None}
    undo_redo_exact(doc, before)


def test_line_below_from_the_lane_menu_and_a_refused_order(view, doc):
    messages = []
    view.status_message.connect(messages.append)
    lanes = doc.map.lanes
    header = view.map_scene.lane_headers[lanes[0].id]
    menu = context_menu(view, header, header.boundingRect().center())
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None
               and a.text() == "Line below this lane")
    wanted = next(a for a in sub.actions() if a.text() == "line of internal interaction")
    before = doc.map.model_dump()
    wanted.trigger()  # internal above interaction: refused, with the rule's sentence
    assert doc.map.model_dump() == before
    assert messages and "must be above" in messages[-1]
    interaction = next(a for a in sub.actions() if a.text() == "line of interaction")
    interaction.trigger()  # moves the interaction line up from the touchpoints lane
    assert [lane.line_below for lane in doc.map.lanes] == [
        "interaction", None, None, "visibility", "internal", None]
    assert len(view.connector.layer.lines) == 3
    undo_redo_exact(doc, before)


def test_line_below_set_and_cleared_is_one_step_each(view, doc):
    lane = doc.map.lanes[5].id
    before = doc.map.model_dump()
    assert view.run(SetLineBelowCommand(doc, lane, None)) is False  # nothing to change
    view.run(SetLineBelowCommand(doc, doc.map.lanes[4].id, None))
    assert [b.line for b in view.map_scene.geometry.blueprint] == ["interaction", "visibility"]
    undo_redo_exact(doc, before)


def test_connection_menu_changes_style_and_deletes(view, doc):
    cid = next(c.id for c in doc.map.connections if c.style == "flow")
    before = doc.map.model_dump()
    menu = view.connector.menu(cid)
    styles = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in styles.actions() if a.text() == "Dependency").trigger()
    assert doc.connection(cid).style == "dependency"
    undo_redo_exact(doc, before)
    next(a for a in menu.actions() if a.text() == "Delete connection").trigger()
    assert doc.kind_of(cid) is None


def choose_in_popup(path: list[str], seen: list[bool]) -> None:
    """Once the context menu is open (its own event loop), pick the entry at `path`
    (submenu titles, then the entry) and close the menu, as a person would."""
    from PySide6.QtCore import QTimer

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no menu opened"
        for title in path[:-1]:
            menu = next(a.menu() for a in menu.actions() if a.text() == title)
        entry = next(a for a in menu.actions() if a.text() == path[-1])
        seen.append(entry.isChecked())
        QApplication.activePopupWidget().close()
        entry.trigger()

    QTimer.singleShot(0, pick)


def right_click(view, scene_point) -> None:
    from PySide6.QtGui import QContextMenuEvent

    pos = view.mapFromScene(scene_point)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))


# a menu is a popup: the offscreen platform says it cannot raise it or grab the keyboard
POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


@POPUP
def test_right_click_on_a_lane_header_sets_the_line_below(view, doc):
    """A real context-menu event on the lane header, the entry picked in the open menu."""
    lane = doc.map.lanes[4]  # backstage: the line of internal interaction is under it
    assert lane.line_below == "internal"
    header = view.map_scene.lane_headers[lane.id]
    before = doc.map.model_dump()
    seen: list[bool] = []
    choose_in_popup(["Line below this lane", "None"], seen)
    right_click(view, header.boundingRect().center())
    assert seen == [False]
    assert doc.lane(lane.id).line_below is None
    assert [b.line for b in view.map_scene.geometry.blueprint] == ["interaction", "visibility"]
    assert len(view.connector.layer.lines) == 2
    undo_redo_exact(doc, before)
    doc.undo_stack.undo()
    assert len(view.connector.layer.lines) == 3


@POPUP
def test_right_click_on_a_connection_opens_its_menu(view, doc):
    geom = view.map_scene.geometry
    target = next(c for c in geom.connections if c.style == "flow" and c.label is None
                  and len(c.points) >= 3)
    a, b = max(pairwise(target.points),
               key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1]))
    before = doc.map.model_dump()
    seen: list[bool] = []
    choose_in_popup(["Style", "Dependency"], seen)
    right_click(view, QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
    assert seen == [False]
    assert doc.connection(target.connection_id).style == "dependency"
    assert view.selected_ids() == [target.connection_id]
    undo_redo_exact(doc, before)


def test_refusals_speak_the_interface_language(view, doc):
    """In Spanish, a line out of order and an arrow drawn twice are Spanish sentences."""
    from cjeditor.app.i18n import install_translators

    install_translators(QApplication.instance(), "es")
    messages: list[str] = []
    view.status_message.connect(messages.append)
    try:
        assert not view.run(SetLineBelowCommand(doc, doc.map.lanes[0].id, "internal"))
        assert "debe ir por encima de la línea de interacción interna" in messages[-1]
        first = doc.map.connections[0]
        move(view, center(view, first.from_), buttons=NO_BUTTON)
        drag(view, view.connector.handle.pos(), center(view, first.to))
        assert messages[-1] == "Estas tarjetas ya están conectadas en este sentido."
    finally:
        install_translators(QApplication.instance(), "en")


def test_the_handle_follows_its_card_and_goes_with_it(view, doc):
    from cjeditor.commands import DeleteCardsCommand, MoveCardsCommand

    cid = card_id(doc, 1, "Saves the label")
    view.select_ids([cid])
    handle = view.connector.handle
    assert handle.isVisible() and handle.card_id == cid
    lane = doc.map.lanes[1].id
    view.run(MoveCardsCommand(doc, [(cid, lane, doc.map.stages[4].id, None)]))
    r = rect_of(view, cid)
    assert handle.pos().x() > r.x + r.w and r.y < handle.pos().y() < r.y + r.h
    view.run(DeleteCardsCommand(doc, [cid]))
    assert not handle.isVisible()
