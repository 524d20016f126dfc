"""Context menus of the canvas: cards, stages, lanes, phases and empty cells."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu

from cjeditor.commands import (
    AddCardCommand,
    AddPhaseCommand,
    DeleteLaneCommand,
    DeletePhaseCommand,
    DeleteStageCommand,
    EditLaneCommand,
    EditStageCommand,
    InsertLaneCommand,
    InsertStageCommand,
    MoveLaneCommand,
    SetLineBelowCommand,
)
from cjeditor.document.checks import ui_language
from cjeditor.model import BLUEPRINT_LINES, LANE_TYPES, MOMENTS, vocabulary
from cjeditor.model.placement import allowed_kinds

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def context_menu(view: MapView, item: Any, scene_pos: QPointF) -> QMenu | None:
    doc = view.doc
    menu = QMenu(view)
    kind = getattr(item, "object_kind", "")
    if kind == "emotion":
        item, kind = view.map_scene.cards.get(item.object_id), "card"
    if item is not None and kind and not item.isSelected():
        view.select_ids([item.object_id])
    if kind == "card":
        card_id = item.object_id
        menu.addAction(tr("Edit title"), lambda: view.edit_title(card_id))
        menu.addAction(tr("Connect to…"), lambda: view.connector.connect_from(card_id))
        if doc.card(card_id).kind == "opportunity":
            menu.addAction(tr("Answers a pain point…"),
                           lambda: view.connector.answer_pain_point(card_id))
        view.map_links.add_to_menu(menu, card_id)
        menu.addSeparator()
        menu.addAction(tr("Cut"), view.cut)
        menu.addAction(tr("Copy"), view.copy)
        menu.addAction(tr("Paste"), view.paste).setEnabled(view.can_paste())
        menu.addAction(tr("Duplicate"), view.duplicate)
        menu.addSeparator()
        menu.addAction(tr("Delete"), view.delete_selected)
        return menu
    if kind == "stage":
        stage_id = item.object_id
        index = doc.stage_index(stage_id)
        # New objects are named in the map's language, as the Insert menu names them.
        language = doc.map.meta.language
        new_stage = vocabulary.name("new", "stage", language)
        menu.addAction(tr("Rename stage"), lambda: view.edit_title(stage_id))
        menu.addAction(tr("Insert stage before"), lambda: view.run(
            InsertStageCommand(doc, index, new_stage)))
        menu.addAction(tr("Insert stage after"), lambda: view.run(
            InsertStageCommand(doc, index + 1, new_stage)))
        moments = menu.addMenu(tr("Moment of truth"))
        current = doc.stage(stage_id).moment
        for moment in (None, *MOMENTS):
            action = moments.addAction(
                vocabulary.abbr("moment", moment) if moment else tr("None"),
                lambda m=moment: view.run(EditStageCommand(doc, stage_id, {"moment": m})))
            if moment:
                action.setToolTip(vocabulary.name("moment", moment, ui_language()))
            action.setCheckable(True)
            action.setChecked(moment == current)
        stages = [i for i in view.selected_ids() if doc.kind_of(i) == "stage"]
        if stages:
            menu.addAction(tr("Group into a new phase"), lambda: view.run(
                AddPhaseCommand(doc, vocabulary.name("new", "phase", language), stages)))
        view.map_links.add_to_menu(menu, stage_id)
        menu.addSeparator()
        delete = menu.addAction(tr("Delete stage"), lambda: view.run(
            DeleteStageCommand(doc, stage_id)))
        delete.setEnabled(len(doc.map.stages) > 1)
        return menu
    if kind == "lane":
        lane_id = item.object_id
        index = doc.lane_index(lane_id)
        lane = doc.lane(lane_id)
        menu.addAction(tr("Rename lane"), lambda: view.edit_title(lane_id))
        add = menu.addMenu(tr("Add lane below"))
        language = doc.map.meta.language
        for lane_type in LANE_TYPES:
            # The entry in the interface's language; the new lane's title in the map's.
            title = vocabulary.name("lane_type", lane_type, language)
            add.addAction(vocabulary.name("lane_type", lane_type, ui_language()),
                          lambda t=lane_type, n=title: view.run(
                              InsertLaneCommand(doc, index + 1, t, n)))
        menu.addAction(tr("Move up"), lambda: view.run(
            MoveLaneCommand(doc, lane_id, index - 1))).setEnabled(index > 0)
        menu.addAction(tr("Move down"), lambda: view.run(
            MoveLaneCommand(doc, lane_id, index + 1))).setEnabled(index < len(doc.map.lanes) - 1)
        menu.addAction(tr("Expand") if lane.collapsed else tr("Collapse"), lambda: view.run(
            EditLaneCommand(doc, lane_id, {"collapsed": not lane.collapsed})))
        lines = menu.addMenu(tr("Line below this lane"))
        for line in (None, *BLUEPRINT_LINES):  # a refused order: the rule's sentence
            action = lines.addAction(
                vocabulary.name("line", line, ui_language()) if line else tr("None"),
                lambda v=line: view.run(SetLineBelowCommand(doc, lane_id, v)))
            if line:
                action.setToolTip(vocabulary.description("line", line, ui_language()))
            action.setCheckable(True)
            action.setChecked(line == lane.line_below)
        menu.addSeparator()
        menu.addAction(tr("Delete lane"), lambda: view.run(DeleteLaneCommand(doc, lane_id)))
        return menu
    if kind == "phase":
        phase_id = item.object_id
        menu.addAction(tr("Rename phase"), lambda: view.edit_title(phase_id))
        menu.addAction(tr("Delete phase"), lambda: view.run(DeletePhaseCommand(doc, phase_id)))
        return menu
    cell = view.map_scene.cell_at(scene_pos)
    if cell is None:
        return None
    view.current_cell = cell
    lane = doc.lane(cell[0])
    if lane.collapsed:  # a card added there would not show: unfold first
        lane_id = lane.id
        menu.addAction(tr("Expand"), lambda: view.run(
            EditLaneCommand(doc, lane_id, {"collapsed": False})))
        return menu
    kinds = allowed_kinds(lane.type)
    for card_kind in kinds:
        if card_kind == "image":
            continue
        label = tr("Add card") if len(kinds) == 1 else \
            vocabulary.name("kind", card_kind, ui_language())

        def add(k: str = card_kind) -> None:
            command = AddCardCommand(doc, cell[0], cell[1], k)
            if view.run(command):
                view.select_ids([command.card_id])
                view.edit_title(command.card_id)
        menu.addAction(label, add)
    menu.addAction(tr("Paste"), view.paste).setEnabled(view.can_paste())
    return menu
