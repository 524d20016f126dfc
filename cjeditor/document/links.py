"""Primitives of MapDocument for what format version 2 added between objects:
connections (arrows between cards) and saved views.

A mixin, like `structure.py`; every primitive validates the whole document
(references, unique pairs, ids), emits one past-tense signal and returns its
inverse. Commands keep the document valid around them: deleting a card first
removes its connections, deleting a lane or a persona first fixes the views
that name it (see `commands`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cjeditor.document.checks import check_room, validated
from cjeditor.model import Connection, View, limits

Inverse = tuple[str, tuple[Any, ...]]


class LinkMutations:
    """Mixed into MapDocument (which provides the signals, `_structural` and `_emit`)."""

    map: Any
    if TYPE_CHECKING:  # provided by MapDocument and StructureMutations
        connection_added: Any
        connection_removed: Any
        connection_changed: Any
        view_added: Any
        view_removed: Any
        view_changed: Any

        def id_taken(self, object_id: str) -> bool: ...
        def _structural(self, apply: Callable[[], Any], revert: Callable[[], Any]) -> None: ...
        def _emit(self, signal: Any, *args: Any) -> None: ...

    # ---------------------------------------------------------------- look-ups
    def _connection_index(self, connection_id: str) -> int:
        for i, connection in enumerate(self.map.connections):
            if connection.id == connection_id:
                return i
        raise KeyError(connection_id)

    def connection(self, connection_id: str) -> Connection:
        found: Connection = self.map.connections[self._connection_index(connection_id)]
        return found

    def connections_of(self, card_ids: str | set[str]) -> list[Connection]:
        """Connections that start or end at the card(s), in document order."""
        ids = {card_ids} if isinstance(card_ids, str) else card_ids
        return [c for c in self.map.connections if c.from_ in ids or c.to in ids]

    def _view_index(self, view_id: str) -> int:
        for i, view in enumerate(self.map.views):
            if view.id == view_id:
                return i
        raise KeyError(view_id)

    def view(self, view_id: str) -> View:
        found: View = self.map.views[self._view_index(view_id)]
        return found

    # ------------------------------------------------------------- connections
    def insert_connection(self, index: int, connection: Connection) -> Inverse:
        if self.id_taken(connection.id):
            raise ValueError(f'The id "{connection.id}" is already used.')
        items = self.map.connections
        check_room(len(items), 1, limits.MAX_CONNECTIONS, "too_many_connections")
        index = max(0, min(index, len(items)))
        self._structural(lambda: items.insert(index, connection), lambda: items.pop(index))
        self._emit(self.connection_added, connection.id)
        return "remove_connection", (connection.id,)

    def remove_connection(self, connection_id: str) -> Inverse:
        items = self.map.connections
        index = self._connection_index(connection_id)
        connection = items.pop(index)
        self._emit(self.connection_removed, connection_id)
        return "insert_connection", (index, connection)

    def replace_connection(self, connection: Connection) -> Inverse:
        items = self.map.connections
        index = self._connection_index(connection.id)
        old = items[index]

        def put(value: Connection) -> Any:
            return lambda: items.__setitem__(index, value)

        self._structural(put(connection), put(old))
        self._emit(self.connection_changed, connection.id)
        return "replace_connection", (old,)

    def update_connection(self, connection_id: str, fields: dict[str, Any]) -> Inverse:
        """Change fields of a connection; `from` is spelled "from" (the file's key)."""
        if fields.get("id", connection_id) != connection_id:
            raise ValueError("A connection's id cannot be changed.")
        old = self.connection(connection_id)
        return self.replace_connection(validated(_ConnectionKeys, old, fields))

    # ------------------------------------------------------------------ views
    def insert_view(self, index: int, view: View) -> Inverse:
        if self.id_taken(view.id):
            raise ValueError(f'The id "{view.id}" is already used.')
        items = self.map.views
        check_room(len(items), 1, limits.MAX_VIEWS, "too_many_views")
        index = max(0, min(index, len(items)))
        self._structural(lambda: items.insert(index, view), lambda: items.pop(index))
        self._emit(self.view_added, view.id)
        return "remove_view", (view.id,)

    def remove_view(self, view_id: str) -> Inverse:
        items = self.map.views
        index = self._view_index(view_id)
        view = items.pop(index)
        self._emit(self.view_removed, view_id)
        return "insert_view", (index, view)

    def replace_view(self, view: View) -> Inverse:
        items = self.map.views
        index = self._view_index(view.id)
        old = items[index]

        def put(value: View) -> Any:
            return lambda: items.__setitem__(index, value)

        self._structural(put(view), put(old))
        self._emit(self.view_changed, view.id)
        return "replace_view", (old,)

    def update_view(self, view_id: str, fields: dict[str, Any]) -> Inverse:
        if fields.get("id", view_id) != view_id:
            raise ValueError("A view's id cannot be changed.")
        return self.replace_view(validated(View, self.view(view_id), fields))


class _ConnectionKeys:
    """Connection as `validated` sees it: fields named by the file's keys ("from"), the
    way a connection dumps itself."""

    model_fields = {field.alias or name: field for name, field in Connection.model_fields.items()}
    model_validate = Connection.model_validate


_ConnectionKeys.__name__ = "Connection"
