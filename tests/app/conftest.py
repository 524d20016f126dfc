"""Fixtures for the application shell: a WindowManager on the offscreen platform.

Every window is closed without prompts at teardown and deferred deletes are
flushed, so no Qt object outlives its test (that segfaults at exit).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from qt_support import flush_deletes  # noqa: F401 (re-exported to the tests here)

from cjeditor.app.i18n import install_translators
from cjeditor.app.main import create_application
from cjeditor.app.settings import AppSettings
from cjeditor.app.windows import WindowManager


@pytest.fixture
def app(qapp):
    application = create_application()
    install_translators(application, "en")
    yield application
    install_translators(application, "en")


@pytest.fixture
def manager(app, monkeypatch):
    mgr = WindowManager(AppSettings())
    yield mgr
    # Close everything, answering "Discard" to any unsaved-changes prompt.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    for window in list(mgr.windows):
        window.close()
    flush_deletes()
    mgr.deleteLater()
    flush_deletes()


@pytest.fixture
def example_window(manager, example_map_path):
    window = manager.open_path(example_map_path)
    assert window is not None
    return window
