"""Reading, migrating and writing .cjmap files. No Qt."""

from cjeditor.fileio.errors import MapLoadError, MapSaveError, Problem
from cjeditor.fileio.reader import load, loads
from cjeditor.fileio.writer import Producer, dumps, save, write_atomic

__all__ = ["MapLoadError", "MapSaveError", "Problem", "Producer", "dumps", "load", "loads",
           "save", "write_atomic"]
