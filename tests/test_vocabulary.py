"""The one vocabulary: every value of the format named in Spanish and English, once.

Issue 8: "grep finds each lane-type, channel and kind name in exactly one table per
language". The source tree is searched as text, so a second table anywhere fails.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cjeditor import model
from cjeditor.layout.labels import CHANNEL_ABBR, FEEDBACK_ABBR, Labels
from cjeditor.model import vocabulary
from cjeditor.model.cards import CARD_CLASSES

PACKAGE = Path(vocabulary.__file__).resolve().parents[1]
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"

# Every enumerated value of the format -> the vocabulary category that names it.
FORMAT_VALUES = {
    "lane_type": model.LANE_TYPES,
    "kind": model.CARD_KINDS,
    "channel": model.CHANNELS,
    "source": model.FEEDBACK_SOURCES,
    "measure": model.METRIC_MEASURES,
    "scope": model.METRIC_SCOPES,
    "status": model.IDEA_STATUSES,
    "moment": model.MOMENTS,
    "line": model.BLUEPRINT_LINES,
    "connection_style": model.CONNECTION_STYLES,
    "state": model.MAP_STATES,
    "met": ("yes", "partly", "no"),
    "initiative": ("proactive", "reactive"),
    "evidence": ("observed", "assumed"),
}


@pytest.mark.parametrize("category", sorted(FORMAT_VALUES))
def test_every_format_value_has_a_name_in_both_languages(category):
    assert set(vocabulary.values(category)) == set(FORMAT_VALUES[category])
    for value in FORMAT_VALUES[category]:
        spanish = vocabulary.name(category, value, "es")
        english = vocabulary.name(category, value, "en")
        assert spanish.strip() and english.strip(), (category, value)
        assert spanish != value or value in ("whatsapp", "instagram", "facebook"), value
    for language in vocabulary.LANGUAGES:
        names = [vocabulary.name(category, v, language) for v in FORMAT_VALUES[category]]
        assert len(set(names)) == len(names), (category, language, names)


def test_blueprint_lane_types_and_lines_as_the_spec_names_them():
    es = {t: vocabulary.name("lane_type", t, "es") for t in
          ("physical_evidence", "frontstage", "support")}
    assert es == {"physical_evidence": "Evidencia física",
                  "frontstage": "Acciones de contacto (frontstage)",
                  "support": "Procesos de soporte"}
    assert [vocabulary.name("line", v, "es") for v in model.BLUEPRINT_LINES] == [
        "línea de interacción", "línea de visibilidad", "línea de interacción interna"]
    assert [vocabulary.name("line", v, "en") for v in model.BLUEPRINT_LINES] == [
        "line of interaction", "line of visibility", "line of internal interaction"]


def test_lane_types_kinds_and_moments_have_descriptions():
    for category in ("lane_type", "kind", "moment"):
        for value in FORMAT_VALUES[category]:
            for language in vocabulary.LANGUAGES:
                assert len(vocabulary.description(category, value, language)) > 10


def test_channel_groups_hold_every_channel_once():
    grouped = [c for _group, channels in vocabulary.CHANNEL_GROUPS for c in channels]
    assert sorted(grouped) == sorted(model.CHANNELS)
    assert [g for g, _ in vocabulary.CHANNEL_GROUPS] == list(vocabulary.CHANNEL_GROUP)
    assert vocabulary.name("channel_group", "before", "es") == "Antes de la compra"


def test_every_field_of_every_object_has_a_name():
    classes = [*CARD_CLASSES.values(), model.Stage, model.Lane, model.Phase, model.Meta,
               model.Persona, model.Connection, model.View]
    fields = {alias or name for cls in classes
              for name, info in cls.model_fields.items() for alias in [info.alias]}
    missing = sorted(f for f in fields if f not in vocabulary.FIELD)
    assert not missing


def test_glyph_abbreviations_cover_every_channel_and_source():
    assert set(CHANNEL_ABBR) == set(model.CHANNELS)
    assert set(FEEDBACK_ABBR) == set(model.FEEDBACK_SOURCES)
    assert vocabulary.abbr("channel", "email") == "@"
    assert vocabulary.abbr("moment", "zmot") == "ZMOT"


def test_language_tags():
    assert vocabulary.language(None) == "es"  # the format's default
    assert vocabulary.language("es-MX") == "es"
    assert vocabulary.language("EN_gb") == "en"
    assert vocabulary.language("fr") == "en"
    assert vocabulary.name("kind", "pain_point", "es-AR") == "Punto de dolor"


def test_the_poster_reads_the_vocabulary():
    es, en = Labels("es"), Labels("en")
    assert es.lane_type("pain_points") == "Puntos de dolor"
    assert en.channel("social") == vocabulary.name("channel", "social", "en")
    assert es["met_partly"] == "cumplida en parte"
    assert en["source_analytics"] == "web analytics"
    assert es["assumed"] == "supuesto (por comprobar)"
    assert es.number(1250.5) == "1.250,5" and en.number(1250.5) == "1,250.5"


def _names_by_language() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"es": set(), "en": set()}
    for category in ("lane_type", "channel", "kind"):
        for value in vocabulary.values(category):
            for language in vocabulary.LANGUAGES:
                out[language].add(vocabulary.name(category, value, language))
    return out


def test_each_name_lives_in_one_table_only():
    """A quoted lane-type, channel or kind name appears in exactly one .py file of the
    package (the vocabulary), and the Qt translation files no longer carry them."""
    sources = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")}
    for language, names in _names_by_language().items():
        for name in sorted(names):
            literal = re.compile(r"""(["'])""" + re.escape(name) + r"\1")
            files = sorted(str(p.relative_to(PACKAGE)) for p, text in sources.items()
                           if literal.search(text))
            assert files == ["model/vocabulary.py"], (
                f"{name!r} ({language}) is written in {files}: read it with "
                "vocabulary.name(category, value, language) instead of repeating the word")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        root = ET.parse(ts).getroot()
        carried = {m.findtext("source") for m in root.iter("message")} | {
            m.findtext("translation") for m in root.iter("message")}
        for language, names in _names_by_language().items():
            # Brand names are the same word everywhere; only the vocabulary's words count.
            words = {n for n in names if n not in ("WhatsApp", "Instagram", "Facebook", "Email")}
            assert not (words & carried), (ts.name, language, sorted(words & carried))
