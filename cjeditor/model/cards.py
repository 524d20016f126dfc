"""Card kinds: a discriminated union on `kind`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from cjeditor.model import limits
from cjeditor.model.types import Color, Id, MapPath, Number, Rating

# defer_build: a model's validator is built when it is first used, not at import.
# Loading a map uses only JourneyMap's (which holds every other model), so a
# command no longer builds a validator per model that it never calls (about 20 ms).
STRICT = ConfigDict(extra="forbid", strict=True, defer_build=True)

Evidence = Literal["observed", "assumed"]
Channel = Literal[
    "social", "ads", "content", "event", "referral", "sales_rep", "catalog", "ecommerce",
    "reviews", "point_of_sale", "thank_you", "survey", "email", "billing", "subscription",
    "support", "success_program", "onboarding", "loyalty", "self_service", "website",
    "whatsapp", "instagram", "facebook", "phone", "store", "app", "other",
]  # fmt: skip
CHANNELS: tuple[str, ...] = Channel.__args__  # type: ignore[attr-defined]

FeedbackSource = Literal[
    "survey", "review", "social", "support", "interview", "analytics", "call", "other"
]
FEEDBACK_SOURCES: tuple[str, ...] = FeedbackSource.__args__  # type: ignore[attr-defined]
MetricMeasure = Literal["cost", "time", "customers", "rate", "score", "other"]
METRIC_MEASURES: tuple[str, ...] = MetricMeasure.__args__  # type: ignore[attr-defined]
IdeaStatus = Literal["idea", "running", "validated", "invalidated"]
IDEA_STATUSES: tuple[str, ...] = IdeaStatus.__args__  # type: ignore[attr-defined]
Met = Literal["yes", "partly", "no"]
MetricScope = Literal["total", "per_customer"]
METRIC_SCOPES: tuple[str, ...] = MetricScope.__args__  # type: ignore[attr-defined]


class CardBase(BaseModel):
    """Fields every card has, in the spec's key order."""

    model_config = STRICT

    id: Id
    kind: str
    stage: Id
    span: int = Field(default=1, ge=1, le=limits.MAX_STAGES)
    title: str = Field(max_length=limits.MAX_CARD_TITLE)
    text: str | None = Field(default=None, max_length=limits.MAX_CARD_TEXT)
    evidence: Evidence | None = None
    color: Color | None = None
    tags: list[Annotated[str, Field(max_length=limits.MAX_TAG)]] = Field(
        default_factory=list, max_length=limits.MAX_TAGS
    )
    link: MapPath | None = None  # version 2: a sub-journey, another .cjmap

    @model_serializer(mode="wrap")
    def _link_last(self, write: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The spec's key order: `link` (version 2) after the kind's own fields."""
        data: dict[str, Any] = write(self)
        if "link" in data:
            data["link"] = data.pop("link")
        return data


class NoteCard(CardBase):
    kind: Literal["note"]


class TouchpointCard(CardBase):
    kind: Literal["touchpoint"]
    channel: Channel
    channel_label: str | None = Field(default=None, max_length=limits.MAX_CHANNEL_LABEL)
    initiative: Literal["proactive", "reactive"] | None = None
    decision_point: bool = False


class ExpectationCard(CardBase):
    kind: Literal["expectation"]
    met: Met | None = None


class EmotionCard(CardBase):
    kind: Literal["emotion"]
    score: int = Field(ge=limits.MIN_SCORE, le=limits.MAX_SCORE)
    emoji: str | None = Field(default=None, max_length=limits.MAX_EMOJI)


class PainPointCard(CardBase):
    kind: Literal["pain_point"]
    severity: int = Field(default=3, ge=1, le=5)


class FeedbackCard(CardBase):
    kind: Literal["feedback"]
    source: FeedbackSource
    score: Number | None = None


class OpportunityCard(CardBase):
    kind: Literal["opportunity"]
    addresses: list[Id] = Field(default_factory=list, max_length=limits.MAX_CARDS)
    priority: int | None = Field(default=None, ge=1, le=5)
    impact: Rating | None = None  # version 2: impact x effort matrix, 5 = most
    effort: Rating | None = None


class IdeaCard(CardBase):
    kind: Literal["idea"]
    hypothesis: str | None = Field(default=None, max_length=limits.MAX_LONG_TEXT)
    measure: str | None = Field(default=None, max_length=limits.MAX_MEASURE)
    status: IdeaStatus | None = None
    impact: Rating | None = None  # version 2
    effort: Rating | None = None


class MetricCard(CardBase):
    kind: Literal["metric"]
    measure: MetricMeasure
    value: Number
    unit: str | None = Field(default=None, max_length=limits.MAX_UNIT)
    scope: MetricScope = "total"  # version 2: everyone in the stage, or per customer


class ImageCard(CardBase):
    kind: Literal["image"]
    asset: Id


Card = Annotated[
    NoteCard | TouchpointCard | ExpectationCard | EmotionCard | PainPointCard | FeedbackCard
    | OpportunityCard | IdeaCard | MetricCard | ImageCard,
    Field(discriminator="kind"),
]

CARD_CLASSES: dict[str, type[CardBase]] = {
    cls.model_fields["kind"].annotation.__args__[0]: cls  # type: ignore[union-attr]
    for cls in (
        NoteCard, TouchpointCard, ExpectationCard, EmotionCard, PainPointCard, FeedbackCard,
        OpportunityCard, IdeaCard, MetricCard, ImageCard,
    )
}  # fmt: skip
CARD_KINDS: tuple[str, ...] = tuple(CARD_CLASSES)

LaneType = Literal[
    "objectives", "actions", "touchpoints", "expectations", "thoughts", "emotions",
    "pain_points", "feedback", "opportunities", "ideas", "metrics", "backstage", "images",
    "notes", "physical_evidence", "frontstage", "support",
]  # fmt: skip
LANE_TYPES: tuple[str, ...] = LaneType.__args__  # type: ignore[attr-defined]

# Which card kinds each lane type holds (spec: cards table). Read it through
# `model.placement` (allowed_kinds, kind_allowed, lane_types_for), not directly.
ALLOWED_KINDS: dict[str, tuple[str, ...]] = {
    "objectives": ("note",),
    "actions": ("note",),
    "thoughts": ("note",),
    "backstage": ("note",),
    "notes": ("note",),
    "touchpoints": ("touchpoint",),
    "expectations": ("expectation",),
    "emotions": ("emotion",),
    "pain_points": ("pain_point",),
    "feedback": ("feedback",),
    "opportunities": ("opportunity",),
    "ideas": ("idea",),
    "metrics": ("metric",),
    "images": ("image",),
    "physical_evidence": ("note", "image"),
    "frontstage": ("note",),
    "support": ("note",),
}
