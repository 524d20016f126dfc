"""Links between maps: set or remove the `link` of cards and stages in one undo step.

spec/cjmap-format.md "Links between maps": a stage or a card may name another
.cjmap (a sub-journey), by a path relative to this map's file. The model checks
the path; a refused one leaves the document unchanged (ValueError, plain words).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjeditor.commands.base import DocCommand, tr
from cjeditor.commands.texts import quoted
from cjeditor.document.map_paths import rebased_map_path

if TYPE_CHECKING:
    from cjeditor.document import MapDocument

__all__ = ["LINKABLE", "RebaseMapPathsCommand", "SetMapLinkCommand", "linkable_ids"]

LINKABLE = ("card", "stage")  # the objects that may link to another map


def linkable_ids(doc: MapDocument, ids: Sequence[str]) -> list[str]:
    """The cards and stages among `ids`, in order."""
    return [i for i in ids if doc.kind_of(i) in LINKABLE]


def _name(doc: MapDocument, object_id: str) -> str:
    if doc.kind_of(object_id) == "stage":
        return quoted(doc.stage(object_id).name)
    card = doc.card(object_id)
    return quoted(card.title or card.id)


def _text(doc: MapDocument, ids: Sequence[str], link: str | None) -> str:
    if len(ids) == 1:
        object_id = ids[0]
        stage = doc.kind_of(object_id) == "stage"
        if link is None:
            text = tr("Remove the link of stage “%1”") if stage else \
                tr("Remove the link of card “%1”")
            return text.replace("%1", _name(doc, object_id))
        text = tr("Link stage “%1” to “%2”") if stage else tr("Link card “%1” to “%2”")
        return text.replace("%1", _name(doc, object_id)).replace("%2", link)
    if link is None:
        return tr("Remove the links of %1 items").replace("%1", str(len(ids)))
    return tr("Link %1 items to “%2”").replace("%1", str(len(ids))).replace("%2", link)


class SetMapLinkCommand(DocCommand):
    """Give the cards and stages `ids` the map path `link` (None: remove their link)."""

    def __init__(self, doc: MapDocument, ids: Sequence[str], link: str | None) -> None:
        self.ids = linkable_ids(doc, ids)
        if not self.ids:
            raise ValueError(tr("Select a card or a stage to link it to another map."))
        super().__init__(doc, _text(doc, self.ids, link))
        self.link = link

    def build(self) -> None:
        doc = self.doc
        for object_id in self.ids:
            stage = doc.kind_of(object_id) == "stage"
            current: Any = doc.stage(object_id) if stage else doc.card(object_id)
            if current.link == self.link:
                continue
            self.do("update_stage" if stage else "update_card", object_id, {"link": self.link})


class RebaseMapPathsCommand(DocCommand):
    """Save As into another folder: rewrite every map path (the links of cards and
    stages, the brief's counterpart) so that each still names the same file."""

    def __init__(self, doc: MapDocument, old_map: Path, new_map: Path) -> None:
        super().__init__(doc, tr("Keep the links to other maps after moving the map"))
        self.old_map, self.new_map = old_map, new_map

    def build(self) -> None:
        doc, old, new = self.doc, self.old_map, self.new_map
        for stage in doc.map.stages:
            if stage.link and (moved := rebased_map_path(stage.link, old, new)) != stage.link:
                self.do("update_stage", stage.id, {"link": moved})
        for card in doc.map.all_cards():
            if card.link and (moved := rebased_map_path(card.link, old, new)) != card.link:
                self.do("update_card", card.id, {"link": moved})
        counterpart = doc.map.meta.counterpart
        if counterpart and (moved := rebased_map_path(counterpart, old, new)) != counterpart:
            self.do("update_meta", {"counterpart": moved})
