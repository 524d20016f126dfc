"""Synthetic maps of a given card count, for benchmarks (realistic text, every lane type)."""

from __future__ import annotations

import random

from cjeditor.model import LANE_TYPES, JourneyMap
from cjeditor.model.limits import FORMAT_VERSION

_VOCABULARY = ("cliente busca zapatillas envío gratis reseñas tienda online pago tarjeta "
         "devolución talla ¿cuánto tarda? ¡genial! precio 49 € «rápido» “cómodo” app "
         "correo seguimiento caja dañada soporte chat valoración recomendación")
WORDS = _VOCABULARY.split()

STAGES = 24


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _card(rng: random.Random, lane_type: str, card_id: str, stage: str) -> dict:
    base = {"id": card_id, "stage": stage, "title": _words(rng, 8).capitalize(),
            "text": _words(rng, 11)}
    extra: dict
    if lane_type == "touchpoints":
        extra = {"kind": "touchpoint", "channel": rng.choice(["ecommerce", "email", "app"]),
                 "initiative": "proactive"}
    elif lane_type == "expectations":
        extra = {"kind": "expectation", "met": rng.choice(["yes", "partly", "no"])}
    elif lane_type == "pain_points":
        extra = {"kind": "pain_point", "severity": rng.randint(1, 5)}
    elif lane_type == "feedback":
        extra = {"kind": "feedback", "source": "review", "score": rng.randint(1, 5)}
    elif lane_type == "opportunities":
        extra = {"kind": "opportunity", "priority": rng.randint(1, 5)}
    elif lane_type == "ideas":
        extra = {"kind": "idea", "status": "idea", "hypothesis": _words(rng, 10)}
    elif lane_type == "metrics":
        extra = {"kind": "metric", "measure": "cost", "value": rng.randint(1, 900), "unit": "€"}
    else:
        extra = {"kind": "note"}
    return {**base, **extra}


def make_map(cards: int, seed: int = 7) -> JourneyMap:
    """A valid map with exactly `cards` cards spread over 24 stages and every lane type."""
    rng = random.Random(seed)
    stages = [{"id": f"s-{i}", "name": f"Etapa {i + 1}: {_words(rng, 2)}"}
              for i in range(STAGES)]
    lane_types = [t for t in LANE_TYPES if t not in ("emotions", "images")]
    lanes = [{"id": "l-emo", "type": "emotions", "title": "Emociones", "cards": [
        {"id": f"e-{i}", "kind": "emotion", "stage": f"s-{i}", "title": _words(rng, 2),
         "score": rng.randint(-2, 2)} for i in range(STAGES)]}]
    remaining = cards - STAGES
    per_lane = -(-remaining // len(lane_types))
    for n, lane_type in enumerate(lane_types):
        count = min(per_lane, remaining)
        remaining -= count
        lanes.append({"id": f"l-{n}", "type": lane_type, "title": lane_type.replace("_", " "),
                      "cards": [_card(rng, lane_type, f"c-{n}-{i}", f"s-{i % STAGES}")
                                for i in range(count)]})
    raw = {"format": "cjmap", "version": FORMAT_VERSION,
           "meta": {"title": f"Mapa de {cards} tarjetas", "product": "Zapatillas"},
           "personas": [], "phases": [], "stages": stages, "lanes": lanes, "assets": []}
    return JourneyMap.model_validate(raw)
