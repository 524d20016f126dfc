"""Every refusal of the reader, in both languages: the English the command line prints
(unchanged: `str()`, `lines()`), and the formal Spanish the editor shows
(`MapLoadError.problem_lines("es")`), with JSON paths kept as the file names its
fields and no English, pydantic's or Python's words in the Spanish."""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from maps import base_map

from cjeditor.fileio import MapLoadError, load, loads, reader
from cjeditor.model import messages

ROOT = Path(__file__).resolve().parents[2] / "cjeditor" / "fileio"
ENGLISH = ("is", "not", "the", "line", "column", "must", "does", "exist", "required",
           "missing", "cannot", "which", "was", "written", "newer", "update", "appears",
           "twice", "times", "valid", "text", "more", "shown", "expecting", "delimiter",
           "unterminated", "invalid", "extra", "data", "exceeds", "limit", "digits",
           "contains", "allows", "needs", "says", "upgraded", "folder", "file", "nested",
           "deeply", "permission", "denied", "input", "output", "holds", "half",
           "pair", "surrogate", "key", "too", "large", "may", "be", "at", "most", "of")


def english_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]+", text.lower()) if w in ENGLISH}


def both(error: MapLoadError) -> tuple[list[str], list[str]]:
    """The problem lines in English (as `str()` says them) and in Spanish."""
    english = error.problem_lines("en")
    assert english[: len(error.problems)] == [str(p) for p in error.problems]
    head = f"{error.source}: " if error.source else ""
    assert error.lines() == [head + line for line in english]
    spanish = error.problem_lines("es")
    for line in spanish:
        assert not english_words(line), line
    return english, spanish


def refused_file(path: Path) -> tuple[list[str], list[str]]:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(MapLoadError) as info:
        load(path)
    assert (path.read_bytes() if path.is_file() else None) == before
    return both(info.value)


def refused_text(text: str | bytes) -> tuple[list[str], list[str]]:
    with pytest.raises(MapLoadError) as info:
        loads(text.encode("utf-8") if isinstance(text, str) else text)
    return both(info.value)


def dumped(raw: dict[str, Any]) -> str:
    return json.dumps(raw, ensure_ascii=False, indent=2)


def test_every_key_the_reader_uses_is_a_sentence():
    used: set[str] = set()
    for path in ROOT.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'(?:_refuse\(\s*\w+,\s*|Message\(|problem\()\s*"(\w+)"', source))
    assert len(used) >= 20
    assert used <= set(messages.SENTENCES), used - set(messages.SENTENCES)


# ------------------------------------------------------------------- the file itself
def test_missing_folder_and_device(tmp_path):
    assert refused_file(tmp_path / "perdido.cjmap") == (["does not exist"], ["no existe"])
    folder = tmp_path / "carpeta.cjmap"
    folder.mkdir()
    assert refused_file(folder) == (["is a folder, not a map file"],
                                    ["es una carpeta, no un archivo de mapa"])
    fifo = tmp_path / "tubo.cjmap"
    os.mkfifo(fifo)
    with pytest.raises(MapLoadError) as info:
        load(fifo)
    assert both(info.value) == (
        ["is not a regular file (it is a pipe or a device), so it was not read"],
        ["no es un archivo normal (es una tubería o un dispositivo), así que no se ha leído"])


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "grande.cjmap"
    path.write_bytes(b" " * (5 * 1024 * 1024 // 2))
    assert refused_file(path) == (
        ["is too large (2.5 MiB); a map file may be at most 2 MiB"],
        ["es demasiado grande (2,5 MiB); un archivo de mapa puede ocupar como máximo 2 MiB"])


@pytest.mark.parametrize(("raised", "english", "spanish"), [
    (PermissionError(errno.EACCES, "Permission denied"), "cannot be read: permission denied",
     "no se puede leer: no tiene permiso"),
    (OSError(errno.EIO, "Input/output error"), "cannot be read: Input/output error",
     "no se puede leer: error de entrada/salida del disco"),
    (OSError(errno.EREMOTEIO, "Remote I/O error"), "cannot be read: Remote I/O error",
     "no se puede leer: error del sistema EREMOTEIO"),
])
def test_a_file_the_system_cannot_read(tmp_path, monkeypatch, raised, english, spanish):
    path = tmp_path / "disco.cjmap"
    path.write_text(dumped(base_map()), encoding="utf-8")

    def fail(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise raised

    monkeypatch.setattr(Path, "open", fail)
    with pytest.raises(MapLoadError) as info:
        load(path)
    assert both(info.value) == ([english], [spanish])


def test_not_utf8_and_not_a_map(tmp_path):
    assert refused_text('{"format": "cjmap",\n "título": 1}'.encode("latin-1")) == (
        ["line 2 column 4: is not UTF-8 text (a byte here cannot be read)"],
        ["línea 2, columna 4: no es texto UTF-8 (aquí hay un byte que no se puede leer)"])
    assert refused_text('{"hola": 1}') == (
        ['format: is not a cjmap file (it needs "format": "cjmap" at the top)'],
        ['format: no es un archivo cjmap (necesita "format": "cjmap" al principio)'])
    assert refused_text('["format", "cjmap"]') == (  # not an object: no key to point at
        ['is not a cjmap file (it needs "format": "cjmap" at the top)'],
        ['no es un archivo cjmap (necesita "format": "cjmap" al principio)'])
    assert refused_text("[" * 100_000 + "]" * 100_000) == (
        ["is nested too deeply to be a map"],
        ["tiene demasiados niveles anidados para ser un mapa"])


# ------------------------------------------------------------------------ JSON
@pytest.mark.parametrize(("text", "english", "spanish"), [
    ("[1, ]", "line 1 column 5: is not valid JSON: expecting value",
     "línea 1, columna 5: no es JSON válido: falta un valor"),
    ('{\n  "a" 1}', "line 2 column 7: is not valid JSON: expecting ':' delimiter",
     'línea 2, columna 7: no es JSON válido: falta el separador ":"'),
    ("[1 2]", "line 1 column 4: is not valid JSON: expecting ',' delimiter",
     'línea 1, columna 4: no es JSON válido: falta el separador ","'),
    ('{"a": 1,}', "line 1 column 9: is not valid JSON: expecting property name enclosed in "
     "double quotes",
     "línea 1, columna 9: no es JSON válido: falta el nombre de una clave entre comillas "
     "dobles"),
    ('{"a": "x', "line 1 column 7: is not valid JSON: unterminated string starting at",
     "línea 1, columna 7: no es JSON válido: un texto entre comillas no se cierra"),
    ('{"a": "x\ty"}', "line 1 column 9: is not valid JSON: a text holds a control character "
     "(a tab or a line break is written \\t or \\n)",
     "línea 1, columna 9: no es JSON válido: hay un carácter de control dentro de un texto"),
    ('{"a": "\\q"}', "line 1 column 8: is not valid JSON: invalid \\escape",
     "línea 1, columna 8: no es JSON válido: hay una secuencia de escape \\ incorrecta"),
    ('{"a": "\\u12"}', "line 1 column 9: is not valid JSON: invalid \\uXXXX escape",
     "línea 1, columna 9: no es JSON válido: hay una secuencia \\uXXXX incorrecta"),
    ("{} {}", "line 1 column 4: is not valid JSON: extra data",
     "línea 1, columna 4: no es JSON válido: sobra texto después del final"),
])
def test_json_syntax_in_both_languages(text, english, spanish):
    assert refused_text(text) == ([english], [spanish])


def test_a_bad_byte_after_a_byte_order_mark_is_where_it_is():
    # the mark is not a character of the text: columns count as without it
    for prefix in (b"", b"\xef\xbb\xbf"):
        assert refused_text(prefix + b'{"format": "\xff"}')[0] == [
            "line 1 column 13: is not UTF-8 text (a byte here cannot be read)"]
        assert refused_text(prefix + b'{\n"a": "\xff"}')[0] == [
            "line 2 column 7: is not UTF-8 text (a byte here cannot be read)"]


@pytest.mark.parametrize(("data", "english", "spanish"), [
    (b"", "line 1 column 1: is empty: it holds no map (an interrupted copy or save leaves "
     "such a file)", "línea 1, columna 1: está vacío: no contiene ningún mapa (una copia o "
     "un guardado interrumpidos dejan un archivo así)"),
    (b"\xef\xbb\xbf \n\t\n", "line 1 column 1: is empty: it holds no map (an interrupted "
     "copy or save leaves such a file)", None),
    # a PDF, a picture, a document: said so, not as JSON's "expecting value" or a bad byte
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "line 1 column 1: is not a journey map: a "
     ".cjmap file is text that begins with \"{\"", "línea 1, columna 1: no es un mapa de "
     "recorrido: un archivo .cjmap es un texto que empieza por \"{\""),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 1 column 1: is not a journey map: a "
     ".cjmap file is text that begins with \"{\"", None),
    (b"Compra online: notas de la reunion", "line 1 column 1: is not a journey map: a .cjmap "
     "file is text that begins with \"{\"", None),
    # a map whose end is missing (an interrupted copy or download)
    (b'{"format": "cjmap", "version": 2,\n "stages": [{"id": "s1", ',
     "line 2 column 26: ends before the map does: the file is cut off (an interrupted copy "
     "or download?)", "línea 2, columna 26: termina antes que el mapa: el archivo está "
     "cortado (¿una copia o una descarga interrumpidas?)"),
    # a bad byte inside what is plainly a map stays a bad byte, where it is
    (b'{"format": "cjmap",\n "x": "\xff"}', "line 2 column 8: is not UTF-8 text (a byte "
     "here cannot be read)", None),
])
def test_files_that_are_not_maps_at_all_are_said_plainly(data, english, spanish):
    refused = refused_text(data)
    assert refused[0] == [english]
    if spanish is not None:
        assert refused[1] == [spanish]


def test_json_it_cannot_hold():
    # where it is, and a sentence a designer understands (not Python's advice)
    assert refused_text('{"b": "11",\n "a": 1' + "1" * 5000 + "}") == (
        ["line 2 column 7: holds a number with too many digits: a map's numbers are finite"],
        ["línea 2, columna 7: contiene un número con demasiadas cifras: los números de un mapa "
         "son finitos"])
    assert refused_text('{"b": "NaN Infinity",\n  "a": NaN}') == (
        ["a: is NaN, which is not a number JSON allows: numbers must be finite"],
        ["a: es NaN, que no es un número que JSON admita: los números deben ser finitos"])
    assert refused_text('{"a": [1, -Infinity]}')[0] == [
        "a[1]: is -Infinity, which is not a number JSON allows: numbers must be finite"]
    assert refused_text('NaN')[0] == [
        "line 1 column 1: contains NaN, which is not a number JSON allows"]


def test_a_whole_number_written_with_a_point_is_told_how_to_write_it():
    """2.0 is refused where the format wants an integer: the sentence says why, not
    "must be a whole number" (2.0 is one)."""
    raw = base_map()
    emotion = next(i for i, lane in enumerate(raw["lanes"]) if lane["type"] == "emotions")
    raw["lanes"][emotion]["cards"][0]["score"] = 1.0
    english, spanish = refused_text(dumped(raw))
    assert english == [f"lanes[{emotion}].cards[0].score: must be a whole number written "
                       "without a decimal point (1, not 1.0)"]
    assert spanish == [f"lanes[{emotion}].cards[0].score: debe ser un número entero escrito "
                       "sin decimales (1, no 1.0)"]
    raw = base_map()
    raw["version"] = 2.0
    assert refused_text(dumped(raw))[0] == [
        "version: must be a whole number written without a decimal point (2, not 2.0)"]


def test_every_not_a_number_is_said_at_its_path():
    """spec: numbers are finite; a refused file says where each problem is as a JSON
    path. NaN and Infinity (Python's json writes them) are said at theirs, all of them."""
    raw = base_map()
    metric = {"id": "m-1", "kind": "metric", "stage": raw["stages"][0]["id"],
              "title": "Coste", "measure": "cost", "value": float("nan")}
    feedback = {"id": "f-1", "kind": "feedback", "stage": raw["stages"][0]["id"],
                "title": "Encuesta", "source": "survey", "score": float("inf")}
    raw["lanes"].append({"id": "l-m", "type": "metrics", "title": "Métricas",
                         "cards": [metric]})
    raw["lanes"].append({"id": "l-f", "type": "feedback", "title": "Opiniones",
                         "cards": [feedback]})
    text = json.dumps(raw, ensure_ascii=False, indent=2)
    lanes = len(raw["lanes"])
    assert refused_text(text)[0] == [
        f"lanes[{lanes - 2}].cards[0].value: is NaN, which is not a number JSON allows: "
        "numbers must be finite",
        f"lanes[{lanes - 1}].cards[0].score: is Infinity, which is not a number JSON allows: "
        "numbers must be finite"]


def test_null_is_refused_wherever_a_key_holds_it():
    """Absent says nothing (spec); null read as absent would vanish at the next save."""
    raw = base_map()
    raw["meta"]["product"] = None
    raw["stages"][0]["phase"] = None
    raw["lanes"][0]["color"] = None
    english, spanish = refused_text(dumped(raw))
    assert english == [
        f"{path}: is null, which a map never holds: write a value, or leave the key out "
        "where it is optional"
        for path in ("meta.product", "stages[0].phase", "lanes[0].color")]
    assert spanish[0] == ("meta.product: es null, que un mapa nunca contiene: escriba un "
                          "valor, o quite la clave si es opcional")


def test_repeated_keys_and_broken_text():
    text = dumped(base_map()).replace('"title": "Mapa de prueba"',
                                      '"title": "A", "title": "B", "title": "C"', 1)
    assert refused_text(text) == (
        ['meta: the key "title" appears 3 times; which value was meant cannot be known, so '
         "keep only one"],
        ['meta: la clave "title" aparece 3 veces; no se puede saber qué valor se quería, así '
         "que deje solo uno"])
    text = dumped(base_map()).replace('"Mapa de prueba"', '"Mapa \\ud83d de prueba"', 1)
    assert refused_text(text) == (
        ['meta.title: is not valid Unicode text: it holds half of a character pair (a lone '
         'surrogate) in "Mapa \\ud83d de prueba", as left by a tool that cut an emoji in two'],
        ['meta.title: no es texto Unicode válido: contiene medio par de caracteres (un '
         'sustituto suelto) en "Mapa \\ud83d de prueba", como los que deja una herramienta que '
         "ha partido un emoji en dos"])
    text = dumped(base_map()).replace('"title": "Mapa', '"ti\\udc00tle": "Mapa', 1)
    english, spanish = refused_text(text)
    assert english[0] == ('meta: has a key that is not valid Unicode text: "ti\\udc00tle" '
                          "holds half of a character pair (a lone surrogate)")
    assert spanish[0] == ('meta: tiene una clave que no es texto Unicode válido: '
                          '"ti\\udc00tle" contiene medio par de caracteres (un sustituto '
                          "suelto)")


# --------------------------------------------------------------------- versions
@pytest.mark.parametrize(("version", "english", "spanish"), [
    (99, "version: was written in format version 99, newer than version 2 that this cjeditor "
         "reads; update cjeditor to open it",
     "version: se escribió con la versión 99 del formato, más reciente que la versión 2 que "
     "lee este cjeditor; actualice cjeditor para abrirlo"),
    (-1, "version: format version -1 is unknown",
     "version: la versión -1 del formato no se conoce"),
    ("2", "version: must be a whole number", "version: debe ser un número entero"),
    (None, "version: is required but missing", "version: falta y es obligatorio"),
])
def test_versions(version, english, spanish):
    raw = base_map()
    if version is None:
        del raw["version"]
    else:
        raw["version"] = version
    assert refused_text(dumped(raw)) == ([english], [spanish])


def test_migrations():
    raw = base_map()
    raw["version"] = 1
    raw["views"] = []
    raw["stages"][0]["link"] = "otro.cjmap"
    assert refused_text(dumped(raw)) == (
        ['views: needs version 2 of the format; this file says "version": 1',
         'stages[0].link: needs version 2 of the format; this file says "version": 1'],
        ['views: necesita la versión 2 del formato; este archivo dice "version": 1',
         'stages[0].link: necesita la versión 2 del formato; este archivo dice "version": 1'])
    old = {"format": "cjmap", "version": 0, "title": "Viejo", "meta": 5}
    english, spanish = refused_text(json.dumps(old))
    assert english == ["version: cannot be upgraded from version 0: the old file does not "
                       "have the expected shape"]
    assert spanish == ["version: no se puede actualizar desde la versión 0: el archivo antiguo "
                       "no tiene la forma esperada"]


# ------------------------------------------------------------ validation and rules
def test_validation_rules_and_the_hidden_problems():
    raw = base_map()
    raw["lanes"][0]["cards"][0]["stage"] = "s9"
    raw["lanes"][0]["cards"][0]["span"] = 1
    assert refused_text(dumped(raw)) == (
        ['lanes[0].cards[0].stage: refers to stage "s9", which does not exist'],
        ['lanes[0].cards[0].stage: se refiere a una etapa "s9", que no existe'])
    raw = base_map()
    for i in range(25):
        raw["stages"].append({"id": f"s-x{i}", "name": ""})
    english, spanish = refused_text(dumped(raw))
    assert english[0] == "stages[3].name: must not be empty"
    assert spanish[0] == "stages[3].name: no puede estar vacío"
    assert english[-1] == "... and 5 more problem(s) not shown"
    assert spanish[-1] == "… y 5 problema(s) más que no se muestran"
    assert len(english) == len(spanish) == 21


def test_a_size_just_over_a_limit_does_not_read_as_the_limit():
    from cjeditor.fileio.messages import size_mib

    assert size_mib(100 * 1024 * 1024 + 1).say("en") == "100.1"
    assert size_mib(100 * 1024 * 1024).say("es") == "100,0"


def test_a_second_byte_order_mark_is_said_plainly():
    english, spanish = refused_text("\ufeff\ufeff" + dumped(base_map()))
    assert english == ["line 1 column 1: is not valid JSON: a second byte-order mark (BOM) "
                       "follows the first"]
    assert "BOM" in spanish[0] and "utf-8-sig" not in spanish[0]


def _notes(count: int) -> list[dict[str, Any]]:
    return [{"id": f"c-n{i}", "kind": "note", "stage": "s-1", "title": f"Nota {i}"}
            for i in range(count)]


def test_a_card_that_fails_does_not_hide_the_rules_broken_elsewhere():
    """Every problem at once (spec: "for each problem"): a card's own problem and,
    checked without that card, a reference elsewhere, each at its place in the file."""
    from maps import v2_map

    raw = v2_map()
    notes = raw["lanes"][0]["cards"] = _notes(4)
    notes[0]["title"] = "x" * 5000  # its own problem: this card is left out of the rules
    notes[2]["stage"] = "s9"  # a reference broken: said at cards[2], not [1]
    notes[3]["id"] = "c-n2"  # the same id twice, at the file's places
    raw["connections"][0]["from"] = "c-n0"  # to the card that failed: not said again
    english, spanish = refused_text(dumped(raw))
    assert english == [
        "lanes[0].cards[0].title: is too long: at most 300 characters",
        'lanes[0].cards[3].id: id "c-n2" is already used by lanes[0].cards[2].id',
        'lanes[0].cards[2].stage: refers to stage "s9", which does not exist']
    assert spanish[2] == 'lanes[0].cards[2].stage: se refiere a una etapa "s9", que no existe'


def test_a_bad_name_or_field_of_a_stage_lane_or_persona_does_not_hide_the_rules():
    """A stage (or lane, persona, phase, meta) with a bad name or optional field: the
    rules are read with that field mended (a stand-in name, the field left out), not
    without the object, which cards and spans refer to."""
    raw = base_map()
    raw["meta"]["title"] = ""
    raw["stages"][0]["name"] = ""
    raw["stages"][1]["color"] = "rojo"
    raw["lanes"][1]["title"] = "x" * 201
    raw["lanes"][0]["cards"][0]["stage"] = "s9"
    english, _spanish = refused_text(dumped(raw))
    assert english == [
        "meta.title: must not be empty", "stages[0].name: must not be empty",
        'stages[1].color: is not a colour: write it as "#RRGGBB", e.g. "#1F6FB2"',
        "lanes[1].title: is too long: at most 200 characters",
        'lanes[0].cards[0].stage: refers to stage "s9", which does not exist']


def test_an_object_the_rules_need_whole_keeps_them_unchecked():
    """A stage whose id fails: the rules would read the map without it wrongly (cards
    pointing at it, spans across it), so only its problem is said."""
    raw = base_map()
    raw["stages"][0]["id"] = "s 1"
    raw["lanes"][0]["cards"][0]["stage"] = "s9"
    english, _spanish = refused_text(dumped(raw))
    assert english == ["stages[0].id: is not a valid id: use 1 to 64 letters, digits, "
                       "'_' or '-'"]


def test_a_card_in_the_wrong_lane_names_the_kinds_it_takes_in_words():
    raw = base_map()
    raw["lanes"][4]["cards"].append({"id": "c-x", "kind": "metric", "stage": "s-1",
                                     "title": "Coste", "measure": "cost", "value": 5})
    english, spanish = refused_text(dumped(raw))
    where = f"lanes[4].cards[{len(raw['lanes'][4]['cards']) - 1}].kind"
    assert english == [f"{where}: a metric card cannot go in a pain points lane (it takes: "
                       "pain point)"]
    assert spanish[0].startswith(f"{where}: ") and "(admite:" in spanish[0]
    assert "_" not in spanish[0].removeprefix(where)
