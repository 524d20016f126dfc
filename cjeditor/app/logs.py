"""The log file, and unexpected errors reported instead of killing the window.

`setup_logging()` writes the `cjeditor` loggers to
`<user log dir>/cjeditor.log` (rotated: 1 MB x 3). `ErrorReporter.install()`
hooks sys.excepthook (errors in slots and event handlers end there),
threading.excepthook and Qt's message handler: the error is logged with its
traceback, and a plain-text dialog says what happened and where the log is,
without the traceback. Unsaved work is safe in the autosave's recovery copy.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QThread, QtMsgType, qInstallMessageHandler

APP_NAME = "cjeditor"
LOG_NAME = "cjeditor.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
# Past this many dialogs in a short time, errors are only logged (an error in a
# paint handler would otherwise open dialog after dialog).
MAX_DIALOGS = 3
DIALOG_WINDOW_SECONDS = 60.0

log = logging.getLogger("cjeditor")


def log_path() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / LOG_NAME


def setup_logging(level: int = logging.INFO, path: Path | None = None) -> Path | None:
    """Log the `cjeditor` loggers to the rotating log file; returns its path (or None
    if it cannot be created, then logging goes to stderr only). Idempotent."""
    path = path or log_path()
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    log.setLevel(level)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
        result: Path | None = path
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        result = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    return result


def remove_logging() -> None:
    """Detach and close the handlers setup_logging added (tests, shutdown)."""
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def error_summary(exc: BaseException) -> str:
    """`TypeName: first line of the message`, short, never a traceback."""
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    if len(first) > 300:
        first = first[:300] + "…"
    name = type(exc).__name__
    return f"{name}: {first}" if first else name


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class ErrorReporter:
    """Logs unexpected errors and shows them in a plain-text dialog."""

    def __init__(self, log_file: Path | None = None) -> None:
        self.log_file = log_file
        self.shown: list[str] = []  # the dialog texts shown (tests read them)
        self._showing = False
        self._times: list[float] = []
        self._old_excepthook = None
        self._old_thread_hook = None
        self._old_qt_handler = None
        self._installed = False

    # ------------------------------------------------------------ install
    def install(self) -> ErrorReporter:
        if self._installed:
            return self
        self._old_excepthook = sys.excepthook
        self._old_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._old_qt_handler = qInstallMessageHandler(self.qt_message)
        self._installed = True
        return self

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._old_excepthook or sys.__excepthook__
        threading.excepthook = self._old_thread_hook or threading.__excepthook__
        qInstallMessageHandler(self._old_qt_handler)
        self._installed = False

    # -------------------------------------------------------------- hooks
    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            (self._old_excepthook or sys.__excepthook__)(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        self.report(exc)

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        log.critical("unexpected error in thread %s",
                     getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def qt_message(self, mode, context, message: str) -> None:
        level = _QT_LEVELS.get(mode, logging.WARNING)
        where = ""
        if context is not None and getattr(context, "file", None):
            where = f" ({context.file}:{context.line})"
        logging.getLogger("cjeditor.qt").log(level, "%s%s", message, where)
        if level >= logging.WARNING:
            print(f"Qt: {message}", file=sys.stderr)

    # ------------------------------------------------------------- dialog
    def message(self, exc: BaseException) -> str:
        # Literal QCoreApplication.translate calls, so lupdate finds the strings.
        text = QCoreApplication.translate(
            "ErrorReporter", "Something went wrong: %1").replace("%1", error_summary(exc))
        text += "\n\n" + QCoreApplication.translate(
            "ErrorReporter", "The window stays open and your unsaved changes "
            "are kept in a recovery copy. Save your work now.")
        if self.log_file is not None:
            text += "\n\n" + QCoreApplication.translate(
                "ErrorReporter", "Details were written to the log file:") \
                + "\n" + str(self.log_file)
        return text

    def report(self, exc: BaseException) -> None:
        """Show the error in a dialog (on the GUI thread, not re-entrantly, not too often)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self._showing:
            return
        now = time.monotonic()
        self._times = [t for t in self._times if now - t < DIALOG_WINDOW_SECONDS]
        if len(self._times) >= MAX_DIALOGS:
            return
        self._times.append(now)
        text = self.message(exc)
        self.shown.append(text)
        self._showing = True
        try:
            self.show_dialog(text)
        except Exception:  # the report itself must never raise
            log.exception("could not show the error dialog")
        finally:
            self._showing = False

    def show_dialog(self, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "cjeditor", text,
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()


def install(log_file: Path | None = None) -> ErrorReporter:
    """Set up the log file and the error hooks (what run_gui does)."""
    path = setup_logging() if log_file is None else setup_logging(path=log_file)
    reporter = ErrorReporter(path).install()
    log.info("cjeditor started")
    return reporter
