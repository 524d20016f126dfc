"""The card table both ways (spec/cli.md, "import and the table format"): a map exported
to .xlsx and imported again has the same stages, lanes and cards by `cjeditor diff`
(image cards aside); .csv likewise for the stages and lanes that hold cards."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from map_strategies import maps
from maps import v2_map

from cjeditor.diff import diff_maps
from cjeditor.export import ExportOptions, export_map
from cjeditor.fileio import load
from cjeditor.model import JourneyMap
from cjeditor.tables import COLUMNS, read_table

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "zapatillas-running.cjmap"
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def export(doc: JourneyMap, out: Path) -> list[str]:
    return export_map(doc, out, ExportOptions())


def round_trip(raw: dict[str, Any], suffix: str) -> tuple[JourneyMap, JourneyMap]:
    doc = JourneyMap.model_validate(raw)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"cards{suffix}"
        export(doc, out)
        return doc, read_table(out)


def image_ids(doc: JourneyMap) -> set[str]:
    return {card.id for card in doc.all_cards() if card.kind == "image"}


@SETTINGS
@given(maps())
def test_xlsx_round_trip_gives_the_same_stages_lanes_and_cards(raw):
    doc, back = round_trip(raw, ".xlsx")
    changes = [c for c in diff_maps(doc, back) if c.kind in ("stage", "lane", "card")]
    images = image_ids(doc)
    assert [c for c in changes if not (c.change == "removed" and c.id in images)] == []


@SETTINGS
@given(maps())
def test_csv_round_trip_gives_the_stages_and_lanes_that_hold_cards(raw):
    # A table without a card has no stage: it cannot become a map (tested in test_import).
    assume(any(card["kind"] != "image" for lane in raw["lanes"] for card in lane["cards"]))
    doc, back = round_trip(raw, ".csv")
    images = image_ids(doc)
    cards = [c for c in diff_maps(doc, back) if c.kind == "card"]
    assert [c for c in cards if not (c.change == "removed" and c.id in images)] == []
    held = {card.stage for card in doc.all_cards() if card.kind != "image"}
    old_stages = [(s.id, s.name) for s in doc.stages if s.id in held]
    assert [(s.id, s.name) for s in back.stages if s.id in held] == old_stages
    lanes = [(lane.id, lane.type, lane.title) for lane in doc.lanes
             if any(card.kind != "image" for card in lane.cards)]
    assert [(lane.id, lane.type, lane.title) for lane in back.lanes] == lanes
    # A stage without cards does not come back, unless a card's span runs over it.
    covered = {doc.stage_index(card.stage) + k for card in doc.all_cards()
               if card.kind != "image" for k in range(card.span)}
    assert len(back.stages) == len(covered)
    for k, stage in enumerate(back.stages):
        assert stage.id in held or any(
            back.stage_index(c.stage) < k < back.stage_index(c.stage) + c.span
            for c in back.all_cards())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_example_and_the_v2_map_round_trip(suffix):
    for doc in (load(EXAMPLE), JourneyMap.model_validate(v2_map())):
        back = round_trip(doc.model_dump(by_alias=True, exclude_defaults=True), suffix)[1]
        changes = [c for c in diff_maps(doc, back) if c.kind == "card"]
        assert {c.id for c in changes} == image_ids(doc)
        assert all(c.change == "removed" for c in changes)


HYPERLINK = '=HYPERLINK("http://x","y")'


def hyperlink_map() -> JourneyMap:
    raw = v2_map()
    raw["lanes"][0]["cards"][0]["title"] = HYPERLINK
    raw["lanes"][0]["cards"][0]["tags"] = ["-menos", "@arroba"]
    return JourneyMap.model_validate(raw)


def test_a_formula_title_is_written_with_a_quote_and_read_back(tmp_path):
    doc = hyperlink_map()
    out = tmp_path / "cards.csv"
    export(doc, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert rows[0]["title"] == "'" + HYPERLINK
    assert rows[0]["tags"] == "'-menos;@arroba"
    assert read_table(out).lanes[0].cards[0].title == HYPERLINK

    from openpyxl import load_workbook

    out = tmp_path / "cards.xlsx"
    export(doc, out)
    sheet = load_workbook(out)["cards"]
    header = [cell.value for cell in sheet[1]]
    title = sheet.cell(row=2, column=header.index("title") + 1)
    assert title.value == "'" + HYPERLINK and title.data_type == "s"  # text, not a formula
    assert read_table(out).lanes[0].cards[0].title == HYPERLINK


def test_csv_columns_order_and_grouping(tmp_path):
    doc = JourneyMap.model_validate(v2_map())
    out = tmp_path / "cards.csv"
    notes = export(doc, out)
    assert any("picture" in note for note in notes)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert COLUMNS[:15] == ("lane_id", "lane_type", "lane_title", "stage_id", "stage_name",
                            "stage_index", "position", "card_id", "kind", "title", "text",
                            "span", "evidence", "color", "tags")
    body = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    lane_order = [lane.id for lane in doc.lanes]
    seen = [row["lane_id"] for row in body]
    assert seen == sorted(seen, key=lane_order.index)  # lane by lane in map order
    assert "c-img" not in {row["card_id"] for row in body}
    opp = next(row for row in body if row["card_id"] == "c-opp")
    assert (opp["addresses"], opp["impact"], opp["stage_index"]) == ("c-pain", "5", "1")
    metric = next(row for row in body if row["card_id"] == "c-met")
    assert (metric["value"], metric["unit"], metric["scope"]) == ("0.35", "€", "per_customer")


def test_cards_within_a_lane_by_stage_then_position(tmp_path):
    raw = v2_map()
    raw["lanes"][0]["cards"] = [
        {"id": "n3", "kind": "note", "stage": "s-3", "title": "tercera"},
        {"id": "n1", "kind": "note", "stage": "s-1", "title": "primera"},
        {"id": "n3b", "kind": "note", "stage": "s-3", "title": "tercera bis"},
    ]
    raw["connections"] = [c for c in raw["connections"] if "c-note" not in c.values()]
    doc = JourneyMap.model_validate(raw)
    out = tmp_path / "cards.csv"
    export(doc, out)
    rows = [r for r in csv.DictReader(io.StringIO(out.read_text("utf-8"), newline=""))
            if r["lane_id"] == "l-notes"]
    assert [(r["card_id"], r["stage_index"], r["position"]) for r in rows] == [
        ("n1", "0", "0"), ("n3", "2", "0"), ("n3b", "2", "1")]
    back = read_table(out)
    assert [c.id for c in back.lanes[0].cards] == ["n1", "n3", "n3b"]
    assert not [c for c in diff_maps(doc, back) if c.kind == "card" and c.change == "moved"]


def test_xlsx_has_number_cells_and_the_stages_and_lanes_sheets(tmp_path):
    from openpyxl import load_workbook

    doc = JourneyMap.model_validate(v2_map())
    out = tmp_path / "cards.xlsx"
    export(doc, out)
    book = load_workbook(out)
    assert book.sheetnames == ["cards", "stages", "lanes"]
    cards = book["cards"]
    header = [cell.value for cell in cards[1]]
    assert tuple(header) == COLUMNS
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in cards.iter_rows(2)]
    metric = next(row for row in rows if row["card_id"] == "c-met")
    assert metric["value"] == 0.35 and isinstance(metric["stage_index"], int)
    feedback = next(row for row in rows if row["card_id"] == "c-fb")
    assert feedback["score"] == 2.5
    stages = [[c.value for c in row] for row in book["stages"].iter_rows()]
    assert stages[0][:8] == ["id", "name", "description", "phase", "moment", "color", "width",
                             "link"]
    assert [row[0] for row in stages[1:]] == [s.id for s in doc.stages]
    lanes = [[c.value for c in row] for row in book["lanes"].iter_rows()]
    assert lanes[0][:7] == ["id", "type", "title", "persona", "color", "collapsed",
                            "line_below"]
    assert [row[0] for row in lanes[1:]] == [lane.id for lane in doc.lanes]
    back = read_table(out)
    assert [p.id for p in back.personas] == ["p-1"] and back.lanes[0].line_below == "interaction"


def test_persona_option_keeps_that_personas_lanes_and_lanes_of_none(tmp_path):
    doc = JourneyMap.model_validate(v2_map())
    out = tmp_path / "cards.csv"
    export_map(doc, out, ExportOptions(persona="p-1"))
    lanes = {row["lane_id"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8")))}
    assert "l-notes" in lanes  # Laura's lane
    assert len(lanes) > 5


def test_xlsx_is_held_to_min_text_pt_at_the_workbooks_text_size(tmp_path):
    # it said its titles show at 11 pt and still wrote the file under --min-text-pt 20
    from openpyxl.styles import DEFAULT_FONT

    from cjeditor.export import ExportError, ExportOptions, export_map
    from cjeditor.fileio import load
    from cjeditor.tables.write import XLSX_TEXT_PT

    assert DEFAULT_FONT.sz == XLSX_TEXT_PT
    doc = load(Path(__file__).resolve().parents[2] / "resources" / "examples"
               / "zapatillas-running.cjmap")
    out = tmp_path / "cards.xlsx"
    with pytest.raises(ExportError, match="would print at 11 pt at 1:1 .* under "
                                          "--min-text-pt 20"):
        export_map(doc, out, ExportOptions(min_text_pt=20))
    assert not out.exists()
    export_map(doc, out, ExportOptions(min_text_pt=11))
    assert out.exists()
