"""File handling: new from a template, refused files, save, and the close prompt."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.dialogs.new_map import NewMapDialog
from cjeditor.app.files import suggested_name
from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import load
from cjeditor.templates import list_templates


@pytest.fixture
def captured_problems(monkeypatch):
    shown: list[str] = []

    def fake_exec(self):
        shown.append(self.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    return shown


def answer(monkeypatch, button):
    asked: list[str] = []

    def fake_exec(self):
        asked.append(self.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def edit(window, **fields):
    push(window.document, EditMetaCommand(window.document, fields))


def test_new_from_template_opens_a_new_window(manager, example_window, monkeypatch):
    def fake_exec(self):
        self.templates.setCurrentRow(
            [info.name for info in list_templates()].index("six-moments"))
        self.language_combo.setCurrentIndex(self.language_combo.findData("en"))
        self.title_edit.setText("Gym membership")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMapDialog, "exec", fake_exec)
    edit(example_window, product="changed")  # not pristine: New opens another window
    example_window.actions.new.trigger()
    assert len(manager.windows) == 2
    new = manager.windows[-1]
    assert new.document.map.meta.title == "Gym membership"
    assert new.document.map.meta.language == "en"
    assert len(new.document.map.stages) == 7
    assert new.document.path is None
    assert new.windowTitle() == "Untitled.cjmap[*] — cjeditor"
    assert manager.settings.last_template == "six-moments"


def test_new_map_dialog_lists_every_template(app):
    from cjeditor.templates import TEMPLATE_NAMES

    dialog = NewMapDialog(None, template="digital-era", language="es")
    assert dialog.templates.count() == len(TEMPLATE_NAMES) >= 6  # service-blueprint too
    assert dialog.template() == "digital-era"
    assert dialog.language() == "es"
    assert dialog.title() is None
    dialog.deleteLater()


def test_new_map_dialog_shows_a_picture_of_each_template(app):
    from cjeditor.app.dialogs.new_map import PICTURE

    dialog = NewMapDialog(None, template="service-blueprint", language="en")
    sizes = set()
    for row in range(dialog.templates.count()):
        icon = dialog.templates.item(row).icon()
        assert not icon.isNull()
        image = icon.pixmap(PICTURE).toImage()
        sizes.add((image.width(), image.height()))
        # a drawing, not a blank: the map's header band and lanes have many colours
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4)
                   for y in range(0, image.height(), 4)}
        assert len(colours) > 8
    assert len(sizes) == 1  # one size for all: the titles line up
    dialog.deleteLater()


def test_refused_file_opens_nothing_and_lists_problems(manager, tmp_path, captured_problems):
    bad = tmp_path / "roto.cjmap"
    data = {"format": "cjmap", "version": 1, "meta": {"title": "x"}, "personas": [],
            "phases": [], "stages": [{"id": "s1", "name": "Uno"}],
            "lanes": [{"id": "l1", "type": "notes", "title": "Notas", "cards": [
                {"id": "c1", "kind": "note", "stage": "s9", "title": "<b>hola</b>"}]}],
            "assets": []}
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = bad.read_bytes()
    assert manager.open_path(bad) is None
    assert manager.windows == []
    assert len(captured_problems) == 1
    text = captured_problems[0]
    assert "roto.cjmap" in text
    assert "lanes[0].cards[0].stage" in text
    assert "Traceback" not in text
    assert bad.read_bytes() == before


def test_syntax_error_shows_line_and_column(manager, tmp_path, captured_problems):
    bad = tmp_path / "sintaxis.cjmap"
    bad.write_text('{\n  "format": "cjmap",\n  "version": 1,,\n}\n', encoding="utf-8")
    assert manager.open_path(bad) is None
    assert "line 3" in captured_problems[0]


def test_missing_file_is_refused_too(manager, tmp_path, captured_problems):
    assert manager.open_path(tmp_path / "nope.cjmap") is None
    assert captured_problems and "nope.cjmap" in captured_problems[0]


def test_save_writes_the_file_and_clears_the_mark(example_window, tmp_path, example_map_path):
    target = tmp_path / "mapa.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = example_window.manager.open_path(target)
    edit(window, product="Zapatillas de trail")
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    saved = load(target)
    assert saved.meta.product == "Zapatillas de trail"
    assert saved.meta.modified != load(example_map_path).meta.modified


def test_save_without_edits_keeps_the_bytes(manager, tmp_path, example_map_path):
    target = tmp_path / "igual.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    assert window.files.save()
    assert target.read_bytes() == example_map_path.read_bytes()


def test_save_as_adds_the_suffix_and_renames_the_window(manager, tmp_path, monkeypatch):
    window = manager.new_map("moments-of-truth", "es", "Mi mapa")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "nuevo"), ""))
    assert window.files.save()  # untitled: Save asks for a name
    assert (tmp_path / "nuevo.cjmap").exists()
    assert window.windowTitle() == "nuevo.cjmap[*] — cjeditor"
    assert load(tmp_path / "nuevo.cjmap").meta.title == "Mi mapa"


def test_suggested_name():
    assert suggested_name("Compra online de zapatillas") == "compra-online-de-zapatillas.cjmap"
    assert suggested_name("¿¡!?") == "journey-map.cjmap"


def test_close_without_changes_does_not_ask(manager, example_window, monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert example_window.close()
    assert asked == []


def test_close_with_changes_cancel_keeps_the_window(manager, example_window, monkeypatch):
    edit(example_window, product="otro")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not example_window.close()
    assert len(asked) == 1 and "zapatillas-running.cjmap" in asked[0]
    assert manager.windows == [example_window]
    assert example_window.isWindowModified()


def test_close_with_changes_discard_closes_without_saving(manager, tmp_path, monkeypatch,
                                                           example_map_path):
    target = tmp_path / "descartar.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    edit(window, product="otro")
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert manager.windows == []
    assert target.read_bytes() == example_map_path.read_bytes()


def test_close_with_changes_save_saves_then_closes(manager, tmp_path, monkeypatch,
                                                   example_map_path):
    target = tmp_path / "guardar.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    edit(window, product="guardado al cerrar")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert load(target).meta.product == "guardado al cerrar"


def test_save_as_cancelled_at_close_keeps_the_window(manager, monkeypatch):
    window = manager.new_map("blank", "es")
    edit(window, product="algo")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not window.close()
    assert manager.windows == [window]


def test_quit_stops_at_the_first_cancel(manager, example_window, monkeypatch):
    manager.new_map("blank", "en")
    edit(example_window, product="x")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not manager.close_all()
    assert example_window in manager.windows


def test_revert_reloads_the_file(manager, tmp_path, monkeypatch, example_map_path):
    target = tmp_path / "revert.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    edit(window, product="cambiado")
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.actions.revert.trigger()
    assert window.document.map.meta.product == load(target).meta.product
    assert not window.isWindowModified()


def test_opening_from_a_pristine_window_reuses_it(manager, example_map_path):
    window = manager.new_map("blank", "es")
    assert window.files.open_path(example_map_path) is window
    assert len(manager.windows) == 1
    assert window.windowTitle() == "zapatillas-running.cjmap[*] — cjeditor"


def test_open_action_uses_the_file_dialog(manager, example_window, tmp_path, monkeypatch,
                                          example_map_path):
    copy = tmp_path / "abierto.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    seen = {}

    def fake_open(parent, caption, folder, filters):
        seen["filters"] = filters
        return str(copy), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    example_window.actions.open.trigger()
    assert "Journey maps (*.cjmap)" in seen["filters"]
    assert manager.find_window(copy) is not None
    assert manager.settings.last_directory == str(tmp_path)


def test_open_recent_reopens_a_closed_map(manager, tmp_path, example_map_path, monkeypatch):
    copy = tmp_path / "reciente.cjmap"
    copy.write_bytes(example_map_path.read_bytes())
    first = manager.open_path(copy)
    keeper = manager.new_map("blank", "en")
    assert first.close()
    recent = keeper.actions.recent_menu.actions()
    assert recent[0].text() == "&1 reciente.cjmap"
    recent[0].trigger()
    assert manager.find_window(copy) is not None


def test_save_as_without_edits_keeps_meta_modified(manager, tmp_path, monkeypatch,
                                                   example_map_path):
    source = tmp_path / "original.cjmap"  # same folder: its map paths stay as they are
    source.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(source)
    target = tmp_path / "copia-exacta.cjmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    assert target.read_bytes() == example_map_path.read_bytes()


def test_a_reused_window_shows_the_new_map_everywhere(manager, example_map_path):
    window = manager.new_map("blank", "es")
    window.files.open_path(example_map_path)
    doc = window.document.map
    assert window.brief.form.editors["title"].widget.text() == doc.meta.title
    assert window.personas.list.count() == len(doc.personas)
    assert window.actions.persona_filter.count() == 1 + len(doc.personas)
    assert window.statusBar().counts.text().startswith(f"Stages: {len(doc.stages)} ")
    assert window.document.undo_stack.count() == 0


def test_deleting_the_shown_card_clears_the_properties(example_window):
    from cjeditor.commands import DeleteCardsCommand

    doc = example_window.document
    card = next(doc.map.all_cards())
    example_window.properties.show_ids([card.id])
    push(doc, DeleteCardsCommand(doc, [card.id]))
    assert example_window.properties.current is None
    doc.undo_stack.undo()
    assert doc.has_card(card.id)


def test_save_as_asks_before_replacing_a_map_the_dialog_did_not_name(manager, tmp_path,
                                                                      monkeypatch):
    """The file dialog checks the name typed ("otro"); ".cjmap" is added after it."""
    other = tmp_path / "otro.cjmap"
    window = manager.new_map("moments-of-truth", "es", "Mapa nuevo")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "otro"), ""))
    other.write_text("el otro mapa", encoding="utf-8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.files.save_as()
    assert asked == ["“otro.cjmap” already exists. Replace it?"]
    assert other.read_text(encoding="utf-8") == "el otro mapa"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.files.save_as()
    assert load(other).meta.title == "Mapa nuevo"


def _type_stage_name(window, text: str):
    """Type into the Properties field of the first stage's name, without leaving it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.view.select_ids([window.document.map.stages[0].id])
    QApplication.processEvents()
    field = window.properties.form.editors["name"].widget
    window.activateWindow()
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    assert QApplication.focusWidget() is field  # still typing: nothing committed yet
    return field


def test_what_is_being_typed_is_saved(manager, tmp_path, example_map_path):
    target = tmp_path / "mapa.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    window.show()
    field = _type_stage_name(window, "Descubrimiento ¿online?")
    assert window.files.save()
    assert load(target).stages[0].name == "Descubrimiento ¿online?"
    assert not window.isWindowModified()
    from PySide6.QtWidgets import QApplication

    assert QApplication.focusWidget() is field  # the designer goes on typing there


def test_closing_while_typing_asks_about_the_text(manager, tmp_path, monkeypatch,
                                                  example_map_path):
    target = tmp_path / "mapa.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    window.show()
    _type_stage_name(window, "Nombre a medias")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert len(asked) == 1 and manager.windows == [window]
    assert window.document.map.stages[0].name == "Nombre a medias"


def test_a_card_title_being_edited_on_the_canvas_is_saved(manager, tmp_path,
                                                          example_map_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    target = tmp_path / "mapa.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    window = manager.open_path(target)
    window.show()
    window.resize(1500, 950)
    card = window.document.map.lanes[2].cards[0]
    window.view.select_ids([card.id])
    window.activateWindow()
    window.view.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not window.view
    editor.selectAll()
    QTest.keyClicks(editor, "Anuncio nuevo")
    assert window.files.save()
    saved = load(target)
    assert next(c for lane in saved.lanes for c in lane.cards
                if c.id == card.id).title == "Anuncio nuevo"
