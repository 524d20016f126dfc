"""Reading, migrating and writing .cjmap files. No Qt."""

from cjeditor.fileio.errors import MapLoadError, Problem
from cjeditor.fileio.reader import load, loads
from cjeditor.fileio.writer import MapSaveError, dumps, save, write_atomic

__all__ = ["MapLoadError", "MapSaveError", "Problem", "dumps", "load", "loads", "save",
           "write_atomic"]
