"""Run an export off the GUI thread, with a progress dialog and a plain-text report.

`export_from(window)` shows the ExportDialog and, if the user picks a file,
exports a snapshot of the map (a deep copy: edits made meanwhile are safe) in a
worker of a one-thread pool (exports run one after another). Cancel stops the
export at its next progress report; export_map is atomic, so a cancelled or
failed export leaves no file behind and an existing file as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from cjeditor.app import save_errors
from cjeditor.export import ExportOptions, export_map
from cjeditor.model import JourneyMap

_pool: QThreadPool | None = None
_running: set[ExportRunner] = set()  # kept alive until they report


def pool() -> QThreadPool:
    """Exports run one at a time, in a pool the application waits for when it quits."""
    global _pool
    if _pool is None:
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setMaxThreadCount(1)
        app.aboutToQuit.connect(stop_all)
    return _pool


def stop_all() -> None:
    """Quitting: cancel every export (nothing half-written is left) and wait for them."""
    for runner in list(_running):
        runner._stop.set()
    if _pool is not None:
        _pool.waitForDone()


class ExportCancelled(BaseException):  # noqa: N818 - not an error: the user said stop
    """Raised in the progress callback to stop an export. A BaseException, so
    export_map removes its temporary file and lets it through unwrapped."""


class _Signals(QObject):
    progressed = Signal(float)
    succeeded = Signal()
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _ExportTask(QRunnable):
    def __init__(self, doc: JourneyMap, out: Path, options: ExportOptions,
                 signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until it reports
        self.doc, self.out, self.options = doc, out, options
        self.signals, self.stop = signals, stop

    def run(self) -> None:
        last = -1.0

        def progress(fraction: float) -> None:
            nonlocal last
            if self.stop.is_set():
                raise ExportCancelled
            if fraction - last >= 0.005 or fraction >= 1.0:
                last = fraction
                self.signals.progressed.emit(float(fraction))

        try:
            if self.stop.is_set():
                raise ExportCancelled
            export_map(self.doc, self.out, self.options, progress)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the user in plain words
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit()


class ExportRunner(QObject):
    """One export: worker, progress dialog, then a status message or an error box."""

    ended = Signal(str)  # "done", "failed" or "cancelled"

    def __init__(self, window: QWidget, doc: JourneyMap, out: Path,
                 options: ExportOptions) -> None:
        # No parent: the export goes on (and is reported) if the window closes meanwhile.
        super().__init__()
        self.window = window
        self.out = Path(out)
        self.state = "running"
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._signals = _Signals()
        self._task = _ExportTask(doc, self.out, options, self._signals, self._stop)
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

        self.progress = QProgressDialog(window)
        self.progress.setWindowTitle(self.tr("Export"))
        label = QLabel(self.tr("Exporting “%1”…").replace("%1", self.out.name))
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.progress.setLabel(label)
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, 1000)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(300)
        # Not modal: the user may keep editing; the export works on a snapshot.
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        _running.add(self)
        self.progress.setValue(0)
        pool().start(self._task)

    def cancel(self) -> None:
        """Stop at the export's next progress report; nothing is written."""
        if self.state == "running":
            self._stop.set()
            if isValid(self.progress):
                self.progress.setLabelText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self.state == "running"

    # -------------------------------------------------------------- results
    def _on_progress(self, fraction: float) -> None:
        if self.state == "running" and not self._stop.is_set() and isValid(self.progress):
            self.progress.setValue(round(min(max(fraction, 0.0), 1.0) * 1000))

    def _finish(self, state: str) -> None:
        self.state = state
        if isValid(self.progress):
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
        _running.discard(self)
        self._task = None  # type: ignore[assignment]
        self.ended.emit(state)

    def _window(self) -> QWidget | None:
        """The window that asked, if it is still open."""
        return self.window if isValid(self.window) else None

    def _status(self, text: str) -> None:
        bar = getattr(self._window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15000)

    def _on_succeeded(self) -> None:
        self._status(self.tr("Exported to %1").replace("%1", str(self.out)))
        self._finish("done")

    def _on_cancelled(self) -> None:
        self._status(self.tr("Export cancelled; no file was written."))
        self._finish("cancelled")

    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        self._status(self.tr("Export failed."))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Export failed"),
                          self.failure_text(error), QMessageBox.StandardButton.Ok,
                          self._window())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(str(error))
        if isValid(self.progress):
            self.progress.close()
        box.exec()
        box.deleteLater()
        self._finish("failed")

    def failure_text(self, error: BaseException) -> str:
        head = self.tr("“%1” could not be exported.").replace("%1", self.out.name)
        cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
        if isinstance(cause, OSError) and cause.errno is not None:
            why = save_errors.reason(cause)
        else:
            why = str(error)
        tail = self.tr("No file was written; a file of that name, if there was one, is as it "
                       "was.")
        return f"{head} {why}\n\n{tail}"


def export_from(window) -> ExportRunner | None:
    """File → Export…: the dialog, then the export in the background."""
    from cjeditor.app.dialogs.export import ExportDialog

    document = window.document
    dialog = ExportDialog(document.map, window.manager.settings, window, source=document.path)
    try:
        if not dialog.exec():
            return None
        out, options = dialog.output_path(), dialog.options()
    finally:
        dialog.deleteLater()
    if out is None:
        return None
    return start_export(window, document.map, out, options)


def start_export(window, journey_map: JourneyMap, out: Path,
                 options: ExportOptions) -> ExportRunner:
    """Export a deep copy of `journey_map` to `out` in the background."""
    runner = ExportRunner(window, journey_map.model_copy(deep=True), out, options)
    runner.start()
    return runner
