"""The .cjmap document, format version 2 (spec/cjmap-format.md)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from cjeditor.model import limits
from cjeditor.model.assets import (
    FORMAT_NAMES,
    ImageDecodeError,
    ImageHeaderError,
    ImagePixelsError,
    check_decodes,
    sniff_media_type,
)
from cjeditor.model.cards import STRICT, Card, CardBase, LaneType
from cjeditor.model.types import (
    LANGUAGE_PATTERN,
    Color,
    DateTimeText,
    Id,
    LongText,
    MapPath,
    Name,
)

ListItem = Annotated[str, Field(max_length=limits.MAX_LIST_ITEM)]
Moment = Literal["zmot", "fmot", "amot", "smot", "tmot"]
MOMENTS: tuple[str, ...] = Moment.__args__  # type: ignore[attr-defined]
MediaType = Literal["image/png", "image/jpeg"]
MapState = Literal["current", "future"]
MAP_STATES: tuple[str, ...] = MapState.__args__  # type: ignore[attr-defined]
# Service-blueprint lines, in the order they must appear from top to bottom.
BlueprintLine = Literal["interaction", "visibility", "internal"]
BLUEPRINT_LINES: tuple[str, ...] = BlueprintLine.__args__  # type: ignore[attr-defined]
ConnectionStyle = Literal["flow", "dependency"]
CONNECTION_STYLES: tuple[str, ...] = ConnectionStyle.__args__  # type: ignore[attr-defined]


class Meta(BaseModel):
    model_config = STRICT

    title: Name
    product: str | None = Field(default=None, max_length=limits.MAX_PRODUCT)
    objective: LongText | None = None
    team_goal: LongText | None = None
    language: str = Field(default="es", pattern=LANGUAGE_PATTERN, max_length=limits.MAX_NAME)
    created: DateTimeText | None = None
    modified: DateTimeText | None = None
    # the spec limits each author, not how many (the file's size bounds them)
    authors: list[Annotated[str, Field(max_length=limits.MAX_AUTHOR)]] = Field(
        default_factory=list
    )
    state: MapState | None = None  # version 2: as-is or to-be map
    counterpart: MapPath | None = None  # version 2: the other map of the pair


class Persona(BaseModel):
    model_config = STRICT

    id: Id
    name: Name
    role: LongText | None = None
    description: LongText | None = None
    goals: list[ListItem] = Field(default_factory=list, max_length=limits.MAX_LIST_ITEMS)
    frustrations: list[ListItem] = Field(default_factory=list, max_length=limits.MAX_LIST_ITEMS)
    quote: LongText | None = None
    image: Id | None = None
    color: Color | None = None


class Phase(BaseModel):
    model_config = STRICT

    id: Id
    name: Name
    color: Color | None = None
    acquisition: bool = False  # version 2: its stages count for the CAC


class Stage(BaseModel):
    model_config = STRICT

    id: Id
    name: Name
    description: LongText | None = None
    phase: Id | None = None
    moment: Moment | None = None
    color: Color | None = None
    width: int | float = Field(
        default=1, ge=limits.MIN_STAGE_WIDTH, le=limits.MAX_STAGE_WIDTH, allow_inf_nan=False
    )
    link: MapPath | None = None  # version 2: this stage in detail, another .cjmap


class Lane(BaseModel):
    model_config = STRICT

    id: Id
    type: LaneType
    title: Name
    persona: Id | None = None
    color: Color | None = None
    collapsed: bool = False
    cards: list[Card] = Field(max_length=limits.MAX_CARDS_PER_LANE)
    # version 2: a blueprint line under the lane (after `cards`, in the spec's key order)
    line_below: BlueprintLine | None = None


class Connection(BaseModel):
    """Version 2: an arrow from one card to another (`from` is a Python keyword)."""

    model_config = ConfigDict(
        extra="forbid", strict=True, defer_build=True, validate_by_alias=True,
        validate_by_name=False, serialize_by_alias=True,
    )

    id: Id
    from_: Id = Field(alias="from")
    to: Id
    label: str | None = Field(default=None, max_length=limits.MAX_CONNECTION_LABEL)
    style: ConnectionStyle = "flow"


class View(BaseModel):
    """Version 2: a saved view for an audience (which lanes, which persona)."""

    model_config = STRICT

    id: Id
    name: Name
    lanes: list[Id] | None = Field(default=None, min_length=1, max_length=limits.MAX_VIEW_LANES)
    persona: Id | None = None
    overlay_emotions: bool = False


class Asset(BaseModel):
    model_config = STRICT

    id: Id
    media_type: MediaType
    name: str | None = None  # the spec sets no limit (the file's size bounds it)
    data: str

    @field_validator("data")
    @classmethod
    def _data_is_base64(cls, value: str, info: ValidationInfo) -> str:
        if len(value) > (limits.MAX_ASSET_BYTES + 2) // 3 * 4:  # refuse before decoding
            raise PydanticCustomError(
                "asset_too_large", "is larger than 10 MiB once decoded ({size} bytes)",
                {"size": len(value) * 3 // 4 - value[-2:].count("=")},  # as decoded
            )
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise PydanticCustomError("base64", "is not valid base64 data") from None
        if len(raw) > limits.MAX_ASSET_BYTES:
            raise PydanticCustomError(
                "asset_too_large", "is larger than 10 MiB once decoded ({size} bytes)",
                {"size": len(raw)},
            )
        return value

    @model_validator(mode="after")
    def _image_matches_type(self) -> Asset:
        """The image is of its type, within the limits, and decodes in full: each
        problem said at the asset (spec: "at the asset's path")."""
        raw = self.decoded()
        actual = sniff_media_type(raw)
        if actual != self.media_type:
            found = f"a {FORMAT_NAMES[actual]} image" if actual else "not a PNG or JPEG image"
            raise PydanticCustomError(
                "asset_type",
                "is declared as {declared} but its data is {found}",
                {"declared": self.media_type, "found": found},
            )
        try:  # the header, the pixel limit, then all of it decoded, as an export will
            check_decodes(self.media_type, raw)
        except ImagePixelsError as exc:
            raise _too_many_pixels(exc.width, exc.height) from None
        except ImageHeaderError as exc:
            raise PydanticCustomError("asset_header", "data " + str(exc),
                                      {"reason": exc.reason or ""}) from None
        except ImageDecodeError as exc:
            raise PydanticCustomError("asset_decode", str(exc), {
                "format": exc.format, "cut_short": exc.cut_short}) from None
        return self

    def decoded(self) -> bytes:
        return base64.b64decode(self.data)


def _too_many_pixels(width: int, height: int) -> PydanticCustomError:
    return PydanticCustomError(
        "asset_pixels",
        "is an image of {width}x{height} pixels, more than the 40 megapixels allowed",
        {"width": width, "height": height},
    )


class JourneyMap(BaseModel):
    """One customer journey map. Cross-references are checked by `model.rules`."""

    model_config = STRICT

    format: Literal["cjmap"]
    version: Literal[2]
    meta: Meta
    personas: list[Persona] = Field(max_length=limits.MAX_PERSONAS)
    phases: list[Phase] = Field(max_length=limits.MAX_PHASES)
    stages: list[Stage] = Field(min_length=1, max_length=limits.MAX_STAGES)
    lanes: list[Lane] = Field(max_length=limits.MAX_LANES)
    connections: list[Connection] = Field(default_factory=list,
                                          max_length=limits.MAX_CONNECTIONS)
    views: list[View] = Field(default_factory=list, max_length=limits.MAX_VIEWS)
    assets: list[Asset] = Field(max_length=limits.MAX_ASSETS)

    @model_validator(mode="after")
    def _references_hold(self) -> JourneyMap:
        from cjeditor.model.rules import document_problems

        problems = document_problems(self)
        if problems:
            raise PydanticCustomError(
                "cjmap_rules",
                "{count} problem(s) with references or rules",
                {"count": len(problems), "problems": tuple(problems)},
            )
        return self

    # Convenience look-ups (linear; the document layer keeps its own indexes).
    def stage_index(self, stage_id: str) -> int:
        for index, stage in enumerate(self.stages):
            if stage.id == stage_id:
                return index
        raise KeyError(stage_id)

    def all_cards(self) -> Iterator[CardBase]:
        for lane in self.lanes:
            yield from lane.cards
