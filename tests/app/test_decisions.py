"""Decisions in the editor (issue 12): the Map check dock, the Prioritise matrix, the
saved views manager, and the brief's state and counterpart. Gestures on the real
window, offscreen; every edit is one undo step that restores the map exactly."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from cjeditor.app.docks.check import PATH_ROLE, object_of
from cjeditor.app.docks.counterpart import relative_map_path
from cjeditor.app.docks.views import ID_ROLE
from cjeditor.app.i18n import install_translators
from cjeditor.check import run_check
from cjeditor.check.matrix import matrix_of
from cjeditor.commands import EditCardFieldsCommand, push
from cjeditor.fileio import load

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import drag, move, press, release  # noqa: E402


def dump(window) -> dict:
    return window.document.map.model_dump(mode="json")


def settle(window, ms: int = 0) -> None:
    for _ in range(3):
        QApplication.processEvents()
    if ms:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)


@pytest.fixture
def shown(example_window):
    window = example_window
    window.resize(1500, 1000)
    window.show()
    settle(window)
    return window


# ---------------------------------------------------------------- map check
def test_check_dock_lists_the_eight_keys_as_the_headless_check(shown):
    dock = shown.check
    assert dock.report is None  # behind the History tab: not checked while the map opens
    dock.raise_()  # its tab chosen: checked at once
    settle(shown)
    report = run_check(shown.document.map)
    assert dock.tree.topLevelItemCount() == 8
    for i, key in enumerate(report.keys):
        item = dock.tree.topLevelItem(i)
        assert item.text(0).split("  ", 1)[1].startswith(f"{key.key}.")
        assert item.childCount() == len(key.findings)
    assert "CAC" in dock.details.text()


def test_check_dock_updates_after_an_edit_debounced(shown, qtbot):
    dock, doc = shown.check, shown.document
    dock.show()
    dock.raise_()
    settle(shown)
    before = dock.report
    emotion = next(c for c in doc.map.all_cards() if c.kind == "emotion")
    push(doc, EditCardFieldsCommand(doc, emotion.id, {"evidence": "observed"}))
    assert dock.report is before  # not inside the edit
    assert dock.timer.isActive()
    qtbot.waitUntil(lambda: dock.report is not before, timeout=3000)
    assert dock.report.evidence.observed == before.evidence.observed + (
        emotion.evidence != "observed")


def test_a_finding_selects_and_shows_what_it_names(manager, qtbot):
    window = manager.new_map()  # the blank map: every key has findings with paths
    window.resize(1400, 900)
    window.show()
    settle(window)
    dock = window.check
    dock.raise_()
    settle(window)
    found = None
    for i in range(dock.tree.topLevelItemCount()):
        top = dock.tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            target = object_of(window.document, child.data(0, PATH_ROLE))
            if target is not None:
                found = (child, target)
                break
        if found:
            break
    assert found is not None, "the blank map should name a stage or a lane"
    child, target = found
    dock._clicked(child)
    settle(window)
    assert window.view.selected_ids() == [target]
    assert window.selection == [target]


def test_object_of_paths(example_window):
    doc = example_window.document
    assert object_of(doc, "stages[1]") == doc.map.stages[1].id
    assert object_of(doc, "lanes[0].cards[1]") == doc.map.lanes[0].cards[1].id
    assert object_of(doc, "personas[0]") == doc.map.personas[0].id
    assert object_of(doc, "lanes") is None
    assert object_of(doc, "stages[999]") is None


# ------------------------------------------------------------- prioritise
def _matrix(window):
    dock = window.prioritise
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [520], Qt.Orientation.Vertical)
    settle(window)
    dock.matrix.rebuild()
    settle(window)
    return dock.matrix


def test_dragging_a_card_sets_impact_and_effort_in_one_undo_step(shown):
    view = _matrix(shown)
    doc = shown.document
    entry = next(e for q in matrix_of(doc.map).quadrants.values() for e in q)
    card_id = entry.card.id
    target = (1, 5) if (entry.impact, entry.effort) != (1, 5) else (5, 1)
    before, count = dump(shown), doc.undo_stack.count()
    chip = view.chips[card_id]
    start = chip.mapToScene(chip.boundingRect().center())
    cell = view.plan.cell_rect(*target)
    view.ensureVisible(cell)
    view.centerOn(start)
    settle(shown)
    # the drag's feedback: the target cell is outlined while moving
    press(view, start)

    move(view, QPointF(start.x() + 10, start.y() + 10))
    assert view._drag is not None
    release(view, start)  # back where it was: nothing changes
    assert doc.undo_stack.count() == count
    view.centerOn(cell.center())
    settle(shown)
    chip = view.chips[card_id]  # the matrix may have been rebuilt meanwhile
    start = chip.mapToScene(chip.boundingRect().center())
    drag(view, start, cell.center(), steps=8)
    card = doc.card(card_id)
    assert (card.impact, card.effort) == target
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert dump(shown) == before
    doc.undo_stack.redo()
    assert (doc.card(card_id).impact, doc.card(card_id).effort) == target


def test_a_card_selected_on_the_canvas_is_outlined_in_the_matrix_and_back(shown):
    view = _matrix(shown)
    card_id = next(iter(view.chips))
    shown.view.select_ids([card_id])
    settle(shown)
    assert view.chips[card_id].chosen
    assert not any(chip.chosen for key, chip in view.chips.items() if key != card_id)
    other = list(view.chips)[-1]
    chip = view.chips[other]
    point = chip.mapToScene(chip.boundingRect().center())
    view.centerOn(point)
    settle(shown)
    press(view, point)
    release(view, point)  # a click without a drag shows the card on the canvas
    settle(shown)
    assert shown.view.selected_ids() == [other]
    assert view.chips[other].chosen


def test_dragging_an_unscored_card_in_scores_it_and_aside_clears(shown):
    doc = shown.document
    assert not matrix_of(doc.map).unscored  # the example scores all its ideas
    push(doc, EditCardFieldsCommand(doc, "idea-4", {"impact": None, "effort": None}))
    view = _matrix(shown)
    unscored = matrix_of(doc.map).unscored
    assert [u.card.id for u in unscored] == ["idea-4"], "listed aside once unscored"
    card_id = unscored[0].card.id
    before = dump(shown)
    chip = view.chips[card_id]
    start = chip.mapToScene(chip.boundingRect().center())
    cell = view.plan.cell_rect(5, 1)
    view.fitInView(view.scene().sceneRect())
    settle(shown)
    drag(view, start, cell.center(), steps=6)
    assert (doc.card(card_id).impact, doc.card(card_id).effort) == (5, 1)
    view.rebuild()
    settle(shown)
    chip = view.chips[card_id]
    start = chip.mapToScene(chip.boundingRect().center())
    drag(view, start, view.plan.aside.center(), steps=6)
    assert (doc.card(card_id).impact, doc.card(card_id).effort) == (None, None)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dump(shown) == before


# ------------------------------------------------------------------- views
def test_save_switch_toggle_rename_delete_views_undo_exactly(shown):
    dock, doc = shown.views, shown.document
    original = dump(shown)
    count = doc.undo_stack.count()
    # choose two lanes in a new order and a persona, then save
    dock.switch(None)
    lanes = [doc.map.lanes[3].id, doc.map.lanes[1].id]
    for i in range(dock.lanes.count()):
        item = dock.lanes.item(i)
        item.setCheckState(
            Qt.CheckState.Checked
            if item.data(ID_ROLE) in lanes else
            Qt.CheckState.Unchecked)
    row = next(i for i in range(dock.lanes.count()) if dock.lanes.item(i).data(ID_ROLE) == lanes[0])
    dock.lanes.setCurrentRow(row)
    dock._move(-1)
    dock._move(-1)  # lanes[0] now before lanes[1]
    persona = doc.map.personas[0].id
    dock.persona.setCurrentIndex(dock.persona.findData(persona))
    dock._edited()
    assert doc.undo_stack.count() == count  # no saved view chosen: nothing in the map
    view_id = dock.save_current("Para el equipo de tienda «Zancada» ✓")
    assert view_id is not None
    saved = doc.view(view_id)
    assert saved.lanes == lanes and saved.persona == persona and not saved.overlay_emotions
    assert dock.active == view_id
    assert doc.undo_stack.count() == count + 1
    after_save = dump(shown)

    # toggling the overlay changes the chosen view, one undo step
    dock.overlay.setChecked(True)
    assert doc.view(view_id).overlay_emotions is True
    assert doc.undo_stack.count() == count + 2
    doc.undo_stack.undo()
    assert dump(shown) == after_save
    assert dock.overlay.isChecked() is False  # the dock follows the undo

    # switching: the canvas shows the view's persona, the map is unchanged
    other = doc.map.views[0].id
    dock.switch(other)
    assert shown.view.map_scene.persona == doc.view(other).persona
    assert dock.overlay.isChecked() == doc.view(other).overlay_emotions
    dock.switch(view_id)
    assert shown.view.map_scene.persona == persona
    geometry = shown.view.map_scene.geometry
    assert [lane.lane_id for lane in geometry.lanes] == lanes  # the view's lanes, its order
    assert shown.actions.persona_filter.currentData() == persona
    assert dump(shown) == after_save

    dock.rename(view_id, "Tienda")
    assert doc.view(view_id).name == "Tienda"
    dock.delete(view_id)
    assert all(v.id != view_id for v in doc.map.views)
    assert dock.active is None
    assert len(shown.view.map_scene.geometry.lanes) == len(doc.map.lanes)  # whole map
    doc.undo_stack.undo()
    assert doc.view(view_id).name == "Tienda"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dump(shown) == original
    assert dock.views.count() == len(doc.map.views) + 1  # and "whole map"


def test_the_toolbar_persona_filter_is_what_a_new_view_saves(shown):
    dock, doc = shown.views, shown.document
    combo = shown.actions.persona_filter
    persona = doc.map.personas[-1].id
    combo.setCurrentIndex(combo.findData(persona))
    combo.activated.emit(combo.currentIndex())
    assert shown.view.map_scene.persona == persona
    view_id = dock.save_current("Solo Andrés")
    assert doc.view(view_id).persona == persona and doc.view(view_id).lanes is None


def test_a_view_keeps_at_least_one_lane(shown):
    dock, doc = shown.views, shown.document
    view_id = doc.map.views[0].id
    dock.switch(view_id)
    before, count = dump(shown), doc.undo_stack.count()
    for _ in range(dock.lanes.count()):  # untick every ticked lane, one at a time
        ticked = [i for i in range(dock.lanes.count())
                  if dock.lanes.item(i).checkState() == Qt.CheckState.Checked]
        if ticked:
            dock.lanes.item(ticked[0]).setCheckState(Qt.CheckState.Unchecked)
    lanes = doc.view(view_id).lanes
    assert lanes is not None and len(lanes) == 1  # the last untick was refused
    doc.undo_stack.setIndex(count)
    assert dump(shown) == before


def test_two_views_cannot_share_a_name(shown):
    """They could not be told apart in the list, the menu or the export's choice."""
    dock, doc = shown.views, shown.document
    first, second = doc.map.views[0], doc.map.views[1]
    before, count = dump(shown), doc.undo_stack.count()
    assert dock.save_current(f"  {first.name.upper()} ") is None  # case and spaces aside
    dock.rename(second.id, first.name)
    assert doc.undo_stack.count() == count and dump(shown) == before
    assert "exists already" in shown.statusBar().currentMessage()
    dock.rename(first.id, first.name.upper())  # a view may change its own name's case
    assert doc.view(first.id).name == first.name.upper()


# ------------------------------------------------------------------- brief
def test_brief_state_and_counterpart(shown, tmp_path):
    doc, brief = shown.document, shown.brief
    assert brief.state.get() == "current"
    assert brief.counterpart.get() == "zapatillas-running-futuro.cjmap"
    assert relative_map_path(tmp_path / "a" / "futuro.cjmap",
                             tmp_path / "b" / "actual.cjmap") == "../a/futuro.cjmap"
    before = dump(shown)
    field = brief.counterpart.widget
    field.choose_file(doc.path.parent / "otros" / "ideal.cjmap")
    assert doc.map.meta.counterpart == "otros/ideal.cjmap"
    brief.state.widget.setCurrentIndex(brief.state.widget.findData("future"))
    brief.state.widget.activated.emit(brief.state.widget.currentIndex())
    assert doc.map.meta.state == "future"
    field.choose_file(doc.path.parent / "nota.txt")  # refused, with a message
    assert doc.map.meta.counterpart == "otros/ideal.cjmap"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dump(shown) == before


def test_the_example_pair_points_at_each_other(example_map_path):
    current = load(example_map_path)
    future_path = example_map_path.parent / current.meta.counterpart
    future = load(future_path)
    assert current.meta.state == "current" and future.meta.state == "future"
    assert (future_path.parent / future.meta.counterpart).resolve() == \
        example_map_path.resolve()
    assert future.version == 2


# --------------------------------------------------------------- pictures
def test_pictures_of_the_decision_docks_in_spanish(manager, example_map_path, output_dir):
    """For a human to look at: tests/output/dock-*.png (Spanish)."""
    install_translators(QApplication.instance(), "es")
    window = manager.open_path(example_map_path)
    window.resize(1600, 1000)
    window.show()
    for dock in (window.check, window.views, window.prioritise):
        dock.show()
        dock.raise_()
    window.views.switch(window.document.map.views[0].id)
    settle(window)
    window.prioritise.matrix.rebuild()
    settle(window, 50)
    for name, dock, size in (("check", window.check, (420, 700)),
                             ("views", window.views, (380, 620)),
                             ("prioritise", window.prioritise, (1080, 640))):
        dock.setFloating(True)
        dock.resize(*size)
        settle(window, 30)
        image = dock.grab()
        assert not image.isNull()
        assert image.save(str(output_dir / f"dock-{name}.png"))
    assert window.check.windowTitle() == "Revisión del mapa"
