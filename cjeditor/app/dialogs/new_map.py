"""New map: choose a built-in template, its language and a title."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from cjeditor.app.forms.ui_new_map import Ui_NewMapDialog
from cjeditor.templates import LANGUAGES, create_map, list_templates

PICTURE = QSize(120, 72)  # the template's picture in the list


@cache
def _picture(name: str, language: str) -> QImage:
    from cjeditor.app.dialogs.export_preview import compute_poster_for, render_thumbnail

    doc = create_map(name, language)
    size = PICTURE * 2  # drawn at twice the size: sharp on high-density screens
    poster = render_thumbnail(doc, compute_poster_for(doc, None), size.width())
    poster = poster.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    picture = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(Qt.GlobalColor.transparent)  # every picture the same size: titles line up
    painter = QPainter(picture)
    painter.drawImage((size.width() - poster.width()) // 2, 0, poster)
    painter.end()
    return picture


def template_picture(name: str, language: str) -> QIcon:
    """A small picture of the map a template makes, drawn by the one painter
    (the image is kept; icons are made per list, as Qt wants them)."""
    return QIcon(QPixmap.fromImage(_picture(name, language)))


class NewMapDialog(QDialog, Ui_NewMapDialog):
    """Returns its choice through `template()`, `language()` and `title()`.

    The form is ui/new_map.ui (compiled into app/forms/); this class fills the list
    with the templates and their pictures."""

    def __init__(
        self,
        parent: QWidget | None = None,
        template: str = "moments-of-truth",
        language: str = "es",
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._infos = list_templates()
        self.templates.setIconSize(PICTURE)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        names = {"es": self.tr("Spanish"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language_combo.addItem(names.get(code, code), code)

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
            item = QListWidgetItem(template_picture(info.name, lang), text)
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
