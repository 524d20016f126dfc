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

import errno
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from cjeditor.model import vocabulary
from cjeditor.model.cards import CARD_KINDS
from cjeditor.model.rules import RuleProblem
from cjeditor.model.types import (
    COLOR_PATTERN,
    ID_PATTERN,
    LANGUAGE_PATTERN,
    MAP_PATH_SUFFIX,
    PATTERN_MESSAGES,
)

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
    "whole_without_point": ("must be a whole number written without a decimal point "
                            "({whole}, not {written})",
                            "debe ser un número entero escrito sin decimales "
                            "({whole}, no {written})"),
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
                   "el tipo {tag} no es un tipo de tarjeta; use uno de estos: {expected}"),
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
    # {lane}: its title quoted, and its type where the title does not say it
    "kind_not_allowed": ("{kind} cards cannot go in the lane {lane}; it takes: {kinds}.",
                         "Las tarjetas de tipo «{kind}» no pueden ir en el carril {lane}; "
                         "admite: {kinds}."),
    "unknown_kind": ('"{kind}" is not a card kind.', '«{kind}» no es un tipo de tarjeta.'),
    "pasted_elsewhere": ('The lane "{lane}" takes no {kind} cards: pasted in "{other}".',
                         'El carril «{lane}» no admite tarjetas de tipo «{kind}»: se han '
                         'pegado en «{other}».'),
    "lane_gone": ("That lane no longer exists.", "Ese carril ya no existe."),
    "stage_missing": ('The stage "{stage}" does not exist.', 'La etapa «{stage}» no existe.'),
    "span_past_end": (
        "The card would span {span} stages from stage {start}, past the last stage ({count}).",
        "La tarjeta abarcaría {span} etapas desde la etapa {start}, más allá de la última "
        "({count})."),
    "emotion_span": ("An emotion covers exactly one stage.",
                     "Una emoción abarca exactamente una etapa."),
    "emotion_taken": ('This lane already has an emotion for the stage "{stage}".',
                      'Este carril ya tiene una emoción para la etapa «{stage}».'),
    "not_a_pain_point": ('The opportunity refers to "{target}", which is not a pain point.',
                         'La oportunidad se refiere a «{target}», que no es un punto de dolor.'),
    "image_missing": ('The image "{asset}" is not in the map.',
                      'La imagen «{asset}» no está en el mapa.'),
    "picture_unreadable": ("Cannot add {file}: {reason}", "No se puede añadir {file}: {reason}"),
    # the format's counts (model.limits), refused before the map would break them
    "too_many_views": ("A map holds at most {limit} saved views.",
                       "Un mapa admite como máximo {limit} vistas guardadas."),
    "too_many_personas": ("A map holds at most {limit} personas.",
                          "Un mapa admite como máximo {limit} personas."),
    "too_many_phases": ("A map holds at most {limit} phases.",
                        "Un mapa admite como máximo {limit} fases."),
    "too_many_stages": ("A map holds at most {limit} stages.",
                        "Un mapa admite como máximo {limit} etapas."),
    "too_many_lanes": ("A map holds at most {limit} lanes.",
                       "Un mapa admite como máximo {limit} carriles."),
    "too_many_cards": ("A map holds at most {limit} cards.",
                       "Un mapa admite como máximo {limit} tarjetas."),
    "too_many_lane_cards": ('The lane "{lane}" holds at most {limit} cards.',
                            'El carril «{lane}» admite como máximo {limit} tarjetas.'),
    "too_many_connections": ("A map holds at most {limit} connections.",
                             "Un mapa admite como máximo {limit} conexiones."),
    "too_many_assets": ("A map holds at most {limit} pictures.",
                        "Un mapa admite como máximo {limit} imágenes."),
    "not_placed": ("{count} could not be placed: {reason}",
                   "No se {verb} podido colocar {count}: {reason}"),
    "field_problem": ("{field}: {problem}", "{field}: {problem}"),
    # where a problem is in a file read by an importer (tables, Mermaid)
    "at_sheet": ("sheet {sheet}", "hoja {sheet}"),
    "at_row": ("row {row}", "fila {row}"),
    "at_column": ("column {column}", "columna {column}"),
    "at_line": ("line {line}", "línea {line}"),
    "stage_quoted": ('stage "{stage}"', 'etapa "{stage}"'),
    "row_named": ("{place}", "la {place}"),  # a row named inside a sentence
    "row_stage_named": ("the stage of {place}", "la etapa de la {place}"),
    "row_lane_named": ("the lane of {place}", "el carril de la {place}"),
    "more_problems": ("... and {count} more problem(s) not shown",
                      "… y {count} problema(s) más que no se muestran"),
    # a file an importer could not read
    "file_missing": ("does not exist", "no existe"),
    "file_folder": ("is a folder, not a file", "es una carpeta, no un archivo"),
    "file_not_regular": ("is not a regular file, so it was not read",
                         "no es un archivo normal, así que no se ha leído"),
    "file_permission": ("cannot be read: permission denied", "no se puede leer: no tiene permiso"),
    "file_unreadable": ("cannot be read: {reason}", "no se puede leer: {reason}"),
    # a map file the reader refused (cjeditor.fileio); "does not exist", "cannot be read"
    # and the validation sentences above are shared with the importers
    "at_line_column": ("line {line} column {column}", "línea {line}, columna {column}"),
    "map_folder": ("is a folder, not a map file", "es una carpeta, no un archivo de mapa"),
    "map_not_regular": ("is not a regular file (it is a pipe or a device), so it was not read",
                        "no es un archivo normal (es una tubería o un dispositivo), así que no "
                        "se ha leído"),
    "map_too_large": ("is too large ({size} MiB); a map file may be at most {limit} MiB",
                      "es demasiado grande ({size} MiB); un archivo de mapa puede ocupar como "
                      "máximo {limit} MiB"),
    "map_not_utf8": ("is not UTF-8 text (a byte here cannot be read)",
                     "no es texto UTF-8 (aquí hay un byte que no se puede leer)"),
    "map_not_json": ("is not valid JSON: {detail}", "no es JSON válido: {detail}"),
    "map_long_number": ("holds a number with too many digits: a map's numbers are finite",
                        "contiene un número con demasiadas cifras: los números de un mapa son "
                        "finitos"),
    "map_empty": ("is empty: it holds no map (an interrupted copy or save leaves such a file)",
                  "está vacío: no contiene ningún mapa (una copia o un guardado interrumpidos "
                  "dejan un archivo así)"),
    "map_not_a_map": ('is not a journey map: a .cjmap file is text that begins with "{{"',
                      'no es un mapa de recorrido: un archivo .cjmap es un texto que empieza '
                      'por "{{"'),
    "map_cut_short": ("ends before the map does: the file is cut off (an interrupted copy or "
                      "download?)",
                      "termina antes que el mapa: el archivo está cortado (¿una copia o una "
                      "descarga interrumpidas?)"),
    "map_too_deep": ("is nested too deeply to be a map",
                     "tiene demasiados niveles anidados para ser un mapa"),
    "map_not_cjmap": ('is not a cjmap file (it needs "format": "cjmap" at the top)',
                      'no es un archivo cjmap (necesita "format": "cjmap" al principio)'),
    "map_version_newer": ("was written in format version {version}, newer than version "
                          "{supported} that this cjeditor reads; update cjeditor to open it",
                          "se escribió con la versión {version} del formato, más reciente que la "
                          "versión {supported} que lee este cjeditor; actualice cjeditor para "
                          "abrirlo"),
    "map_version_unknown": ("format version {version} is unknown",
                            "la versión {version} del formato no se conoce"),
    "map_needs_version": ('needs version {needed} of the format; this file says '
                          '"version": {says}',
                          'necesita la versión {needed} del formato; este archivo dice '
                          '"version": {says}'),
    "map_cannot_upgrade": ("cannot be upgraded from version {version}: {reason}",
                           "no se puede actualizar desde la versión {version}: {reason}"),
    "json_null": ("is null, which a map never holds: write a value, or leave the key out "
                  "where it is optional",
                  "es null, que un mapa nunca contiene: escriba un valor, o quite la clave "
                  "si es opcional"),
    "json_not_a_number": ("contains {name}, which is not a number JSON allows",
                          "contiene {name}, que no es un número que JSON admita"),
    "json_not_a_number_at": ("is {name}, which is not a number JSON allows: numbers must be "
                             "finite",
                             "es {name}, que no es un número que JSON admita: los números "
                             "deben ser finitos"),
    "json_key_repeated": ("the key {name} appears {times}; which value was meant cannot be "
                          "known, so keep only one",
                          "la clave {name} aparece {times}; no se puede saber qué valor se "
                          "quería, así que deje solo uno"),
    "times_two": ("twice", "dos veces"),
    "times_many": ("{count} times", "{count} veces"),
    "text_lone_surrogate": ("is not valid Unicode text: it holds half of a character pair (a "
                            "lone surrogate) in {text}, as left by a tool that cut an emoji in "
                            "two",
                            "no es texto Unicode válido: contiene medio par de caracteres (un "
                            "sustituto suelto) en {text}, como los que deja una herramienta que "
                            "ha partido un emoji en dos"),
    "key_lone_surrogate": ("has a key that is not valid Unicode text: {name} holds half of a "
                           "character pair (a lone surrogate)",
                           "tiene una clave que no es texto Unicode válido: {name} contiene medio "
                           "par de caracteres (un sustituto suelto)"),
    # tables (cjeditor.tables): the file, its header and rows
    "table_too_large": ("is too large ({size} MiB); a table may be at most {limit} MiB",
                        "es demasiado grande ({size} MiB); una tabla puede ocupar como máximo "
                        "{limit} MiB"),
    "table_too_large_plain": ("is too large; a table may be at most {limit} MiB",
                              "es demasiado grande; una tabla puede ocupar como máximo "
                              "{limit} MiB"),
    "table_not_utf8": ('is not UTF-8 text: save the table as "CSV UTF-8"',
                       'no es texto UTF-8: guarde la tabla como "CSV UTF-8"'),
    "table_bad_csv": ("is not a readable CSV table: {reason}",
                      "no es una tabla CSV legible: {reason}"),
    "table_no_header": ("has no header row: the first row must name the columns ({columns}…)",
                        "no tiene fila de encabezado: la primera fila debe nombrar las columnas "
                        "({columns}…)"),
    "table_no_header_sheet": (
        "has no header row: the first row of the cards sheet must name the columns",
        "no tiene fila de encabezado: la primera fila de la hoja de tarjetas debe nombrar las "
        "columnas"),
    "table_not_xlsx": ("is not an .xlsx workbook (it cannot be opened as one)",
                       "no es un libro .xlsx (no se puede abrir como tal)"),
    "table_damaged_xlsx": (
        "is not an .xlsx workbook that can be read: it is damaged, or another kind of file",
        "no es un libro .xlsx legible: está dañado o es otro tipo de archivo"),
    "table_unpacks": ("unpacks to {size} MiB, more than a table may ({limit} MiB)",
                      "ocupa {size} MiB al descomprimirse, más de lo que puede ocupar una tabla "
                      "({limit} MiB)"),
    "table_unknown_column": ('"{name}" is not a column of this table; the columns are: {columns}',
                             '"{name}" no es una columna de esta tabla; las columnas son: '
                             "{columns}"),
    "table_column_twice": ("this column appears twice", "esta columna aparece dos veces"),
    "table_column_missing": ('the column "{name}" is required but missing',
                             'falta la columna "{name}", que es obligatoria'),
    "table_stage_column_missing": (
        'a column "{name}" or "{other}" is required: neither is there',
        'hace falta una columna "{name}" o "{other}": no hay ninguna de las dos'),
    "table_row_too_long": ("this row has more cells than the header has columns",
                           "esta fila tiene más celdas que columnas el encabezado"),
    "table_too_many_rows": ("too many rows: a map holds at most {limit} of them",
                            "demasiadas filas: un mapa admite como máximo {limit}"),
    "cell_whole_number": ("must be a whole number", "debe ser un número entero"),
    "cell_number": ("must be a number", "debe ser un número"),
    "cell_true_false": ("must be true or false", "debe ser verdadero o falso (sí o no)"),
    # tables: a row that cannot become a card
    "table_kind_required": ("is required: the card's kind ({kinds}…)",
                            "es obligatorio: el tipo de la tarjeta ({kinds}…)"),
    "table_image_card": ("an image card cannot come from a table: it needs the map's pictures",
                         "una tarjeta de imagen no puede venir de una tabla: necesita las "
                         "imágenes del mapa"),
    "table_not_a_kind": ('"{kind}" is not a card kind; use one of: {kinds}',
                         '"{kind}" no es un tipo de tarjeta; use uno de estos: {kinds}'),
    "table_no_such_field": ("a {kind} card has no {field}; leave this cell empty",
                            "una tarjeta de tipo «{kind}» no tiene «{field}»; deje esta celda "
                            "vacía"),
    "table_stage_required": ("is required: the stage of the card (its name or id)",
                             "es obligatorio: la etapa de la tarjeta (su nombre o su "
                             "identificador)"),
    "table_stage_two_names": (
        'stage "{stage}" is named "{name}" in row {row}; one stage has one name',
        'la etapa "{stage}" se llama "{name}" en la fila {row}; una etapa tiene un solo nombre'),
    "table_stage_index_differs": ("this stage has {column} {index} in row {row}",
                                  "esta etapa tiene {column} {index} en la fila {row}"),
    "table_stage_index_range": ("must be 0 to {last} (a map has at most {limit} stages)",
                                "debe estar entre 0 y {last} (un mapa tiene como máximo {limit} "
                                "etapas)"),
    "table_stage_index_taken": ('{column} {index} is already the stage "{stage}" (row {row})',
                                '{column} {index} ya es la etapa "{stage}" (fila {row})'),
    "table_lane_required": ("is required: the type of the card's lane",
                            "es obligatorio: el tipo del carril de la tarjeta"),
    "table_lane_other_type": ('lane "{lane}" is of type {lane_type} in row {row}',
                              'el carril "{lane}" es de tipo «{lane_type}» en la fila {row}'),
    "table_lane_unknown": ('is required: no lane "{lane}" is known yet, so its type is needed',
                           'es obligatorio: aún no se conoce ningún carril "{lane}", así que hace '
                           "falta su tipo"),
    "table_too_many_stages": ("a map holds at most {limit} stages: this row adds one more",
                              "un mapa tiene como máximo {limit} etapas: esta fila añade una "
                              "más"),
    "table_too_many_lanes": ("a map holds at most {limit} lanes: this row adds one more",
                             "un mapa tiene como máximo {limit} carriles: esta fila añade uno "
                             "más"),
    "table_too_many_cards": ("a lane holds at most {limit} cards: this row adds one more",
                             "un carril tiene como máximo {limit} tarjetas: esta fila añade "
                             "una más"),
    "table_empty": ("has no cards and no stages: a map needs at least one stage",
                    "no tiene tarjetas ni etapas: un mapa necesita al menos una etapa"),
    # Mermaid journeys (cjeditor.mermaid)
    "journey_too_large": ("is too large to be a Mermaid journey",
                          "es demasiado grande para ser un recorrido Mermaid"),
    "journey_not_utf8": ("is not UTF-8 text", "no es texto UTF-8"),
    "journey_no_block": ("holds no ```mermaid block with a journey diagram",
                         "no contiene ningún bloque ```mermaid con un diagrama journey"),
    "journey_not_journey": ('this is not a Mermaid journey: it starts with "{start}"; only '
                            "journey diagrams can be imported",
                            'esto no es un recorrido Mermaid: empieza por "{start}"; solo se '
                            "pueden importar diagramas journey"),
    "journey_no_journey": ('holds no Mermaid journey: the diagram must start with "journey"',
                           'no contiene ningún recorrido Mermaid: el diagrama debe empezar por '
                           '"journey"'),
    "journey_semicolon": ('";" is not Mermaid journey syntax (write #59; for a semicolon)',
                          '";" no es sintaxis de un recorrido Mermaid (escriba #59; para un punto '
                          "y coma)"),
    "journey_empty_title": ('the title is empty: write it after "title"',
                            'el título está vacío: escríbalo después de "title"'),
    "journey_section_unnamed": ('the section has no name: write it after "section"',
                                'la sección no tiene nombre: escríbalo después de "section"'),
    "journey_section_colon": ('"{text}" is not Mermaid journey syntax: a section\'s name cannot '
                              'hold ":" (write #58;)',
                              '"{text}" no es sintaxis de un recorrido Mermaid: el nombre de una '
                              'sección no puede llevar ":" (escriba #58;)'),
    "journey_acc_title": ('write the accessible title as "accTitle: text"',
                          'escriba el título accesible como "accTitle: texto"'),
    "journey_acc_descr": ('write the accessible description as "accDescr: text" or '
                          '"accDescr {{ text }}"',
                          'escriba la descripción accesible como "accDescr: texto" o '
                          '"accDescr {{ texto }}"'),
    "journey_descr_open": ('the accessible description "accDescr {{" is never closed with "}}"',
                           'la descripción accesible "accDescr {{" no se cierra nunca con "}}"'),
    "journey_task_syntax": ('"{text}" is not Mermaid journey syntax: a task is written '
                            '"Task name: score: Actor, Actor"',
                            '"{text}" no es sintaxis de un recorrido Mermaid: una tarea se '
                            'escribe "Nombre de la tarea: puntuación: Actor, Actor"'),
    "journey_task_unnamed": ('the task has no name: write "Task name: score: Actor"',
                             'la tarea no tiene nombre: escriba "Nombre de la tarea: puntuación: '
                             'Actor"'),
    "journey_score_nan": ('the score "{score}" is not a number: a task is written "Task name: '
                          'score: Actor", the score from {lowest} to {highest}',
                          'la puntuación "{score}" no es un número: una tarea se escribe "Nombre '
                          'de la tarea: puntuación: Actor", con una puntuación de {lowest} a '
                          "{highest}"),
    "journey_score_clamped": ("the score {score} is outside {lowest}..{highest} and was taken "
                              "as {clamped}",
                              "la puntuación {score} está fuera de {lowest}..{highest} y se ha "
                              "tomado como {clamped}"),
    "journey_after_third_colon": ('the text after the third ":" is ignored, as Mermaid does',
                                  'el texto después del tercer ":" no se tiene en cuenta, como '
                                  "hace Mermaid"),
    "journey_too_long": ("{what} is too long: at most {limit} characters",
                         "{what} es demasiado largo: como máximo {limit} caracteres"),
    "journey_the_title": ("the title", "el título"),
    "journey_the_section_name": ("the section's name", "el nombre de la sección"),
    "journey_the_task_name": ("the task's name", "el nombre de la tarea"),
    "journey_the_actor_name": ("the actor's name", "el nombre del actor"),
    "journey_no_section": ('has no section: a map needs at least one stage ("section NAME" with '
                           "its tasks)",
                           'no tiene ninguna sección: un mapa necesita al menos una etapa '
                           '("section NOMBRE" con sus tareas)'),
    "journey_too_many_sections": ("too many sections: a map holds at most {limit} stages",
                                  "demasiadas secciones: un mapa admite como máximo {limit} "
                                  "etapas"),
    "journey_too_many_actors": ("too many actors: a map holds at most {limit} personas",
                                "demasiados actores: un mapa admite como máximo {limit} "
                                "personas"),
    "journey_too_many_tasks": ("too many tasks: a lane holds at most {limit} cards",
                               "demasiadas tareas: un carril admite como máximo {limit} "
                               "tarjetas"),
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

# The Spanish of the model's reasons (types.MAP_PATH_PROBLEMS, assets.IMAGE_HEADER_PROBLEMS)
_MAP_PATHS_ES: dict[str, str] = {
    "backslash": 'no es una ruta de mapa: separe las carpetas con "/", nunca con "\\"',
    "nul": "no es una ruta de mapa: contiene un carácter NUL",
    "absolute": 'debe ser relativa a la carpeta de este mapa, no empezar por "/"',
    "address": ("debe ser una ruta relativa a este mapa, no una dirección web ni una unidad "
                '(nada como "x:" al principio)'),
    "suffix": f'debe nombrar un archivo de mapa: terminar en "{MAP_PATH_SUFFIX}"',
}
_IMAGE_HEADERS_ES: dict[str, str] = {
    "not_png": "no es una imagen PNG (sus primeros bytes no dicen PNG)",
    "png_no_pixels": "es una imagen PNG sin píxeles",
    "not_jpeg": "no es una imagen JPEG (sus primeros bytes no dicen JPEG)",
    "jpeg_broken": "es una imagen JPEG con la cabecera rota",
    "jpeg_no_pixels": "es una imagen JPEG sin píxeles",
    "jpeg_no_size": "es una imagen JPEG cuyo tamaño no se puede leer",
}
# Spanish for the friendly pattern sentences of model.types (English: PATTERN_MESSAGES).
_PATTERNS_ES: dict[str, str] = {
    ID_PATTERN: "no es un identificador válido: use de 1 a 64 letras, cifras, '_' o '-'",
    COLOR_PATTERN: 'no es un color: escríbalo como "#RRGGBB", p. ej. "#1F6FB2"',
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


# ------------------------------------------------------------ phrases
class Phrase:
    """A sentence not yet worded: `say(language)` words it in Spanish or English, and
    `str()` is its English (the command line's language). The importers' problems are
    phrases, so the editor shows them in the interface's language."""

    __slots__ = ()

    def say(self, language: str | None = "en") -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.say("en")


def worded(value: Any, language: str | None) -> Any:
    """A parameter of a sentence in `language`: a phrase is worded, anything else kept."""
    return value.say(language) if isinstance(value, Phrase) else value


class Message(Phrase):
    """The sentence `key` of SENTENCES with its parameters (phrases among them are
    worded in the sentence's language)."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, **params: Any) -> None:
        if key not in SENTENCES:
            raise KeyError(key)  # a typo in a key shows at once, not when a file is refused
        self.key = key
        self.params = params

    def say(self, language: str | None = "en") -> str:
        return sentence(self.key, language,
                        **{name: worded(value, language) for name, value in self.params.items()})

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.key == self.key
                and other.params == self.params)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.params))))

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {self.params!r})"


class Term(Phrase):
    """A word of the format (a card kind, a lane type, a field) inside a sentence:
    English says it as the file writes it (the key, or `english` when a sentence has
    its own form), Spanish by the vocabulary's name (which a table may also use)."""

    __slots__ = ("category", "english", "value")

    def __init__(self, category: str, value: str, english: str | None = None) -> None:
        self.category = category
        self.value = value
        self.english = english

    def say(self, language: str | None = "en") -> str:
        if _lang(language) == "es":
            return vocabulary.lower_first(vocabulary.name(self.category, self.value, "es"))
        return self.value if self.english is None else self.english

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Term) and (other.category, other.value, other.english) == (
            self.category, self.value, self.english)

    def __hash__(self) -> int:
        return hash((self.category, self.value, self.english))


class Terms(Phrase):
    """Words of the format listed with commas: "note, touchpoint" / "nota, punto de
    contacto"."""

    __slots__ = ("category", "values")

    def __init__(self, category: str, values: Sequence[str]) -> None:
        self.category = category
        self.values = tuple(values)

    def say(self, language: str | None = "en") -> str:
        return ", ".join(Term(self.category, value).say(language) for value in self.values)


class Decimal1(Phrase):
    """A size such as 12.5 with one decimal: "12.5" in English, "12,5" in Spanish."""

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def say(self, language: str | None = "en") -> str:
        text = f"{self.value:.1f}"
        return text.replace(".", ",") if _lang(language) == "es" else text


class Detail(Phrase):
    """Words that come from elsewhere in English (json's syntax message, the system's
    reason for an error, an exception): said as given in English, so the command line
    prints what it always did, and in Spanish as `spanish`, never the foreign text."""

    __slots__ = ("english", "spanish")

    def __init__(self, english: str, spanish: str) -> None:
        self.english = english
        self.spanish = spanish

    def say(self, language: str | None = "en") -> str:
        return self.spanish if _lang(language) == "es" else self.english

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Detail) and (other.english, other.spanish) == (
            self.english, self.spanish)

    def __hash__(self) -> int:
        return hash((self.english, self.spanish))


# The system's reasons a file cannot be read, in Spanish (the system words them in
# English, or in its own locale's language).
_OS_REASONS_ES: dict[int, str] = {
    errno.EACCES: "no tiene permiso",
    errno.EPERM: "no tiene permiso",
    errno.ENOENT: "no existe",
    errno.EISDIR: "es una carpeta",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.EIO: "error de entrada/salida del disco",
    errno.ENAMETOOLONG: "el nombre es demasiado largo",
    errno.ELOOP: "hay demasiados enlaces simbólicos",
    errno.EBUSY: "el archivo está ocupado",
    errno.EINVAL: "el nombre no es válido",
    errno.EMFILE: "hay demasiados archivos abiertos",
    errno.ENFILE: "hay demasiados archivos abiertos",
    errno.ENOMEM: "no hay memoria suficiente",
    errno.ENXIO: "el dispositivo no está disponible",
    errno.ETIMEDOUT: "el disco de red no responde",
    errno.ESTALE: "el archivo de red ya no está disponible",
    errno.ETXTBSY: "el archivo está en uso por un programa",
    errno.EAGAIN: "el recurso no está disponible ahora; inténtelo de nuevo",
    errno.EFBIG: "el archivo es demasiado grande para el disco",
    errno.ENOSPC: "no queda espacio en el disco",
    errno.EROFS: "el disco es de solo lectura",
    errno.EEXIST: "ya existe un archivo con ese nombre",
    errno.EXDEV: "no se puede mover entre discos distintos",
    **({errno.EDQUOT: "se ha superado la cuota de disco"} if hasattr(errno, "EDQUOT") else {}),
}


def os_reason(error: OSError) -> Detail:
    """Why the system could not read a file: its own words in English, a Spanish
    phrase by the error's number (its symbolic name when there is none)."""
    english = str(error.strerror or error)
    code = error.errno
    spanish = _OS_REASONS_ES.get(code) if code is not None else None
    if spanish is None:
        name = errno.errorcode.get(code, "") if code is not None else ""
        spanish = f"error del sistema {name}".strip() if name else "error del sistema"
    return Detail(english, spanish)


class Worded(Phrase):
    """A phrase worded by a function of the language (a pydantic error, a rule problem)."""

    __slots__ = ("render",)

    def __init__(self, render: Callable[[Lang], str]) -> None:
        self.render = render

    def say(self, language: str | None = "en") -> str:
        return self.render(_lang(language))


def place(language: str | None, sheet: str | None = None, row: int | None = None,
          column: str | None = None, line: int | None = None) -> str:
    """Where a problem is in a file: "sheet stages, row 3, column width" /
    "hoja stages, fila 3, columna width", "line 4" / "línea 4"; "" for the whole file."""
    parts = []
    if sheet:
        parts.append(sentence("at_sheet", language, sheet=sheet))
    if row is not None:
        parts.append(sentence("at_row", language, row=row))
    if column:
        parts.append(sentence("at_column", language, column=column))
    if line is not None:
        parts.append(sentence("at_line", language, line=line))
    return ", ".join(parts)


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

    value = error.get("input")
    if kind in ("int_type", "int_from_float") and isinstance(value, float) \
            and value.is_integer():  # 2.0: whole, but written as a fraction
        return say("whole_without_point", whole=int(value), written=value)
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
        # The model's own sentence (English), its reason's in Spanish (else in general)
        detail = str(error.get("msg", ""))
        spanish = _IMAGE_HEADERS_ES if kind == "asset_header" else _MAP_PATHS_ES
        if lang == "es" and str(ctx.get("reason")) in spanish:
            return spanish[str(ctx.get("reason"))]
        return say(kind, detail=detail.removeprefix("data ") if kind == "asset_header"
                   else detail)
    if kind == "value_error" and lang == "en":
        # A model validator's own English sentence.
        return str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    return say("not_valid")


def validation_phrases(exc: ValidationError) -> list[tuple[str, Phrase]]:
    """Every problem of a validation error as (JSON path, phrase), not yet worded; the
    same problem twice (by its English) is listed once."""
    problems: list[tuple[str, Phrase]] = []
    # the inputs are the file's own values (no copies): a whole number written as 2.0
    # is told apart by its input
    for error in exc.errors(include_url=False):
        rules = (error.get("ctx") or {}).get("problems")
        if error["type"] == "cjmap_rules" and rules:
            problems.extend((rule.path, rule_phrase(rule)) for rule in rules)
            continue
        loc = error["loc"]
        if loc and loc[-1] in ("int", "float") and error["type"] in _TYPE_NAMES:
            # A number field is a union of int and float: one message for both.
            problems.append((json_path(loc[:-1]), Worded(lambda lang: sentence(
                "must_be", lang, what="un número" if lang == "es" else "a number"))))
            continue
        if error["type"] in ("union_tag_not_found", "union_tag_invalid"):
            loc = (*loc, "kind")
        problems.append((json_path(loc), _error_phrase(error)))
    unique: dict[tuple[str, str], tuple[str, Phrase]] = {}
    for path, phrase in problems:
        unique.setdefault((path, phrase.say("en")), (path, phrase))
    return list(unique.values())


def _error_phrase(error: Mapping[str, Any]) -> Phrase:
    return Worded(lambda lang: error_sentence(error, lang))


def rule_phrase(rule: RuleProblem) -> Phrase:
    return Worded(lambda lang: rule_sentence(rule, lang))


def validation_problems(exc: ValidationError, language: str = "en") -> list[tuple[str, str]]:
    """Every problem of a validation error as (JSON path, sentence in `language`)."""
    problems = [(path, phrase.say(language)) for path, phrase in validation_phrases(exc)]
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
    return ", ".join(_name_es("kind", k.strip().replace(" ", "_")) for k in listing.split(","))


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
