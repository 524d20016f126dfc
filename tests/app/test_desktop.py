"""The desktop editor as a person meets it: shortcuts, help, tooltips, collapsed lanes,
the view's placement, and quitting with several windows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from cjeditor.app.help import GLOSSARY, glossary_text
from cjeditor.app.i18n import install_translators
from cjeditor.commands import AddCardCommand, EditLaneCommand, EditMetaCommand, push
from cjeditor.model import LANE_TYPES, MOMENTS, vocabulary

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import double_click, press, release  # noqa: E402

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def show(window) -> None:
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    QApplication.processEvents()


# ------------------------------------------------------------------ quit
def modify(window, text="x") -> None:
    push(window.document, EditMetaCommand(window.document, {"product": text}))


def answers(monkeypatch, *buttons):
    """QMessageBox.exec answers in turn; returns the questions asked."""
    asked: list[str] = []
    queue = list(buttons)

    def fake_exec(box):
        asked.append(box.text())
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def test_quit_asks_every_modified_window_before_closing_any(manager, monkeypatch):
    clean = manager.new_map("blank", "es")
    first = manager.new_map("blank", "es", title="Primero")
    second = manager.new_map("blank", "es", title="Segundo")
    modify(first)
    modify(second)
    asked = answers(monkeypatch, QMessageBox.StandardButton.Discard,
                    QMessageBox.StandardButton.Cancel)
    assert not manager.close_all()
    assert len(asked) == 2
    assert manager.windows == [clean, first, second]  # Cancel: nothing closed
    assert all(w.isVisible() for w in (clean, first, second))
    assert first.document.modified  # "Discard" was only an answer; nothing was thrown away


def test_quit_closes_everything_after_the_answers_without_asking_twice(manager, monkeypatch):
    windows = [manager.new_map("blank", "es") for _ in range(3)]
    modify(windows[0])
    modify(windows[2])
    asked = answers(monkeypatch, QMessageBox.StandardButton.Discard,
                    QMessageBox.StandardButton.Discard)
    assert manager.close_all()
    assert len(asked) == 2
    assert manager.windows == []


# ------------------------------------------------------------- shortcuts
def test_zoom_and_insert_shortcuts(example_window):
    actions = example_window.actions
    keys = [k.toString() for k in actions.zoom_in.shortcuts()]
    assert "Ctrl+=" in keys and "Ctrl++" in keys
    assert "Ctrl+-" in [k.toString() for k in actions.zoom_out.shortcuts()]
    assert actions.add_stage.shortcut().toString() == "Ctrl+Shift+T"
    assert actions.add_card_here.shortcut() == QKeySequence(KEY.Key_Insert)
    assert actions.add_lane_here.shortcut().toString() == "Ctrl+Shift+L"
    every = [k.toString() for _, a in example_window.actions_list() for k in a.shortcuts()]
    clashes = {k for k in every if every.count(k) > 1}
    assert not clashes, f"one key, two actions: {clashes}"


def test_ctrl_equals_zooms_in_and_ctrl_0_resets(example_window):
    window = example_window
    show(window)
    view = window.view
    view.setFocus()
    view.zoom_reset()
    QTest.keyClick(view, KEY.Key_Equal, CTRL)
    assert view.zoom() == pytest.approx(1.25)
    QTest.keyClick(view, KEY.Key_Minus, CTRL)
    QTest.keyClick(view, KEY.Key_Minus, CTRL)
    assert view.zoom() == pytest.approx(1 / 1.25)
    QTest.keyClick(view, KEY.Key_0, CTRL)
    assert view.zoom() == pytest.approx(1.0)


def test_insert_key_adds_a_card_of_the_lane_kind_and_edits_its_title(example_window):
    window = example_window
    show(window)
    doc = window.document
    lane = next(la for la in doc.map.lanes if la.type == "pain_points")
    stage = doc.map.stages[2]
    window.view.select_ids([stage.id])
    window.view.select_ids([lane.cards[0].id] if lane.cards else [lane.id])
    before = len(lane.cards)
    window.view.setFocus()
    QTest.keyClick(window.view, KEY.Key_Insert)
    lane = doc.lane(lane.id)
    assert len(lane.cards) == before + 1
    editor = window.view.editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Cola larga")
    QTest.keyClick(editor, KEY.Key_Return)
    new = [c for c in lane.cards if c.kind == "pain_point"]
    assert any(c.title == "Cola larga" for c in doc.lane(lane.id).cards), new
    window.view.select_ids([])  # (the connect handle follows the selection until teardown)


# ------------------------------------------------------------------ help
def test_help_menu_has_the_guide_and_the_glossary(example_window):
    help_menu = example_window.actions.menus["help"]
    texts = [a.text() for a in help_menu.actions() if a.text()]
    assert texts[:2] == ["&Guide", "G&lossary"]
    dialog = example_window.show_guide(glossary=True)
    try:
        assert dialog.tabs.currentIndex() == GLOSSARY
        text = dialog.page_text(GLOSSARY)
        for lane_type in LANE_TYPES:
            assert vocabulary.name("lane_type", lane_type, "en") in text
        for moment in MOMENTS:
            assert vocabulary.description("moment", moment, "en") in text
        keys = dialog.page_text(2)  # the keyboard tab lists real shortcuts, one per line
        assert any(line.startswith("Save ") and line.endswith("Ctrl+S")
                   for line in keys.splitlines())
        assert "Undo " in keys and "Zoom In" in keys
    finally:
        dialog.close()


def test_the_glossary_speaks_spanish_from_the_vocabulary(app):
    install_translators(app, "es")
    text = glossary_text()
    assert vocabulary.name("lane_type", "pain_points", "es") in text
    assert vocabulary.description("moment", "zmot", "es") in text
    assert "Pain points" not in text


# -------------------------------------------------------------- tooltips
def test_moment_badges_and_lane_headers_explain_themselves(app, manager, example_map_path):
    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    scene = window.view.map_scene
    doc = window.document
    stage = next(s for s in doc.map.stages if s.moment)
    stage_tip = scene.stages[stage.id].toolTip()
    assert vocabulary.description("moment", stage.moment, "es") in stage_tip
    lane = doc.map.lanes[0]
    lane_tip = scene.lane_headers[lane.id].toolTip()
    assert vocabulary.description("lane_type", lane.type, "es") in lane_tip


def test_user_text_in_tooltips_is_escaped(example_window):
    doc = example_window.document
    lane = doc.map.lanes[0]
    push(doc, EditLaneCommand(doc, lane.id, {"title": "<b>Dolor</b> & más"}))
    tip = example_window.view.map_scene.lane_headers[lane.id].toolTip()
    assert "&lt;b&gt;Dolor&lt;/b&gt; &amp; más" in tip


# -------------------------------------------------------- collapsed lanes
def _collapse(window):
    doc = window.document
    lane = next(la for la in doc.map.lanes if len(la.cards) >= 2 and la.type != "emotions")
    push(doc, EditLaneCommand(doc, lane.id, {"collapsed": True}))
    return doc, lane


def test_a_collapsed_lane_counts_its_cards_and_a_click_on_the_marker_expands_it(example_window):
    from cjeditor.canvas.tooltips import marker_rect

    show(example_window)
    view = example_window.view
    doc, lane = _collapse(example_window)
    header = view.map_scene.lane_headers[lane.id]
    assert f"{len(lane.cards)} cards hidden" in header.toolTip()
    spot = marker_rect(header.geom.header).center()
    view.ensureVisible(header.sceneBoundingRect())
    press(view, spot)
    release(view, spot)
    assert not doc.lane(lane.id).collapsed
    assert doc.undo_stack.undoText() == f"Expand lane “{lane.title}”"


def test_a_double_click_expands_a_collapsed_lane(example_window):
    show(example_window)
    view = example_window.view
    doc, lane = _collapse(example_window)
    header = view.map_scene.lane_headers[lane.id]
    view.ensureVisible(header.sceneBoundingRect())
    spot = header.sceneBoundingRect().adjusted(10, 0, -60, 0).center()
    double_click(view, spot)
    assert not doc.lane(lane.id).collapsed
    assert view.editor is None  # expanding, not renaming
    view.select_ids([])


# ------------------------------------------------------------ placement
def test_a_new_map_starts_at_the_top_left(manager):
    window = manager.new_map("blank", "es")
    show(window)
    view = window.view
    top_left = view.mapFromScene(view.sceneRect().topLeft())
    assert top_left.y() <= 1 and top_left.x() <= 1


@pytest.mark.parametrize("zoom", [1.0, 0.25])  # scrolled halfway; the whole map in view
def test_the_view_does_not_jump_when_a_lane_grows(example_window, zoom):
    show(example_window)
    view = example_window.view
    doc = example_window.document
    view.set_zoom(zoom)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    QApplication.processEvents()
    anchor = QPointF(view.map_scene.geometry.columns[0].x, view.map_scene.geometry.lanes[0].y)
    before = view.mapFromScene(anchor)
    lane = doc.map.lanes[-1]
    for _n in range(4):  # the last lane grows by a few cards
        push(doc, AddCardCommand(doc, lane.id, doc.map.stages[0].id, "note", {}))
    QApplication.processEvents()
    assert view.mapFromScene(anchor) == before


def test_insert_stage_scrolls_to_the_new_stage(example_window):
    show(example_window)
    window = example_window
    view = window.view
    view.zoom_reset()
    last = window.document.map.stages[-1].id
    view.select_ids([last])
    view.horizontalScrollBar().setValue(0)
    window.actions.add_stage.trigger()
    new = window.document.map.stages[-1].id
    assert new != last
    rect = view.map_scene.stages[new].sceneBoundingRect()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(rect), (shown, rect)
    assert view.mapFromScene(rect.topLeft()).x() >= 0


def test_the_map_gets_two_thirds_of_a_wide_window(example_window):
    window = example_window
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    assert window.view.width() >= 0.65 * 1600


def test_nothing_prompts_on_a_clean_quit(manager, monkeypatch):
    manager.new_map("blank", "es")
    asked = answers(monkeypatch)
    assert manager.close_all() and asked == []




def test_spanish_palette_names_are_not_cut_off(app, manager, example_map_path):
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    tree = window.palette.tree
    tree.expandAll()
    QApplication.processEvents()
    metrics = tree.fontMetrics()
    room = tree.viewport().width()
    cut = []
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        rect = tree.visualItemRect(item)
        width = room - rect.left() - (tree.iconSize().width() + 8)
        text = item.text(0)
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), text).height()
        # every word fits the row's width, and the row is as tall as the wrapped name
        if max(metrics.horizontalAdvance(w) for w in text.split()) > width \
                or rect.height() < needed:
            cut.append(text)
        it += 1
    assert not cut, cut
    assert window.view.width() >= 0.65 * 1600


# -------------------------------------------------------- frozen headers
def _mouse(widget, pos: QPointF, kind: QEvent.Type) -> None:
    pressed = kind != QEvent.Type.MouseButtonRelease
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_headers_stay_in_view_after_scrolling(example_window):
    show(example_window)
    window = example_window
    view, frozen = window.view, window.frozen
    view.zoom_reset()
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue(bar.minimum())
    QApplication.processEvents()
    assert not frozen.stages.isVisible() and not frozen.lanes.isVisible()  # the real ones show
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    viewport_top = view.viewport().mapTo(window, view.viewport().rect().topLeft())
    assert frozen.stages.isVisible() and frozen.lanes.isVisible()
    assert frozen.stages.mapTo(window, frozen.stages.rect().topLeft()) == viewport_top
    picture = frozen.stages.grab().toImage()
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 5)
               for y in range(0, picture.height(), 5)}
    assert len(colours) > 10  # the headers are painted (phases, names, badges), not blank
    # a click on the frozen row selects the stage under it; a double-click renames it
    geometry = view.map_scene.geometry
    stage_x = view.mapToScene(view.viewport().rect().center()).x()
    index = view.map_scene.column_at(stage_x)
    stage_id = geometry.columns[index].stage_id
    spot = QPointF(view.viewport().width() / 2, frozen.stages.height() / 2)
    # events sent as they are (QTest's own clicks carry made-up timestamps that
    # confuse timers in later tests)
    _mouse(frozen.stages, spot, QEvent.Type.MouseButtonPress)
    _mouse(frozen.stages, spot, QEvent.Type.MouseButtonRelease)
    assert view.selected_ids() == [stage_id]
    _mouse(frozen.stages, spot, QEvent.Type.MouseButtonDblClick)
    _mouse(frozen.stages, spot, QEvent.Type.MouseButtonRelease)
    assert view.editor is not None and view.editor.text() == window.document.stage(stage_id).name
    view.editor.cancel()
    view.select_ids([])
