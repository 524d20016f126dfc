"""The .cjmap document as pydantic v2 models. No Qt, no I/O."""

from cjeditor.model.cards import (
    ALLOWED_KINDS,
    CARD_CLASSES,
    CARD_KINDS,
    CHANNELS,
    FEEDBACK_SOURCES,
    IDEA_STATUSES,
    LANE_TYPES,
    METRIC_MEASURES,
    Card,
    CardBase,
    EmotionCard,
    ExpectationCard,
    FeedbackCard,
    IdeaCard,
    ImageCard,
    MetricCard,
    NoteCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)
from cjeditor.model.ids import new_id
from cjeditor.model.journey import MOMENTS, Asset, JourneyMap, Lane, Meta, Persona, Phase, Stage
from cjeditor.model.rules import RuleProblem, document_problems

__all__ = [
    "ALLOWED_KINDS", "Asset", "CARD_CLASSES", "CARD_KINDS", "CHANNELS", "Card", "CardBase",
    "EmotionCard", "ExpectationCard", "FEEDBACK_SOURCES", "FeedbackCard", "IDEA_STATUSES",
    "IdeaCard", "ImageCard", "JourneyMap", "LANE_TYPES", "Lane", "METRIC_MEASURES", "MOMENTS",
    "Meta", "MetricCard", "NoteCard", "OpportunityCard", "PainPointCard", "Persona", "Phase",
    "RuleProblem", "Stage", "TouchpointCard", "document_problems", "new_id",
]  # fmt: skip
