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
    METRIC_SCOPES,
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
from cjeditor.model.journey import (
    BLUEPRINT_LINES,
    CONNECTION_STYLES,
    MAP_STATES,
    MOMENTS,
    Asset,
    Connection,
    JourneyMap,
    Lane,
    Meta,
    Persona,
    Phase,
    Stage,
    View,
)
from cjeditor.model.placement import (
    allowed_kinds,
    emotion_clashes,
    emotion_conflict,
    emotion_span_faults,
    emotion_span_ok,
    kind_allowed,
    lane_types_for,
)
from cjeditor.model.rules import RuleProblem, document_problems

__all__ = [
    "ALLOWED_KINDS", "Asset", "BLUEPRINT_LINES", "CARD_CLASSES", "CARD_KINDS", "CHANNELS",
    "CONNECTION_STYLES", "Card", "CardBase", "Connection", "EmotionCard", "ExpectationCard",
    "FEEDBACK_SOURCES", "FeedbackCard", "IDEA_STATUSES", "IdeaCard", "ImageCard", "JourneyMap",
    "LANE_TYPES", "Lane", "MAP_STATES", "METRIC_MEASURES", "METRIC_SCOPES", "MOMENTS", "Meta",
    "MetricCard", "NoteCard", "OpportunityCard", "PainPointCard", "Persona", "Phase",
    "RuleProblem", "Stage", "TouchpointCard", "View", "allowed_kinds", "document_problems",
    "emotion_clashes", "emotion_conflict", "emotion_span_faults", "emotion_span_ok",
    "kind_allowed", "lane_types_for", "new_id",
]  # fmt: skip
