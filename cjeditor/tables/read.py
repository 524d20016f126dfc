"""Reading a card table from `.csv` or `.xlsx` into rows of cells, safely: size first,
then the file's structure; the header row checked (row 1, as a spreadsheet shows it).
Every refusal is a `TableError` with the row and column of each problem."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from cjeditor.model.limits import MAX_CARDS, MAX_FILE_BYTES, MAX_PROBLEMS
from cjeditor.model.messages import Decimal1, Detail, Message, Phrase, os_reason, place
from cjeditor.tables.columns import (
    COLUMNS,
    LANE_COLUMNS,
    STAGE_COLUMNS,
    Cell,
    column_type,
)

__all__ = ["RawTable", "Sheet", "TableError", "TableProblem", "read_table_file"]

_MIB = 1024 * 1024
# The unpacked parts of a workbook (a zip) may not exceed this: a few megabytes of
# zip can unpack to gigabytes.
MAX_UNPACKED_BYTES = 4 * MAX_FILE_BYTES
REQUIRED_COLUMNS = ("lane_type", "kind", "title")


@dataclass(frozen=True)
class TableProblem:
    """One thing wrong with a table, where a spreadsheet shows it. The sentence is a
    phrase, worded when shown: English for the command line, or the editor's language."""

    phrase: Phrase
    row: int | None = None
    column: str | None = None
    sheet: str | None = None  # None: the cards (the only sheet of a CSV)

    @property
    def message(self) -> str:
        return self.phrase.say("en")

    @property
    def where(self) -> str:
        return self.place("en")

    def place(self, language: str | None = "en") -> str:
        """"sheet stages, row 3, column width" in `language` ("" for the whole file)."""
        return place(language, self.sheet, self.row, self.column)

    def say(self, language: str | None = "en") -> str:
        """`row R, column C: MESSAGE` in `language`."""
        where, message = self.place(language), self.phrase.say(language)
        return f"{where}: {message}" if where else message

    def __str__(self) -> str:
        return self.say("en")


class TableError(Exception):
    """A table that cannot become a valid map; nothing was written."""

    def __init__(self, source: str | os.PathLike[str], problems: list[TableProblem]):
        self.source = os.fspath(source)
        self.total = len(problems)
        self.problems = problems[:MAX_PROBLEMS]
        super().__init__(f"{self.source}: {self.problems[0] if problems else 'refused'}")

    def lines(self, language: str | None = "en") -> list[str]:
        """`FILE: row R, column C: MESSAGE` lines, as the command line prints them (in
        English; the editor asks for its interface's language)."""
        out = [f"{self.source}: {problem.say(language)}" for problem in self.problems]
        hidden = self.total - len(self.problems)
        if hidden > 0:
            out.append(f"{self.source}: "
                       + Message("more_problems", count=hidden).say(language))
        return out


@dataclass
class Sheet:
    """The rows of one sheet: (row number, column -> cell), empty rows left out."""

    name: str | None
    columns: list[str]
    rows: list[tuple[int, dict[str, Cell]]] = field(default_factory=list)


@dataclass
class RawTable:
    cards: Sheet
    stages: Sheet | None = None
    lanes: Sheet | None = None


def read_table_file(path: str | os.PathLike[str]) -> RawTable:
    """The cells of the table at `path` (.csv or .xlsx), or TableError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise TableError(path, [TableProblem(Message("file_not_regular"))])
        if size > MAX_FILE_BYTES:
            raise TableError(path, [TableProblem(Message(
                "table_too_large", size=Decimal1(size / _MIB), limit=MAX_FILE_BYTES // _MIB))])
        if path.suffix.lower() == ".xlsx":
            return _read_xlsx(path)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise TableError(path, [TableProblem(Message("file_missing"))]) from None
    except PermissionError:
        raise TableError(path, [TableProblem(Message("file_permission"))]) from None
    except OSError as exc:
        raise TableError(path, [TableProblem(Message(
            "file_unreadable", reason=os_reason(exc)))]) from None
    return _read_csv(path, data)


# ------------------------------------------------------------------------ header
def _column_name(cell: Cell) -> str:
    return re.sub(r"[\s-]+", "_", str(cell if cell is not None else "").strip().lower())


def _header(cells: list[Cell], known: tuple[str, ...], sheet: str | None,
            problems: list[TableProblem]) -> list[str]:
    """The header's column names (normalised); problems for unknown or repeated ones."""
    names: list[str] = []
    seen: set[str] = set()
    for cell in cells:
        name = _column_name(cell)
        if name and name not in known:
            problems.append(TableProblem(Message(
                "table_unknown_column", name=str(cell).strip(), columns=", ".join(known)),
                row=1, column=str(cell).strip(), sheet=sheet))
        elif name and name in seen:
            problems.append(TableProblem(Message("table_column_twice"), row=1, column=name,
                                         sheet=sheet))
        seen.add(name)
        names.append(name)
    return names


def _check_card_columns(columns: list[str], problems: list[TableProblem]) -> None:
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            problems.append(TableProblem(Message("table_column_missing", name=name), row=1))
    if "stage_name" not in columns and "stage_id" not in columns:
        problems.append(TableProblem(Message(
            "table_stage_column_missing", name="stage_name", other="stage_id"), row=1))


def _rows(sheet: Sheet, records: list[tuple[int, list[Cell]]], limit: int,
          problems: list[TableProblem]) -> None:
    for number, cells in records:
        # Spaces alone are a value only in a text column (a title " "); elsewhere a
        # cell of spaces is an empty cell, as people read it.
        values = {name: cell for name, cell in zip(sheet.columns, cells, strict=False)
                  if name and not (_blank(cell) if column_type(name) != "text" or cell is None
                                   else cell == "")}
        extra = [cell for cell in cells[len(sheet.columns):] if not _blank(cell)]
        if extra:
            problems.append(TableProblem(Message("table_row_too_long"), row=number,
                                         sheet=sheet.name))
        if values and not all(_blank(cell) for cell in cells):
            sheet.rows.append((number, values))
            if len(sheet.rows) > limit:
                problems.append(TableProblem(Message("table_too_many_rows", limit=limit),
                                             row=number, sheet=sheet.name))
                return


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# --------------------------------------------------------------------------- CSV
def _read_csv(path: Path, data: bytes) -> RawTable:
    if len(data) > MAX_FILE_BYTES:
        raise TableError(path, [TableProblem(Message(
            "table_too_large_plain", limit=MAX_FILE_BYTES // _MIB))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise TableError(path, [TableProblem(Message("table_not_utf8"), row=row)]) from None
    records = _csv_records(path, text)
    if not records or not any(cell.strip() for cell in records[0]):
        raise TableError(path, [TableProblem(Message(
            "table_no_header", columns=", ".join(REQUIRED_COLUMNS)), row=1)])
    problems: list[TableProblem] = []
    cards = Sheet(None, _header(list(records[0]), COLUMNS, None, problems))
    _check_card_columns(cards.columns, problems)
    numbered: list[tuple[int, list[Cell]]] = [
        (n, list(cells)) for n, cells in enumerate(records[1:], start=2)]
    _rows(cards, numbered, MAX_CARDS, problems)
    if problems:
        raise TableError(path, problems)
    return RawTable(cards)


def _csv_records(path: Path, text: str) -> list[list[str]]:
    """The rows of a CSV text, read as spreadsheets read them (`"a" b` is the cell
    `a b`), except a quoted cell never closed: read so, it would swallow every row
    after it into its text, silently. That is refused at the row it opens in."""
    dialect = _dialect(text)
    strict: list[list[str]] = []
    try:
        strict.extend(csv.reader(io.StringIO(text, newline=""), dialect, strict=True))
        return strict
    except csv.Error as exc:
        if "end of data" in str(exc):
            reason = Detail("a cell opens a quote (\") that is never closed",
                            "una celda abre unas comillas (\") que nunca se cierran")
            raise TableError(path, [TableProblem(Message("table_bad_csv", reason=reason),
                                                 row=len(strict) + 1)]) from None
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        reason = Detail(str(exc), "una línea no tiene la forma de una fila de CSV")
        raise TableError(path, [TableProblem(Message("table_bad_csv", reason=reason))]
                         ) from None


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma-separated, or semicolon/tab-separated as some spreadsheets save CSV (e.g.
    in Spanish, where the comma is the decimal separator): the separator whose split
    of the first line names the most known columns."""
    first = text.split("\n", 1)[0]

    def score(separator: str) -> int:
        return sum(_column_name(part.strip('"')) in COLUMNS for part in first.split(separator))

    separator = max((",", ";", "\t"), key=score)

    class Dialect(csv.excel):
        delimiter = separator

    return Dialect


# -------------------------------------------------------------------------- XLSX
_ESCAPED_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def xlsx_unescape(text: str) -> str:
    """OOXML escapes (`_x000D_`) back into characters, as spreadsheets read them."""
    return _ESCAPED_RE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _xlsx_value(value: object) -> Cell:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return xlsx_unescape(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path) -> RawTable:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TableError(path, [TableProblem(Message("table_not_xlsx"))]) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise TableError(path, [TableProblem(Message(
            "table_unpacks", size=f"{unpacked / _MIB:.0f}", limit=MAX_UNPACKED_BYTES // _MIB))])
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        raise TableError(path, [TableProblem(Message("table_damaged_xlsx"))]) from None
    try:
        names = list(book.sheetnames)
        card_sheet = "cards" if "cards" in names else names[0]
        problems: list[TableProblem] = []
        sheet_name = None if card_sheet == "cards" else card_sheet
        cards = _xlsx_sheet(book[card_sheet], sheet_name, COLUMNS, MAX_CARDS, problems)
        if cards is None:
            raise TableError(path, [TableProblem(Message("table_no_header_sheet"), row=1,
                                                 sheet=sheet_name)])
        _check_card_columns(cards.columns, problems)
        stages = lanes = None
        if "stages" in names and card_sheet != "stages":
            stages = _xlsx_sheet(book["stages"], "stages", STAGE_COLUMNS, 200, problems)
        if "lanes" in names and card_sheet != "lanes":
            lanes = _xlsx_sheet(book["lanes"], "lanes", LANE_COLUMNS, 100, problems)
    except TableError:
        raise
    except Exception:
        raise TableError(path, [TableProblem(Message("table_damaged_xlsx"))]) from None
    finally:
        book.close()
    if problems:
        raise TableError(path, problems)
    return RawTable(cards, stages, lanes)


def _xlsx_sheet(sheet: object, name: str | None, known: tuple[str, ...], limit: int,
                problems: list[TableProblem]) -> Sheet | None:
    rows = sheet.iter_rows(values_only=True)  # type: ignore[attr-defined]
    header = next(rows, None)
    if header is None or all(_blank(_xlsx_value(cell)) for cell in header):
        return None
    result = Sheet(name, _header([_xlsx_value(cell) for cell in header], known, name, problems))
    records = ((n, [_xlsx_value(cell) for cell in cells]) for n, cells in enumerate(rows, 2))
    # Read lazily: stop at the limit without unpacking a huge sheet.
    batch: list[tuple[int, list[Cell]]] = []
    for record in records:
        if all(_blank(cell) for cell in record[1]):
            continue
        batch.append(record)
        if len(batch) > limit:
            break
    _rows(result, batch, limit, problems)
    return result
