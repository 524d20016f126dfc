"""Fixtures for autosave, recovery, safe saves and hostile files.

Every window is closed without prompts at teardown and deferred deletes are
flushed. platformdirs points into the per-test temporary home (tests/conftest.py),
so recovery copies and logs land there. Modal dialogs are never shown: tests patch
exec() to record and answer. A test that asks for `clock` gets windows whose autosave
and disk-watch timers run on a manual clock: it advances time instead of sleeping.
"""

from __future__ import annotations

import pytest
from manual_clock import ManualClock
from PySide6.QtWidgets import QDialog, QMessageBox
from qt_support import flush_deletes  # noqa: F401 (re-exported to the tests here)

from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.dialogs.recovery import RecoveryDialog
from cjeditor.app.i18n import install_translators
from cjeditor.app.main import create_application
from cjeditor.app.settings import AppSettings
from cjeditor.app.windows import WindowManager
from cjeditor.canvas import MapView


@pytest.fixture
def app(qapp):
    application = create_application()
    install_translators(application, "en")
    yield application
    flush_deletes()


@pytest.fixture
def settings(app):
    settings = AppSettings()
    settings.autosave_interval = 0.4
    settings.autosave_debounce = 0.05
    return settings


@pytest.fixture
def manager(app, settings, monkeypatch):
    mgr = WindowManager(settings)
    yield mgr
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    for window in list(mgr.windows):
        window.close()
    flush_deletes()
    mgr.deleteLater()
    flush_deletes()


@pytest.fixture
def clock(manager) -> ManualClock:
    """Windows opened from now on take their timers from this clock (timers.clock_for)."""
    manager.clock = ManualClock()
    return manager.clock


@pytest.fixture
def window(request, manager, map_file):
    if "clock" in request.fixturenames:
        request.getfixturevalue("clock")  # before the window creates its timers
    win = manager.open_path(map_file)
    assert win is not None
    assert isinstance(win.view, MapView), "the canvas failed to load (see the log)"
    return win


@pytest.fixture
def problems_shown(monkeypatch) -> list[str]:
    """LoadProblemsDialog records its text instead of showing itself."""
    shown: list[str] = []

    def fake_exec(self):
        shown.append(self.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    return shown


class Boxes:
    """QMessageBox.exec patched: records each box and answers from a queue."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.formats: list = []
        self.answers: list = []

    def exec(self, box: QMessageBox):
        self.texts.append("\n".join([box.text(), box.informativeText()]))
        self.formats.append(box.textFormat())
        answer = self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Cancel
        if isinstance(answer, str):  # click the button with this text
            for button in box.buttons():
                if button.text().replace("&", "") == answer:
                    button.click()
                    return 0
            raise AssertionError(f"no button {answer!r} in {[b.text() for b in box.buttons()]}")
        return answer


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: recorder.exec(self))
    return recorder


@pytest.fixture
def choose(monkeypatch):
    """choose(answer): the recovery dialog answers `answer` when shown; the list it
    returns fills with the texts it showed."""
    seen: list[str] = []

    def make(choice):
        def fake_exec(self):
            seen.append(self.text())
            return choice

        monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
        return seen

    return make
