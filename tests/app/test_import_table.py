"""File → Import table…: a table or a Mermaid journey as a new map, or added to the open
map as one undoable edit; refused files listed in the load-problems dialog."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_support import answer_open_dialog

from cjeditor.app import import_table as importing
from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.i18n import install_translators
from cjeditor.app.import_table import ImportChoiceDialog
from cjeditor.export import ExportOptions, export_map
from cjeditor.fileio import load
from cjeditor.tables import COLUMNS

JOURNEY = """# Onboarding

Some prose first.

```mermaid
journey
    title Alta en la app 🏃
    %% a comment
    section Descubrimiento
      Ve un anuncio: 4: Laura Martín
      Lee reseñas: 2: Laura Martín, Nadia
    section Registro
\tCrea la cuenta: 7: Nadia
```
"""


@pytest.fixture(autouse=True)
def problems(monkeypatch) -> list[str]:
    """What the load-problems dialog would show (it never blocks a test)."""
    return catch_problems(monkeypatch)


@pytest.fixture(autouse=True)
def warnings(monkeypatch) -> list[str]:
    """The details of the warning boxes shown after an import."""
    shown: list[str] = []
    monkeypatch.setattr(importing.QMessageBox, "exec",
                        lambda self: shown.append(self.detailedText()) or 0)
    return shown


def answer_choice(monkeypatch, qtbot, choice: str | None) -> list[str]:
    """The new-or-add dialog is shown and answered by clicking, as a person would."""
    shown: list[str] = []

    def fake_exec(self):
        self.show()
        QApplication.processEvents()
        shown.append(self.windowTitle())
        if choice is None:
            qtbot.mouseClick(self.buttons.button(self.buttons.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
            return self.result()
        button = self.add_button if choice == "add" else self.new_button
        # on the round indicator: the button is as wide as the dialog, its text is not
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        assert button.isChecked()
        qtbot.mouseClick(self.import_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ImportChoiceDialog, "exec", fake_exec)
    return shown


def catch_problems(monkeypatch) -> list[str]:
    shown: list[str] = []

    def fake_exec(self):
        shown.append(self.windowTitle() + "\n" + self.text())
        return 0

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    return shown


def write_csv(path: Path, rows: list[dict[str, object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        columns = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_action_is_in_the_file_menu_beside_export(example_window):
    actions = example_window.actions
    menu = actions.menus["file"].actions()
    assert actions.import_table.text() == "&Import Table…"
    assert menu.index(actions.import_table) == menu.index(actions.export) + 1


def test_a_table_as_a_new_map(example_window, manager, monkeypatch, qtbot, tmp_path):
    table = tmp_path / "tienda.xlsx"
    export_map(example_window.document.map, table, ExportOptions())
    filters = answer_open_dialog(monkeypatch, table)
    asked = answer_choice(monkeypatch, qtbot, "new")
    before = example_window.document.map.model_dump()
    example_window.actions.import_table.trigger()
    assert asked == ["Import table"]
    assert "*.csv *.xlsx *.mmd *.md" in filters[0]
    assert len(manager.windows) == 2
    new = manager.windows[-1]
    assert new is not example_window and new.isVisible()
    doc = new.document
    assert doc.path is None and doc.modified and new.isWindowModified()
    assert doc.map.meta.title == "tienda"
    old = example_window.document.map
    assert [s.name for s in doc.map.stages] == [s.name for s in old.stages]
    assert sorted(c.id for c in doc.map.all_cards()) == sorted(
        c.id for c in old.all_cards() if c.kind != "image")
    assert example_window.document.map.model_dump() == before  # the open map untouched

    saved = tmp_path / "tienda.cjmap"
    asked_save: list[str] = []

    def fake_save(parent, caption, directory, filters, *args, **kwargs):
        asked_save.append(Path(directory).name)
        return str(saved), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    new.actions.save.trigger()  # Save asks for a name: the map came from no .cjmap
    assert asked_save == ["tienda.cjmap"]
    assert not doc.modified and load(saved).stages == doc.map.stages


def test_an_untouched_window_takes_the_import(manager, monkeypatch, qtbot, tmp_path, warnings):
    window = manager.new_map("blank", "es")
    journey = tmp_path / "README.md"
    journey.write_text(JOURNEY, encoding="utf-8")
    answer_open_dialog(monkeypatch, journey)
    asked = answer_choice(monkeypatch, qtbot, "add")
    window.actions.import_table.trigger()
    assert asked == []  # nothing of the user's to add to: no question
    assert manager.windows == [window]
    doc = window.document.map
    assert doc.meta.title == "Alta en la app 🏃"
    assert [s.name for s in doc.stages] == ["Descubrimiento", "Registro"]
    assert {p.name for p in doc.personas} == {"Laura Martín", "Nadia"}
    assert window.document.modified and window.document.path is None
    assert len(warnings) == 1 and "line 13" in warnings[0]  # the score 7 clamped to 5


def test_adding_a_table_is_one_undoable_edit(example_window, monkeypatch, qtbot, tmp_path,
                                             problems):
    document = example_window.document
    rows = [
        {"lane_type": "actions", "lane_title": "Acciones del cliente",
         "stage_name": "descubrimiento", "kind": "note", "title": "Pregunta en Strava 🏃"},
        {"lane_type": "pain_points", "stage_name": "Fidelización", "kind": "pain_point",
         "title": "=HYPERLINK(\"x\")", "card_id": "c-dolor-1"},  # an id the map uses?
        {"lane_type": "notes", "lane_title": "Ideas del taller", "stage_name": "Fidelización",
         "kind": "note", "title": "¿Y un club? “sí”"},
        {"lane_type": "notes", "lane_title": "Ideas del taller", "stage_id": "s-zmot",
         "kind": "note", "title": "Comparar € por km"},
    ]
    table = write_csv(tmp_path / "taller.csv", rows)
    taken = {c.id for c in document.map.all_cards()}
    before = document.map.model_dump()
    stack = document.undo_stack.count()
    answer_open_dialog(monkeypatch, table)
    answer_choice(monkeypatch, qtbot, "add")
    example_window.actions.import_table.trigger()

    assert problems == []
    assert document.undo_stack.count() == stack + 1
    assert document.undo_stack.undoText() == "Import “taller.csv”"
    added = [c for c in document.map.all_cards() if c.id not in taken]
    assert len(added) == 4 and len({c.id for c in added}) == 4
    where = {c.title: (document.lane_of(c.id).title, document.stage(c.stage).name)
             for c in added}
    assert where == {
        "Pregunta en Strava 🏃": ("Acciones del cliente", "Descubrimiento"),  # matched
        "=HYPERLINK(\"x\")": ("Puntos de dolor", "Fidelización"),
        "¿Y un club? “sí”": ("Ideas del taller", "Fidelización"),
        "Comparar € por km": ("Ideas del taller", "Búsqueda online"),  # by stage id
    }
    stages = [s.name for s in document.map.stages]
    assert stages[-1] == "Fidelización" and len(stages) == len(before["stages"]) + 1
    assert document.map.lanes[-1].title == "Ideas del taller"
    assert sorted(example_window.view.selected_ids()) == sorted(c.id for c in added)
    assert "4 cards, 1 new stages, 1 new lanes" in example_window.statusBar().currentMessage()
    after = document.map.model_dump()

    example_window.actions.undo.trigger()
    assert document.map.model_dump() == before
    example_window.actions.redo.trigger()
    assert document.map.model_dump() == after


def test_a_table_of_this_very_map_gets_fresh_ids(example_window, monkeypatch, qtbot,
                                                 tmp_path):
    """Exported and added back (its emotions aside: a stage has one): every card twice,
    the copies with new ids, and the copied opportunities answer the copied pain points."""
    document = example_window.document
    table = tmp_path / "mapa.csv"
    export_map(document.map, table, ExportOptions())
    with table.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["lane_type"] != "emotions"]
    write_csv(table, rows)
    old = {c.id: c for c in document.map.all_cards()}
    answer_open_dialog(monkeypatch, table)
    answer_choice(monkeypatch, qtbot, "add")
    example_window.actions.import_table.trigger()
    new = [c for c in document.map.all_cards() if c.id not in old]
    assert len(new) == len(rows)
    assert len(document.map.stages) == 8 and len(document.map.lanes) == 18  # all matched
    copies = {c.id for c in new}
    for card in new:
        if card.kind == "opportunity" and card.addresses:
            assert set(card.addresses) <= copies


def test_a_refused_addition_changes_nothing(example_window, monkeypatch, qtbot, tmp_path,
                                            problems):
    document = example_window.document
    table = tmp_path / "todo.csv"
    export_map(document.map, table, ExportOptions())  # its emotions are already there
    before = document.map.model_dump()
    answer_open_dialog(monkeypatch, table)
    answer_choice(monkeypatch, qtbot, "add")
    shown = problems
    example_window.actions.import_table.trigger()
    assert len(shown) == 1
    assert shown[0].startswith("Cannot import table\n“todo.csv” was not imported; nothing "
                               "was changed.")
    assert "cannot be added" in shown[0] and "emotion" in shown[0]
    assert document.map.model_dump() == before and document.undo_stack.count() == 0


@pytest.mark.parametrize("how", ["new", "add"])
def test_a_refused_table_is_listed_by_row_and_column(example_window, manager, monkeypatch,
                                                     qtbot, tmp_path, how, problems):
    rows = [{"lane_type": "actions", "stage_name": "Uno", "kind": "note", "title": "Bien"},
            {"lane_type": "actions", "stage_name": "Uno", "kind": "pegatina", "title": "Mal"},
            {"lane_type": "nowhere", "stage_name": "Dos", "kind": "note", "title": "<b>x</b>"}]
    table = write_csv(tmp_path / "mala.csv", rows)
    before = example_window.document.map.model_dump()
    answer_open_dialog(monkeypatch, table)
    answer_choice(monkeypatch, qtbot, how)
    shown = problems
    example_window.actions.import_table.trigger()
    assert len(shown) == 1
    assert "row 3, column kind: \"pegatina\" is not a card kind" in shown[0]
    assert "row 4, column lane_type" in shown[0]
    assert len(manager.windows) == 1
    assert example_window.document.map.model_dump() == before


def test_not_a_table_and_an_unreadable_workbook(example_window, manager, monkeypatch, qtbot,
                                                tmp_path, problems):
    shown = problems
    answer_choice(monkeypatch, qtbot, "new")
    broken = tmp_path / "rota.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    prose = tmp_path / "LEEME.md"
    prose.write_text("# Sin diagrama\n\n```mermaid\nflowchart LR\n  a --> b\n```\n",
                     encoding="utf-8")
    (tmp_path / "notas.txt").write_text("hola", encoding="utf-8")
    for path in (broken, tmp_path / "notas.txt", tmp_path / "missing.csv", prose):
        answer_open_dialog(monkeypatch, path)
        example_window.actions.import_table.trigger()
    assert len(shown) == 4
    assert all("was not imported" in text for text in shown)
    assert "journey" in shown[3]
    assert QApplication.overrideCursor() is None  # the wait cursor went with the refusal
    assert len(manager.windows) == 1


def test_adding_a_mermaid_journey_matches_sections_and_actors(example_window, monkeypatch,
                                                              qtbot, tmp_path, problems):
    document = example_window.document
    journey = tmp_path / "viaje.mmd"
    journey.write_text("journey\n  title Otra vista\n  section Descubrimiento\n"
                       "    Pregunta a su club: 5: Andrés Gil\n"
                       "  section Después\n    Vuelve a comprar: 4: Carmen\n",
                       encoding="utf-8")
    personas = len(document.map.personas)
    taken = {c.id for c in document.map.all_cards()}
    answer_open_dialog(monkeypatch, journey)
    answer_choice(monkeypatch, qtbot, "add")
    example_window.actions.import_table.trigger()
    assert problems == []
    added = {c.title or c.kind: (document.lane_of(c.id).id, document.stage(c.stage).name)
             for c in document.map.all_cards() if c.id not in taken}
    assert added["Pregunta a su club"] == ("l-acciones", "Descubrimiento")
    assert added["Vuelve a comprar"] == ("l-acciones", "Después")
    assert [p.name for p in document.map.personas][personas:] == ["Carmen"]
    carmen = document.map.personas[-1].id
    emotions = [lane for lane in document.map.lanes if lane.persona == carmen]
    assert [lane.type for lane in emotions] == ["emotions"]
    assert document.undo_stack.count() == 1


def test_the_choice_dialog_in_spanish(app, example_window, output_dir, qtbot):
    install_translators(app, "es")
    dialog = ImportChoiceDialog("tarjetas del taller.xlsx", example_window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.windowTitle() == "Importar tabla"
    assert dialog.add_button.text() == "&Añadir a este mapa"
    assert dialog.grab().save(str(output_dir / "import-choice-es.png"))
    assert set(COLUMNS) >= {"lane_type", "kind", "title"}


def _mnemonic(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_file_menu_entries_have_their_own_access_keys(app, manager, language):
    install_translators(app, language)
    window = manager.new_map("blank", language)
    actions = window.actions
    if language == "es":
        assert actions.import_table.text() == "&Importar tabla…"
        assert actions.compare_file.text() == "Co&mparar con un archivo…"
    keys = [_mnemonic(a.text()) for a in actions.menus["file"].actions() if a.text()]
    for mine in (actions.import_table, actions.compare_file):
        assert keys.count(_mnemonic(mine.text())) == 1, (mine.text(), keys)


def test_a_dropped_mermaid_file_is_imported_as_from_the_menu(example_window, manager,
                                                             monkeypatch, qtbot, tmp_path,
                                                             problems):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    journey = tmp_path / "soltado.md"
    journey.write_text(JOURNEY, encoding="utf-8")
    asked = answer_choice(monkeypatch, qtbot, "new")
    example_window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(journey))])
    target = example_window.view.viewport()  # the canvas lets it through to the window
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    qtbot.waitUntil(lambda: len(manager.windows) == 2 or problems != [])
    assert problems == [] and len(asked) == 1  # asked new-or-add, as the menu does
    imported = manager.windows[-1].document.map
    assert imported.meta.title == "Alta en la app 🏃"
    assert any(c.title == "Crea la cuenta" for c in imported.all_cards())


def show_problems_dialog(monkeypatch, qtbot, pictures: list[Path]) -> list[str]:
    """The load-problems dialog is shown for real, looked at (saved to the next of
    `pictures`, if any) and closed with its Close button, as a person would."""
    from PySide6.QtWidgets import QDialogButtonBox

    shown: list[str] = []

    def fake_exec(self):
        self.show()
        QApplication.processEvents()
        shown.append(self.windowTitle() + "\n" + self.text())
        if pictures:
            assert self.grab().save(str(pictures.pop(0)))
        close = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        assert not self.isVisible()
        return self.result()

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    return shown


# English words of the readers' sentences and places: none may reach a Spanish user.
ENGLISH = ("row ", "column ", "line ", "sheet ", " is ", " must ", "required", " card",
           " lane", " stage", "Mermaid journey syntax", "write ", "score")


def problem_lines(text: str) -> list[str]:
    """The dialog's problem lines (its text after the title and the heading)."""
    return text.split("\n")[2:]


def test_a_refused_table_and_journey_in_spanish(app, example_window, manager, monkeypatch,
                                                qtbot, tmp_path, output_dir):
    install_translators(app, "es")
    rows = [
        {"lane_type": "emotions", "stage_name": "Uno", "kind": "emotion", "title": "Bien",
         "score": "1"},
        {"lane_type": "actions", "stage_name": "Uno", "kind": "pegatina", "title": "Mal"},
        {"lane_type": "emotions", "stage_name": "Uno", "kind": "emotion", "title": "Otra",
         "score": "mucho"},
        {"lane_type": "", "stage_name": "Dos", "kind": "note", "title": "<b>sin carril</b>"},
        {"lane_type": "notes", "stage_name": "Dos", "kind": "note", "title": "Nota",
         "score": "2"},
        {"lane_type": "emotions", "stage_name": "Uno", "kind": "emotion", "title": "¿Otra?",
         "score": "-1"},
    ]
    table = write_csv(tmp_path / "taller «ñ».csv", rows)
    shown = show_problems_dialog(monkeypatch, qtbot, [
        output_dir / "import-problems-es.png", output_dir / "import-problems-mermaid-es.png"])
    answer_choice(monkeypatch, qtbot, "new")
    answer_open_dialog(monkeypatch, table)
    before = example_window.document.map.model_dump()
    example_window.actions.import_table.trigger()
    assert len(shown) == 1
    title, heading = shown[0].split("\n")[:2]
    assert title == "No se puede importar la tabla"
    assert heading == "«taller «ñ».csv» no se ha importado; no ha cambiado nada."
    lines = problem_lines(shown[0])
    assert lines == [
        'fila 3, columna kind: "pegatina" no es un tipo de tarjeta; use uno de estos: nota, '
        "punto de contacto, expectativa, emoción, punto de dolor, feedback, oportunidad, "
        "idea, métrica",
        "fila 4, columna score: debe ser un número",
        "fila 5, columna lane_type: es obligatorio: el tipo del carril de la tarjeta",
        "fila 6, columna score: una tarjeta de tipo «nota» no tiene «puntuación»; deje esta "
        "celda vacía",
        # a problem of the map the rows make: the stage by its name, not its id
        'fila 7, columna stage_name: este carril ya tiene una emoción para la etapa "Uno"',
    ]
    for line in lines:
        where, message = line.split(": ", 1)
        assert where.startswith("fila ") and ", columna " in where
        for word in ENGLISH:
            assert word not in message, (word, line)
    assert len(manager.windows) == 1 and example_window.document.map.model_dump() == before

    journey = tmp_path / "viaje.mmd"
    journey.write_text("journey\n  title Compra\n  section Búsqueda\n"
                       "    Busca zapatillas\n    Lee reseñas: mucho: Laura\n"
                       "  section Pago: tarjeta\n", encoding="utf-8")
    answer_open_dialog(monkeypatch, journey)
    example_window.actions.import_table.trigger()
    assert len(shown) == 2
    assert problem_lines(shown[1]) == [
        'línea 4: "Busca zapatillas" no es sintaxis de un recorrido Mermaid: una tarea se '
        'escribe "Nombre de la tarea: puntuación: Actor, Actor"',
        'línea 5: la puntuación "mucho" no es un número: una tarea se escribe "Nombre de la '
        'tarea: puntuación: Actor", con una puntuación de 1 a 5',
        'línea 6: "section Pago: tarjeta" no es sintaxis de un recorrido Mermaid: el nombre '
        'de una sección no puede llevar ":" (escriba #58;)',
    ]
    assert len(manager.windows) == 1


def test_journey_warnings_in_spanish(app, example_window, manager, monkeypatch, qtbot,
                                     tmp_path, warnings, problems):
    install_translators(app, "es")
    journey = tmp_path / "viaje.mmd"
    journey.write_text("journey\n  section Búsqueda\n    Busca zapatillas: 7: Laura\n",
                       encoding="utf-8")
    answer_choice(monkeypatch, qtbot, "new")
    answer_open_dialog(monkeypatch, journey)
    example_window.actions.import_table.trigger()
    assert problems == []
    assert warnings == ["línea 3: la puntuación 7 está fuera de 1..5 y se ha tomado como 5"]
    assert len(manager.windows) == 2


def test_a_refused_addition_in_spanish(app, example_window, monkeypatch, qtbot, tmp_path,
                                       problems):
    install_translators(app, "es")
    document = example_window.document
    table = tmp_path / "todo.csv"
    export_map(document.map, table, ExportOptions())  # its emotions are already there
    answer_open_dialog(monkeypatch, table)
    answer_choice(monkeypatch, qtbot, "add")
    example_window.actions.import_table.trigger()
    assert problems == ["No se puede importar la tabla\n«todo.csv» no se ha importado; no ha "
                        "cambiado nada.\nNo se puede añadir la tarjeta «Preocupada»: Este carril "
                        'ya tiene una emoción para la etapa «Concienciación».']
