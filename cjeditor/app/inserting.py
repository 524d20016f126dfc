"""Insert menu and palette double-click: add stages, phases, lanes, personas, cards.

Everything goes through commands; a refusal is reported in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cjeditor.app import labels
from cjeditor.app.docks.palette import CARD_MIME, LANE_MIME
from cjeditor.commands.base import push
from cjeditor.commands.cards import AddCardCommand
from cjeditor.commands.structure import AddLaneCommand, AddPhaseCommand, InsertStageCommand
from cjeditor.model import vocabulary
from cjeditor.model.placement import kind_allowed, lane_types_for

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow


def _run(window: MainWindow, command_factory) -> Any:
    try:
        command = command_factory()
        push(window.document, command)
    except ValueError as error:
        window.statusBar().showMessage(str(error), 6000)
        return None
    return command


def _language(window: MainWindow) -> str:
    return window.document.map.meta.language


def selected_stage(window: MainWindow) -> str | None:
    """The stage selected, or the stage of the selected card, if any."""
    doc = window.document
    for object_id in window.selection:
        kind = doc.kind_of(object_id)
        if kind == "stage":
            return object_id
        if kind == "card":
            return doc.card(object_id).stage
    return None


def selected_lane(window: MainWindow) -> str | None:
    doc = window.document
    for object_id in window.selection:
        kind = doc.kind_of(object_id)
        if kind == "lane":
            return object_id
        if kind == "card":
            return doc.lane_of(object_id).id
    return None


def _show(window: MainWindow, object_id: str) -> None:
    select = getattr(window.view, "select_ids", None)
    if callable(select):
        select([object_id])
    window.properties.show_ids([object_id])


def insert_stage(window: MainWindow) -> None:
    doc = window.document
    stage = selected_stage(window)
    index = doc.stage_index(stage) + 1 if stage is not None else len(doc.map.stages)
    command = _run(window, lambda: InsertStageCommand(
        doc, index, vocabulary.name("new", "stage", _language(window))))
    if command is not None:
        _show(window, command.stage_id)


def insert_phase(window: MainWindow) -> None:
    doc = window.document
    stage = selected_stage(window)
    stage_ids = [stage] if stage is not None and doc.stage(stage).phase is None else []
    command = _run(window, lambda: AddPhaseCommand(
        doc, vocabulary.name("new", "phase", _language(window)), stage_ids))
    if command is not None:
        _show(window, command.phase_id)


def insert_lane(window: MainWindow, lane_type: str) -> None:
    doc = window.document
    lane = selected_lane(window)
    title = vocabulary.name("lane_type", lane_type, _language(window))
    if lane is not None:
        from cjeditor.commands.structure import InsertLaneCommand

        index = doc.lane_index(lane) + 1
        command = _run(window, lambda: InsertLaneCommand(doc, index, lane_type, title))
    else:
        command = _run(window, lambda: AddLaneCommand(doc, lane_type, title))
    if command is not None:
        _show(window, command.lane_id)


def insert_persona(window: MainWindow) -> None:
    window.personas.add_persona()


def insert_card(window: MainWindow, kind: str, fields: dict[str, Any]) -> None:
    """Add a card to the selected lane and stage, or the first lane that takes it."""
    doc = window.document
    lane = selected_lane(window)
    if lane is None or not kind_allowed(kind, doc.lane(lane).type):
        lane = next((item.id for item in doc.map.lanes if kind_allowed(kind, item.type)), None)
    if lane is None:
        types = ", ".join(labels.lane_type_name(t) for t in lane_types_for(kind))
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "inserting", "No lane takes this card; add a lane first: %1"
            ).replace("%1", types), 6000)
        return
    stage = selected_stage(window) or doc.map.stages[0].id
    command = _run(window, lambda: AddCardCommand(doc, lane, stage, kind, fields))
    if command is not None:
        _show(window, command.card_id)


def insert_from_palette(window: MainWindow, mime: str, body: dict) -> None:
    if mime == LANE_MIME:
        insert_lane(window, body.get("type", "notes"))
    elif mime == CARD_MIME:
        kind = body.get("kind", "note")
        if kind == "image":
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "inserting", "Drop a PNG or JPEG file on an images lane to add a picture."),
                6000)
            return
        fields = {"channel": body["channel"]} if "channel" in body else {}
        insert_card(window, kind, fields)
