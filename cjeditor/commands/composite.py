"""CompositeCommand: several commands as one undo step."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from cjeditor.commands.base import DocCommand

if TYPE_CHECKING:
    from cjeditor.document import MapDocument


class CompositeCommand(DocCommand):
    """Commands applied one after another and undone together, as one step.

    `parts` are functions that make the commands; each is called, on the first redo,
    once the parts before it have been applied, so it sees the document as they left it
    (a card already gone with its stage is not deleted twice). The primitives each part
    records become this command's own: undo and redo replay them as for any command,
    and no part outlives the first redo. If any part is refused (its constructor or its
    build raises), the parts already applied are undone and the document is left as it
    was.
    """

    def __init__(self, doc: MapDocument, text: str,
                 parts: Iterable[Callable[[], DocCommand]]) -> None:
        super().__init__(doc, text)
        self._makers = list(parts)

    def build(self) -> None:
        makers, self._makers = self._makers, []
        assert self._ops is not None
        for make in makers:
            part = make()
            part.redo()  # applied, or refused with the document as it was
            self._ops.extend(part._ops or [])  # a DocCommand: its primitives and inverses
