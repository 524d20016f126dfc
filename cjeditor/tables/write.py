"""Writers of the card table: `.csv` (UTF-8, a header row) and `.xlsx` (sheets `cards`,
`stages` and `lanes`, numbers as number cells). Both have the export writers'
signature, so `export_map` writes them atomically like any other format."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from cjeditor.layout.labels import NO_CARD_TITLES
from cjeditor.model import JourneyMap
from cjeditor.tables.columns import COLUMNS, LANE_COLUMNS, STAGE_COLUMNS, join_list, safe_text
from cjeditor.tables.rows import card_rows, lane_rows, stage_rows

__all__ = ["write_csv", "write_xlsx"]

Progress = Callable[[float], None]


def _lanes(doc: JourneyMap, options: Any) -> list[Any]:
    from cjeditor.layout.compute import shown_lanes

    return shown_lanes(doc, getattr(options, "persona", None))


def _image_note(doc: JourneyMap, lanes: Iterable[Any], notes: list[str]) -> None:
    images = sum(1 for lane in lanes for card in lane.cards if card.kind == "image")
    if images:
        notes.append(f"{images} picture card(s) left out: a table holds no images")


# The size a workbook's cells show their text at: openpyxl's default font (Calibri 11),
# which the workbook keeps (tests/tables check the two agree).
XLSX_TEXT_PT = 11.0


def _title_note(lanes: Iterable[Any], notes: list[str], sentence: str) -> None:
    """The line every export gives (spec/cli.md) on the smallest size card titles
    print at: `sentence` when a card of the table has a title, else that none has.
    (A Mermaid file says its own, on the action cards it holds: mermaid.journey_text.)"""
    if any(card.title.strip() for lane in lanes for card in lane.cards):
        notes.append(sentence)
    else:
        notes.append(NO_CARD_TITLES)


def _text_cell(value: Any) -> Any:
    """A value as the cell the writers put in the table (None: an empty cell)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list):
        return safe_text(join_list([str(item) for item in value])) if value else None
    return safe_text(str(value))


def _csv_cell(value: Any) -> str:
    cell = _text_cell(value)
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, int | float):
        return repr(cell)
    return str(cell)


def write_csv(doc: JourneyMap, handle: BinaryIO, options: Any,
              progress: Progress | None, notes: list[str]) -> None:
    lanes = _lanes(doc, options)
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in card_rows(doc, lanes):
        writer.writerow([_csv_cell(row[column]) for column in COLUMNS])
    handle.write(text.getvalue().encode("utf-8"))
    _title_note(lanes, notes, "card titles have no printed size in a CSV file: the program "
               "that opens it sets it")
    _image_note(doc, lanes, notes)
    if progress is not None:
        progress(1.0)


# XML 1.0 cannot hold most control characters, and its parsers turn CR into LF: such
# characters are written as OOXML escapes `_xHHHH_` (as spreadsheets do), and a text
# that already holds something shaped like an escape has its "_" escaped (`_x005F_`).
_XML_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def xlsx_escape(text: str) -> str:
    return _XML_UNSAFE_RE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    cell = _text_cell(value)
    if isinstance(cell, str):
        return xlsx_escape(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _number_cell(sheet, cell)
    return cell


def _number_cell(sheet: Any, value: int | float) -> Any:
    """A number cell holding `value` exactly. openpyxl writes numbers with 16 significant
    digits, which changes some floats (17 are needed) and large integers; those are
    written as the number cell with Python's exact text instead."""
    text = f"{value:.16g}"  # as openpyxl writes it
    if (float(text) == value) if isinstance(value, float) else (text == str(value)):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell._value = repr(value)  # type: ignore[attr-defined]  # the <v> text; a number cell
    cell.data_type = "n"
    return cell


_WIDE = {"title": 40, "text": 60, "name": 30, "lane_title": 24, "stage_name": 24,
         "description": 50, "hypothesis": 40}


def _header(sheet: Any, columns: tuple[str, ...]) -> None:
    """A bold header row that stays in view, and columns wide enough to read."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for number, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = _WIDE.get(column, 14)
    sheet.freeze_panes = "A2"
    cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = Font(bold=True)
        cells.append(cell)
    sheet.append(cells)


def write_xlsx(doc: JourneyMap, handle: BinaryIO, options: Any,
               progress: Progress | None, notes: list[str]) -> None:
    from openpyxl import Workbook

    lanes = _lanes(doc, options)
    book = Workbook(write_only=True)
    sheets: tuple[tuple[str, tuple[str, ...], Iterable[dict[str, Any]]], ...] = (
        ("cards", COLUMNS, card_rows(doc, lanes)),
        ("stages", STAGE_COLUMNS, stage_rows(doc)),
        ("lanes", LANE_COLUMNS, lane_rows(doc, lanes)),
    )
    for name, columns, rows in sheets:
        sheet = book.create_sheet(name)
        _header(sheet, columns)
        for row in rows:
            sheet.append([_xlsx_cell(sheet, row[column]) for column in columns])
    book.save(handle)
    _title_note(lanes, notes, f"card titles print at {XLSX_TEXT_PT:g} pt at the smallest "
               "at 1:1 (the workbook's text size)")
    _image_note(doc, lanes, notes)
    if progress is not None:
        progress(1.0)
