"""Drops on the canvas: palette cards and lanes, picture files onto an images lane."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QRectF

from cjeditor.canvas.mime import CARD_MIME, LANE_MIME
from cjeditor.commands import AddCardCommand, InsertLaneCommand
from cjeditor.document.checks import explain, placement_problem, say, value_problem
from cjeditor.model import LANE_TYPES, Asset, vocabulary
from cjeditor.model.limits import MAX_ASSET_BYTES

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

PICTURE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def expand_first() -> str:
    """Why no card is added to a folded lane (a drop, a paste, the menu, Insert)."""
    return tr("Expand the lane before adding cards to it.")


def _json(mime: Any, fmt: str) -> dict[str, Any] | None:
    try:
        data = json.loads(bytes(mime.data(fmt)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _picture_reason(exc: Exception) -> str:
    """Why a picture file cannot be added, as a plain sentence (never pydantic's text)."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, ValidationError):  # the picture's own problem, without a field name
        return value_problem(exc)
    return explain(exc)


class DropHandler:
    def __init__(self, view: MapView) -> None:
        self.view = view

    @property
    def scene(self) -> Any:
        return self.view.map_scene

    def _pictures(self, mime: Any) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in PICTURE_TYPES]

    def enter(self, event: Any) -> None:
        mime = event.mimeData()
        if mime.hasFormat(CARD_MIME) or mime.hasFormat(LANE_MIME) or self._pictures(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _card_target(self, event: Any) -> tuple[tuple[str, str] | None, str, str]:
        """(cell, kind, reason if refused)."""
        mime = event.mimeData()
        pos = self.view.mapToScene(event.position().toPoint())
        cell = self.scene.cell_at(pos)
        if mime.hasFormat(CARD_MIME):
            data = _json(mime, CARD_MIME) or {}
            kind = str(data.get("kind", ""))
        else:
            kind = "image"
        if cell is None:
            return None, kind, ""
        if kind == "image" and mime.hasFormat(CARD_MIME):
            return cell, kind, tr("Drop a PNG or JPEG file on an images lane to add a picture.")
        # The model's rules answer (kind matrix, one emotion per stage), then the view's.
        reason = placement_problem(self.view.doc, kind, *cell)
        if reason is None and self.view.doc.lane(cell[0]).collapsed:
            reason = expand_first()
        return cell, kind, reason or ""

    def move(self, event: Any) -> None:
        mime = event.mimeData()
        if mime.hasFormat(LANE_MIME):
            pos = self.view.mapToScene(event.position().toPoint())
            index, y = self._lane_slot(pos.y())
            geom = self.scene.geometry
            self.scene.show_drop_indicator(QRectF(0, y - 3, geom.width, 6), True)
            event.acceptProposedAction()
            return
        cell, _kind, reason = self._card_target(event)
        if cell is None:
            self.scene.hide_drop_indicator()
            event.ignore()
            return
        rect = self.scene.cell_rect(*cell)
        if reason:
            self.scene.show_drop_indicator(rect, False)
            self.view.set_refused(reason)
            event.ignore()
            return
        pos = self.view.mapToScene(event.position().toPoint())
        position = self.scene.position_in_cell(*cell, pos.y())
        self.scene.show_drop_indicator(rect, True, self.scene.insertion_y(*cell, position))
        self.view.set_refused("")
        event.acceptProposedAction()

    def leave(self, event: Any) -> None:
        self.scene.hide_drop_indicator()
        self.view.set_refused("")

    def _lane_slot(self, y: float) -> tuple[int, float]:
        """(index in doc.lanes to insert at, y of the gap) for a lane dropped at y."""
        geom = self.scene.geometry
        doc = self.view.doc
        if not geom.lanes:
            top = geom.columns[0].header.bottom if geom.columns else 0.0
            return len(doc.map.lanes), top
        for lane in geom.lanes:
            if y < lane.y + lane.height / 2:
                return doc.lane_index(lane.lane_id), lane.y
        last = geom.lanes[-1]
        return doc.lane_index(last.lane_id) + 1, last.y + last.height

    def drop(self, event: Any) -> None:
        self.scene.hide_drop_indicator()
        self.view.set_refused("")
        mime = event.mimeData()
        doc = self.view.doc
        pos = self.view.mapToScene(event.position().toPoint())
        if mime.hasFormat(LANE_MIME):
            data = _json(mime, LANE_MIME) or {}
            lane_type = data.get("type")
            if lane_type not in LANE_TYPES:
                self.view.status_message.emit(tr("Unknown lane type."))
                event.ignore()
                return
            index, _ = self._lane_slot(pos.y())
            title = vocabulary.name("lane_type", lane_type, doc.map.meta.language)
            if self.view.run(InsertLaneCommand(doc, index, lane_type, title)):
                event.acceptProposedAction()
            return
        cell, kind, reason = self._card_target(event)
        if cell is None or reason:
            if reason:
                self.view.status_message.emit(reason)
            event.ignore()
            return
        position = self.scene.position_in_cell(*cell, pos.y())
        if mime.hasFormat(CARD_MIME):
            data = _json(mime, CARD_MIME) or {}
            fields = {}
            if kind == "touchpoint" and isinstance(data.get("channel"), str):
                fields["channel"] = data["channel"]
            try:
                command = AddCardCommand(doc, cell[0], cell[1], kind, fields, position)
            except ValueError as exc:
                self.view.status_message.emit(str(exc))
                event.ignore()
                return
            if self.view.run(command):
                event.acceptProposedAction()
                self.view.select_ids([command.card_id])
                self.view.edit_title(command.card_id)
            return
        self._drop_pictures(event, cell, position)

    def _drop_pictures(self, event: Any, cell: tuple[str, str], position: int) -> None:
        doc = self.view.doc
        for path in self._pictures(event.mimeData()):
            try:
                if path.stat().st_size > MAX_ASSET_BYTES:
                    raise ValueError(tr("The picture is larger than 10 MiB."))
                data = path.read_bytes()
                asset = Asset.model_validate({
                    "id": doc.new_id("a"), "media_type": PICTURE_TYPES[path.suffix.lower()],
                    "name": path.name[:200], "data": base64.b64encode(data).decode("ascii")})
                command = AddCardCommand(doc, cell[0], cell[1], "image",
                                         {"asset": asset.id, "title": path.stem[:300]},
                                         position, assets=[asset])
            except Exception as exc:  # noqa: BLE001 - any unreadable picture is reported
                self.view.status_message.emit(say("picture_unreadable", file=path.name,
                                                  reason=_picture_reason(exc)))
                continue
            self.view.run(command)
        event.acceptProposedAction()
