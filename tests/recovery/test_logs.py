"""The log file and unexpected errors: logged with traceback, shown without one."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler

import pytest
from PySide6.QtCore import Qt, QTimer, qCritical

from cjeditor.app import logs
from cjeditor.commands import EditMetaCommand, push


@pytest.fixture
def reporter(app):
    path = logs.setup_logging()
    rep = logs.ErrorReporter(path).install()
    yield rep
    rep.uninstall()
    logs.remove_logging()


def log_text() -> str:
    for handler in logs.log.handlers:
        handler.flush()
    return logs.log_path().read_text(encoding="utf-8")


def test_log_file_location_and_rotation(app, _isolated_home):
    path = logs.setup_logging()
    try:
        assert path == _isolated_home / "state" / "cjeditor" / "log" / "cjeditor.log"
        assert logs.setup_logging() == path  # idempotent: one handler
        [handler] = [h for h in logs.log.handlers if isinstance(h, RotatingFileHandler)]
        assert handler.maxBytes == 1_000_000 and handler.backupCount == 3
        logging.getLogger("cjeditor.app.autosave").warning("hello log")
        assert "hello log" in log_text()
    finally:
        logs.remove_logging()


def test_an_error_in_a_slot_is_logged_and_shown_not_fatal(window, reporter, boxes, qtbot):
    def broken_slot():
        raise ValueError('bad value <b>x</b><img src="file:///etc/passwd">')

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(boxes.texts) == 1, timeout=3000)
    text = boxes.texts[0]
    assert 'ValueError: bad value <b>x</b><img src="file:///etc/passwd">' in text
    assert str(logs.log_path()) in text
    assert "recovery copy" in text
    assert "Traceback" not in text and "broken_slot" not in text
    assert boxes.formats == [Qt.TextFormat.PlainText]
    logged = log_text()
    assert "Traceback" in logged and "broken_slot" in logged
    # the window lives on and still works
    assert window.isVisible()
    push(window.document, EditMetaCommand(window.document, {"product": "still editing"}))
    assert window.document.map.meta.product == "still editing"


def test_an_error_in_an_event_handler(window, reporter, boxes, qtbot, monkeypatch):
    calls = []

    def broken_update_title():
        calls.append(1)
        raise RuntimeError("title failed")

    window.document.meta_changed.connect(broken_update_title)
    push(window.document, EditMetaCommand(window.document, {"product": "x"}))
    qtbot.waitUntil(lambda: len(boxes.texts) == 1, timeout=3000)
    assert "RuntimeError: title failed" in boxes.texts[0]
    assert window.document.map.meta.product == "x"


def test_repeated_errors_do_not_flood_dialogs(app, reporter, boxes):
    for i in range(10):
        try:
            raise KeyError(i)
        except KeyError:
            sys.excepthook(*sys.exc_info())
    assert len(boxes.texts) == logs.MAX_DIALOGS
    assert log_text().count("unexpected error") == 10


def test_qt_criticals_are_logged(app, reporter, capsys):
    qCritical("something critical in Qt")
    assert "something critical in Qt" in log_text()


def test_error_summary_is_one_short_line():
    exc = ValueError("first line\nTraceback (most recent call last):\n  more")
    assert logs.error_summary(exc) == "ValueError: first line"
    assert logs.error_summary(RuntimeError()) == "RuntimeError"
    assert len(logs.error_summary(ValueError("x" * 5000))) < 350


def test_uninstall_restores_the_hooks(app):
    before = sys.excepthook
    rep = logs.ErrorReporter(None).install()
    assert sys.excepthook == rep.excepthook
    rep.uninstall()
    assert sys.excepthook is before
