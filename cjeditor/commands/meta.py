"""Commands on the brief (meta) and the personas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cjeditor.commands.base import DocCommand, tr
from cjeditor.commands.cards import MERGE_EDIT_META, MERGE_EDIT_PERSONA
from cjeditor.commands.structure import _model, forget_in_views
from cjeditor.model import Persona

if TYPE_CHECKING:
    from cjeditor.document import MapDocument


class _MergingEdit(DocCommand):
    merge_id = -1

    def __init__(self, doc: MapDocument, target: str, fields: dict[str, Any], merge: bool,
                 text: str) -> None:
        super().__init__(doc, text)
        self.target, self.fields, self.merge = target, dict(fields), merge

    def id(self) -> int:  # noqa: A003 - Qt override
        return self.merge_id if self.merge else -1

    def mergeWith(self, other: Any) -> bool:  # noqa: N802 - Qt override
        if not (type(other) is type(self) and other.merge and other.target == self.target
                and set(other.fields) == set(self.fields) and self._ops and other._ops
                and len(self._ops) == len(other._ops) == 1):  # one field's typing only
            return False
        self._ops = [(other._ops[-1][0], self._ops[0][1])]
        self.fields = dict(other.fields)
        return True


class EditMetaCommand(_MergingEdit):
    """Change the brief (title, product, objective, team_goal, language, authors)."""

    merge_id = MERGE_EDIT_META

    def __init__(self, doc: MapDocument, fields: dict[str, Any], merge: bool = False) -> None:
        super().__init__(doc, "meta", fields, merge, tr("Edit brief"))

    def build(self) -> None:
        meta = self.doc.map.meta
        if all(getattr(meta, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_meta", self.fields)


class AddPersonaCommand(DocCommand):
    def __init__(self, doc: MapDocument, name: str, fields: dict[str, Any] | None = None,
                 index: int | None = None) -> None:
        super().__init__(doc, tr("Add persona"))
        self.persona = _model(Persona, {"id": doc.new_id("p"), "name": name, **(fields or {})})
        self.persona_id: str = self.persona.id
        self.index = len(doc.map.personas) if index is None else index

    def build(self) -> None:
        self.do("insert_persona", self.index, self.persona)


class EditPersonaCommand(_MergingEdit):
    merge_id = MERGE_EDIT_PERSONA

    def __init__(self, doc: MapDocument, persona_id: str, fields: dict[str, Any],
                 merge: bool = False) -> None:
        super().__init__(doc, persona_id, fields, merge, tr("Edit persona"))

    def build(self) -> None:
        persona = self.doc.persona(self.target)
        if all(getattr(persona, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_persona", self.target, self.fields)


class DeletePersonaCommand(DocCommand):
    """Delete a persona; lanes that named it no longer do."""

    def __init__(self, doc: MapDocument, persona_id: str) -> None:
        super().__init__(doc, tr("Delete persona"))
        self.persona_id = persona_id

    def build(self) -> None:
        for lane in list(self.doc.map.lanes):
            if lane.persona == self.persona_id:
                self.do("update_lane", lane.id, {"persona": None})
        forget_in_views(self, persona_id=self.persona_id)
        self.do("remove_persona", self.persona_id)
