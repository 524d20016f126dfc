"""MapDocument: the open map, its primitive mutations, signals and undo stack."""

from cjeditor.document.document import Inverse, MapDocument

__all__ = ["Inverse", "MapDocument"]
