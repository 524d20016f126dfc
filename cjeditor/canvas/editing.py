"""Editing a title in place: which text, where, how large, and the one command it becomes.

A card title may hold several lines (Shift+Enter); stage, lane and phase names
are one line and cannot be empty. The history entry says what changed
("Rename stage “Pago” to “Checkout”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from cjeditor.canvas.inline import InlineEditor, InlineTextEditor
from cjeditor.canvas.keyboard import ensure_visible
from cjeditor.commands import (
    AddCardCommand,
    EditCardFieldsCommand,
    EditLaneCommand,
    EditPhaseCommand,
    EditStageCommand,
)
from cjeditor.commands.texts import edit_text
from cjeditor.document import MapDocument
from cjeditor.document.checks import ui_language
from cjeditor.layout.geometry import Rect, TextBlock
from cjeditor.model import vocabulary

if TYPE_CHECKING:
    from cjeditor.canvas.view import MapView

CARD_TITLE_LIMIT = 300
NAME_LIMIT = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def _block_rect(block: TextBlock, box: Rect) -> QRectF:
    """Where the editor goes: over the text, as wide as its box."""
    height = max(block.rect.h, block.size * 1.4)
    return QRectF(box.x + 2, block.rect.y - 2, box.w - 4, height + 4)


def start_title_edit(view: MapView, object_id: str) -> InlineEditor | InlineTextEditor | None:
    """Open an editor over the title of `object_id` (card, stage, lane or phase)."""
    doc, scene = view.doc, view.map_scene
    geometry = scene.geometry
    kind = doc.kind_of(object_id)
    if geometry is None or kind not in ("card", "stage", "lane", "phase"):
        return None
    if kind == "card":
        g = geometry.cards.get(object_id)
        if g is None or object_id not in scene.cards:
            return None  # hidden (collapsed lane, persona filter)
        block, box = g.title, g.rect
        rect = QRectF(box.x + 3, block.rect.y - 2, box.w - 6,
                      max(block.rect.h, block.size * 1.4) + 4)
        text = doc.card(object_id).title
        limit, multiline = CARD_TITLE_LIMIT, True
    elif kind == "stage":
        col = next((c for c in geometry.columns if c.stage_id == object_id), None)
        if col is None:
            return None
        block, rect = col.name, _block_rect(col.name, col.header)
        text, limit, multiline = doc.stage(object_id).name, NAME_LIMIT, False
    elif kind == "lane":
        lane = next((la for la in geometry.lanes if la.lane_id == object_id), None)
        if lane is None:
            return None
        block, rect = lane.title, _block_rect(lane.title, lane.header)
        text, limit, multiline = doc.lane(object_id).title, NAME_LIMIT, False
    else:
        phase = next((p for p in geometry.phases if p.phase_id == object_id), None)
        if phase is None:
            return None
        block, rect = phase.name, _block_rect(phase.name, phase.rect)
        text, limit, multiline = doc.phase(object_id).name, NAME_LIMIT, False

    def commit(value: str) -> None:
        apply_title(view, kind, object_id, value)

    if view.editor is not None:
        view.editor.cancel()
    if kind == "card":  # the editor opens where the text can be seen, not under a strip
        ensure_visible(view, rect)
    else:  # a header: back to the real one, whole, so its frozen strip goes
        view.ensureVisible(_with_band(view, kind, rect), 40, 40)
    editor: InlineEditor | InlineTextEditor
    if multiline or len(block.lines) > 1:  # a name that wraps is edited wrapped
        editor = InlineTextEditor(view, rect, text, commit, limit,
                                  closed=lambda: _closed(view, editor), points=block.size,
                                  bold=block.bold, new_lines=multiline)
    else:
        editor = InlineEditor(view, rect, text, commit, limit,
                              closed=lambda: _closed(view, editor), points=block.size,
                              bold=block.bold)
    field = "title" if kind in ("card", "lane") else "name"  # what a screen reader says
    editor.setAccessibleName(vocabulary.name("field", field, ui_language()))
    view.editor = editor
    return editor


def edit_selected(view: MapView) -> InlineEditor | InlineTextEditor | None:
    """Edit ▸ Rename (F2): the one selected card, stage, lane or phase gets its editor.

    Nothing happens with no selection or several, while an editor is already open,
    or while the keyboard is in another text field (F2 there is the field's)."""
    if view.editor is not None:
        return None
    focus = QApplication.focusWidget()
    if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return None
    ids = view.selected_ids()
    if len(ids) != 1:
        return None
    return start_title_edit(view, ids[0])


def _with_band(view: MapView, kind: str, rect: QRectF) -> QRectF:
    """`rect` and the edge of the header band it sits in (the top of the stage and phase
    rows, the left of the lane column): shown, it leaves no frozen strip over the editor."""
    from cjeditor.canvas.frozen import FrozenHeaders

    frozen = view.findChild(FrozenHeaders)
    if frozen is None:
        return rect
    if kind == "lane":
        return rect.united(QRectF(frozen.left_of_column(), rect.y(), 1, 1))
    return rect.united(QRectF(rect.x(), frozen.top_of_band(), 1, 1))


def _closed(view: MapView, editor: object) -> None:
    if view.editor is editor:
        view.editor = None


def _just_added(doc: MapDocument, card_id: str) -> AddCardCommand | None:
    """The undo step that added `card_id`, if it is the last step taken and unsaved."""
    stack = doc.undo_stack
    if stack.index() == 0 or stack.index() != stack.count() or stack.isClean():
        return None
    top = stack.command(stack.index() - 1)
    return top if isinstance(top, AddCardCommand) and top.card_id == card_id else None


def apply_title(view: MapView, kind: str, object_id: str, value: str) -> bool:
    """One command for the new title (nothing when it did not change)."""
    doc = view.doc
    if kind == "card":
        if not doc.has_card(object_id):
            return False
        card = doc.card(object_id)
        if value == card.title:
            return False
        added = _just_added(doc, object_id)
        if added is not None and not card.title:
            return added.take_title(value)
        return view.run(EditCardFieldsCommand(doc, object_id, {"title": value},
                                              text=edit_text("card", card, {"title": value})))
    value = " ".join(value.split())  # names are one line
    if not value:
        view.status_message.emit(tr("A name cannot be empty."))
        return False
    if doc.kind_of(object_id) != kind:
        return False
    obj = {"stage": doc.stage, "lane": doc.lane, "phase": doc.phase}[kind](object_id)
    field = "title" if kind == "lane" else "name"
    if getattr(obj, field) == value:
        return False
    command = {"stage": EditStageCommand, "lane": EditLaneCommand,
               "phase": EditPhaseCommand}[kind]
    return view.run(command(doc, object_id, {field: value},
                            text=edit_text(kind, obj, {field: value})))
