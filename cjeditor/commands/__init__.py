"""QUndoCommands: every change to a MapDocument goes through one of these.

Apply with `push(doc, command)` (raises ValueError with a plain reason if the
change is refused; the document is then unchanged) or `doc.undo_stack.push()`.
"""

from cjeditor.commands.base import DocCommand, push
from cjeditor.commands.cards import (
    AddCardCommand,
    DeleteCardsCommand,
    EditCardFieldsCommand,
    MoveCardsCommand,
    PasteCardsCommand,
    ResizeSpanCommand,
    SetEmotionScoreCommand,
    cell_insert_index,
    new_card,
)
from cjeditor.commands.connections import (
    AddConnectionCommand,
    DeleteConnectionsCommand,
    EditConnectionCommand,
    SetLineBelowCommand,
)
from cjeditor.commands.links import RebaseMapPathsCommand, SetMapLinkCommand
from cjeditor.commands.meta import (
    AddPersonaCommand,
    DeletePersonaCommand,
    EditMetaCommand,
    EditPersonaCommand,
)
from cjeditor.commands.structure import (
    AddLaneCommand,
    AddPhaseCommand,
    AddStageCommand,
    DeleteLaneCommand,
    DeletePhaseCommand,
    DeleteStageCommand,
    EditLaneCommand,
    EditPhaseCommand,
    EditStageCommand,
    InsertLaneCommand,
    InsertStageCommand,
    MoveLaneCommand,
    MoveStageCommand,
)

__all__ = [
    "AddCardCommand", "AddConnectionCommand", "DeleteConnectionsCommand",
    "EditConnectionCommand", "SetLineBelowCommand", "AddLaneCommand", "AddPersonaCommand",
    "AddPhaseCommand",
    "AddStageCommand", "DeleteCardsCommand", "DeleteLaneCommand", "DeletePersonaCommand",
    "DeletePhaseCommand", "DeleteStageCommand", "DocCommand", "EditCardFieldsCommand",
    "EditLaneCommand", "EditMetaCommand", "EditPersonaCommand", "EditPhaseCommand",
    "EditStageCommand", "InsertLaneCommand", "InsertStageCommand", "MoveCardsCommand",
    "MoveLaneCommand", "MoveStageCommand", "PasteCardsCommand", "RebaseMapPathsCommand",
    "ResizeSpanCommand", "SetEmotionScoreCommand", "SetMapLinkCommand", "cell_insert_index",
    "new_card", "push",
]  # fmt: skip
