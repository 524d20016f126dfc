"""The importers' problems (cjeditor.tables, cjeditor.mermaid) on the one message path:
every sentence has its Spanish with the same parameters, the command line's English is
the default, and a Spanish reader reads Spanish, places included ("fila 3, columna kind",
"línea 4")."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from cjeditor.mermaid import JourneyError, parse_journey, read_journey
from cjeditor.model import messages
from cjeditor.model.limits import MAX_PROBLEMS
from cjeditor.tables import TableError, read_table

ROOT = Path(__file__).resolve().parents[1] / "cjeditor"
# Sentences whose Spanish words a detail in general terms, or adds a verb agreeing with
# a count: said with fewer or more parameters on purpose.
OWN_PARAMETERS = {"asset_header", "map_path", "not_placed"}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_sentence_has_spanish_with_the_same_parameters():
    for key, (english, spanish) in messages.SENTENCES.items():
        assert english.strip() and spanish.strip(), key
        if key not in OWN_PARAMETERS:
            assert fields(english) == fields(spanish), key
        params = {name: f"<{name}>" for name in fields(english) | fields(spanish)}
        english.format(**params)  # no stray brace in either
        spanish.format(**params)


def test_every_key_the_importers_use_is_a_sentence():
    used: set[str] = set()
    for path in [ROOT / "mermaid.py", *(ROOT / "tables").glob("*.py")]:
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'Message\(\s*"(\w+)"', source))
        used |= set(re.findall(r'CellError\("(\w+)"\)', source))
        used |= set(re.findall(r'check\([^)]*"(journey_\w+)"', source))
    assert len(used) >= 50
    assert used <= set(messages.SENTENCES), used - set(messages.SENTENCES)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path, language: str | None = None) -> list[str]:
    with pytest.raises(TableError) as caught:
        read_table(path)
    lines = caught.value.lines() if language is None else caught.value.lines(language)
    return [line.removeprefix(f"{path}: ") for line in lines]


def test_a_table_in_both_languages(tmp_path):
    table = write(tmp_path / "t.csv",
                  "lane_type,stage_name,kind,title,score,card_id\n"
                  "emotions,Uno,emotion,Bien,1,c1\n"
                  "actions,Uno,image,Foto,,\n"
                  "ideas,Uno,note,Nota,2,c1\n"
                  "emotions,Uno,emotion,Otra,x,\n")
    english = refused(table)
    assert refused(table, "en") == english  # English is the default, as the CLI prints
    assert english == [
        "row 3, column kind: an image card cannot come from a table: it needs the map's "
        "pictures",
        "row 4, column score: a note card has no score; leave this cell empty",
        "row 5, column score: must be a number",
    ]
    assert refused(table, "es") == [
        "fila 3, columna kind: una tarjeta de imagen no puede venir de una tabla: necesita "
        "las imágenes del mapa",
        "fila 4, columna score: una tarjeta de tipo «nota» no tiene «puntuación»; deje esta "
        "celda vacía",
        "fila 5, columna score: debe ser un número",
    ]


def test_rows_named_inside_a_sentence_and_stages_by_their_names(tmp_path):
    table = write(tmp_path / "t.csv",
                  "lane_type,stage_id,stage_name,kind,title,score,card_id,lane_id\n"
                  "emotions,s-a,Llegada,emotion,Bien,1,c1,l1\n"
                  "notes,s-a,Llegada,note,Otra,,c1,l2\n"
                  "emotions,s-a,Llegada,emotion,Otra,2,,l1\n")
    assert refused(table) == [
        'row 3, column card_id: id "c1" is already used by row 2',
        'row 4, column stage_id: this lane already has an emotion for stage "Llegada"',
    ]
    assert refused(table, "es") == [
        'fila 3, columna card_id: el identificador "c1" ya lo usa la fila 2',
        'fila 4, columna stage_id: este carril ya tiene una emoción para la etapa "Llegada"',
    ]


def test_a_workbooks_sheets_and_the_header_in_spanish(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append(["lane_type", "stage_name", "kind", "título", "kind"])
    sheet.append(["notes", "A", "note", "x"])
    path = tmp_path / "libro.xlsx"
    book.save(path)
    lines = refused(path, "es")
    assert lines[0].startswith('hoja Hoja1, fila 1, columna título: "título" no es una '
                               "columna de esta tabla; las columnas son: lane_id, lane_type")
    assert lines[1:] == ["hoja Hoja1, fila 1, columna kind: esta columna aparece dos veces",
                         'fila 1: falta la columna "title", que es obligatoria']


def test_more_problems_than_shown_and_sizes(tmp_path):
    rows = "".join(f"notes,A,pegatina{n},x\n" for n in range(MAX_PROBLEMS + 3))
    table = write(tmp_path / "t.csv", "lane_type,stage_name,kind,title\n" + rows)
    assert refused(table)[-1] == "... and 3 more problem(s) not shown"
    assert refused(table, "es")[-1] == "… y 3 problema(s) más que no se muestran"
    size = messages.Message("table_too_large", size=messages.Decimal1(12.25), limit=10)
    assert size.say("en") == "is too large (12.2 MiB); a table may be at most 10 MiB"
    assert size.say("es") == ("es demasiado grande (12,2 MiB); una tabla puede ocupar como "
                              "máximo 10 MiB")
    assert refused(tmp_path / "nada.csv", "es") == ["no existe"]


def test_a_stage_index_out_of_range_on_a_stages_second_row_is_refused(tmp_path):
    table = write(tmp_path / "t.csv", "lane_type,stage_name,stage_index,kind,title\n"
                                      "notes,A,,note,x\nnotes,B,0,note,y\n"
                                      "notes,A,250,note,z\n")
    assert refused(table) == ["row 4, column stage_index: must be 0 to 199 (a map has at "
                              "most 200 stages)"]


def test_a_journey_in_both_languages(tmp_path):
    text = ("journey\n  title Compra\n  section Búsqueda\n    Busca\n"
            "    Lee reseñas: 9: Laura: de más\n  section\n")
    with pytest.raises(JourneyError) as caught:
        parse_journey(text, "j.mmd")
    assert caught.value.lines() == caught.value.lines("en") == [
        'j.mmd: line 4: "Busca" is not Mermaid journey syntax: a task is written '
        '"Task name: score: Actor, Actor"',
        'j.mmd: line 6: the section has no name: write it after "section"',
    ]
    assert caught.value.lines("es") == [
        'j.mmd: línea 4: "Busca" no es sintaxis de un recorrido Mermaid: una tarea se '
        'escribe "Nombre de la tarea: puntuación: Actor, Actor"',
        'j.mmd: línea 6: la sección no tiene nombre: escríbalo después de "section"',
    ]
    fixed = text.replace("    Busca\n", "").replace("  section\n", "")
    _, english = parse_journey(fixed, "j.mmd")
    _, spanish = parse_journey(fixed, "j.mmd", message_language="es")
    assert english == ['j.mmd: line 4: the text after the third ":" is ignored, as Mermaid does',
                       "j.mmd: line 4: the score 9 is outside 1..5 and was taken as 5"]
    assert spanish == ['j.mmd: línea 4: el texto después del tercer ":" no se tiene en cuenta, '
                       "como hace Mermaid",
                       "j.mmd: línea 4: la puntuación 9 está fuera de 1..5 y se ha tomado "
                       "como 5"]
    long = "journey\n  section " + "S" * 300 + "\n    t: 3\n"
    with pytest.raises(JourneyError) as caught:
        parse_journey(long, "l.mmd")
    assert caught.value.lines("es") == [
        "l.mmd: línea 2: el nombre de la sección es demasiado largo: como máximo 200 "
        "caracteres"]
    with pytest.raises(JourneyError) as caught:
        read_journey(tmp_path)
    assert caught.value.lines("es") == [f"{tmp_path}: es una carpeta, no un archivo"]
