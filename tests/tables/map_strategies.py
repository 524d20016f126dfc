"""Hypothesis strategies for valid maps (format version 2), every card kind and lane type,
with the text people and spreadsheets trip on: formulas, quotes, line breaks, control
characters, Spanish punctuation, emoji, separators."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from maps import b64, png_bytes

from cjeditor.model import ALLOWED_KINDS, CHANNELS, FEEDBACK_SOURCES, JourneyMap

TRICKY = [
    '=HYPERLINK("http://x","y")', "+34 600 000 000", "-2", "@usuario", "'comillas", "''dos",
    "\tTabulado", "\rretorno", "¿Qué tal? ¡Genial! 25 € “comillas” — raya", "😀👍🏽",
    "_x000D_ literal", "a;b\\c", "línea\nnueva", "  espacios  ", "=1+1", "42", "0.35",
    "true", "日本語のテキスト", "\x01control\x1f", "_x005F_x0041_",
]


def text(max_size: int = 40, min_size: int = 0) -> st.SearchStrategy[str]:
    free = st.text(st.characters(exclude_categories=("Cs",)), min_size=min_size,
                   max_size=max_size)
    fixed = st.sampled_from([t for t in TRICKY if min_size <= len(t) <= max_size])
    return st.one_of(free, fixed)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


colors = st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")
numbers = st.one_of(st.integers(-10**30, 10**30),
                    st.floats(allow_nan=False, allow_infinity=False, width=64))
map_paths = st.sampled_from(["detalle.cjmap", "../actual/compra.cjmap", "sub/paso 2.cjmap"])


def _extra(kind: str, draw: Any) -> dict[str, Any]:
    def maybe(key: str, strategy: st.SearchStrategy[Any]) -> dict[str, Any]:
        value = draw(optional(strategy))
        return {} if value is None else {key: value}

    if kind == "touchpoint":
        return {"channel": draw(st.sampled_from(CHANNELS)),
                **maybe("channel_label", text(100)),
                **maybe("initiative", st.sampled_from(["proactive", "reactive"])),
                "decision_point": draw(st.booleans())}
    if kind == "expectation":
        return maybe("met", st.sampled_from(["yes", "partly", "no"]))
    if kind == "emotion":
        return {"score": draw(st.integers(-2, 2)), **maybe("emoji", text(16))}
    if kind == "pain_point":
        return {"severity": draw(st.integers(1, 5))}
    if kind == "feedback":
        return {"source": draw(st.sampled_from(FEEDBACK_SOURCES)), **maybe("score", numbers)}
    if kind == "opportunity":
        return {**maybe("priority", st.integers(1, 5)), **maybe("impact", st.integers(1, 5)),
                **maybe("effort", st.integers(1, 5))}
    if kind == "idea":
        return {**maybe("hypothesis", text(80)), **maybe("measure", text(40)),
                **maybe("status", st.sampled_from(["idea", "running", "validated",
                                                   "invalidated"])),
                **maybe("impact", st.integers(1, 5)), **maybe("effort", st.integers(1, 5))}
    if kind == "metric":
        return {"measure": draw(st.sampled_from(["cost", "time", "customers", "rate", "score",
                                                 "other"])),
                "value": draw(numbers), **maybe("unit", text(20)),
                "scope": draw(st.sampled_from(["total", "per_customer"]))}
    if kind == "image":
        return {"asset": "a-1"}
    return {}


@st.composite
def maps(draw: Any, max_stages: int = 5, max_lanes: int = 6,
         max_cards: int = 4) -> dict[str, Any]:
    """A valid map as raw data (what a file holds)."""
    counter = iter(range(10**6))

    def new(prefix: str) -> str:
        # Ids a spreadsheet could misread too: some start with "-".
        lead = draw(st.sampled_from(["", "", "-", "_"]))
        return f"{lead}{prefix}{next(counter)}"

    personas = [{"id": new("p"), "name": draw(text(30, 1))}
                for _ in range(draw(st.integers(0, 2)))]
    stage_count = draw(st.integers(1, max_stages))
    phase_ids = [new("ph") for _ in range(draw(st.integers(0, 2)))]
    phases = [{"id": pid, "name": draw(text(20, 1))} for pid in phase_ids]
    stages = []
    for n in range(stage_count):
        stage: dict[str, Any] = {"id": new("s"), "name": draw(text(30, 1))}
        if n < len(phase_ids):  # one stage per phase, in order: contiguous
            stage["phase"] = phase_ids[n]
        for key, strategy in (("description", text(60)),
                              ("moment", st.sampled_from(["zmot", "fmot", "amot", "smot",
                                                          "tmot"])),
                              ("color", colors), ("width", st.sampled_from([0.5, 1.5, 2, 4])),
                              ("link", map_paths)):
            value = draw(optional(strategy))
            if value is not None:
                stage[key] = value
        stages.append(stage)
    lanes = []
    pain_points: list[str] = []
    opportunities: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, max_lanes))):
        lane_type = draw(st.sampled_from(sorted(ALLOWED_KINDS)))
        lane: dict[str, Any] = {"id": new("l"), "type": lane_type, "title": draw(text(30, 1)),
                                "cards": []}
        if personas and draw(st.booleans()):
            lane["persona"] = draw(st.sampled_from([p["id"] for p in personas]))
        if draw(st.booleans()):
            lane["color"] = draw(colors)
        if draw(st.booleans()):
            lane["collapsed"] = True
        emotion_stages: set[str] = set()
        for _ in range(draw(st.integers(0, max_cards))):
            kind = draw(st.sampled_from(ALLOWED_KINDS[lane_type]))
            start = draw(st.integers(0, stage_count - 1))
            stage_id = stages[start]["id"]
            if kind == "emotion":
                if stage_id in emotion_stages:
                    continue
                emotion_stages.add(stage_id)
                span = 1
            else:
                span = draw(st.integers(1, stage_count - start))
            card: dict[str, Any] = {"id": new("c"), "kind": kind, "stage": stage_id,
                                    "title": draw(text(60))}
            if span > 1:
                card["span"] = span
            for key, strategy in (("text", text(80)),
                                  ("evidence", st.sampled_from(["observed", "assumed"])),
                                  ("color", colors), ("link", map_paths)):
                value = draw(optional(strategy))
                if value is not None:
                    card[key] = value
            tags = draw(st.lists(text(20, 1), max_size=3))
            if tags:
                card["tags"] = tags
            card.update(_extra(kind, draw))
            if kind == "pain_point":
                pain_points.append(card["id"])
            if kind == "opportunity":
                opportunities.append(card)
            lane["cards"].append(card)
        lanes.append(lane)
    for card in opportunities:
        if pain_points:
            chosen = draw(st.lists(st.sampled_from(pain_points), max_size=2, unique=True))
            if chosen:
                card["addresses"] = chosen
    doc = {
        "format": "cjmap", "version": 2,
        "meta": {"title": draw(text(40, 1)), "language": "es"},
        "personas": personas, "phases": phases, "stages": stages, "lanes": lanes,
        "assets": [{"id": "a-1", "media_type": "image/png", "data": b64(png_bytes())}],
    }
    JourneyMap.model_validate(doc)  # the strategy makes valid maps only
    return doc
