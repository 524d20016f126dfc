"""Default names for things the editor adds to a map, in the map's own language.

These are map content, not interface text: a Spanish map gets Spanish names
whatever the interface language is.
"""

from __future__ import annotations

LANE_TITLES = {
    "objectives": {"es": "Objetivos", "en": "Objectives"},
    "actions": {"es": "Acciones del cliente", "en": "Customer actions"},
    "touchpoints": {"es": "Puntos de contacto", "en": "Touchpoints"},
    "expectations": {"es": "Expectativas", "en": "Expectations"},
    "thoughts": {"es": "Pensamientos", "en": "Thoughts"},
    "emotions": {"es": "Emociones", "en": "Emotions"},
    "pain_points": {"es": "Puntos de dolor", "en": "Pain points"},
    "feedback": {"es": "Feedback del cliente", "en": "Customer feedback"},
    "opportunities": {"es": "Oportunidades", "en": "Opportunities"},
    "ideas": {"es": "Ideas y experimentos", "en": "Ideas and experiments"},
    "metrics": {"es": "Métricas", "en": "Metrics"},
    "backstage": {"es": "Procesos internos", "en": "Backstage"},
    "images": {"es": "Imágenes", "en": "Images"},
    "notes": {"es": "Notas", "en": "Notes"},
}

NEW_NAMES = {
    "stage": {"es": "Nueva etapa", "en": "New stage"},
    "phase": {"es": "Nueva fase", "en": "New phase"},
    "persona": {"es": "Nueva persona", "en": "New persona"},
}


def _lang(language: str | None) -> str:
    code = (language or "es").split("-")[0].lower()
    return code if code in ("es", "en") else "en"


def lane_title(lane_type: str, language: str | None) -> str:
    return LANE_TITLES[lane_type][_lang(language)]


def new_name(what: str, language: str | None) -> str:
    return NEW_NAMES[what][_lang(language)]
