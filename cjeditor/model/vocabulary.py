"""The one table of words: names and short descriptions of the format's values, es and en.

Everything that shows a lane type, card kind, channel, moment of truth, feedback
source, measure, status or field to a person reads it here: the palette, the
properties dock, the canvas, the poster and its legend, the CLI and the error
messages. Plain data, no Qt.

    name("lane_type", "pain_points", "es")         -> "Puntos de dolor"
    description("moment", "zmot", "en")            -> "Online search: ..."
    abbr("channel", "email")                       -> "@"

The interface picks the language with app.i18n.current_language(); words written
into a map or printed on its poster use the map's own language (``meta.language``,
through `language()`).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Language = Literal["es", "en"]
LANGUAGES: tuple[Language, ...] = ("es", "en")


class Word(NamedTuple):
    """One value's name and optional one-line description, in Spanish and English."""

    es: str
    en: str
    es_tip: str = ""
    en_tip: str = ""


W = Word

LANE_TYPE: dict[str, Word] = {
    "objectives": W(
        "Objetivos", "Objectives",
        "Lo que el cliente o la empresa quiere en esta etapa",
        "What the customer or the business wants in this stage"),
    "actions": W(
        "Acciones del cliente", "Customer actions",
        "Lo que hace el cliente", "What the customer does"),
    "touchpoints": W(
        "Puntos de contacto", "Touchpoints",
        "Dónde el cliente se encuentra con la marca: un canal, proactivo o reactivo",
        "Where the customer meets the brand: a channel, proactive or reactive"),
    "expectations": W(
        "Expectativas", "Expectations",
        "Lo que el cliente espera, y si se cumple",
        "What the customer expects, and whether it is met"),
    "thoughts": W(
        "Pensamientos", "Thoughts",
        "Lo que piensa el cliente, a menudo en sus palabras",
        "What the customer thinks, often in their own words"),
    "emotions": W(
        "Emociones", "Emotions",
        "Una emoción por etapa, de −2 a +2: la curva emocional",
        "One emotion per stage, from −2 to +2: the emotional curve"),
    "pain_points": W(
        "Puntos de dolor", "Pain points",
        "Obstáculos y frustraciones, con su gravedad de 1 a 5",
        "Obstacles and frustrations, with a severity from 1 to 5"),
    "feedback": W(
        "Feedback del cliente", "Customer feedback",
        "Lo que dijeron los clientes, con su fuente",
        "What customers said, with its source"),
    "opportunities": W(
        "Oportunidades", "Opportunities",
        "Mejoras posibles, enlazadas a los puntos de dolor que resuelven",
        "Possible improvements, linked to the pain points they answer"),
    "ideas": W(
        "Ideas y experimentos", "Ideas and experiments",
        "Ideas y experimentos lean: hipótesis, medida, estado",
        "Ideas and lean experiments: hypothesis, measure, status"),
    "metrics": W(
        "Métricas", "Metrics",
        "Cifras por etapa: coste, tiempo, clientes, tasas, puntuaciones",
        "Figures per stage: cost, time, customers, rates, scores"),
    "backstage": W(
        "Procesos internos", "Backstage processes",
        "Lo que hace la empresa fuera de la vista del cliente",
        "What the company does out of the customer's sight"),
    "images": W(
        "Imágenes", "Images", "Fotos y bocetos: el storyboard", "Pictures: the storyboard"),
    "notes": W("Notas", "Notes", "Cualquier otra cosa", "Anything else"),
    "physical_evidence": W(
        "Evidencia física", "Physical evidence",
        "Lo que el cliente ve o toca: un recibo, la caja, la página web",
        "What the customer sees or touches: a receipt, the box, the web page"),
    "frontstage": W(
        "Acciones de contacto (frontstage)", "Frontstage actions",
        "Lo que hacen empleados o sistemas a la vista del cliente",
        "What employees or systems do in sight of the customer"),
    "support": W(
        "Procesos de soporte", "Support processes",
        "Sistemas, proveedores y equipos que hacen funcionar los procesos internos",
        "Systems, suppliers and teams that make the backstage work"),
}

KIND: dict[str, Word] = {
    "note": W("Nota", "Note", "Un texto libre: lo que haya que anotar",
              "Free text: anything worth writing down"),
    "touchpoint": W(
        "Punto de contacto", "Touchpoint",
        "Un encuentro con la marca por un canal", "A meeting with the brand through a channel"),
    "expectation": W(
        "Expectativa", "Expectation",
        "Lo que el cliente espera; márquela como cumplida o no",
        "What the customer expects; mark it met or not"),
    "emotion": W(
        "Emoción", "Emotion",
        "Cómo se siente el cliente, de −2 a +2", "How the customer feels, from −2 to +2"),
    "pain_point": W(
        "Punto de dolor", "Pain point",
        "Un obstáculo o una frustración", "An obstacle or a frustration"),
    "feedback": W(
        "Feedback", "Feedback",
        "Lo que dijo un cliente y dónde", "What a customer said, and where"),
    "opportunity": W(
        "Oportunidad", "Opportunity",
        "Una mejora que resuelve puntos de dolor", "An improvement that answers pain points"),
    "idea": W(
        "Idea", "Idea",
        "Una idea o un experimento: hipótesis y medida",
        "An idea or an experiment: hypothesis and measure"),
    "metric": W(
        "Métrica", "Metric",
        "Una cifra de la etapa, con su unidad", "A figure for the stage, with its unit"),
    "image": W("Imagen", "Image", "Una foto o un boceto", "A picture or a sketch"),
}

CHANNEL_GROUP: dict[str, Word] = {
    "before": W("Antes de la compra", "Before buying"),
    "while": W("Durante la compra", "While buying"),
    "after": W("Después de la compra", "After buying"),
    "service": W("Servicio al cliente", "Customer service"),
    "common": W("Canales habituales", "Common channels"),
}

# Touchpoint channels, grouped as in the method (seed 002) plus the common channels.
CHANNEL_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("before", ("social", "ads", "content", "event", "referral")),
    ("while", ("sales_rep", "catalog", "ecommerce", "reviews", "point_of_sale")),
    ("after", ("thank_you", "survey", "email", "billing", "subscription")),
    ("service", ("support", "success_program", "onboarding", "loyalty", "self_service")),
    ("common", ("website", "whatsapp", "instagram", "facebook", "phone", "store", "app",
                "other")),
)

CHANNEL: dict[str, Word] = {
    "social": W("Redes sociales", "Social media"),
    "ads": W("Anuncios online", "Online ads"),
    "content": W(
        "Contenido de marketing", "Marketing content",
        "Artículos, guías y vídeos que educan", "Articles, guides and videos that educate"),
    "event": W("Eventos de la empresa", "Company events"),
    "referral": W(
        "Recomendación", "Referral",
        "Un conocido recomienda la marca", "Someone the customer knows recommends the brand"),
    "sales_rep": W(
        "Personal de la empresa", "Company staff",
        "Conversaciones con comerciales o dependientes",
        "Conversations with sales or shop staff"),
    "catalog": W("Catálogo de productos", "Product catalogue"),
    "ecommerce": W("Tienda online", "Online shop"),
    "reviews": W("Reseñas de producto", "Product reviews"),
    "point_of_sale": W("Punto de venta", "Point of sale"),
    "thank_you": W("Carta de agradecimiento", "Thank-you letter"),
    "survey": W("Encuesta de opinión", "Feedback survey"),
    "email": W(
        "Correo electrónico", "Email",
        "Correos de venta cruzada o de mejora", "Upsell and cross-sell emails"),
    "billing": W("Facturación", "Billing"),
    "subscription": W("Renovación de suscripción", "Subscription renewal"),
    "support": W("Canales de soporte", "Support channels"),
    "success_program": W("Programa de éxito del cliente", "Customer success programme"),
    "onboarding": W(
        "Bienvenida (onboarding)", "Onboarding",
        "Los primeros pasos con el producto", "The first steps with the product"),
    "loyalty": W("Programa de fidelización", "Loyalty programme"),
    "self_service": W("Recursos de autoservicio", "Self-service resources"),
    "website": W("Sitio web", "Website"),
    "whatsapp": W("WhatsApp", "WhatsApp"),
    "instagram": W("Instagram", "Instagram"),
    "facebook": W("Facebook", "Facebook"),
    "phone": W("Teléfono", "Phone"),
    "store": W("Tienda física", "Physical store"),
    "app": W("App móvil", "Mobile app"),
    "other": W("Otro canal", "Other channel"),
}

MOMENT: dict[str, Word] = {
    "zmot": W(
        "ZMOT: momento cero de la verdad", "ZMOT: zero moment of truth",
        "Búsqueda online: reseñas, redes, comparadores, antes de decidir",
        "Online search: reviews, social media, comparisons, before deciding"),
    "fmot": W(
        "FMOT: primer momento de la verdad", "FMOT: first moment of truth",
        "La elección: el estante, el envase o la web, el pago, el plazo de entrega",
        "The choice: the shelf, the packaging or the website, payment, delivery time"),
    "amot": W(
        "AMOT: espera de la entrega", "AMOT: waiting for delivery",
        "Entre comprar a distancia y recibir: retrasos, daños, seguimiento",
        "Between buying at a distance and receiving: delays, damage, tracking"),
    "smot": W(
        "SMOT: segundo momento de la verdad", "SMOT: second moment of truth",
        "Probando el producto: ¿cumple, decepciona o supera lo esperado?",
        "Trying the product: does it meet, miss or exceed expectations?"),
    "tmot": W(
        "TMOT: tercer momento de la verdad", "TMOT: third moment of truth",
        "La reacción: reseñas, publicaciones, recomendaciones; escuchar y responder",
        "The reaction: reviews, posts, recommendations; listen and answer"),
}

SOURCE: dict[str, Word] = {
    "survey": W("Encuesta", "Survey"),
    "review": W("Reseña", "Review"),
    "social": W("Redes sociales", "Social media"),
    "support": W("Llamada de soporte", "Support call"),
    "interview": W("Entrevista", "Interview"),
    "analytics": W("Analítica web", "Web analytics"),
    "call": W("Llamada de seguimiento", "Follow-up call"),
    "other": W("Otra fuente", "Other source"),
}

MEASURE: dict[str, Word] = {
    "cost": W("Coste", "Cost"),
    "time": W("Tiempo", "Time"),
    "customers": W("Clientes", "Customers", "Clientes ganados en la etapa",
                   "Customers won in the stage"),
    "rate": W("Tasa", "Rate"),
    "score": W("Puntuación", "Score"),
    "other": W("Otra medida", "Other measure"),
}

SCOPE: dict[str, Word] = {
    "total": W("Total", "Total", "La cifra de todos los clientes de la etapa",
               "The figure for everyone in the stage"),
    "per_customer": W("Por cliente", "Per customer", "La cifra de un cliente",
                      "The figure for one customer"),
}

STATUS: dict[str, Word] = {
    "idea": W("Idea", "Idea"),
    "running": W("En curso", "Running"),
    "validated": W("Validada", "Validated"),
    "invalidated": W("Invalidada", "Invalidated"),
}

MET: dict[str, Word] = {
    "yes": W("Cumplida", "Met"),
    "partly": W("Cumplida en parte", "Partly met"),
    "no": W("No cumplida", "Not met"),
}

INITIATIVE: dict[str, Word] = {
    "proactive": W("Proactivo", "Proactive", "Planificado por la empresa",
                   "Planned by the company"),
    "reactive": W("Reactivo", "Reactive", "Ocurre por algo que hizo el cliente",
                  "Happens because of what the customer did"),
}

EVIDENCE: dict[str, Word] = {
    "observed": W("Observado", "Observed", "Investigación, datos o lo que dijeron los clientes",
                  "Research, data or what customers said"),
    "assumed": W("Supuesto", "Assumed", "Una creencia del equipo, por comprobar",
                 "The team's belief, still to check"),
}

CONNECTION_STYLE: dict[str, Word] = {
    "flow": W("Flujo", "Flow", "Una cosa lleva a la otra (línea continua)",
              "One thing leads to the other (solid line)"),
    "dependency": W("Dependencia", "Dependency", "Una cosa necesita la otra (línea discontinua)",
                    "One thing needs the other (dashed line)"),
}

LINE: dict[str, Word] = {
    "interaction": W(
        "línea de interacción", "line of interaction",
        "Separa lo que hace el cliente de lo que hace la empresa",
        "Separates what the customer does from what the company does"),
    "visibility": W(
        "línea de visibilidad", "line of visibility",
        "Por debajo, el cliente ya no ve lo que ocurre",
        "Below it, the customer no longer sees what happens"),
    "internal": W(
        "línea de interacción interna", "line of internal interaction",
        "Separa a quien atiende al cliente de quien le da soporte",
        "Separates those who serve the customer from those who support them"),
}

STATE: dict[str, Word] = {
    "current": W("Actual (cómo es hoy)", "Current (as-is)"),
    "future": W("Futuro (la ruta ideal)", "Future (to-be)"),
}

# Default names of new objects, written into the map in the map's language.
NEW: dict[str, Word] = {
    "stage": W("Nueva etapa", "New stage"),
    "phase": W("Nueva fase", "New phase"),
    "persona": W("Nueva persona", "New persona"),
    "view": W("Nueva vista", "New view"),
}

# Names of the fields of cards, stages, lanes, phases and the map (labels in forms and
# in messages such as "Colour: is not a colour").
FIELD: dict[str, Word] = {
    "id": W("Identificador", "Id"),
    "kind": W("Tipo de tarjeta", "Card kind"),
    "title": W("Título", "Title"),
    "text": W("Texto", "Text"),
    "evidence": W("Evidencia", "Evidence"),
    "color": W("Color", "Colour"),
    "tags": W("Etiquetas", "Tags"),
    "span": W("Abarca (etapas)", "Span (stages)"),
    "channel": W("Canal", "Channel"),
    "channel_label": W("Nombre del canal", "Channel label"),
    "initiative": W("Iniciativa", "Initiative"),
    "decision_point": W("Punto de decisión", "Decision point"),
    "met": W("¿Cumplida?", "Met?"),
    "score": W("Puntuación", "Score"),
    "emoji": W("Emoji", "Emoji"),
    "severity": W("Gravedad", "Severity"),
    "source": W("Fuente", "Source"),
    "addresses": W("Responde a los puntos de dolor", "Answers pain points"),
    "priority": W("Prioridad", "Priority"),
    "impact": W("Impacto", "Impact"),
    "effort": W("Esfuerzo", "Effort"),
    "hypothesis": W("Hipótesis", "Hypothesis"),
    "measure": W("Medida", "Measure"),
    "status": W("Estado", "Status"),
    "value": W("Valor", "Value"),
    "unit": W("Unidad", "Unit"),
    "scope": W("Alcance", "Scope"),
    "asset": W("Imagen", "Picture"),
    "link": W("Enlace a otro mapa", "Link to another map"),
    "name": W("Nombre", "Name"),
    "description": W("Descripción", "Description"),
    "phase": W("Fase", "Phase"),
    "moment": W("Momento de la verdad", "Moment of truth"),
    "width": W("Anchura", "Width"),
    "type": W("Tipo de carril", "Lane type"),
    "persona": W("Persona", "Persona"),
    "collapsed": W("Plegado", "Collapsed"),
    "line_below": W("Línea de blueprint debajo", "Blueprint line below",
                    "Una línea del service blueprint dibujada bajo este carril",
                    "A service-blueprint line drawn under this lane"),
    "stage": W("Etapa", "Stage"),
    "acquisition": W("Fase de captación", "Acquisition phase"),
    "product": W("Producto o servicio", "Product or service",
                  "El producto o servicio que evalúa el mapa",
                  "The product or service this map evaluates"),
    "objective": W("Objetivo", "Objective"),
    "team_goal": W("Meta del equipo", "Team goal"),
    "language": W("Idioma", "Language"),
    "state": W("Estado del mapa", "Map state"),
    "counterpart": W("Mapa pareja", "Counterpart map"),
    "role": W("Rol", "Role"),
    "goals": W("Metas", "Goals"),
    "frustrations": W("Frustraciones", "Frustrations"),
    "quote": W("Cita", "Quote"),
    "image": W("Imagen", "Picture"),
    "label": W("Etiqueta", "Label"),
    "style": W("Estilo", "Style"),
    "from": W("Desde", "From"),
    "to": W("Hasta", "To"),
    "media_type": W("Tipo de imagen", "Picture type"),
    "authors": W("Autores", "Authors"),
    "created": W("Creado", "Created"),
    "modified": W("Modificado", "Modified"),
    "lanes": W("Carriles", "Lanes"),
    "cards": W("Tarjetas", "Cards"),
    "overlay_emotions": W("Curvas superpuestas", "Overlaid curves"),
    "data": W("Datos", "Data"),
}

# A field whose label is a question ("Met?") named in a sentence, e.g. the history's
# "Change fulfilment of card …" (a form asks "¿Cumplida?"; a sentence cannot)
FIELD_IN_TEXT: dict[str, Word] = {
    "met": W("cumplimiento", "fulfilment"),
}

# Words of the exported web page and slide deck (export/html.py, paint/slides.py).
PAGE: dict[str, Word] = {
    "whole_map": W("Mapa completo", "Whole map"),
    "all_personas": W("Todas las personas", "All personas"),
    "saved_view": W("Vista guardada", "Saved view"),
    "zoom_in": W("Acercar", "Zoom in"),
    "zoom_out": W("Alejar", "Zoom out"),
    "fit": W("Ver todo", "Show all"),
    "close": W("Cerrar", "Close"),
    "profile": W("Perfil", "Profile"),  # a persona's description, goals, frustrations, quote
    "hint": W("Rueda o + − para acercar, arrastre para moverse, pulse una tarjeta para leerla",
              "Wheel or + − to zoom, drag to move, click a card to read it"),
    "yes": W("Sí", "Yes"),
    "no": W("No", "No"),
    "personas": W("Personas", "Personas"),
    "lane": W("Carril", "Lane"),
    "no_cards": W("Sin tarjetas en esta etapa", "No cards at this stage"),
    "more": W("y {n} más", "and {n} more"),
    "no_emotion": W("Sin emoción anotada", "No emotion noted"),
    "open_map": W("Abrir el mapa enlazado", "Open the linked map"),
}

TABLES: dict[str, dict[str, Word]] = {
    "lane_type": LANE_TYPE,
    "kind": KIND,
    "channel_group": CHANNEL_GROUP,
    "channel": CHANNEL,
    "moment": MOMENT,
    "source": SOURCE,
    "measure": MEASURE,
    "scope": SCOPE,
    "status": STATUS,
    "met": MET,
    "initiative": INITIATIVE,
    "evidence": EVIDENCE,
    "connection_style": CONNECTION_STYLE,
    "line": LINE,
    "state": STATE,
    "new": NEW,
    "field": FIELD,
    "field_in_text": FIELD_IN_TEXT,
    "page": PAGE,
}

# Short glyph abbreviations drawn on cards (the same in both languages).
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "channel": {
        "social": "RS", "ads": "AD", "content": "CT", "event": "EV", "referral": "RF",
        "sales_rep": "SR", "catalog": "CA", "ecommerce": "EC", "reviews": "★",
        "point_of_sale": "PV", "thank_you": "TY", "survey": "?", "email": "@", "billing": "€",
        "subscription": "SU", "support": "SP", "success_program": "CS", "onboarding": "ON",
        "loyalty": "♥", "self_service": "SS", "website": "W", "whatsapp": "WA",
        "instagram": "IG", "facebook": "f", "phone": "☎", "store": "ST", "app": "AP",
        "other": "•",
    },
    "source": {
        "survey": "ENC", "review": "★", "social": "RS", "support": "SOP", "interview": "ENT",
        "analytics": "WEB", "call": "☎", "other": "…",
    },
    "moment": {"zmot": "ZMOT", "fmot": "FMOT", "amot": "AMOT", "smot": "SMOT", "tmot": "TMOT"},
}
_ABBR_FALLBACK = {"channel": "•", "source": "…"}


def language(tag: str | None) -> Language:
    """The table's language for a BCP 47 tag: Spanish for es-*, and for no tag (the
    format's default); English for every other language."""
    code = (tag or "es").replace("_", "-").split("-")[0].lower()
    return "es" if code == "es" else "en"


def _word(category: str, value: str) -> Word | None:
    return TABLES[category].get(value)


def name(category: str, value: str, lang: str | None) -> str:
    """The display name of `value` (e.g. "pain_points") of `category` (e.g. "lane_type");
    an unknown value is shown as it is written."""
    word = _word(category, value)
    if word is None:
        return value.replace("_", " ") if category == "field" else value
    return word.es if language(lang) == "es" else word.en


def description(category: str, value: str, lang: str | None) -> str:
    """A one-line description for a tooltip or the glossary ("" when there is none)."""
    word = _word(category, value)
    if word is None:
        return ""
    return word.es_tip if language(lang) == "es" else word.en_tip


def values(category: str) -> tuple[str, ...]:
    """Every value the table names for `category`, in the table's order."""
    return tuple(TABLES[category])


def abbr(category: str, value: str) -> str:
    """The glyph abbreviation drawn on a card for a channel, source or moment."""
    return ABBREVIATIONS[category].get(value, _ABBR_FALLBACK.get(category, value.upper()))


def lower_first(text: str) -> str:
    """"Cumplida en parte" -> "cumplida en parte" for use inside a caption; keeps
    acronyms and brand names ("ZMOT", "WhatsApp") as they are."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
