"""Brief dock: what the map answers — title, product, objective, team goal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app import labels
from cjeditor.app.docks import fields as F
from cjeditor.app.docks.counterpart import counterpart_editor
from cjeditor.commands import EditMetaCommand, push
from cjeditor.document import MapDocument
from cjeditor.model import limits

TYPED = (QLineEdit, QPlainTextEdit, QTextEdit)  # fields a person types into


class BriefDock(QDockWidget):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Brief"), parent)
        self.setObjectName("BriefDock")
        self.document = document
        page = QWidget()
        box = QVBoxLayout(page)
        form = F.FieldForm(stacked=True)
        self.title = form.add("title", labels.field_name("title"),
                              F.line_editor(limits.MAX_NAME, optional=False), merge=True)
        self.product = form.add("product", labels.field_name("product"),
                                F.line_editor(limits.MAX_PRODUCT), merge=True)
        self.objective = form.add("objective", labels.field_name("objective"),
                                  F.area_editor(limits.MAX_LONG_TEXT, lines=5), merge=True)
        self.team_goal = form.add("team_goal", labels.field_name("team_goal"),
                                  F.area_editor(limits.MAX_LONG_TEXT, lines=5), merge=True)
        self.authors = form.add("authors", labels.field_name("authors"),
                                F.list_editor(limits.MAX_LIST_ITEMS, limits.MAX_AUTHOR, 2))
        languages = [("es", self.tr("Spanish")), ("en", self.tr("English"))]
        current = document.map.meta.language
        if current not in ("es", "en"):
            languages.append((current, current))
        self.language = form.add("language", self.tr("Map language"),
                                 F.combo_editor(languages, False))
        self.language.widget.setToolTip(
            self.tr("The language the map is written in (names of new lanes and stages)"))
        states = [(value, labels.value_name("state", value)) for value in ("current", "future")]
        self.state = form.add("state", labels.field_name("state"), F.combo_editor(states, True))
        self.state.widget.setToolTip(self.tr("Current: how the journey is today; future: the "
                                             "ideal route"))
        self.counterpart = form.add("counterpart", labels.field_name("counterpart"),
                                    counterpart_editor(document))
        self.counterpart.widget.refused.connect(self._say)
        self.title.widget.setToolTip(self.tr("The map's title, printed on the poster"))
        self.product.widget.setToolTip(
            self.tr("Which one product or service does this journey evaluate?"))
        self.objective.widget.setToolTip(self.tr("Why are we making this map?"))
        self.team_goal.widget.setToolTip(
            self.tr("The goal written down so the whole team keeps the same focus"))
        self.form = form
        box.addWidget(form)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.setWidget(scroll)
        form.edited.connect(self._on_edited)
        form.message.connect(self._say)
        # a title refused while typing (emptied) shows the map's own again once left
        self.title.widget.editingFinished.connect(self.refresh)
        document.meta_changed.connect(self.refresh)
        document.reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.form.set_values(self.document.map.meta)

    def _on_edited(self, field: str, value: Any, merge: bool) -> None:
        try:
            push(self.document, EditMetaCommand(self.document, {field: value}, merge=merge))
        except ValueError as error:
            self._say(str(error))
            editor = self.form.editors.get(field)
            if editor is not None and not isinstance(editor.widget, TYPED):
                # a refused choice (read-only map...) shows the map's value again;
                # typed text stays, for the person to finish or correct it
                editor.put(getattr(self.document.map.meta, field, None))

    def _say(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)
