"""File → Compare with file…: the changes by id between a .cjmap on disk and the open map,
grouped, in the interface language; a click selects the object on the canvas."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from qt_support import answer_open_dialog

from cjeditor.app.dialogs.compare import ChangesWidget, CompareDock, change_text
from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.i18n import install_translators
from cjeditor.commands import EditMetaCommand, push
from cjeditor.diff import diff_maps
from cjeditor.fileio import load, save
from cjeditor.model import JourneyMap, Stage


def older_version(example_map_path: Path, folder: Path) -> Path:
    """The example as it was "before": a title, a stage, a card, a persona, a connection
    and a view differ from the example, and a card sits in another stage."""
    journey = load(example_map_path)
    actions = journey.lanes[1]
    actions.cards[0] = actions.cards[0].model_copy(update={"title": "Le duelen las rodillas"})
    actions.cards[2] = actions.cards[2].model_copy(update={"stage": "s-descubrimiento"})
    del actions.cards[6]  # in the open map only: "added"
    journey.stages.append(Stage(id="s-extra", name="Fidelización"))
    journey.personas[1] = journey.personas[1].model_copy(update={"name": "Andrés G."})
    journey.connections[0] = journey.connections[0].model_copy(update={"label": None})
    journey.views.pop()
    path = folder / "antes.cjmap"
    save(JourneyMap.model_validate(journey.model_dump(by_alias=True)), path)
    return path


def click(tree, item) -> None:
    """A real click on the row, where a person would click."""
    tree.scrollToItem(item)
    QApplication.processEvents()
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def compared(example_window, example_map_path, monkeypatch, tmp_path):
    path = older_version(example_map_path, tmp_path)
    filters = answer_open_dialog(monkeypatch, path)
    example_window.actions.compare_file.trigger()
    dock = example_window.findChild(CompareDock)
    assert dock is not None and filters == ["Journey maps (*.cjmap);;All files (*)"]
    return example_window, dock, load(path)


def test_the_action_is_in_the_file_menu(example_window):
    actions = example_window.actions
    menu = actions.menus["file"].actions()
    assert actions.compare_file.text() == "Co&mpare with File…"
    assert menu.index(actions.compare_file) == menu.index(actions.import_table) + 1


def test_the_changes_are_the_diff_commands_lines_grouped(compared, output_dir):
    window, dock, older = compared
    widget = dock.changes
    expected = diff_maps(older, window.document.map)
    assert [item.text(0) for item in widget.change_items()] == [c.text() for c in expected]
    kinds = {c.kind for c in expected}
    assert kinds == {"persona", "stage", "card", "connection", "view"}
    groups = [widget.tree.topLevelItem(i).text(0) for i in range(widget.tree.topLevelItemCount())]
    cards = sum(c.kind == "card" for c in expected)
    assert groups == ["Personas (1)", "Stages (1)", f"Cards ({cards})", "Connections (1)",
                      "Views (1)"]
    texts = [item.text(0) for item in widget.change_items()]
    assert 'changed card act-1 "Nota molestias después de las tiradas largas": title ' \
           '"Le duelen las rodillas" → "Nota molestias después de las tiradas largas"' in texts
    assert any(t.startswith('moved card act-3 ') for t in texts)
    assert any(t.startswith('added card act-7 ') for t in texts)
    assert 'removed stage s-extra "Fidelización" from position 9' in texts
    assert widget.summary.text() == f"From “antes.cjmap” to this map: {len(expected)} " \
        "changes by id."
    window.resize(1400, 860)
    QApplication.processEvents()
    assert dock.grab().save(str(output_dir / "compare-dock.png"))


def test_clicking_a_change_selects_its_card(compared):
    window, dock, _older = compared
    tree = dock.changes.tree
    item = next(i for i in dock.changes.change_items() if i.text(0).startswith("moved card act-3"))
    click(tree, item)
    assert window.view.selected_ids() == ["act-3"]
    assert window.selection == ["act-3"]
    item = next(i for i in dock.changes.change_items() if i.text(0).startswith("removed stage"))
    click(tree, item)
    assert "only in the other file" in window.statusBar().currentMessage()
    assert window.view.selected_ids() == ["act-3"]  # nothing else selected
    item = next(i for i in dock.changes.change_items() if i.text(0).startswith("changed persona"))
    click(tree, item)
    assert "Personas panel" in window.statusBar().currentMessage()
    item = next(i for i in dock.changes.change_items() if "connection k-cambio" in i.text(0))
    click(tree, item)  # an arrow is shown by the card it starts from
    assert window.view.selected_ids() == [window.document.connection("k-cambio").from_]


def test_the_list_follows_the_edits(compared, qtbot):
    window, dock, _older = compared
    before = len(dock.changes.changes)
    push(window.document, EditMetaCommand(window.document, {"title": "Otra cosa"}))
    qtbot.waitUntil(lambda: len(dock.changes.changes) == before + 1, timeout=5000)
    assert dock.changes.change_items()[0].text(0).startswith('changed map "Otra cosa": title ')


def test_a_refused_file_opens_the_load_problems_dialog(example_window, monkeypatch, tmp_path):
    bad = tmp_path / "rota.cjmap"
    bad.write_text('{"format": "cjmap", "version": 2, "stages": "no"}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(LoadProblemsDialog, "exec", lambda self: shown.append(self.text()) or 0)
    answer_open_dialog(monkeypatch, bad)
    example_window.actions.compare_file.trigger()
    assert len(shown) == 1 and "rota.cjmap" in shown[0]
    assert example_window.findChild(CompareDock) is None


def test_a_second_compare_reuses_the_dock(compared, example_map_path, monkeypatch):
    window, dock, _older = compared
    answer_open_dialog(monkeypatch, example_map_path)
    window.actions.compare_file.trigger()
    assert window.findChildren(CompareDock) == [dock]
    assert dock.changes.change_items() == []
    assert dock.changes.summary.text().startswith("From “zapatillas-running.cjmap” to this "
                                                  "map: No changes by id")


def test_the_widget_takes_any_two_maps(example_map_path, tmp_path, qtbot):
    older = load(older_version(example_map_path, tmp_path))
    newer = load(example_map_path)
    widget = ChangesWidget(newer, older)  # the other way round
    qtbot.addWidget(widget)
    assert [i.text(0) for i in widget.change_items()] == [
        c.text() for c in diff_maps(newer, older)]
    clicked: list[str] = []
    widget.show_object.connect(clicked.append)
    widget.show()
    item = next(i for i in widget.change_items() if "s-extra" in i.text(0))
    click(widget.tree, item)
    assert clicked == ["s-extra"]


def test_spanish_sentences(app, example_window, example_map_path, monkeypatch, tmp_path,
                           output_dir):
    install_translators(app, "es")
    path = older_version(example_map_path, tmp_path)
    answer_open_dialog(monkeypatch, path)
    window = example_window
    window.actions.compare_file.trigger()
    dock = window.findChild(CompareDock)
    older = load(path)
    assert dock.windowTitle() == "Cambios"
    assert dock.changes.summary.text() == "De «antes.cjmap» a este mapa: 7 cambios por " \
        "identificador."
    texts = [item.text(0) for item in dock.changes.change_items()]
    changes = diff_maps(older, window.document.map)
    assert texts == [change_text(c, "es") for c in changes]
    assert texts[[c.id for c in changes].index("act-1")].startswith(
        'cambios en la tarjeta act-1 "Nota molestias después de las tiradas largas": '
        'Título "Le duelen las rodillas" → ')
    assert 'quitado: la etapa s-extra "Fidelización" (posición 9)' in texts
    moved = texts[[c.id for c in changes].index("act-3")]
    assert moved.startswith("movido: la tarjeta act-3 ")
    assert ": carril l-acciones, etapa s-descubrimiento, posición 2 → carril l-acciones, " \
        "etapa s-aprendizaje, posición 1" in moved
    assert dock.changes.tree.topLevelItem(0).text(0) == "Personas (1)"
    window.resize(1400, 860)
    item = next(i for i in dock.changes.change_items() if "act-3" in i.text(0))
    click(dock.changes.tree, item)
    QApplication.processEvents()
    assert window.grab().save(str(output_dir / "compare-window-es.png"))


def test_a_path_with_an_ampersand_reads_as_typed_in_the_tooltip(example_window,
                                                                 example_map_path,
                                                                 monkeypatch, tmp_path):
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    for name in ("R&D", "R&D <equipo>"):
        folder = tmp_path / name
        folder.mkdir()
        path = older_version(example_map_path, folder)
        answer_open_dialog(monkeypatch, path)
        example_window.actions.compare_file.trigger()
        tip = example_window.findChild(CompareDock).toolTip()
        if GuiQt.mightBeRichText(tip):  # what Qt decides before showing a tooltip
            shown = QTextDocument()
            shown.setHtml(tip)
            tip = shown.toPlainText()
        assert tip.replace("\u2028", "") == str(path)
