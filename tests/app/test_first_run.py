"""The start screen: shown when the editor starts without a map, never with one;
each choice (a template, the example, a recent map, Open…) opens that map;
Esc leaves the new empty map. Real mouse and key events sent to the widgets."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cjeditor.app import main
from cjeditor.app.first_run import FirstRunDialog, example_path
from cjeditor.app.i18n import install_translators
from cjeditor.app.settings import AppSettings
from cjeditor.templates import list_templates

LEFT = Qt.MouseButton.LeftButton


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def click(widget: QWidget, point: QPointF | None = None) -> None:
    """A press and a release at `point` (the middle by default), as a mouse makes them."""
    point = point if point is not None else QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(point.toPoint()))
    for kind, buttons in ((QEvent.Type.MouseButtonPress, LEFT),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, point, glob, LEFT, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
    settle()


def key(widget: QWidget, code: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
    settle()


def watch(screen: FirstRunDialog) -> list[tuple[int, object]]:
    """(result, window opened) once the screen closes (it deletes itself then)."""
    seen: list[tuple[int, object]] = []
    screen.finished.connect(lambda result: seen.append((result, screen.opened)))
    return seen


def screens() -> list[FirstRunDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstRunDialog) and w.isVisible()]


@pytest.fixture
def started(app, monkeypatch):
    """main.start(...) as the program runs it; every window closed afterwards."""
    managers = []

    def run(file=None, lang="en"):
        manager = main.start(str(file) if file else None, lang)
        managers.append(manager)
        settle()
        return manager

    yield run
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    for dialog in screens():
        dialog.close()
    for manager in managers:
        for window in list(manager.windows):
            window.close()
        manager.deleteLater()
    from qt_support import flush_deletes

    flush_deletes()


def test_starting_without_a_file_shows_the_start_screen(started):
    manager = started()
    [window] = manager.windows
    [screen] = screens()
    assert screen.parent() is window and screen.isModal()
    assert screen.heading.text() == "Welcome to cjeditor"  # the first start
    names = [screen.templates.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(screen.templates.count())]
    assert names == [info.name for info in list_templates()]
    assert all(not screen.templates.item(i).icon().isNull() for i in range(len(names)))
    assert screen.example_button.isEnabled()
    assert screen.recent.item(0).text() == "No recent maps yet."
    seen = watch(screen)
    key(screen.templates, Qt.Key.Key_Escape)  # Esc: the empty new map stays
    assert not screens() and seen == [(0, None)]
    assert manager.windows == [window] and window.is_pristine()
    assert AppSettings().welcomed


def test_starting_with_a_file_never_shows_it(started, example_map_path):
    manager = started(example_map_path)
    assert len(manager.windows) == 1 and not screens()


def test_a_template_picture_clicked_opens_that_template(started):
    manager = started()
    [screen] = screens()
    row = next(i for i, info in enumerate(list_templates()) if info.name == "moments-of-truth")
    item = screen.templates.item(row)
    seen = watch(screen)
    click(screen.templates.viewport(), QPointF(screen.templates.visualItemRect(item).center()))
    [window] = manager.windows
    assert not screens() and seen == [(1, window)]
    assert len(window.document.map.stages) == list_templates()[row].stage_count
    assert window.document.path is None and not window.document.modified


def test_enter_on_a_template_opens_it_too(started):
    manager = started()
    [screen] = screens()
    screen.templates.setCurrentRow(5)
    key(screen.templates, Qt.Key.Key_Return)
    assert not screens()
    assert len(manager.windows[0].document.map.stages) == list_templates()[5].stage_count


def test_the_example_button_opens_the_example_in_that_window(started):
    manager = started()
    [screen] = screens()
    click(screen.example_button)
    [window] = manager.windows
    assert not screens()
    shipped = example_path("en")
    assert example_path("es").name == "zapatillas-running.cjmap"  # not the "future" one
    # the user's own copy, beside copies of the other examples (its links lead to them),
    # so that saving never writes into the installation
    path = window.document.path
    assert path is not None and path.name == shipped.name and path != shipped.resolve()
    assert path.read_bytes() == shipped.read_bytes()
    assert (path.parent / "zapatillas-running-futuro.cjmap").is_file()
    # the copy is kept: a second open finds the user's edits
    path.write_bytes(path.read_bytes().replace(b"Compra online", b"Mi compra online"))
    from cjeditor.app.first_run import example_copy
    assert example_copy(shipped) == path and b"Mi compra online" in path.read_bytes()


def test_a_recent_map_and_open_keep_the_screen_until_a_map_opens(
        started, example_map_path, tmp_path, monkeypatch):
    mine = tmp_path / "mío ★.cjmap"
    shutil.copy(example_map_path, mine)
    settings = AppSettings()
    settings.add_recent_file(mine)
    settings.add_recent_file(tmp_path / "gone.cjmap")  # no longer there: not offered
    manager = started()
    [screen] = screens()
    assert screen.recent.count() == 1 and screen.recent.item(0).text().startswith("mío ★")
    assert screen.heading.text() == "Welcome to cjeditor"
    # Open… cancelled: the screen stays
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    click(screen.open_button)
    assert screens() == [screen]
    item = screen.recent.item(0)
    click(screen.recent.viewport(), QPointF(screen.recent.visualItemRect(item).center()))
    assert not screens()
    assert manager.windows[0].document.path == mine.resolve()


def test_open_picks_a_file(started, example_map_path, tmp_path, monkeypatch):
    target = tmp_path / "otro.cjmap"
    shutil.copy(example_map_path, target)
    manager = started()
    [screen] = screens()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    seen = watch(screen)
    click(screen.open_button)
    assert not screens() and seen == [(1, manager.windows[0])]
    assert manager.windows[0].document.path == target.resolve()


def test_unticked_it_does_not_come_back_but_help_shows_it(started):
    started()
    [screen] = screens()
    click(screen.show_check)
    assert not screen.show_check.isChecked()
    click(screen.buttons.button(screen.buttons.StandardButton.Close))
    assert not screens() and not AppSettings().show_start_screen
    again = started()
    assert not screens()
    window = again.windows[0]
    window.actions.start_screen.trigger()
    settle()
    [screen] = screens()
    assert screen.heading.text() == "Start"  # seen before: no welcome


def test_in_spanish(app, started, output_dir):
    manager = started(lang="es")
    try:
        [screen] = screens()
        assert screen.windowTitle() == "Inicio"
        assert screen.heading.text() == "Bienvenido a cjeditor"
        assert screen.example_button.text() == "Abrir el &ejemplo"
        texts = [screen.templates.item(i).text() for i in range(screen.templates.count())]
        assert "Momentos de la verdad" in texts
        assert manager.windows[0].actions.start_screen.text() == "Pantalla de &inicio"
        screen.resize(screen.sizeHint())
        settle()
        assert screen.grab().save(str(output_dir / "desktop-start-screen-es.png"))
    finally:
        install_translators(app, "en")
