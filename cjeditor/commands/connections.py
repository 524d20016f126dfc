"""Commands on connections (arrows between cards) and on the blueprint lines.

Each is one undo step. The document refuses what the format forbids (an arrow
from a card to itself, the same arrow twice, the lines out of order) with a
plain sentence; the command then changes nothing and the caller shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from cjeditor.commands.base import DocCommand, tr
from cjeditor.commands.cards import PasteCardsCommand
from cjeditor.document.checks import checked
from cjeditor.model import Connection, new_id

if TYPE_CHECKING:
    from cjeditor.document import MapDocument

__all__ = ["AddConnectionCommand", "DeleteConnectionsCommand", "EditConnectionCommand",
           "PasteWithConnectionsCommand", "SetLineBelowCommand", "paste_command"]


class AddConnectionCommand(DocCommand):
    """An arrow from card `source` to card `target`; `connection_id` names it."""

    def __init__(self, doc: MapDocument, source: str, target: str, style: str = "flow",
                 label: str | None = None) -> None:
        super().__init__(doc, tr("Connect cards"))
        data: dict[str, Any] = {"id": doc.new_id("k"), "from": source, "to": target}
        if style != "flow":
            data["style"] = style
        if label:
            data["label"] = label
        self.connection = checked(Connection, data)
        self.connection_id: str = self.connection.id

    def build(self) -> None:
        self.do("insert_connection", len(self.doc.map.connections), self.connection)


class EditConnectionCommand(DocCommand):
    """Change a connection's label or style (an empty label removes it)."""

    def __init__(self, doc: MapDocument, connection_id: str, fields: dict[str, Any]) -> None:
        super().__init__(doc, tr("Edit connection"))
        self.connection_id = connection_id
        self.fields = {k: (None if k == "label" and not v else v) for k, v in fields.items()}

    def build(self) -> None:
        old = self.doc.connection(self.connection_id)
        if all(getattr(old, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_connection", self.connection_id, self.fields)


class DeleteConnectionsCommand(DocCommand):
    def __init__(self, doc: MapDocument, connection_ids: Iterable[str]) -> None:
        self.connection_ids = [i for i in dict.fromkeys(connection_ids)
                               if doc.kind_of(i) == "connection"]
        super().__init__(doc, tr("Delete connection") if len(self.connection_ids) == 1
                         else tr("Delete connections"))

    def build(self) -> None:
        for connection_id in self.connection_ids:
            self.do("remove_connection", connection_id)


class SetLineBelowCommand(DocCommand):
    """Draw a blueprint line under a lane (None: no line). A line already under
    another lane moves here in the same step; the order rule still holds, or the
    document says why not."""

    def __init__(self, doc: MapDocument, lane_id: str, line: str | None) -> None:
        super().__init__(doc, tr("Set blueprint line"))
        self.lane_id, self.line = lane_id, line

    def build(self) -> None:
        doc = self.doc
        if doc.lane(self.lane_id).line_below == self.line:
            return
        if self.line is not None:
            for lane in doc.map.lanes:
                if lane.id != self.lane_id and lane.line_below == self.line:
                    self.do("update_lane", lane.id, {"line_below": None})
        self.do("update_lane", self.lane_id, {"line_below": self.line})


class PasteWithConnectionsCommand(PasteCardsCommand):
    """Paste cards and then the arrows among them, in one step."""

    def __init__(self, doc: MapDocument, entries: Sequence[tuple[str, Any]],
                 assets: Sequence[Any], connections: Sequence[Connection],
                 text: str | None = None) -> None:
        super().__init__(doc, entries, assets, text)
        self.connections = list(connections)

    def build(self) -> None:
        super().build()
        for connection in self.connections:
            self.do("insert_connection", len(self.doc.map.connections), connection)


def paste_command(doc: MapDocument, entries: Sequence[tuple[str, Any]], assets: Sequence[Any],
                  payload: Mapping[str, Any], id_map: Mapping[str, str],
                  text: str | None = None) -> PasteCardsCommand:
    """The command that pastes `entries` (from canvas.clipboard.paste_plan) with the
    clipboard's connections whose both ends were pasted (`id_map`: old -> new ids)."""
    placed = {card.id for _, card in entries}
    taken = doc.taken_ids() | placed
    connections: list[Connection] = []
    pairs: set[tuple[str, str]] = set()
    raw_list = payload.get("connections")
    for raw in raw_list if isinstance(raw_list, list) else []:
        if not isinstance(raw, dict):
            continue
        source, target = id_map.get(raw.get("from", "")), id_map.get(raw.get("to", ""))
        if source not in placed or target not in placed or (source, target) in pairs:
            continue
        data = {k: v for k, v in raw.items() if k in ("label", "style")}
        data.update({"id": new_id("k", taken), "from": source, "to": target})
        try:
            connection = Connection.model_validate(data)
        except ValidationError:
            continue  # a broken arrow on the clipboard is left behind, not its cards
        taken.add(connection.id)
        pairs.add((source, target))  # type: ignore[arg-type]
        connections.append(connection)
    if not connections:
        return PasteCardsCommand(doc, entries, assets, text=text)
    return PasteWithConnectionsCommand(doc, entries, assets, connections, text=text)
