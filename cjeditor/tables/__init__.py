"""The map as a table of cards (`.csv`, `.xlsx`) and back (spec/cli.md, "import and
the table format"). No Qt; openpyxl is imported only when an `.xlsx` is written or read.

    write_csv / write_xlsx   export writers (export_map's writer signature)
    read_table(path, ...)    a valid map from a table, or TableError (row and column
                             of each problem)
"""

from __future__ import annotations

import os

from cjeditor.model import JourneyMap
from cjeditor.tables.build import build_map
from cjeditor.tables.columns import COLUMNS, LANE_COLUMNS, STAGE_COLUMNS
from cjeditor.tables.read import TableError, TableProblem, read_table_file
from cjeditor.tables.write import write_csv, write_xlsx

__all__ = ["COLUMNS", "LANE_COLUMNS", "STAGE_COLUMNS", "TableError", "TableProblem",
           "read_table", "write_csv", "write_xlsx"]


def read_table(path: str | os.PathLike[str], language: str = "es",
               skeleton: JourneyMap | None = None) -> JourneyMap:
    """The map that the table at `path` (.csv or .xlsx) describes; TableError if the
    file cannot be read or cannot become a valid map (nothing is written either way)."""
    return build_map(read_table_file(path), os.fspath(path), language, skeleton)
