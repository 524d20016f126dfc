"""The keyboard between the canvas and the panels (app/dock_focus.py): Tab never rests
on a panel tabbed out of sight, and F6 / Shift+F6 go round the canvas and the panels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjeditor.app.dock_focus import dock_of


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def window(example_window):
    example_window.resize(1366, 768)
    example_window.show()
    example_window.activateWindow()
    settle()
    example_window.view.setFocus()
    settle()
    return example_window


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def test_tab_never_rests_in_a_panel_out_of_sight(window):
    # Personas, Views and Map check are tabbed behind Brief and History: Tab walked
    # through their fields unseen, and Space on Personas' Remove deleted a persona
    panels_reached = set()
    for _ in range(80):
        press(Qt.Key.Key_Tab)
        dock = dock_of(QApplication.focusWidget())
        if dock is not None:
            panels_reached.add(dock)
            assert not dock.visibleRegion().isEmpty(), f"focus in {dock.windowTitle()} unseen"
    assert {window.personas, window.views} <= panels_reached


def test_f6_goes_round_the_canvas_and_each_panel(window):
    shown = [d for d in window.docks() if d.isVisible()]
    reached = []
    for _ in range(len(shown) + 1):
        press(Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        dock = dock_of(focus)
        reached.append(dock if dock is not None else "canvas")
        assert not focus.visibleRegion().isEmpty()
    assert reached == [*shown, "canvas"]
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert dock_of(QApplication.focusWidget()) is shown[-1]
    press(Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.view or window.view.isAncestorOf(
        QApplication.focusWidget())


def _named(widget) -> str:
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face else ""


def test_every_control_a_panel_tabs_to_has_a_name_a_screen_reader_says(window):
    # the fields' labels were not tied to them: a screen reader said "edit text", a
    # colour button "…", the lane's Collapsed box nothing at all
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

    doc = window.document
    shown = [next(c.id for c in doc.map.all_cards() if c.kind == kind)
             for kind in ("touchpoint", "emotion", "idea", "metric")]
    shown += [doc.map.stages[0].id, doc.map.lanes[0].id]
    unnamed = []
    for object_id in [None, *shown]:
        if object_id is not None:
            window.view.select_ids([object_id])
            settle()
        for dock in window.docks():
            if dock is window.prioritise:
                continue
            for control in dock.findChildren(QWidget):
                if not (control.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and control.isVisibleTo(dock) and control.isEnabled()):
                    continue
                if isinstance(control, QAbstractScrollArea) and control is dock.widget():
                    continue  # the panel's own scroll area: the panel's name
                name = _named(control)
                if not name or (isinstance(control, QAbstractButton) and len(name) <= 1):
                    unnamed.append(f"{dock.windowTitle()}: {type(control).__name__} {name!r}")
    assert unnamed == []


def test_up_and_down_in_the_connect_filter_move_through_the_cards(window):
    from cjeditor.canvas.connections import ConnectDialog

    source = next(c.id for c in window.document.map.all_cards() if c.kind == "touchpoint")
    dialog = ConnectDialog(window.view, source)
    try:
        assert dialog.list.currentRow() == 0
        QTest.keyClick(dialog.filter, Qt.Key.Key_Down)
        QTest.keyClick(dialog.filter, Qt.Key.Key_Down)
        assert dialog.list.currentRow() == 2
        QTest.keyClick(dialog.filter, Qt.Key.Key_Up)
        assert dialog.list.currentRow() == 1 and dialog.filter.text() == ""
        assert _named(dialog.filter) and _named(dialog.list)
    finally:
        dialog.deleteLater()


def test_a_field_the_focus_enters_is_scrolled_into_view(window):
    # Shift+Tab from the canvas went to the last field of the Properties panel, scrolled
    # out of sight: nothing on screen showed where the keyboard was
    from PySide6.QtWidgets import QWidget

    card = next(c for c in window.document.map.all_cards() if c.kind == "idea")
    window.view.select_ids([card.id])
    window.properties.scroll.setFixedHeight(160)  # a panel that must scroll
    settle()
    window.properties.scroll.verticalScrollBar().setValue(0)
    settle()
    fields = [w for w in window.properties.form.findChildren(QWidget)
              if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
              and w.isVisibleTo(window.properties)]
    last = fields[-1]

    def whole(widget) -> bool:
        return widget.visibleRegion().boundingRect().size() == widget.size()

    assert not whole(last)  # below the panel's fold
    last.setFocus(Qt.FocusReason.BacktabFocusReason)
    settle()
    assert QApplication.focusWidget() is last and whole(last)
