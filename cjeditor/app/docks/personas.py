"""Personas dock: the customers this map is for, each with goals and frustrations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app import labels
from cjeditor.app.docks import fields as F
from cjeditor.commands import AddPersonaCommand, DeletePersonaCommand, EditPersonaCommand, push
from cjeditor.commands.app_persona_picture import SetPersonaPictureCommand
from cjeditor.document import MapDocument
from cjeditor.model import Asset, limits, vocabulary

PICTURE_SIZE = 96


class PersonasDock(QDockWidget):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personas"), parent)
        self.setObjectName("PersonasDock")
        self.document = document
        page = QWidget()
        box = QVBoxLayout(page)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.setMaximumHeight(110)
        box.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid palette(mid);")
        self.picture_button = QPushButton(self.tr("Picture…"))
        self.clear_picture_button = QPushButton(self.tr("No picture"))
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture)
        column = QVBoxLayout()
        column.addWidget(self.picture_button)
        column.addWidget(self.clear_picture_button)
        column.addStretch(1)
        picture_row.addLayout(column)
        picture_row.addStretch(1)

        form = F.FieldForm(stacked=True)
        form.add("name", labels.field_name("name"), F.line_editor(limits.MAX_NAME, optional=False),
                 merge=True)
        form.add("role", labels.field_name("role"), F.line_editor(limits.MAX_LONG_TEXT), merge=True)
        form.add("goals", labels.field_name("goals"),
                 F.list_editor(limits.MAX_LIST_ITEMS, limits.MAX_LIST_ITEM))
        form.add("frustrations", labels.field_name("frustrations"),
                 F.list_editor(limits.MAX_LIST_ITEMS, limits.MAX_LIST_ITEM))
        form.add("quote", labels.field_name("quote"), F.area_editor(limits.MAX_LONG_TEXT, lines=2),
                 merge=True)
        form.add("description", labels.field_name("description"),
                 F.area_editor(limits.MAX_LONG_TEXT, lines=3), merge=True)
        form.add("color", labels.field_name("color"), F.color_editor())
        self.form = form
        self.details = QWidget()
        details_box = QVBoxLayout(self.details)
        details_box.setContentsMargins(0, 0, 0, 0)
        details_box.addLayout(picture_row)
        details_box.addWidget(form)
        box.addWidget(self.details)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.setWidget(scroll)

        self.add_button.clicked.connect(self.add_persona)
        self.remove_button.clicked.connect(self.remove_persona)
        self.picture_button.clicked.connect(self.choose_picture)
        self.clear_picture_button.clicked.connect(lambda: self._set_picture(None))
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        form.edited.connect(self._on_edited)
        form.message.connect(self._say)
        # a name refused while typing (emptied) shows the persona's own again once left
        form.editors["name"].widget.editingFinished.connect(self._show_current)
        for signal in (document.persona_added, document.persona_removed,
                       document.persona_changed):
            signal.connect(self._on_persona_signal)
        document.reset.connect(self.reload)
        self.reload()

    # --------------------------------------------------------------- list
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for persona in self.document.map.personas:
            item = QListWidgetItem(persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self.list.addItem(item)
            if persona.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def _on_persona_signal(self, persona_id: str) -> None:
        ids = [p.id for p in self.document.map.personas]
        listed = [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.list.count())]
        if ids != listed:
            self.reload(select=persona_id if persona_id in ids else None)
            return
        row = ids.index(persona_id)
        self.list.item(row).setText(self.document.persona(persona_id).name)
        if persona_id == self.current_id():
            self._show_current()

    def update_buttons(self) -> None:
        """What can act is on: nothing that adds, removes or changes a picture in a
        read-only window (app/already_open.py); Remove needs a persona chosen."""
        writable = not self.document.read_only
        chosen_id = self.current_id()  # the list may still show one a reload took away
        persona = next((p for p in self.document.map.personas if p.id == chosen_id), None)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and persona is not None)
        self.picture_button.setEnabled(writable and persona is not None)
        self.clear_picture_button.setEnabled(writable and persona is not None
                                             and persona.image is not None)

    def _show_current(self) -> None:
        persona_id = self.current_id()
        self.details.setEnabled(persona_id is not None)
        self.update_buttons()
        if persona_id is None:
            self.picture.clear()
            for editor in self.form.editors.values():
                editor.put(None)
            return
        persona = self.document.persona(persona_id)
        self.form.set_values(persona)
        self._show_picture(persona.image)

    def _show_picture(self, asset_id: str | None) -> None:
        self.picture.clear()
        self.picture.setText(self.tr("No picture"))
        self.clear_picture_button.setEnabled(asset_id is not None
                                             and not self.document.read_only)
        if asset_id is None:
            return
        try:
            data = self.document.asset(asset_id).decoded()
        except KeyError:
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.picture.setPixmap(pixmap.scaled(
                PICTURE_SIZE, PICTURE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    # -------------------------------------------------------------- edits
    def _push(self, command_factory) -> Any:
        try:
            command = command_factory()
            push(self.document, command)
            return command
        except ValueError as error:
            self._say(str(error))
            return None

    def _say(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def add_persona(self) -> None:
        doc = self.document
        name = vocabulary.name("new", "persona", doc.map.meta.language)
        command = self._push(lambda: AddPersonaCommand(doc, name))
        if command is not None:
            self.show()
            self.raise_()
            self.reload(select=command.persona_id)

    def remove_persona(self) -> None:
        persona_id = self.current_id()
        if persona_id is not None:
            self._push(lambda: DeletePersonaCommand(self.document, persona_id))

    def _on_edited(self, field: str, value: Any, merge: bool) -> None:
        persona_id = self.current_id()
        if field == "name" and isinstance(value, str) and not value.strip():
            value = ""  # spaces only are no name: refused as an empty one
        if persona_id is not None:
            self._push(lambda: EditPersonaCommand(self.document, persona_id, {field: value},
                                                  merge=merge))

    def choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Persona picture"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        image = QImage(path)
        if image.isNull():
            self.window().statusBar().showMessage(self.tr("That file is not a picture."), 6000)
            return
        self._set_picture(image)

    def _set_picture(self, image: QImage | None) -> None:
        persona_id = self.current_id()
        if persona_id is None:
            return
        asset = None
        if image is not None:
            # Store a modest PNG: a persona picture is small on the poster.
            image = image.scaled(256, 256, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            import base64

            asset = Asset(id=self.document.new_id("a"), media_type="image/png",
                          name=self.document.persona(persona_id).name,
                          data=base64.b64encode(bytes(data)).decode("ascii"))
        self._push(lambda: SetPersonaPictureCommand(self.document, persona_id, asset))
