"""Maps for the health check tests: one that meets every key, built as a raw dict."""

from __future__ import annotations

from typing import Any

from cjeditor.model import JourneyMap


def card(cid: str, kind: str, stage: str, title: str, **fields: Any) -> dict[str, Any]:
    return {"id": cid, "kind": kind, "stage": stage, "title": title, **fields}


def metric(cid: str, stage: str, measure: str, value: float, unit: str | None = None,
           scope: str | None = None) -> dict[str, Any]:
    c = card(cid, "metric", stage, measure, measure=measure, value=value)
    if unit is not None:
        c["unit"] = unit
    if scope is not None:
        c["scope"] = scope
    return c


def good_dict(language: str = "en") -> dict[str, Any]:
    """Every key ok: a persona; two stages each with a touchpoint, an expectation (met
    or not), feedback and an emotion; a pain point at a touchpoint; an opportunity
    answering it and a measured idea in its stage; a decision point; metrics whose CAC
    is (1000 + 500) / (10 + 5) = 100 € over the acquisition phase."""
    s1, s2 = "s-1", "s-2"
    return {
        "format": "cjmap", "version": 2,
        "meta": {"title": "Buying running shoes online", "language": language},
        "personas": [{"id": "p-1", "name": "Laura", "role": "Amateur runner"}],
        "phases": [{"id": "ph-1", "name": "Acquisition", "acquisition": True}],
        "stages": [{"id": s1, "name": "Search", "phase": "ph-1", "moment": "zmot"},
                   {"id": s2, "name": "Choice", "phase": "ph-1"}],
        "lanes": [
            {"id": "l-tp", "type": "touchpoints", "title": "Touchpoints", "cards": [
                card("t-1", "touchpoint", s1, "Google reviews", channel="reviews",
                     evidence="observed"),
                card("t-2", "touchpoint", s2, "Checkout", channel="ecommerce",
                     decision_point=True, evidence="assumed")]},
            {"id": "l-exp", "type": "expectations", "title": "Expectations", "cards": [
                card("x-1", "expectation", s1, "Honest reviews", met="yes"),
                card("x-2", "expectation", s2, "No hidden costs", met="no")]},
            {"id": "l-emo", "type": "emotions", "title": "Emotions", "cards": [
                card("e-1", "emotion", s1, "Curious", score=1),
                card("e-2", "emotion", s2, "Annoyed", score=-2)]},
            {"id": "l-pain", "type": "pain_points", "title": "Pain points", "cards": [
                card("pp-1", "pain_point", s2, "Hidden shipping costs", severity=4)]},
            {"id": "l-fb", "type": "feedback", "title": "Feedback", "cards": [
                card("f-1", "feedback", s1, "Reviews helped", source="survey"),
                card("f-2", "feedback", s2, "Shipping surprised me", source="review")]},
            {"id": "l-opp", "type": "opportunities", "title": "Opportunities", "cards": [
                card("o-1", "opportunity", s2, "Show shipping on the product page",
                     addresses=["pp-1"], impact=5, effort=1)]},
            {"id": "l-idea", "type": "ideas", "title": "Ideas", "cards": [
                card("i-1", "idea", s2, "Shipping line under the price",
                     measure="cart abandonment", impact=4, effort=4)]},
            {"id": "l-met", "type": "metrics", "title": "Metrics", "cards": [
                metric("m-1", s1, "cost", 1000, "€"), metric("m-2", s2, "cost", 500, "€"),
                metric("m-3", s1, "customers", 10), metric("m-4", s2, "customers", 5)]},
        ],
        "assets": [],
    }


def build(data: dict[str, Any]) -> JourneyMap:
    return JourneyMap.model_validate(data)


