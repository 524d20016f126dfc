"""Toolbar combo: show every lane, or only one persona's lanes (and lanes of none)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from cjeditor.document import MapDocument


class PersonaFilter(QComboBox):
    def __init__(self, document: MapDocument, view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.view = view
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Show only the lanes of one persona (and the shared lanes)"))
        for signal in (document.persona_added, document.persona_removed,
                       document.persona_changed):
            signal.connect(lambda *_: self.reload())
        document.reset.connect(self._reset)
        self.activated.connect(lambda *_: self._apply())
        self.reload()

    def reload(self) -> None:
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All personas"), None)
        for persona in self.document.map.personas:
            self.addItem(persona.name, persona.id)
        index = self.findData(keep) if keep is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.setEnabled(bool(self.document.map.personas))
        if keep is not None and index < 0:  # the persona shown was deleted
            self._apply()

    def _reset(self) -> None:
        self.setCurrentIndex(0)
        self.reload()
        self._apply()

    def _apply(self) -> None:
        set_persona = getattr(self.view, "set_persona", None)
        if callable(set_persona):
            set_persona(self.currentData())
