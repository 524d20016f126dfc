"""SetPersonaPictureCommand: embed a picture and make it a persona's, in one step.

Added by the application shell (cjeditor.app) for the Personas dock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cjeditor.commands.base import DocCommand, tr

if TYPE_CHECKING:
    from cjeditor.document import MapDocument
    from cjeditor.model import Asset


class SetPersonaPictureCommand(DocCommand):
    """`asset` None removes the persona's picture (the asset stays embedded)."""

    def __init__(self, doc: MapDocument, persona_id: str, asset: Asset | None) -> None:
        super().__init__(doc, tr("Change persona picture"))
        self.persona_id, self.asset = persona_id, asset

    def build(self) -> None:
        if self.asset is not None and not self.doc.id_taken(self.asset.id):
            self.do("insert_asset", len(self.doc.map.assets), self.asset)
        self.do("update_persona", self.persona_id,
                {"image": self.asset.id if self.asset is not None else None})
