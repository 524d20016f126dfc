"""Words printed on the poster, in Spanish and English (the map's language)."""

from __future__ import annotations

_ES: dict[str, str] = {
    "product": "Producto",
    "objective": "Objetivo",
    "team_goal": "Meta del equipo",
    "persona": "Cliente",
    "date": "Fecha",
    "legend": "Leyenda",
    "page": "Página {n} de {total}",
    "sheet": "Hoja {label} · página {n} de {total}",
    "assembly": "Cómo unir las hojas",
    "assembly_hint": (
        "Recorta el margen blanco y pega cada hoja sobre la franja de solapamiento "
        "de la anterior, alineando las marcas."
    ),
    "overlap": "solapamiento",
    "proactive": "proactivo",
    "reactive": "reactivo",
    "decision_point": "punto de decisión",
    "met_yes": "cumplida",
    "met_partly": "a medias",
    "met_no": "no cumplida",
    "severity": "gravedad",
    "priority": "prioridad",
    "assumed": "supuesto (por comprobar)",
    "observed": "observado",
    "link": "oportunidad → punto de dolor",
    "hypothesis": "Hipótesis",
    "measure": "Medida",
    "total": "Total",
    "average": "media",
    "cac": "CAC",
    "emotion": "curva emocional",
    "status_idea": "idea",
    "status_running": "en marcha",
    "status_validated": "validada",
    "status_invalidated": "descartada",
    "source_survey": "encuesta",
    "source_review": "reseña",
    "source_social": "redes sociales",
    "source_support": "soporte",
    "source_interview": "entrevista",
    "source_analytics": "analítica web",
    "source_call": "llamada",
    "source_other": "otra fuente",
    "measure_cost": "coste",
    "measure_time": "tiempo",
    "measure_customers": "clientes",
    "measure_rate": "tasa",
    "measure_score": "puntuación",
    "measure_other": "otra",
}

_EN: dict[str, str] = {
    "product": "Product",
    "objective": "Objective",
    "team_goal": "Team goal",
    "persona": "Customer",
    "date": "Date",
    "legend": "Legend",
    "page": "Page {n} of {total}",
    "sheet": "Sheet {label} · page {n} of {total}",
    "assembly": "How the sheets go together",
    "assembly_hint": (
        "Trim the white margin and glue each sheet over the overlap strip of the "
        "previous one, lining up the marks."
    ),
    "overlap": "overlap",
    "proactive": "proactive",
    "reactive": "reactive",
    "decision_point": "decision point",
    "met_yes": "met",
    "met_partly": "partly met",
    "met_no": "not met",
    "severity": "severity",
    "priority": "priority",
    "assumed": "assumed (to check)",
    "observed": "observed",
    "link": "opportunity → pain point",
    "hypothesis": "Hypothesis",
    "measure": "Measure",
    "total": "Total",
    "average": "avg",
    "cac": "CAC",
    "emotion": "emotional curve",
    "status_idea": "idea",
    "status_running": "running",
    "status_validated": "validated",
    "status_invalidated": "invalidated",
    "source_survey": "survey",
    "source_review": "review",
    "source_social": "social media",
    "source_support": "support",
    "source_interview": "interview",
    "source_analytics": "web analytics",
    "source_call": "call",
    "source_other": "other source",
    "measure_cost": "cost",
    "measure_time": "time",
    "measure_customers": "customers",
    "measure_rate": "rate",
    "measure_score": "score",
    "measure_other": "other",
}

CHANNEL_NAMES: dict[str, tuple[str, str]] = {
    # channel: (es, en)
    "social": ("Redes sociales", "Social media"),
    "ads": ("Anuncios", "Online ads"),
    "content": ("Contenidos", "Content"),
    "event": ("Evento", "Event"),
    "referral": ("Recomendación", "Referral"),
    "sales_rep": ("Comercial", "Sales rep"),
    "catalog": ("Catálogo", "Catalogue"),
    "ecommerce": ("Tienda online", "E-commerce"),
    "reviews": ("Reseñas", "Reviews"),
    "point_of_sale": ("Punto de venta", "Point of sale"),
    "thank_you": ("Agradecimiento", "Thank-you note"),
    "survey": ("Encuesta", "Survey"),
    "email": ("Email", "Email"),
    "billing": ("Facturación", "Billing"),
    "subscription": ("Suscripción", "Subscription"),
    "support": ("Soporte", "Support"),
    "success_program": ("Programa de éxito", "Success programme"),
    "onboarding": ("Bienvenida", "Onboarding"),
    "loyalty": ("Fidelización", "Loyalty"),
    "self_service": ("Autoservicio", "Self-service"),
    "website": ("Web", "Website"),
    "whatsapp": ("WhatsApp", "WhatsApp"),
    "instagram": ("Instagram", "Instagram"),
    "facebook": ("Facebook", "Facebook"),
    "phone": ("Teléfono", "Phone"),
    "store": ("Tienda física", "Store"),
    "app": ("App", "App"),
    "other": ("Otro canal", "Other"),
}

# Short abbreviations drawn inside the channel glyph.
CHANNEL_ABBR: dict[str, str] = {
    "social": "RS", "ads": "AD", "content": "CT", "event": "EV", "referral": "RF",
    "sales_rep": "SR", "catalog": "CA", "ecommerce": "EC", "reviews": "★", "point_of_sale": "PV",
    "thank_you": "TY", "survey": "?", "email": "@", "billing": "€", "subscription": "SU",
    "support": "SP", "success_program": "CS", "onboarding": "ON", "loyalty": "♥",
    "self_service": "SS", "website": "W", "whatsapp": "WA", "instagram": "IG",
    "facebook": "f", "phone": "☎", "store": "ST", "app": "AP", "other": "•",
}  # fmt: skip

FEEDBACK_ABBR: dict[str, str] = {
    "survey": "ENC", "review": "★", "social": "RS", "support": "SOP", "interview": "ENT",
    "analytics": "WEB", "call": "☎", "other": "…",
}  # fmt: skip

LANE_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "objectives": ("Objetivos", "Objectives"),
    "actions": ("Acciones del cliente", "Customer actions"),
    "touchpoints": ("Puntos de contacto", "Touchpoints"),
    "expectations": ("Expectativas", "Expectations"),
    "thoughts": ("Pensamientos", "Thoughts"),
    "emotions": ("Emociones", "Emotions"),
    "pain_points": ("Puntos de dolor", "Pain points"),
    "feedback": ("Feedback del cliente", "Customer feedback"),
    "opportunities": ("Oportunidades", "Opportunities"),
    "ideas": ("Ideas y experimentos", "Ideas and experiments"),
    "metrics": ("Métricas", "Metrics"),
    "backstage": ("Procesos internos", "Backstage"),
    "images": ("Imágenes", "Images"),
    "notes": ("Notas", "Notes"),
}


class Labels:
    """Printed words for one language (Spanish unless the map is in English)."""

    def __init__(self, language: str | None) -> None:
        lang = (language or "es").split("-")[0].lower()
        self.english = lang == "en"
        self._words = _EN if self.english else _ES
        self._i = 1 if self.english else 0

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def channel(self, channel: str) -> str:
        return CHANNEL_NAMES.get(channel, (channel, channel))[self._i]

    def lane_type(self, lane_type: str) -> str:
        return LANE_TYPE_NAMES.get(lane_type, (lane_type, lane_type))[self._i]

    def number(self, value: float) -> str:
        """1250.5 -> "1.250,5" (es) or "1,250.5" (en); at most 2 decimals."""
        if value == int(value) and abs(value) < 1e15:
            text = f"{int(value):,}"
        elif abs(value) < 0.01:  # small values keep two significant digits
            text = f"{value:.2g}" if abs(value) >= 1e-4 else f"{value:.1e}"
            if "e" not in text:
                text = f"{value:.{len(text.split('.')[-1])}f}"
        else:
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
        if not self.english:
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text
