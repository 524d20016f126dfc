"""The brief's counterpart field: the other map of a current/future pair, chosen with
a file dialog and stored as spec/cjmap-format.md "Links between maps" says — relative
to this map's file, `/` separators, ending in .cjmap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QToolButton, QWidget

from cjeditor.app.docks.fields import Editor
from cjeditor.document import MapDocument
from cjeditor.document.map_paths import relative_map_path

SUFFIX = ".cjmap"
__all__ = ["CounterpartField", "counterpart_editor", "relative_map_path"]


class CounterpartField(QWidget):
    """The path (read-only), a button to choose the file and one to clear it."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText("—")
        self.choose = QToolButton()
        self.choose.setText("…")
        self.choose.setToolTip(self.tr("Choose the other map of the pair (current ↔ future)"))
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No counterpart"))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear_button)
        self.choose.clicked.connect(self._ask)
        self.clear_button.clicked.connect(lambda: self.set_path(None))

    def value(self) -> str | None:
        return self.path.text() or None

    def set_path(self, value: str | None, notify: bool = True) -> None:
        self.path.setText(value or "")
        self.path.setCursorPosition(0)
        if notify:
            self.changed.emit()

    def choose_file(self, target: Path) -> None:
        """Store `target` relative to the map's file (the map must be saved first)."""
        if self.document.path is None:
            self.refused.emit(self.tr("Save the map first: the counterpart is stored "
                                      "relative to its file."))
            return
        if target.suffix.lower() != SUFFIX:
            self.refused.emit(self.tr("Choose a journey map (a .cjmap file)."))
            return
        try:
            self.set_path(relative_map_path(target, self.document.path))
        except ValueError:
            self.refused.emit(self.tr("The counterpart must be on the same drive as the map."))

    def _ask(self) -> None:
        start = str(self.document.path.parent) if self.document.path is not None else ""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Counterpart map"), start, self.tr("Journey maps (*.cjmap)"))
        if name:
            self.choose_file(Path(name))


def counterpart_editor(document: MapDocument) -> Editor:
    field = CounterpartField(document)
    return Editor(field, field.value, lambda value: field.set_path(value, notify=False),
                  lambda cb: field.changed.connect(lambda: cb()))
