"""Words printed on the poster, in the map's language (Spanish or English)."""

from __future__ import annotations

import math

from cjeditor.model import vocabulary

# What every export says on stderr (spec/cli.md: the smallest size card titles print
# at) when no card of what it wrote has a title: the export, the tables, Mermaid.
NO_CARD_TITLES = "no card titles are printed: no card has a title"

# Words that only the poster prints. The names of values (lane types, channels, statuses,
# sources, measures, fields) come from the one vocabulary, cjeditor.model.vocabulary.
_ES: dict[str, str] = {
    "product": "Producto",
    "persona": "Cliente",
    "view": "Vista",
    "date": "Fecha",
    "legend": "Leyenda",
    "page": "Página {n} de {total}",
    "sheet": "Hoja {label} · página {n} de {total}",
    "assembly": "Cómo unir las hojas",
    "assembly_hint": (
        "Recorte el margen blanco y pegue cada hoja sobre la franja de solapamiento "
        "de la anterior, alineando las marcas."
    ),
    "overlap": "solapamiento",
    "to_check": "por comprobar",
    "link": "oportunidad → punto de dolor",
    "average": "media",
    "cac": "CAC",
    "emotion": "curva emocional",
}

_EN: dict[str, str] = {
    "product": "Product",
    "persona": "Customer",
    "view": "View",
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
    "to_check": "to check",
    "link": "opportunity → pain point",
    "average": "avg",
    "cac": "CAC",
    "emotion": "emotional curve",
}

# Caption keys -> (vocabulary category, value, written in lower case inside a caption).
_VOCABULARY_KEYS: dict[str, tuple[str, str, bool]] = {
    "objective": ("field", "objective", False),
    "team_goal": ("field", "team_goal", False),
    "hypothesis": ("field", "hypothesis", False),
    "measure": ("field", "measure", False),
    "severity": ("field", "severity", True),
    "priority": ("field", "priority", True),
    "decision_point": ("field", "decision_point", True),
    "total": ("scope", "total", False),
    "proactive": ("initiative", "proactive", True),
    "reactive": ("initiative", "reactive", True),
    "observed": ("evidence", "observed", True),
}
_PREFIXES = {"met_": "met", "status_": "status", "source_": "source", "measure_": "measure"}

# Glyph abbreviations drawn on cards (kept here under their old names for the painters).
CHANNEL_ABBR: dict[str, str] = vocabulary.ABBREVIATIONS["channel"]
FEEDBACK_ABBR: dict[str, str] = vocabulary.ABBREVIATIONS["source"]


class Labels:
    """Printed words for one language (Spanish unless the map is in English)."""

    def __init__(self, language: str | None) -> None:
        self.language = vocabulary.language(language)
        self.english = self.language == "en"
        self._words = _EN if self.english else _ES

    def __getitem__(self, key: str) -> str:
        """A poster word, or a value's name as printed inside a caption
        ("met_partly" -> "cumplida en parte")."""
        if key in self._words:
            return self._words[key]
        if key == "assumed":
            return f"{self['evidence_assumed']} ({self._words['to_check']})"
        if key.startswith("evidence_"):
            return vocabulary.lower_first(self.name("evidence", key[len("evidence_"):]))
        if key in _VOCABULARY_KEYS:
            category, value, lower = _VOCABULARY_KEYS[key]
            text = self.name(category, value)
            return vocabulary.lower_first(text) if lower else text
        for prefix, category in _PREFIXES.items():
            if key.startswith(prefix):
                return vocabulary.lower_first(self.name(category, key[len(prefix):]))
        raise KeyError(key)

    def name(self, category: str, value: str) -> str:
        return vocabulary.name(category, value, self.language)

    def channel(self, channel: str) -> str:
        return self.name("channel", channel)

    def lane_type(self, lane_type: str) -> str:
        return self.name("lane_type", lane_type)

    def number(self, value: float) -> str:
        """1250.5 -> "1.250,5" (es) or "1,250.5" (en); at most 2 decimals. A sum too
        large for a float (two costs of 1e308) is "∞"."""
        if not math.isfinite(value):
            return "∞" if value > 0 else "−∞" if value < 0 else "?"
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
