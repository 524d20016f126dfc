"""Commands on the saved views (spec/cjmap-format.md "views"): save, change, rename,
delete. Each is one undo step; the document validates every reference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cjeditor.commands.base import DocCommand, tr
from cjeditor.commands.structure import _model
from cjeditor.model import View

if TYPE_CHECKING:
    from cjeditor.document import MapDocument


def view_fields(lanes: list[str] | None, persona: str | None,
                overlay: bool) -> dict[str, Any]:
    """A view's settings as the file spells them (`lanes` None: every lane)."""
    return {"lanes": list(lanes) if lanes is not None else None, "persona": persona,
            "overlay_emotions": bool(overlay)}


class SaveViewCommand(DocCommand):
    """A new named view with the given settings, at the end of the list."""

    def __init__(self, doc: MapDocument, name: str, fields: dict[str, Any]) -> None:
        super().__init__(doc, tr("Save view"))
        self.view = _model(View, {"id": doc.new_id("v"), "name": name, **fields})
        self.view_id: str = self.view.id
        self.index = len(doc.map.views)

    def build(self) -> None:
        self.do("insert_view", self.index, self.view)


class EditViewCommand(DocCommand):
    """Change a view's name or settings (nothing recorded when nothing changes)."""

    def __init__(self, doc: MapDocument, view_id: str, fields: dict[str, Any],
                 text: str | None = None) -> None:
        super().__init__(doc, text or tr("Edit view"))
        self.view_id, self.fields = view_id, dict(fields)

    def build(self) -> None:
        view = self.doc.view(self.view_id)
        if all(getattr(view, k, object()) == v for k, v in self.fields.items()):
            return
        self.do("update_view", self.view_id, self.fields)


class RenameViewCommand(EditViewCommand):
    def __init__(self, doc: MapDocument, view_id: str, name: str) -> None:
        super().__init__(doc, view_id, {"name": name}, tr("Rename view"))


class DeleteViewCommand(DocCommand):
    def __init__(self, doc: MapDocument, view_id: str) -> None:
        super().__init__(doc, tr("Delete view"))
        self.view_id = view_id

    def build(self) -> None:
        self.do("remove_view", self.view_id)
