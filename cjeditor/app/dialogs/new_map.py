"""New map: choose a built-in template, its language and a title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeditor.templates import LANGUAGES, list_templates


class NewMapDialog(QDialog):
    """Returns its choice through `template()`, `language()` and `title()`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        template: str = "moments-of-truth",
        language: str = "es",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New journey map"))
        self._infos = list_templates()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a template:")))
        self.templates = QListWidget()
        self.templates.setMinimumSize(420, 170)
        layout.addWidget(self.templates)
        self.description = QLabel()
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(48)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.description)

        form = QFormLayout()
        self.language_combo = QComboBox()
        names = {"es": self.tr("Spanish"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language_combo.addItem(names.get(code, code), code)
        form.addRow(self.tr("Map language:"), self.language_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        form.addRow(self.tr("Title:"), self.title_edit)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._refresh_texts)
        self.templates.currentRowChanged.connect(self._show_description)
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self._refresh_texts()
        names_list = [info.name for info in self._infos]
        self.templates.setCurrentRow(names_list.index(template) if template in names_list else 0)

    def _refresh_texts(self) -> None:
        row = max(self.templates.currentRow(), 0)
        lang = self.language()
        self.templates.clear()
        for info in self._infos:
            text = self.tr("%1 (%2 stages)").replace("%1", info.title[lang]).replace(
                "%2", str(info.stage_count)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.templates.addItem(item)
        self.templates.setCurrentRow(row)
        self._show_description(row)

    def _show_description(self, row: int) -> None:
        if 0 <= row < len(self._infos):
            info = self._infos[row]
            self.description.setText(info.description[self.language()])
            self.title_edit.setPlaceholderText(info.title[self.language()])

    def template(self) -> str:
        row = max(self.templates.currentRow(), 0)
        return self._infos[row].name

    def language(self) -> str:
        return self.language_combo.currentData() or "es"

    def title(self) -> str | None:
        return self.title_edit.text().strip() or None
