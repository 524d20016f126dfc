"""The one message path (model.messages; fileio.messages for the reader): the reader's
English sentences, the same sentences in Spanish, never pydantic's wording in either."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from maps import base_map
from pydantic import ValidationError

from cjeditor.fileio.messages import problems_from_validation
from cjeditor.model import JourneyMap, RuleProblem, Stage, TouchpointCard, messages

PYDANTIC_WORDS = ("should", "Input", "String", "validation error", "Value error", "type=",
                  "Field required", "Extra inputs")


def problems(raw: dict, language: str) -> list[str]:
    with pytest.raises(ValidationError) as info:
        JourneyMap.model_validate(raw)
    return [p.say(language) for p in problems_from_validation(info.value)]


def broken_map() -> dict:
    raw = base_map()
    raw["stages"][0]["color"] = "#12"
    raw["stages"][1]["moment"] = "xmot"
    raw["stages"][2]["name"] = ""
    raw["stages"][2]["typo"] = 1
    card = raw["lanes"][4]["cards"][0]
    card["severity"] = 9
    del raw["lanes"][1]["cards"][0]["channel"]
    raw["lanes"][0]["cards"][0]["title"] = "x" * 301
    return raw


def test_reader_sentences_stay_english():
    found = problems(broken_map(), "en")
    assert 'stages[0].color: is not a colour: write it as "#RRGGBB", e.g. "#1F6FB2"' in found
    assert ("stages[1].moment: must be one of 'zmot', 'fmot', 'amot', 'smot' or 'tmot'"
            in found)
    assert "stages[2].name: must not be empty" in found
    assert "stages[2].typo: is not a known key (a typo?)" in found
    assert "lanes[4].cards[0].severity: must be at most 5" in found
    assert "lanes[1].cards[0].channel: is required but missing" in found
    assert "lanes[0].cards[0].title: is too long: at most 300 characters" in found


def test_the_same_problems_in_spanish():
    found = problems(broken_map(), "es")
    assert 'stages[0].color: no es un color: escríbalo como "#RRGGBB", p. ej. "#1F6FB2"' in found
    assert ("stages[1].moment: debe ser uno de estos valores: 'zmot', 'fmot', 'amot', 'smot' "
            "o 'tmot'" in found)
    assert "stages[2].name: no puede estar vacío" in found
    assert "stages[2].typo: no es una clave conocida (¿una errata?)" in found
    assert "lanes[4].cards[0].severity: debe ser como máximo 5" in found
    assert "lanes[1].cards[0].channel: falta y es obligatorio" in found
    assert "lanes[0].cards[0].title: es demasiado largo: como máximo 300 caracteres" in found
    for line in found:
        for word in PYDANTIC_WORDS:
            assert word not in line, line


@pytest.mark.parametrize("language", ["es", "en"])
def test_no_pydantic_wording_for_any_error_type(language):
    """Every kind of value error a field can have, in both languages."""
    values = [{"title": 5}, {"span": 1.5}, {"decision_point": "yes"}, {"tags": "a"},
              {"tags": ["x" * 60]}, {"initiative": "maybe"}, {"id": "a b"}, {"span": 0},
              {"kind": "tarjeta"}]
    for change in values:
        data = {"id": "c-1", "kind": "touchpoint", "stage": "s-1", "title": "t",
                "channel": "email", **change}
        with pytest.raises(ValidationError) as info:
            TouchpointCard.model_validate(data)
        text = messages.explain(info.value, language)
        assert ": " in text
        for word in PYDANTIC_WORDS:
            assert word not in text, (change, text)


def test_field_message_names_the_field_in_the_language():
    with pytest.raises(ValidationError) as info:
        Stage.model_validate({"id": "s", "name": "Uso", "width": 9})
    assert messages.field_message(info.value, "es") == "Anchura: debe ser como máximo 4"
    assert messages.field_message(info.value, "en") == "Width: must be at most 4"


def rule_problems() -> list[RuleProblem]:
    """One of each rule the editor can break, found by model.rules itself."""
    raw = base_map()
    raw["stages"][1]["phase"] = None
    raw["stages"][2]["phase"] = "ph-1"  # phase ph-1 split
    raw["lanes"][0]["cards"][0]["span"] = 5
    raw["lanes"][3]["cards"][1]["stage"] = "s-1"  # two emotions in s-1
    raw["lanes"][3]["cards"][0]["span"] = 2
    raw["lanes"][4]["cards"].append({"id": "c-tp", "kind": "note", "stage": "s-1",
                                     "title": "dup"})  # duplicate id, note in pain lane
    raw["lanes"][6]["cards"][0]["addresses"] = ["c-exp", "nada"]
    raw["personas"][0]["image"] = "s-1"
    with pytest.raises(ValidationError) as info:
        JourneyMap.model_validate(raw)
    return list(info.value.errors()[0]["ctx"]["problems"])


def test_every_rule_sentence_has_its_spanish():
    found = rule_problems()
    assert len(found) >= 8
    for problem in found:
        spanish = messages.rule_sentence(problem, "es")
        assert spanish != problem.message, problem.message
        assert messages.rule_sentence(problem, "en") == problem.message
    said = {messages.rule_sentence(p, "es") for p in found}
    assert 'la fase "ph-1" está partida: sus etapas deben ir seguidas' in said
    assert "una emoción abarca exactamente una etapa" in said
    assert ("una tarjeta «Nota» no puede ir en un carril «Puntos de dolor» "
            "(admite: Punto de dolor)") in said
    assert 'se refiere a "c-exp", que es una tarjeta «Expectativa», no una tarjeta ' \
           '«Punto de dolor»' in said


def test_editor_refusals_in_both_languages():
    assert messages.sentence("emotion_taken", "es", stage="Uso") == \
        'Este carril ya tiene una emoción para la etapa «Uso».'
    assert messages.sentence("emotion_taken", "en-GB", stage="Use") == \
        'This lane already has an emotion for the stage "Use".'
    for key, (english, spanish) in messages.SENTENCES.items():
        assert english and spanish, key
        assert set(_fields(english)) <= set(_fields(spanish)) | {"detail"}, key
    assert messages.count(1, "card", "es") == "1 tarjeta"
    assert messages.count(3, "character", "en") == "3 characters"


def _fields(template: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


# --------------------------------------------------------------- usted, never tú
ROOT = Path(__file__).resolve().parents[1]
# The words that give away "tú": pronouns, second-person verbs, and imperatives that
# begin a clause (3rd-person forms such as "se guarda" do not begin one).
_TU_WORDS = re.compile(
    r"\b(te|tu|tus|tú|ti|contigo|puedes|quieres|tienes|debes|necesitas|estás|eres|sabes|"
    r"verás|podrás|tendrás|haces|moverte|muévete|fíjate|asegúrate|márcala|márcalo|ábrelo|"
    r"ábrela|escríbelo|escríbela|guárdalo|guárdala|pruébalo|cámbialo|elígelo|arrástrala|"
    r"arrástralo|púlsala|selecciónala|añádela|añádelo|bórralo|quítalo|déjalo|ponle|dale|"
    r"sabréis|podéis|tenéis|queréis|vuestro|vuestra|vuestros|vuestras)\b",
    re.IGNORECASE)
_TU_IMPERATIVE = re.compile(
    r"(?:^|[:;.,¿¡]\s*)(usa|selecciona|escribe|arrastra|pulsa|elige|abre|añade|guarda|"
    r"marca|cambia|prueba|mira|revisa|recorta|pega|introduce|indica|escoge|cierra|haz|pon|"
    r"deja|busca|crea|borra|quita|edita|vuelve|comprueba|intenta|recuerda|documenta|"
    r"convierte|define|completa|anota|asigna|di)\b",
    re.IGNORECASE)


def _texts() -> list[tuple[str, str]]:
    """Every string of the package's source and every Spanish translation, with where."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "cjeditor").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    catalogue = ElementTree.parse(ROOT / "resources" / "translations" / "cjeditor_es.ts")
    for message in catalogue.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            found.append((f"cjeditor_es.ts: {message.findtext('source')}", translation.text))
    return found


def test_spanish_addresses_the_user_as_usted():
    texts = _texts()
    assert len(texts) > 3000
    informal = [(where, text) for where, text in texts
                if _TU_WORDS.search(text) or _TU_IMPERATIVE.search(text)]
    assert informal == []
    # the checks find what they look for
    assert _TU_WORDS.search("Lo que el cliente espera; márcala cumplida o no")
    assert _TU_WORDS.search("¿cómo sabréis si ha funcionado?")
    assert _TU_IMPERATIVE.search("No hay feedback: documenta su feedback en cada paso.")
    assert _TU_IMPERATIVE.search("Rueda o + − para acercar, arrastra para moverte")
    assert not _TU_IMPERATIVE.search("La copia se guarda; use Guardar como")


def test_map_paths_and_image_headers_say_their_reason_in_spanish():
    from maps import b64, png_bytes

    from cjeditor.model.assets import IMAGE_HEADER_PROBLEMS
    from cjeditor.model.types import MAP_PATH_PROBLEMS

    assert set(messages._MAP_PATHS_ES) == set(MAP_PATH_PROBLEMS)
    assert set(messages._IMAGE_HEADERS_ES) == set(IMAGE_HEADER_PROBLEMS)
    raw = base_map()
    raw["stages"][0]["link"] = "C:\\mapas\\detalle.cjmap"
    raw["stages"][1]["link"] = "/mapas/detalle.cjmap"
    raw["stages"][2]["link"] = "detalle.json"
    raw["assets"][0]["data"] = b64(png_bytes(claimed=(0, 3)))
    spanish, english = problems(raw, "es"), problems(raw, "en")
    assert 'stages[0].link: no es una ruta de mapa: separe las carpetas con "/", nunca con "\\"' \
        in spanish
    assert 'stages[1].link: debe ser relativa a la carpeta de este mapa, no empezar por "/"' \
        in spanish
    assert 'stages[2].link: debe nombrar un archivo de mapa: terminar en ".cjmap"' in spanish
    assert "assets[0]: es una imagen PNG sin píxeles" in spanish
    assert 'stages[0].link: is not a map path: use "/" between folders, never "\\"' in english
    assert "assets[0]: data is a PNG image with no pixels" in english
