"""The health check's words, in Spanish and English (the map's language). No Qt.

Names of values of the format (lane types, kinds, measures, fields) come from the one
vocabulary, cjeditor.model.vocabulary; this table holds only what the check, the
impact × effort matrix and the comparison say themselves: the eight keys, statuses,
quadrants, page titles and the findings' sentences (with {placeholders}).
"""

from __future__ import annotations

from typing import Any

from cjeditor.model.vocabulary import KIND, LANE_TYPE, Word, language

__all__ = ["KEYS", "QUADRANTS", "STATUS", "say", "untitled"]

W = Word

# The eight keys of a good map (design/methodology.md, seed 001): name, and the key
# itself as a sentence (the tip). A key named as a lane type or card kind is named so.
KEYS: dict[int, Word] = {
    1: W("Tipo de cliente", "Customer type",
         "Identificar el tipo de cliente para quien es el mapa.",
         "Identify the customer type the map is for."),
    2: W("Etapas y canales", "Stages and channels",
         "Establecer las etapas y los canales de cada una.",
         "Set the stages and the channels of each."),
    3: W(LANE_TYPE["expectations"].es, LANE_TYPE["expectations"].en,
         "Establecer las expectativas del cliente en cada etapa, y si se cumplen.",
         "Set the customer's expectations in each stage, and whether we meet them."),
    4: W("Obstáculos", "Obstacles",
         "Marcar los puntos de contacto donde aparecen obstáculos.",
         "Mark the touchpoints where obstacles appear."),
    5: W(KIND["feedback"].es, KIND["feedback"].en,
         "Documentar el feedback de los clientes en cada paso.",
         "Document customer feedback at every step."),
    6: W("Momentos de la verdad", "Moments of truth",
         "Marcar dónde decide el cliente (momentos de la verdad).",
         "Mark where the customer decides (moments of truth)."),
    7: W(LANE_TYPE["opportunities"].es, LANE_TYPE["opportunities"].en,
         "Encontrar las oportunidades de mejora.",
         "Find the opportunities to improve."),
    8: W("Acciones concretas", "Specific actions",
         "Convertirlas en acciones concretas.",
         "Turn them into specific actions."),
}

STATUS: dict[str, Word] = {
    "ok": W("bien", "ok"),
    "weak": W("débil", "weak"),
    "missing": W("falta", "missing"),
}

# Impact × effort quadrants (quick wins: high impact, low effort).
QUADRANTS: dict[str, Word] = {
    "quick_wins": W("Victorias rápidas", "Quick wins",
                    "Mucho impacto, poco esfuerzo: hacerlas ya",
                    "High impact, low effort: do them now"),
    "big_bets": W("Grandes apuestas", "Big bets",
                  "Mucho impacto, mucho esfuerzo: planificarlas",
                  "High impact, high effort: plan them"),
    "fill_ins": W("Tareas de relleno", "Fill-ins",
                  "Poco impacto, poco esfuerzo: cuando haya tiempo",
                  "Low impact, low effort: when there is time"),
    "money_pits": W("Pozos sin fondo", "Money pits",
                    "Poco impacto, mucho esfuerzo: evitarlas",
                    "Low impact, high effort: avoid them"),
}

# Sentences: key -> (es, en). Curly quotes around names, as the map's own words.
_SENTENCES: dict[str, tuple[str, str]] = {
    # key 1
    "no_persona": (
        "No hay ninguna persona: ¿para qué tipo de cliente es este mapa?",
        "No persona is named: which type of customer is this map for?"),
    "persona_unnamed": (
        "La persona “{name}” aún tiene el nombre por defecto: póngale el nombre del tipo de "
        "cliente.",
        "The persona “{name}” still has the default name: name the type of customer."),
    # key 2
    "no_touchpoints": (
        "El mapa no tiene ningún punto de contacto: ¿dónde se encuentra el cliente con la "
        "marca?",
        "The map has no touchpoint: where does the customer meet the brand?"),
    "stage_no_channel": (
        "La etapa “{stage}” no tiene ningún punto de contacto: ¿por qué canal se encuentra "
        "aquí el cliente con la marca?",
        "The stage “{stage}” has no touchpoint: through which channel does the customer "
        "meet the brand here?"),
    # key 3
    "no_expectations": (
        "El mapa no dice qué espera el cliente ni si se cumple.",
        "The map does not say what the customer expects, nor whether it is met."),
    "stage_no_expectation": (
        "La etapa “{stage}” no dice qué espera el cliente.",
        "The stage “{stage}” does not say what the customer expects."),
    "expectation_no_met": (
        "La expectativa “{title}” no dice si se cumple.",
        "The expectation “{title}” does not say whether it is met."),
    # key 4
    "no_pain_points": (
        "No hay ningún punto de dolor: ¿dónde encuentra obstáculos el cliente?",
        "No pain point is marked: where does the customer meet obstacles?"),
    "pain_no_touchpoint": (
        "El punto de dolor “{title}” no está en un punto de contacto: su etapa no tiene "
        "ninguno y ninguna conexión lo une a uno.",
        "The pain point “{title}” is not at a touchpoint: its stage has none and no "
        "connection joins it to one."),
    # key 5
    "no_feedback": (
        "El mapa no recoge lo que dicen los clientes: documente su feedback en cada paso.",
        "The map holds nothing customers said: document their feedback at every step."),
    "stage_no_feedback": (
        "La etapa “{stage}” no tiene feedback de los clientes.",
        "The stage “{stage}” has no customer feedback."),
    # key 6
    "no_moments": (
        "Ninguna etapa es un momento de la verdad y ningún punto de contacto es un punto de "
        "decisión: ¿dónde decide el cliente?",
        "No stage is a moment of truth and no touchpoint is a decision point: where does "
        "the customer decide?"),
    # key 7
    "no_opportunities": (
        "No hay ninguna oportunidad: ¿qué se puede mejorar?",
        "No opportunity is written down: what could be improved?"),
    "opportunity_no_pain": (
        "La oportunidad “{title}” no responde a ningún punto de dolor.",
        "The opportunity “{title}” answers no pain point."),
    # key 8
    "no_measured_ideas": (
        "Ninguna idea tiene una medida: convierta las oportunidades en acciones concretas "
        "y diga cómo se medirán.",
        "No idea has a measure: turn the opportunities into specific actions and say how "
        "they will be measured."),
    "opportunity_no_idea": (
        "La oportunidad “{title}” no tiene ninguna idea con medida en su etapa ni conectada "
        "a ella.",
        "The opportunity “{title}” has no idea with a measure in its stage or connected "
        "to it."),
    "idea_no_measure": (
        "La idea “{title}” no tiene medida: ¿cómo sabrán si ha funcionado?",
        "The idea “{title}” has no measure: how will you know it worked?"),
    # CAC
    "cac_where_acquisition": ("en las etapas de las fases de captación",
                              "in the stages of the acquisition phases"),
    "cac_where_all": ("en el mapa", "in the map"),
    "cac_no_inputs": (
        "No se puede calcular el CAC: no hay métricas de coste total ni de clientes {where}.",
        "The CAC cannot be computed: there are no total cost metrics and no customers "
        "metrics {where}."),
    "cac_no_costs": (
        "No se puede calcular el CAC: no hay ninguna métrica de coste con alcance total "
        "{where}.",
        "The CAC cannot be computed: there is no cost metric with scope total {where}."),
    "cac_no_customers": (
        "No se puede calcular el CAC: no hay ninguna métrica de clientes (clientes ganados) "
        "{where}.",
        "The CAC cannot be computed: there is no customers metric (customers won) {where}."),
    "cac_zero_customers": (
        "No se puede calcular el CAC: los clientes ganados {where} suman 0 o menos.",
        "The CAC cannot be computed: the customers won {where} add up to 0 or less."),
    "cac_mixed_units": (
        "No se puede calcular el CAC: los costes {where} están en unidades distintas "
        "({units}); use una sola moneda.",
        "The CAC cannot be computed: the costs {where} are in different units ({units}); "
        "use one currency."),
    "cac_too_large": (
        "No se puede calcular el CAC: con los costes y los clientes {where} sale una cifra "
        "demasiado grande para calcularla.",
        "The CAC cannot be computed: the costs and the customers {where} give a figure too "
        "large to compute."),
    "no_unit": ("sin unidad", "no unit"),
    "untitled": ("sin título", "untitled"),
    # printed and CLI captions
    "check_title": ("Revisión del mapa", "Map check"),
    "evidence": ("Evidencia", "Evidence"),
    "evidence_line": (
        "{observed} observadas ({observed_pct}), {assumed} supuestas ({assumed_pct}), "
        "{unstated} sin indicar ({unstated_pct})",
        "{observed} observed ({observed_pct}), {assumed} assumed ({assumed_pct}), "
        "{unstated} not stated ({unstated_pct})"),
    "no_emotion": ("Etapas sin emoción", "Stages with no emotion"),
    "none": ("ninguna", "none"),
    "cac": ("CAC", "CAC"),
    "cac_over_acquisition": ("fases de captación", "acquisition phases"),
    "cac_over_all": ("todas las etapas", "all stages"),
    "cost_per_customer": ("Coste por cliente (suma)", "Cost per customer (sum)"),
    "all_ok": ("Las ocho claves están bien.", "All eight keys are ok."),
    "matrix_title": ("Impacto × esfuerzo", "Impact × effort"),
    "matrix_unscored": ("Sin puntuar", "Not scored"),
    "matrix_unscored_none": ("Todas las tarjetas tienen impacto y esfuerzo.",
                             "Every card has impact and effort."),
    "matrix_empty": ("Sin tarjetas", "No cards"),
    "matrix_more": ("… y {n} más", "… and {n} more"),
    "high": ("alto", "high"),
    "low": ("bajo", "low"),
    "personas_title": ("Personas", "Personas"),
    "no_personas": ("Este mapa no tiene personas.", "This map has no personas."),
    "compare_title": ("Actual frente a futuro", "Current vs future"),
    "compare_curves": ("Curvas emocionales", "Emotional curves"),
    "compare_stages": ("Etapa por etapa", "Stage by stage"),
    "compare_added": ("añadida", "added"),
    "compare_removed": ("quitada", "removed"),
    "compare_changed": ("cambiada", "changed"),
    "compare_same": ("sin cambios", "unchanged"),
    "compare_stage_added": ("Etapa nueva en el mapa futuro", "Stage new in the future map"),
    "compare_stage_removed": ("Etapa que no está en el mapa futuro",
                              "Stage not in the future map"),
    "compare_no_emotions": ("Ninguno de los dos mapas tiene emociones.",
                            "Neither map has emotions."),
    "current": ("Actual", "Current"),
    "future": ("Futuro", "Future"),
    "continued": ("(continúa)", "(continued)"),
}


def say(key: str, lang: str | None, **values: object) -> str:
    """The sentence `key` in the map's language, with its {placeholders} filled."""
    es, en = _SENTENCES[key]
    text = es if language(lang) == "es" else en
    return text.format(**values) if values else text


def word(table: dict[Any, Word], key: object, lang: str | None) -> str:
    """A name from one of this module's tables (KEYS, STATUS, QUADRANTS)."""
    entry = table[key]
    return entry.es if language(lang) == "es" else entry.en


def tip(table: dict[Any, Word], key: object, lang: str | None) -> str:
    entry = table[key]
    return entry.es_tip if language(lang) == "es" else entry.en_tip


def untitled(title: str, lang: str | None) -> str:
    """A card's title for a sentence (a word saying so when it is empty)."""
    return title.strip() or say("untitled", lang)
