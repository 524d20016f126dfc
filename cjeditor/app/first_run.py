"""The start screen: what to begin with when the editor starts without a map.

The templates as pictures (drawn by the one painter, the same pictures as the
new-map dialog's), the example map, Open… and the recent maps. Choosing one
opens it in the untouched window the editor started with; closing the screen
(Esc, Close) leaves that window's new empty map. The form is ui/first_run.ui.

It shows when the editor starts without a file, the first time always, then
until "Show this screen…" is unticked; Help ▸ Start Screen brings it back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPushButton

from cjeditor.app import plaintext
from cjeditor.app.assets import resource_path
from cjeditor.app.dialogs.new_map import PICTURE, template_picture
from cjeditor.app.forms.ui_first_run import Ui_FirstRunDialog
from cjeditor.app.i18n import current_language
from cjeditor.app.settings import APP_NAME
from cjeditor.templates import create_map, list_templates

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

ICON = PICTURE * 2  # the pictures are drawn at this size: shown without scaling
PATH_ROLE = Qt.ItemDataRole.UserRole
RECENT_ROWS = 6  # recent maps shown without scrolling


def example_path(language: str) -> Path | None:
    """The example map written in `language` (a journey as it is today, not a
    "future" counterpart); another example when none is; None without examples."""
    found: list[tuple[bool, Path]] = []
    for path in sorted(resource_path("examples").glob("*.cjmap")):
        try:
            meta = json.loads(path.read_text(encoding="utf-8")).get("meta", {})
        except (OSError, ValueError, AttributeError):
            continue
        if not isinstance(meta, dict) or meta.get("state") == "future":
            continue
        found.append((meta.get("language", "es") != language, path))
    return min(found)[1] if found else None


def example_copy(example: Path) -> Path:
    """The user's own copy of the shipped `example` (in the user data folder, beside
    copies of the other examples, so the links between them still lead somewhere):
    made on first use, kept afterwards. Saving it never writes into the installation."""
    folder = platformdirs.user_data_path(APP_NAME, appauthor=False) / "examples"
    folder.mkdir(parents=True, exist_ok=True)
    for shipped in resource_path("examples").glob("*.cjmap"):
        copy = folder / shipped.name
        if not copy.exists():
            shutil.copyfile(shipped, copy)
    return folder / example.name


class FirstRunDialog(QDialog, Ui_FirstRunDialog):
    """The start screen of one window; `opened` is the window a choice opened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("FirstRunDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host = window
        self.manager = window.manager
        self.language = current_language()
        self.opened: Any = None
        self._finished = False
        settings = self.manager.settings
        self.setWindowTitle(self.tr("Start"))
        self.heading.setText(self.tr("Start") if settings.welcomed
                             else self.tr("Welcome to cjeditor"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self._fill_templates()
        self.example = example_path(self.language)
        self.example_button.setEnabled(self.example is not None)
        self._fill_recent()
        self.show_check.setChecked(settings.show_start_screen)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a list opens its item, not a button
            button.setDefault(False)

        self.templates.itemActivated.connect(self._choose_template)
        self.templates.itemClicked.connect(self._choose_template)
        self.recent.itemActivated.connect(self._choose_recent)
        self.recent.itemClicked.connect(self._choose_recent)
        self.example_button.clicked.connect(self.open_example)
        self.open_button.clicked.connect(self.open_file)
        self.templates.setFocus()

    # --------------------------------------------------------------- filling
    def _fill_templates(self) -> None:
        lists = self.templates
        lists.setIconSize(ICON)
        lists.setGridSize(QSize(ICON.width() + 24, ICON.height() + 52))
        lists.setMinimumSize(3 * (ICON.width() + 24) + 24, 2 * (ICON.height() + 52) + 24)
        for info in list_templates():
            item = QListWidgetItem(template_picture(info.name, self.language),
                                   info.title[self.language])
            item.setData(PATH_ROLE, info.name)
            item.setToolTip(plaintext.tooltip(info.description[self.language]))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         info.description[self.language])
            lists.addItem(item)
        lists.setCurrentRow(0)

    def _fill_recent(self) -> None:
        paths = [Path(p) for p in self.manager.settings.recent_files()]
        shown = [path for path in paths if path.is_file()]
        for path in shown:
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(plaintext.tooltip(str(path)))
            self.recent.addItem(item)
        if not shown:
            empty = QListWidgetItem(self.tr("No recent maps yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        rows = min(max(self.recent.count(), 1), RECENT_ROWS)  # no empty box below the list
        self.recent.setFixedHeight(rows * self.recent.sizeHintForRow(0)
                                   + 2 * self.recent.frameWidth() + 4)

    # -------------------------------------------------------------- choosing
    def _choose_template(self, item: QListWidgetItem) -> None:
        name = item.data(PATH_ROLE)
        if self._finished or not name:
            return
        settings = self.manager.settings
        settings.last_template, settings.last_template_language = name, self.language
        if self.host.is_pristine():
            self.host.document.set_map(create_map(name, self.language), None)
            window = self.host
        else:
            window = self.manager.new_map(name, self.language)
        window.chosen_map = True  # chosen on purpose: the next New or Open keeps it
        self._opened(window)

    def _choose_recent(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if not self._finished and path:
            self._opened(self.manager.open_path(path, parent=self, reuse=self.host))

    def open_example(self) -> None:
        if not self._finished and self.example is not None:
            try:
                example = example_copy(self.example)
            except OSError:  # no writable data folder: the shipped file, as `make run` does
                example = self.example
            self._opened(self.manager.open_path(example, parent=self, reuse=self.host))

    def open_file(self) -> None:
        """Open… (the native file dialog); the screen stays when nothing was opened."""
        before = (self.host.document.path, list(self.manager.windows))
        self.host.files.open()
        if (self.host.document.path, list(self.manager.windows)) != before:
            self._opened(self.manager.windows[-1] if self.manager.windows != before[1]
                         else self.host)

    def _opened(self, window: Any) -> None:
        if window is None:
            return  # refused (its problems were shown): the screen stays
        self.opened = window
        self.accept()

    def done(self, result: int) -> None:
        if self._finished:
            return
        self._finished = True
        settings = self.manager.settings
        settings.show_start_screen = self.show_check.isChecked()
        settings.welcomed = True
        super().done(result)


def show_start_screen(window: MainWindow) -> FirstRunDialog:
    """The start screen over `window`, window-modal, without blocking the caller."""
    dialog = FirstRunDialog(window)
    dialog.open()
    return dialog


def offer_start_screen(window: MainWindow) -> FirstRunDialog | None:
    """At start without a file: the start screen, unless the person turned it off
    (the first start always shows it) or the window already holds a map."""
    settings = window.manager.settings
    if not window.is_pristine() or (settings.welcomed and not settings.show_start_screen):
        return None
    return show_start_screen(window)
