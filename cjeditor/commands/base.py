"""DocCommand: a QUndoCommand that records MapDocument primitives and their inverses.

`build()` runs once, on the first redo, calling `self.do(name, *args)` for each
primitive. Later redos replay the recorded primitives; undo applies the
inverses in reverse order, so the document returns exactly (list positions and
object identity included) to where it was.

A picture (asset) that the command's primitives stop using (an image card deleted, a
persona's photo replaced or cleared) is removed at the end of `build()`, in the same
step: a photo taken out of the map must not travel on, hidden, in the saved file.
Undo brings it back with what used it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cjeditor.document.asset_refs import released_assets, unused_of

if TYPE_CHECKING:
    from cjeditor.document import Inverse, MapDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class DocCommand(QUndoCommand):
    """Base of every command. Subclasses implement `build()`."""

    def __init__(self, doc: MapDocument, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.doc = doc
        # [(forward op, inverse op)], None until the first redo.
        self._ops: list[tuple[Inverse, Inverse]] | None = None
        self._skip_redo = False
        self._released: set[str] = set()  # assets the primitives so far stopped using

    # --- recording
    def do(self, name: str, *args: Any) -> Any:
        """Run primitive `name(*args)` now and remember how to redo and undo it."""
        forward: Inverse = (name, args)
        released = released_assets(self.doc, name, args)
        inverse = self.doc.apply(forward)
        self._released |= released
        assert self._ops is not None
        # A replacement records the new object itself so redo is exact too.
        if name in ("update_card", "update_stage", "update_lane", "update_phase",
                    "update_persona", "update_meta", "update_connection", "update_view"):
            forward = self._replacement_of(name, args)
        self._ops.append((forward, inverse))
        return inverse

    def _replacement_of(self, name: str, args: tuple[Any, ...]) -> Inverse:
        doc = self.doc
        if name == "update_card":
            return "replace_card", (doc.card(args[0]),)
        if name == "update_stage":
            return "replace_stage", (doc.stage(args[0]),)
        if name == "update_lane":
            return "replace_lane", (doc.lane(args[0]),)
        if name == "update_phase":
            return "replace_phase", (doc.phase(args[0]),)
        if name == "update_persona":
            return "replace_persona", (doc.persona(args[0]),)
        if name == "update_connection":
            return "replace_connection", (doc.connection(args[0]),)
        if name == "update_view":
            return "replace_view", (doc.view(args[0]),)
        return "replace_meta", (doc.map.meta,)

    def drop_unused_assets(self) -> None:
        """Remove the assets this command's primitives let go of and nothing uses now
        (`redo` calls it after `build`; a build may call it earlier to make room)."""
        for asset_id in unused_of(self.doc, self._released):
            self.do("remove_asset", asset_id)
        self._released.clear()

    def build(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def is_noop(self) -> bool:
        """True after the first redo if nothing was changed."""
        return self._ops is not None and not self._ops

    # --- QUndoCommand
    def redo(self) -> None:
        if self._skip_redo:  # already applied by push()
            self._skip_redo = False
            return
        with self.doc.batch():
            if self._ops is None:
                self._ops = []
                self._released = set()
                try:
                    self.build()
                    self.drop_unused_assets()
                except Exception:
                    # Leave the document as it was, then let the caller see why.
                    for _, inverse in reversed(self._ops):
                        self.doc.apply(inverse)
                    self._ops = None
                    raise
            else:
                for forward, _ in self._ops:
                    self.doc.apply(forward)
            # Children (if any) after our own primitives.
            for i in range(self.childCount()):
                self.child(i).redo()

    def undo(self) -> None:
        with self.doc.batch():
            for i in reversed(range(self.childCount())):
                self.child(i).undo()
            for _, inverse in reversed(self._ops or []):
                self.doc.apply(inverse)


def push(doc: MapDocument, command: DocCommand) -> bool:
    """Apply `command` and put it on the document's undo stack.

    Raises ValueError (document unchanged) if the command cannot be applied;
    returns False, pushing nothing, if it changed nothing. (It is applied here,
    not inside QUndoStack.push, so the exception reaches the caller.)
    """
    if doc.read_only:
        raise ValueError(tr("This map is open read-only: use Save As to edit a copy."))
    command.redo()
    if command.is_noop and command.childCount() == 0:
        return False
    command._skip_redo = True
    doc.undo_stack.push(command)
    command._skip_redo = False
    return True
