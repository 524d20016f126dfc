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
    """`asset` None removes the persona's picture. The picture it had goes from the
    map too when nothing else uses it (a photo removed must not be sent on, hidden in
    the file); undo brings it back."""

    def __init__(self, doc: MapDocument, persona_id: str, asset: Asset | None) -> None:
        super().__init__(doc, tr("Change persona picture"))
        self.persona_id, self.asset = persona_id, asset

    def build(self) -> None:
        if self.asset is not None and not self.doc.id_taken(self.asset.id):
            if self.doc.persona(self.persona_id).image is not None:
                # The old picture goes first: a map at its count of pictures can still
                # change a persona's photo.
                self.do("update_persona", self.persona_id, {"image": None})
                self.drop_unused_assets()
            self.do("insert_asset", len(self.doc.map.assets), self.asset)
        self.do("update_persona", self.persona_id,
                {"image": self.asset.id if self.asset is not None else None})
