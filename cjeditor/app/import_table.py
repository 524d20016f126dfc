"""File → Import table…: a card table (.csv, .xlsx) or a Mermaid journey (.mmd, or the
first journey in a .md file) as a new map, or added to the open map as one undoable
edit (what "added" means: app/table_merge.py).

The files are read by the headless readers (cjeditor.tables, cjeditor.mermaid); a file
they refuse is listed, problem by problem (row and column, or line), in the
load-problems dialog, and nothing changes. A new map opens untitled and modified, so
closing asks to save it and Save asks for a name.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.forms.ui_import_choice import Ui_ImportChoiceDialog
from cjeditor.app.i18n import current_language
from cjeditor.app.table_merge import (
    AddImportedCommand,
    journey_matches,
    plan_addition,
    table_matches,
)
from cjeditor.commands import push
from cjeditor.document import MapDocument
from cjeditor.model import JourneyMap

if TYPE_CHECKING:
    from cjeditor.app.window import MainWindow

__all__ = ["SUFFIXES", "ImportChoiceDialog", "ImportRefused", "TableImport", "read_import"]

SUFFIXES = (".csv", ".xlsx", ".mmd", ".md")
TABLES = (".csv", ".xlsx")
NEW, ADD = "new", "add"


class ImportRefused(Exception):
    """The file cannot become a map (or cannot be added): the problems, one a line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _without_source(lines: list[str], source: str) -> list[str]:
    """The readers' lines start with the file's path; the dialog names the file once."""
    prefix = f"{source}: "
    return [line.removeprefix(prefix) for line in lines]


def read_import(path: Path, language: str, skeleton: JourneyMap | None = None,
                says: str | None = None) -> tuple[JourneyMap, list[str]]:
    """The map a table or a Mermaid journey describes, and warnings to show; a table is
    read against `skeleton` (its stages and lanes) when given. ImportRefused if not.

    `language` is the map's (the names it gives new lanes and stages); problems and
    warnings are worded in `says`, the interface's language unless given."""
    suffix = path.suffix.lower()
    source = os.fspath(path)
    says = says or current_language()
    if suffix in TABLES:
        from cjeditor.tables import TableError, read_table

        try:
            return read_table(path, language, skeleton), []
        except TableError as exc:
            raise ImportRefused(_without_source(exc.lines(says), exc.source)) from None
    if suffix in (".mmd", ".md"):
        from cjeditor.mermaid import JourneyError, read_journey

        try:
            journey, warnings = read_journey(path, language, message_language=says)
        except JourneyError as exc:
            raise ImportRefused(_without_source(exc.lines(says), exc.source)) from None
        return journey, _without_source(warnings, source)
    raise ImportRefused([QCoreApplication.translate(
        "TableImport", "Not a table: a CSV table (.csv), an Excel workbook (.xlsx) or a "
        "Mermaid journey (.mmd, or a .md file holding one) can be imported.")])


def skeleton_of(journey: JourneyMap) -> JourneyMap:
    """The open map as the template a table is read against: its stages, lanes, phases
    and personas (a table brings no pictures, so the personas' are left aside)."""
    personas = [p.model_copy(update={"image": None}) for p in journey.personas]
    return journey.model_copy(update={"personas": personas})


class ImportChoiceDialog(QDialog, Ui_ImportChoiceDialog):
    """New map, or add to this map. The form is ui/import_choice.ui."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)  # type: ignore[no-untyped-call]
        self.question.setText(self.question.text().replace("%1", name))  # plain text
        for note in (self.new_note, self.add_note):
            note.setContentsMargins(24, 0, 0, 6)  # under its button's text
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)

    def choice(self) -> str:
        return ADD if self.add_button.isChecked() else NEW


class TableImport:
    """The import of one file into (or beside) one window."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("TableImport", text)

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # ------------------------------------------------------------- asking
    def choose_file(self) -> Path | None:
        settings = self.window.manager.settings
        doc_path = self.window.document.path
        start = (str(doc_path.parent) if doc_path is not None
                 else settings.last_directory or str(Path.home()))
        filters = ";;".join((
            self.tr("Tables and Mermaid journeys (*.csv *.xlsx *.mmd *.md)"),
            self.tr("CSV tables (*.csv)"), self.tr("Excel workbooks (*.xlsx)"),
            self.tr("Mermaid journeys (*.mmd *.md)"), self.tr("All files (*)")))
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import table"), start,
                                              filters)
        if not name:
            return None
        settings.last_directory = str(Path(name).parent)
        return Path(name)

    def ask_how(self, path: Path) -> str | None:
        """NEW or ADD (None: cancelled). An untouched untitled window holds no map of
        the user's: the import simply takes its place."""
        if self.window.is_pristine():
            return NEW
        dialog = ImportChoiceDialog(path.name, self.window)
        try:
            return dialog.choice() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    # ------------------------------------------------------------ importing
    def run(self, path: Path | None = None, how: str | None = None) -> bool:
        """Import `path` (asked for when None); True if something was imported."""
        path = path or self.choose_file()
        if path is None:
            return False
        how = how or self.ask_how(path)
        if how is None:
            return False
        try:
            warnings = self.add(path) if how == ADD else self.new_map(path)
        except ImportRefused as refused:
            self.show_problems(path, refused.problems)
            return False
        if warnings:
            self.show_warnings(path, warnings)
        return True

    def new_map(self, path: Path) -> list[str]:
        journey, warnings = self._read(path, current_language())
        window = self.window
        if window.is_pristine():
            window.document.set_map(journey, None)
            window.document.undo_stack.resetClean()  # not saved anywhere yet
            target = window
        else:
            document = MapDocument(journey)
            document.undo_stack.resetClean()
            target = window.manager.open_document(document)
        target.statusBar().showMessage(
            self.tr("Imported “%1” as a new map; Save gives it a name.").replace(
                "%1", path.name), 8000)
        return warnings

    def add(self, path: Path) -> list[str]:
        document = self.window.document
        language = document.map.meta.language
        if path.suffix.lower() in TABLES:
            imported, warnings = self._read(path, language, skeleton_of(document.map))
            matches = table_matches(document.map, imported)
        else:
            imported, warnings = self._read(path, language)
            matches = journey_matches(document.map, imported)
        addition = plan_addition(document.map, imported, matches)
        if addition.is_empty():
            self.window.statusBar().showMessage(
                self.tr("“%1” holds nothing to add.").replace("%1", path.name), 8000)
            return warnings
        command = AddImportedCommand(document, addition,
                                     self.tr("Import “%1”").replace("%1", path.name),
                                     self.tr("The card “%1” cannot be added: %2"))
        try:
            push(document, command)
        except ValueError as exc:
            raise ImportRefused([str(exc)]) from None
        select = getattr(self.window.view, "select_ids", None)
        if callable(select):  # what came in is selected, ready to be moved or checked
            select([card.id for _, card in addition.cards])
        self.window.statusBar().showMessage(
            self.tr("Added from “%1”: %2 cards, %3 new stages, %4 new lanes.")
            .replace("%1", path.name).replace("%2", str(len(addition.cards)))
            .replace("%3", str(len(addition.stages))).replace("%4", str(len(addition.lanes))),
            8000)
        return warnings

    def _read(self, path: Path, language: str,
              skeleton: JourneyMap | None = None) -> tuple[JourneyMap, list[str]]:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a workbook takes a moment
        try:
            return read_import(path, language, skeleton)
        except ImportRefused:
            raise
        except Exception as exc:  # noqa: BLE001 - a reader's slip must not close the editor
            raise ImportRefused([str(exc) or type(exc).__name__]) from exc
        finally:
            QGuiApplication.restoreOverrideCursor()

    # ------------------------------------------------------------- telling
    def show_problems(self, path: Path, problems: list[str]) -> None:
        dialog = LoadProblemsDialog(path, problems, self.window)
        dialog.setWindowTitle(self.tr("Cannot import table"))
        dialog.heading.setText(self.tr("“%1” was not imported; nothing was changed.")
                               .replace("%1", path.name))
        dialog.exec()
        dialog.deleteLater()

    def show_warnings(self, path: Path, warnings: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import table"),
                          self.tr("“%1” was imported, with %2 warnings.")
                          .replace("%1", path.name).replace("%2", str(len(warnings))),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText("\n".join(warnings))
        box.exec()
        box.deleteLater()


def import_table(window: MainWindow) -> bool:
    """File → Import table…"""
    return TableImport(window).run()
