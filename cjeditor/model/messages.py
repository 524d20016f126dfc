"""The one message path: problems turned into plain sentences, in Spanish or English.

Plain functions, no Qt, no I/O: the reader (fileio.messages, in English for the
command line), the document's checks and through them the canvas and the docks (in
the interface language) all word problems here.

Three sources, one wording:
- pydantic's validation errors (a file read, or a field edited in the editor),
- the cross-object rules of `model.rules` (RuleProblem),
- the editor's refusals (a card that may not go in a lane, a second emotion in a
  stage...), named by a key with parameters (`sentence(key, language, **params)`).

The reader's messages are English (the command line's language); the editor asks
for the interface's language. No pydantic wording ever reaches a person: an error
type this module does not know becomes "is not valid" rather than pydantic's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from cjeditor.model import vocabulary
from cjeditor.model.cards import CARD_KINDS
from cjeditor.model.rules import RuleProblem
from cjeditor.model.types import COLOR_PATTERN, ID_PATTERN, LANGUAGE_PATTERN, PATTERN_MESSAGES

Lang = vocabulary.Language


def _lang(language: str | None) -> Lang:
    return vocabulary.language(language or "en")


# ------------------------------------------------------------------ sentences
# key -> (English, Spanish); {names} are filled from the parameters.
SENTENCES: dict[str, tuple[str, str]] = {
    # pydantic error types (a value in a file or a field)
    "missing": ("is required but missing", "falta y es obligatorio"),
    "extra_forbidden": ("is not a known key (a typo?)", "no es una clave conocida (¿una errata?)"),
    "must_be": ("must be {what}", "debe ser {what}"),
    "not_empty": ("must not be empty", "no puede estar vacío"),
    "min_chars": ("must be at least {count} long", "debe tener al menos {count}"),
    "max_chars": ("is too long: at most {count}", "es demasiado largo: como máximo {count}"),
    "min_items": ("must have at least {count}", "debe tener al menos {count}"),
    "max_items": ("has too many items: at most {limit}",
                  "tiene demasiados elementos: como máximo {limit}"),
    "wrong_form": ("has the wrong form", "no tiene la forma correcta"),
    "at_least": ("must be at least {limit}", "debe ser como mínimo {limit}"),
    "at_most": ("must be at most {limit}", "debe ser como máximo {limit}"),
    "one_of": ("must be one of {expected}", "debe ser uno de estos valores: {expected}"),
    "not_a_kind": ("kind {tag} is not a card kind; use one of {expected}",
                   "el tipo {tag} no es un tipo de tarjeta; usa uno de estos: {expected}"),
    "kind_missing": ("kind is required but missing", "falta el tipo (kind), que es obligatorio"),
    "finite_number": ("must be a finite number", "debe ser un número finito"),
    "datetime_with_offset": (
        'is not a date and time with offset, e.g. "2026-03-01T10:30:00+01:00"',
        'no es una fecha y hora con zona horaria, p. ej. "2026-03-01T10:30:00+01:00"'),
    "base64": ("is not valid base64 data", "no son datos base64 válidos"),
    "asset_too_large": ("is larger than 10 MiB once decoded ({size} bytes)",
                        "ocupa más de 10 MiB una vez decodificada ({size} bytes)"),
    "asset_type": ("is declared as {declared} but its data is {found}",
                   "se declara como {declared} pero sus datos son {found}"),
    "asset_header": ("data {detail}", "no es una imagen PNG o JPEG legible"),
    "asset_cut_short": ("is a {format} image that cannot be read in full: its data ends too "
                        "early (the picture was cut short)",
                        "es una imagen {format} que no se puede leer entera: sus datos terminan "
                        "antes de tiempo (la imagen está cortada)"),
    "asset_damaged": ("is a {format} image that cannot be read in full: its data is damaged",
                      "es una imagen {format} que no se puede leer entera: sus datos están "
                      "dañados"),
    "asset_pixels": (
        "is an image of {width}x{height} pixels, more than the 40 megapixels allowed",
        "es una imagen de {width}x{height} píxeles, más de los 40 megapíxeles permitidos"),
    "map_path": ("{detail}", 'no es una ruta de mapa válida: relativa a este mapa, con "/" '
                             'entre carpetas y terminada en ".cjmap"'),
    "not_valid": ("is not valid", "no es válido"),
    # the editor's refusals (whole sentences)
    "kind_not_allowed": ('{kind} cards cannot go in the lane "{lane}" ({lane_type}); '
                         "it takes: {kinds}.",
                         'Las tarjetas de tipo «{kind}» no pueden ir en el carril "{lane}" '
                         "({lane_type}); admite: {kinds}."),
    "unknown_kind": ('"{kind}" is not a card kind.', '"{kind}" no es un tipo de tarjeta.'),
    "lane_gone": ("That lane no longer exists.", "Ese carril ya no existe."),
    "stage_missing": ('The stage "{stage}" does not exist.', 'La etapa "{stage}" no existe.'),
    "span_past_end": (
        "The card would span {span} stages from stage {start}, past the last stage ({count}).",
        "La tarjeta abarcaría {span} etapas desde la etapa {start}, más allá de la última "
        "({count})."),
    "emotion_span": ("An emotion covers exactly one stage.",
                     "Una emoción abarca exactamente una etapa."),
    "emotion_taken": ('This lane already has an emotion for the stage "{stage}".',
                      'Este carril ya tiene una emoción para la etapa "{stage}".'),
    "not_a_pain_point": ('The opportunity refers to "{target}", which is not a pain point.',
                         'La oportunidad se refiere a "{target}", que no es un punto de dolor.'),
    "image_missing": ('The image "{asset}" is not in the map.',
                      'La imagen "{asset}" no está en el mapa.'),
    "picture_unreadable": ("Cannot add {file}: {reason}", "No se puede añadir {file}: {reason}"),
    "not_placed": ("{count} could not be placed: {reason}",
                   "No se {verb} podido colocar {count}: {reason}"),
    "field_problem": ("{field}: {problem}", "{field}: {problem}"),
}

# Things counted in sentences: (English singular, plural, Spanish singular, plural).
_NOUNS: dict[str, tuple[str, str, str, str]] = {
    "character": ("character", "characters", "carácter", "caracteres"),
    "item": ("item", "items", "elemento", "elementos"),
    "card": ("card", "cards", "tarjeta", "tarjetas"),
}

_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "string_type": ("text", "un texto"),
    "int_type": ("a whole number", "un número entero"),
    "int_from_float": ("a whole number", "un número entero"),
    "float_type": ("a number", "un número"),
    "bool_type": ("true or false", "verdadero o falso"),
    "list_type": ("a list", "una lista"),
    "dict_type": ("an object", "un objeto"),
    "model_type": ("an object", "un objeto"),
    "model_attributes_type": ("an object", "un objeto"),
}

# Spanish for the friendly pattern sentences of model.types (English: PATTERN_MESSAGES).
_PATTERNS_ES: dict[str, str] = {
    ID_PATTERN: "no es un identificador válido: usa de 1 a 64 letras, cifras, '_' o '-'",
    COLOR_PATTERN: 'no es un color: escríbelo como "#RRGGBB", p. ej. "#1F6FB2"',
    LANGUAGE_PATTERN: 'no es una etiqueta de idioma como "es" o "en-GB"',
}


def sentence(key: str, language: str | None, **params: Any) -> str:
    """The sentence `key` in `language` ("es" or "en"; any tag is reduced to one)."""
    english, spanish = SENTENCES[key]
    return (spanish if _lang(language) == "es" else english).format(**params)


def count(number: Any, noun: str, language: str | None) -> str:
    """count(3, "card", "es") -> "3 tarjetas"."""
    en, ens, es, ess = _NOUNS[noun]
    one = number == 1
    if _lang(language) == "es":
        return f"{number} {es if one else ess}"
    return f"{number} {en if one else ens}"


def _or_list(text: str, language: Lang) -> str:
    """pydantic lists choices as "'a', 'b' or 'c'"; Spanish says "o"."""
    return text.replace(" or ", " o ") if language == "es" else text


# -------------------------------------------------------- pydantic errors
def json_path(loc: Sequence[str | int]) -> str:
    """('lanes', 2, 'cards', 5, 'touchpoint', 'stage') -> 'lanes[2].cards[5].stage'."""
    out = ""
    previous: str | int | None = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif previous is not None and isinstance(previous, int) and out.endswith(
            f"cards[{previous}]"
        ) and part in CARD_KINDS:
            # pydantic names the union member inside a card's location: drop it.
            pass
        else:
            out += f".{part}" if out else part
        previous = part
    return out


def _number(value: Any) -> Any:
    """4.0 -> 4 (a limit reads as people write it); other values unchanged."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def error_sentence(error: Mapping[str, Any], language: str | None = "en") -> str:
    """One pydantic error (an item of `ValidationError.errors()`) as a plain phrase."""
    lang = _lang(language)
    kind = error["type"]
    ctx = error.get("ctx") or {}

    def say(key: str, **params: Any) -> str:
        return sentence(key, lang, **params)

    if kind in _TYPE_NAMES:
        return say("must_be", what=_TYPE_NAMES[kind][lang == "es"])
    simple: dict[str, Callable[[], str]] = {
        "missing": lambda: say("missing"),
        "extra_forbidden": lambda: say("extra_forbidden"),
        "too_short": lambda: say("min_items", count=count(ctx.get("min_length"), "item", lang)),
        "too_long": lambda: say("max_items", limit=ctx.get("max_length")),
        "greater_than_equal": lambda: say("at_least", limit=_number(ctx.get("ge"))),
        "greater_than": lambda: say("at_least", limit=_number(ctx.get("gt"))),
        "less_than_equal": lambda: say("at_most", limit=_number(ctx.get("le"))),
        "less_than": lambda: say("at_most", limit=_number(ctx.get("lt"))),
        "literal_error": lambda: say("one_of", expected=_or_list(str(ctx.get("expected")), lang)),
        "union_tag_invalid": lambda: say("not_a_kind", tag=repr(ctx.get("tag")),
                                         expected=_or_list(str(ctx.get("expected_tags")), lang)),
        "union_tag_not_found": lambda: say("kind_missing"),
        "finite_number": lambda: say("finite_number"),
        "datetime_with_offset": lambda: say("datetime_with_offset"),
        "base64": lambda: say("base64"),
        "asset_too_large": lambda: say("asset_too_large", size=ctx.get("size")),
        "asset_pixels": lambda: say("asset_pixels", width=ctx.get("width"),
                                    height=ctx.get("height")),
        "asset_decode": lambda: say("asset_cut_short" if ctx.get("cut_short") else
                                    "asset_damaged", format=ctx.get("format")),
    }
    if kind in simple:
        return simple[kind]()
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return say("not_empty")
        return say("min_chars", count=count(ctx.get("min_length"), "character", lang))
    if kind == "string_too_long":
        return say("max_chars", count=count(ctx.get("max_length"), "character", lang))
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if lang == "es":
            return _PATTERNS_ES.get(pattern, say("wrong_form"))
        return PATTERN_MESSAGES.get(pattern, say("wrong_form"))
    if kind == "asset_type":
        found = str(ctx.get("found", ""))
        if lang == "es":
            found = (f"una imagen {found[2:].removesuffix(' image')}" if found.startswith("a ")
                     else "otra cosa que una imagen PNG o JPEG")
        return say("asset_type", declared=ctx.get("declared"), found=found)
    if kind in ("asset_header", "map_path"):
        # The model's own sentence (English); Spanish says it in general terms.
        detail = str(error.get("msg", ""))
        return say(kind, detail=detail.removeprefix("data ") if kind == "asset_header"
                   else detail)
    if kind == "value_error" and lang == "en":
        # A model validator's own English sentence.
        return str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    return say("not_valid")


def validation_problems(exc: ValidationError, language: str = "en") -> list[tuple[str, str]]:
    """Every problem of a validation error as (JSON path, sentence in `language`)."""
    problems: list[tuple[str, str]] = []
    for error in exc.errors(include_url=False, include_input=False):
        rules = (error.get("ctx") or {}).get("problems")
        if error["type"] == "cjmap_rules" and rules:
            problems.extend((rule.path, rule_sentence(rule, language)) for rule in rules)
            continue
        loc = error["loc"]
        if loc and loc[-1] in ("int", "float") and error["type"] in _TYPE_NAMES:
            # A number field is a union of int and float: one message for both.
            what = "un número" if _lang(language) == "es" else "a number"
            problems.append((json_path(loc[:-1]), sentence("must_be", language, what=what)))
            continue
        if error["type"] in ("union_tag_not_found", "union_tag_invalid"):
            loc = (*loc, "kind")
        problems.append((json_path(loc), error_sentence(error, language)))
    return list(dict.fromkeys(problems))  # the same problem twice is said once


def field_message(exc: ValidationError, language: str | None) -> str:
    """The first problem of a field edit, led by the field's name:
    "Colour: is not a colour: write it as ...". For the editor's status bar."""
    path, message = validation_problems(exc, language or "en")[0]
    field = re.split(r"[.\[]", path, maxsplit=1)[0] if path else ""
    if not field:
        return message
    return sentence("field_problem", language,
                    field=vocabulary.name("field", field, _lang(language)), problem=message)


# --------------------------------------------------------------- rule problems
def _name_es(category: str, value: str) -> str:
    return vocabulary.name(category, value, "es")


def _what_es(english: str) -> str:
    """'a pain point' / 'pain point' (model.rules' words) -> Spanish with article."""
    word = english.removeprefix("an ").removeprefix("a ").strip().replace(" ", "_")
    nouns = {"stage": "una etapa", "phase": "una fase", "persona": "una persona",
             "asset": "una imagen", "lane": "un carril", "card": "una tarjeta",
             "connection": "una conexión", "view": "una vista"}
    if word in nouns:
        return nouns[word]
    if word in vocabulary.KIND:
        return f"una tarjeta «{_name_es('kind', word)}»"
    if word in vocabulary.LANE_TYPE:
        return f"un carril «{_name_es('lane_type', word)}»"
    return english


def _kinds_es(listing: str) -> str:
    return ", ".join(_name_es("kind", k.strip()) for k in listing.split(","))


# The sentences of model.rules, matched as written there, with their Spanish.
_RULES_ES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), render) for pattern, render in (
        (r'^id "(?P<id>.*)" is already used by (?P<path>.*)$',
         lambda m: f'el identificador "{m["id"]}" ya lo usa {m["path"]}'),
        (r'^refers to (?P<want>[a-z _]+) "(?P<value>.*)", which does not exist$',
         lambda m: f'se refiere a {_what_es(m["want"])} "{m["value"]}", que no existe'),
        (r'^refers to "(?P<value>.*)", which is (?P<have>.+), not (?P<want>.+)$',
         lambda m: f'se refiere a "{m["value"]}", que es {_what_es(m["have"])}, '
                   f'no {_what_es(m["want"])}'),
        (r'^phase "(?P<phase>.*)" is split: its stages must sit next to each other$',
         lambda m: f'la fase "{m["phase"]}" está partida: sus etapas deben ir seguidas'),
        (r"^an? (?P<kind>[a-z ]+) card cannot go in an? (?P<lane>[a-z ]+) lane "
         r"\(it takes: (?P<kinds>.*)\)$",
         lambda m: f'{_what_es(m["kind"])} no puede ir en {_what_es(m["lane"])} '
                   f'(admite: {_kinds_es(m["kinds"])})'),
        (r"^spans (?P<span>\d+) stages from stage (?P<start>\d+), past the last stage "
         r"\((?P<count>\d+)\)$",
         lambda m: f'abarca {m["span"]} etapas desde la etapa {m["start"]}, más allá de la '
                   f'última ({m["count"]})'),
        (r"^an emotion covers exactly one stage$",
         lambda m: "una emoción abarca exactamente una etapa"),
        (r'^this lane already has an emotion for stage "(?P<stage>.*)"$',
         lambda m: f'este carril ya tiene una emoción para la etapa "{m["stage"]}"'),
        (r"^holds (?P<n>\d+) cards; a map holds at most (?P<max>\d+)$",
         lambda m: f'tiene {m["n"]} tarjetas; un mapa admite como máximo {m["max"]}'),
        (r'^the "(?P<line>\w+)" line is already drawn under (?P<where>\S+); '
         r"a map has each line once$",
         lambda m: f'la {_name_es("line", m["line"])} ya está debajo de {m["where"]}; '
                   "un mapa tiene cada línea una sola vez"),
        (r'^the "(?P<line>\w+)" line must be above the "(?P<other>\w+)" line '
         r"\(under (?P<where>\S+)\): from the top, .*$",
         lambda m: f'la {_name_es("line", m["line"])} debe ir por encima de la '
                   f'{_name_es("line", m["other"])} (debajo de {m["where"]}): de arriba abajo, '
                   + ", ".join(_name_es("line", v) for v in vocabulary.LINE)),
        (r"^an arrow cannot go from a card to itself$",
         lambda m: "una flecha no puede ir de una tarjeta a sí misma"),
        (r'^(?P<other>connections\[\d+\]) already goes from "(?P<a>.*)" to "(?P<b>.*)"$',
         lambda m: f'{m["other"]} ya va de "{m["a"]}" a "{m["b"]}"'),
        (r'^lane "(?P<lane>.*)" is already listed at (?P<where>\S+)$',
         lambda m: f'el carril "{m["lane"]}" ya figura en {m["where"]}'),
    )
)


def rule_sentence(problem: RuleProblem, language: str | None = "en") -> str:
    """A rule problem's sentence in `language` (the rules speak English)."""
    if _lang(language) == "en":
        return problem.message
    for pattern, render in _RULES_ES:
        match = pattern.match(problem.message)
        if match:
            return render(match)
    return problem.message


def explain(error: BaseException | RuleProblem, language: str | None) -> str:
    """Any problem as one plain sentence in `language`: a validation error (its first
    problem, led by the field), a rule problem ("path: sentence"), or an exception
    whose text is already a sentence (the editor's refusals)."""
    if isinstance(error, ValidationError):
        return field_message(error, language)
    if isinstance(error, RuleProblem):
        return f"{error.path}: {rule_sentence(error, language)}"
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])  # not its repr, quoted
    return str(error)
