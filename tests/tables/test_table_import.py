"""`cjeditor import TABLE` (spec/cli.md, "import and the table format"): tables written
by hand become valid maps; a table that cannot is refused with the row and column of
each problem, exit 1, and nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjeditor.fileio import load
from cjeditor.tables import TableError, read_table


def run(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "cjeditor", *args], capture_output=True,
                            text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_minimal_table_becomes_a_valid_map(tmp_path):
    table = write(tmp_path / "investigación.csv",
                  "lane_type,stage_name,kind,title,channel,score,severity\n"
                  "touchpoints,Búsqueda,touchpoint,Reseñas en Google,reviews,,\n"
                  "emotions,Búsqueda,emotion,Curiosa,,1,\n"
                  "pain_points,Compra,pain_point,Gastos de envío ocultos,,,4\n"
                  "emotions,Compra,emotion,Frustrada,,-2,\n"
                  "touchpoints,Compra,touchpoint,Pago,ecommerce,,\n")
    out = tmp_path / "mapa.cjmap"
    result = run("import", str(table), "-o", str(out), "--language", "en")
    assert result.returncode == 0, result.stderr
    doc = load(out)
    assert doc.meta.title == "investigación" and doc.meta.language == "en"
    assert [s.name for s in doc.stages] == ["Búsqueda", "Compra"]  # first met
    assert [(lane.type, lane.title) for lane in doc.lanes] == [
        ("touchpoints", "Touchpoints"), ("emotions", "Emotions"), ("pain_points", "Pain points")]
    assert [c.title for c in doc.lanes[0].cards] == ["Reseñas en Google", "Pago"]
    assert all(card.id for card in doc.all_cards())  # ids generated
    assert [c.score for c in doc.lanes[1].cards] == [1, -2]
    assert run("validate", str(out)).returncode == 0


def test_stages_follow_stage_index_and_gaps_are_left_out(tmp_path):
    """spec/cli.md: a CSV gives back the stages that hold cards; index 2 held none."""
    table = write(tmp_path / "t.csv",
                  "lane_type,stage_name,stage_index,kind,title\n"
                  "actions,Tercera,3,note,c\n"
                  "actions,Primera,0,note,a\n"
                  "actions,Segunda,1,note,b\n")
    doc = read_table(table)
    assert [s.name for s in doc.stages] == ["Primera", "Segunda", "Tercera"]
    assert [c.title for c in doc.lanes[0].cards] == ["a", "b", "c"]


def test_a_gap_under_a_span_is_made_again(tmp_path):
    """A card spanning stages that hold no card: they come back (as new stages), so the
    span stays inside the map; a gap no span covers does not."""
    table = write(tmp_path / "t.csv",
                  "lane_type,stage_name,stage_index,kind,title,span\n"
                  "actions,Primera,0,note,a,3\n"
                  "actions,Quinta,4,note,e,1\n")
    doc = read_table(table)
    assert [s.name for s in doc.stages] == ["Primera", "Nueva etapa 2", "Nueva etapa 3",
                                            "Quinta"]
    assert doc.lanes[0].cards[0].span == 3


def test_template_gives_the_stages_and_lanes(tmp_path):
    table = write(tmp_path / "t.csv",
                  "lane_type,stage_name,kind,title,score\n"
                  "actions,Online search,note,Reads reviews,\n"
                  "emotions,the choice,emotion,Happy,2\n"
                  "backstage,Online search,note,Stock sync,\n")
    out = tmp_path / "m.cjmap"
    result = run("import", str(table), "-o", str(out), "--template", "moments-of-truth",
                 "--language", "en")
    assert result.returncode == 0, result.stderr
    doc = load(out)
    from cjeditor.templates import create_map

    template = create_map("moments-of-truth", "en")
    assert [s.name for s in doc.stages] == [s.name for s in template.stages]
    assert [lane.type for lane in doc.lanes][:len(template.lanes)] == [
        lane.type for lane in template.lanes]
    emotions = next(lane for lane in doc.lanes if lane.type == "emotions")
    assert doc.stages[doc.stage_index(emotions.cards[0].stage)].name == "The choice"
    assert doc.lanes[-1].type == "backstage"  # not in the template: added after its lanes


def test_semicolon_csv_with_bom_and_decimal_comma(tmp_path):
    table = write(tmp_path / "excel.csv",
                  "\ufefflane_type;stage_name;kind;title;measure;value;unit;tags\r\n"
                  'metrics;Compra;metric;Coste por clic;cost;0,35;€;"ads; google"\r\n')
    doc = read_table(table)
    card = doc.lanes[0].cards[0]
    assert (card.value, card.unit, card.tags) == (0.35, "€", ["ads", "google"])


def test_words_as_the_editor_shows_them_are_understood(tmp_path):
    table = write(tmp_path / "t.csv",
                  "lane_type,stage_name,kind,title,channel\n"
                  "Puntos de contacto,Búsqueda,Touchpoint,Web,WhatsApp\n")
    card = read_table(table).lanes[0].cards[0]
    assert (card.kind, card.channel) == ("touchpoint", "whatsapp")


def problems(path: Path, *extra: str) -> list[str]:
    out = path.with_suffix(".cjmap")
    result = run("import", str(path), "-o", str(out), *extra)
    assert result.returncode == 1
    assert not out.exists()
    return result.stderr.splitlines()


def test_problems_are_reported_by_row_and_column_and_nothing_is_written(tmp_path):
    table = write(tmp_path / "cards.csv",
                  "lane_type,stage_name,kind,title,channel,score\n"
                  "touchpoints,Búsqueda,touchpoint,Google,reviews,\n"
                  "emotions,Búsqueda,emotion,Curiosa,,1\n"
                  "touchpoints,Compra,touchpoint,Pago,,\n"
                  "emotions,Búsqueda,emotion,Otra,,2\n"
                  "emotions,Compra,emotion,Mal,,mucho\n"
                  "notes,Compra,banana,X,,\n"
                  "notes,Compra,touchpoint,Y,email,\n"
                  "emotions,Compra,emotion,Fuera,,7\n")
    lines = problems(table)
    assert lines[0] == f"{table}: row 4, column channel: is required but missing"
    assert lines[1].startswith(f"{table}: row 5, column stage_name: ")
    assert "Búsqueda" in lines[1] and "already has an emotion" in lines[1]
    assert lines[2] == f"{table}: row 6, column score: must be a number"
    assert lines[3].startswith(f'{table}: row 7, column kind: "banana" is not a card kind')
    assert lines[4].startswith(f"{table}: row 8, column kind: a touchpoint card cannot go in")
    assert lines[5] == f"{table}: row 9, column score: must be at most 2"
    assert len(lines) == 6


def test_an_existing_output_is_left_as_it_was(tmp_path):
    table = write(tmp_path / "cards.csv", "lane_type,stage_name,kind,title\nnotes,A,image,x\n")
    out = tmp_path / "keep.cjmap"
    out.write_text("antes", encoding="utf-8")
    result = run("import", str(table), "-o", str(out))
    assert result.returncode == 1 and "row 2, column kind" in result.stderr
    assert "image" in result.stderr
    assert out.read_text(encoding="utf-8") == "antes"


@pytest.mark.parametrize(("header", "expected"), [
    ("stage_name,kind,title", "row 1: the column \"lane_type\" is required but missing"),
    ("lane_type,kind,title", 'row 1: a column "stage_name" or "stage_id" is required'),
    ("lane_type,stage_name,kind,title,tittle", "row 1, column tittle: \"tittle\" is not a "
                                               "column of this table"),
    ("lane_type,stage_name,kind,title,title", "row 1, column title: this column appears twice"),
])
def test_header_problems_are_on_row_1(tmp_path, header, expected):
    table = write(tmp_path / "cards.csv", header + "\n" + ",".join("x" * header.count(",")
                                                                 ) + ",x\n")
    assert any(expected in line for line in problems(table))


def test_cells_of_the_wrong_type(tmp_path):
    table = write(tmp_path / "cards.csv",
                  "lane_type,stage_name,kind,title,span,decision_point,channel,severity\n"
                  "touchpoints,A,touchpoint,x,dos,quizá,email,\n"
                  "pain_points,A,pain_point,y,1,,,2.5\n"
                  "notes,A,note,z,,,email,\n")
    lines = problems(table)
    assert f"{table}: row 2, column span: must be a whole number" in lines
    assert f"{table}: row 2, column decision_point: must be true or false" in lines
    assert f"{table}: row 3, column severity: must be a whole number" in lines
    assert any(line.startswith(f"{table}: row 4, column channel: a note card has no channel")
               for line in lines)


def test_a_reference_to_a_missing_pain_point_names_the_row(tmp_path):
    table = write(tmp_path / "cards.csv",
                  "lane_type,stage_name,card_id,kind,title,addresses\n"
                  "opportunities,A,o1,opportunity,Mejorar,p9\n"
                  "notes,A,o1,note,Repetido,\n")
    lines = problems(table)
    assert any("row 2, column addresses" in line and '"p9"' in line for line in lines)
    assert any("row 3, column card_id" in line and "row 2" in line for line in lines)


def test_not_utf8_and_not_a_workbook(tmp_path):
    table = write(tmp_path / "latin.csv", "lane_type,stage_name,kind,title\nnotes,Ñandú,note,x\n",
                  encoding="latin-1")
    assert problems(table) == [f'{table}: row 2: is not UTF-8 text: save the table as '
                               '"CSV UTF-8"']
    book = write(tmp_path / "roto.xlsx", "esto no es un libro")
    assert problems(book)[0].startswith(f"{book}: is not an .xlsx workbook")
    missing = tmp_path / "nada.csv"
    assert problems(missing) == [f"{missing}: does not exist"]
    empty = write(tmp_path / "vacía.csv", "")
    assert "has no header row" in problems(empty)[0]
    header_only = write(tmp_path / "cabecera.csv", "lane_type,stage_name,kind,title\n")
    assert "at least one stage" in problems(header_only)[0]


def test_a_hand_made_workbook_on_its_first_sheet(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append(["Lane type", "Stage name", "Kind", "Title", "Value", "Measure"])
    sheet.append(["metrics", "Compra", "metric", 42, 1200, "cost"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["metrics", "Compra", "metric", "=A1", 3.5, "time"])
    path = tmp_path / "libro.xlsx"
    book.save(path)
    doc = read_table(path)
    cards = doc.lanes[0].cards
    assert [(c.title, c.value) for c in cards] == [("42", 1200), ("=A1", 3.5)]
    sheet.append(["metrics", "Compra", "metric", "x", "mucho", "cost"])
    book.save(path)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.lines() == [
        f"{path}: sheet Hoja1, row 5, column value: must be a number"]


def test_usage_errors_exit_2(tmp_path):
    table = write(tmp_path / "t.csv", "lane_type,stage_name,kind,title\nnotes,A,note,x\n")
    assert run("import", str(table), "-o", str(tmp_path / "x.pdf")).returncode == 2
    assert run("import", str(tmp_path / "t.txt"), "-o", str(tmp_path / "x.cjmap")).returncode == 2
    assert run("import", str(table), "-o", str(tmp_path / "x.cjmap"),
               "--template", "nope").returncode == 2
    journey = write(tmp_path / "j.mmd", "journey\nsection A\n  t: 3: Yo\n")
    assert run("import", str(journey), "-o", str(tmp_path / "x.cjmap"),
               "--template", "blank").returncode == 2
    assert run("import", str(table)).returncode == 2


def test_two_stages_with_one_stage_index(tmp_path):
    table = write(tmp_path / "cards.csv", "lane_type,stage_name,stage_index,kind,title\n"
                                          "notes,A,0,note,x\nnotes,B,0,note,y\nnotes,A,1,note,z\n")
    assert problems(table) == [
        f'{table}: row 3, column stage_index: stage_index 0 is already the stage "A" (row 2)',
        f"{table}: row 4, column stage_index: this stage has stage_index 0 in row 2"]


def test_a_workbook_edited_by_hand_keeps_its_stages_and_lanes_sheets(tmp_path):
    from openpyxl import load_workbook

    from cjeditor.export import ExportOptions, export_map
    from cjeditor.templates import create_map

    doc = create_map("six-moments", "es")  # stages and lanes, no cards
    path = tmp_path / "plantilla.xlsx"
    export_map(doc, path, ExportOptions())
    back = read_table(path)
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    assert [lane.type for lane in back.lanes] == [lane.type for lane in doc.lanes]

    book = load_workbook(path)
    book["stages"].insert_rows(3)
    book["stages"].cell(row=3, column=2, value="Etapa nueva")
    book["stages"].cell(row=3, column=7, value="ancha")
    book["lanes"].append([None, "ideas"])
    book["cards"].append([None, "ideas", None, None, "Etapa nueva", None, None, None, "idea",
                          "Probar"])
    book.save(path)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.lines() == [f"{path}: sheet stages, row 3, column width: must be a number"]
    book["stages"].cell(row=3, column=7, value=2)
    book.save(path)
    back = read_table(path)
    assert back.stages[1].name == "Etapa nueva" and back.stages[1].width == 2
    assert back.lanes[-1].type == "ideas" and back.lanes[-1].cards[0].title == "Probar"


def test_a_lane_with_a_wrong_type_is_one_problem_not_one_per_row(tmp_path):
    """Its first row names a type that does not exist; its later rows (the right type)
    are not each reported as disagreeing with it."""
    table = write(tmp_path / "cards.csv",
                  "lane_id,lane_type,stage_name,kind,title\n"
                  "l-acciones,acciones!,A,note,uno\n"
                  "l-acciones,actions,B,note,dos\n"
                  "l-acciones,actions,C,note,tres\n"
                  "l-dolor,pain_points,A,pain_point,cuatro\n"
                  "l-dolor,touchpoints,B,pain_point,cinco\n")
    lines = problems(table)
    assert [line.split(":")[1].strip() for line in lines] == [
        "row 2, column lane_type", "row 6, column lane_type"], lines
    assert 'lane "l-dolor" is of type pain_points in row 5' in lines[1]  # still said


def test_a_quote_never_closed_is_refused_at_its_row(tmp_path):
    # read as Python's csv reads it by default, every row after the quote became the
    # text of one cell: two stages and their cards lost, exit 0
    table = write(tmp_path / "comillas.csv",
                  'lane_type,stage_name,kind,title,text\n'
                  'actions,A,note,primera,"bien ""citado""\ny en dos líneas"\n'
                  'actions,B,note,segunda,"sin cerrar\n'
                  'actions,C,note,tercera,\n')
    assert problems(table) == [f'{table}: row 3: is not a readable CSV table: a cell opens '
                               'a quote (") that is never closed']
    # a quote inside a cell, as spreadsheets read it, is still taken
    loose = write(tmp_path / "suelta.csv", 'lane_type,stage_name,kind,title\n'
                                           'actions,A,note,"pantalla" de 15 pulgadas\n')
    out = tmp_path / "suelta.cjmap"
    assert run("import", str(loose), "-o", str(out)).returncode == 0
    assert load(out).lanes[0].cards[0].title == "pantalla de 15 pulgadas"


def test_an_id_taken_by_the_stage_of_the_same_row_says_so(tmp_path):
    table = write(tmp_path / "ids.csv", "lane_type,stage_id,kind,title,card_id\n"
                                        "actions,s1,note,x,s1\n")
    assert problems(table) == [f'{table}: row 2, column card_id: id "s1" is already used by '
                               'the stage of row 2']
    table = write(tmp_path / "tipos.csv", "lane_id,lane_type,stage_name,kind,title\n"
                                          "L1,actions,A,note,x\nL1,notes,A,note,y\n")
    assert problems(table) == [f'{table}: row 3, column lane_type: lane "L1" is of type '
                               'actions in row 2']


@pytest.mark.parametrize(("rows", "expected"), [
    ([f"actions,L,S{i % 5},note,c{i}" for i in range(2001)],
     "row 2002: a lane holds at most 2000 cards: this row adds one more"),
    ([f"actions,L,S{i},note,c{i}" for i in range(201)],
     "row 202, column stage_name: a map holds at most 200 stages: this row adds one more"),
    ([f"notes,L{i},S,note,c{i}" for i in range(101)],
     "row 102, column lane_type: a map holds at most 100 lanes: this row adds one more"),
])
def test_a_table_past_a_limit_names_the_row_that_goes_past(tmp_path, rows, expected):
    # it named the lane's first row and a column "cards" the table does not have, or
    # only "stages:" / "lanes:"
    table = write(tmp_path / "grande.csv",
                  "lane_type,lane_title,stage_name,kind,title\n" + "\n".join(rows) + "\n")
    assert problems(table) == [f"{table}: {expected}"]
