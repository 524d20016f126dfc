"""Start the desktop editor: `run_gui(argv, file, lang)`."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QImageReader, QPixmapCache
from PySide6.QtWidgets import QApplication

from cjeditor import __version__
from cjeditor.app import collector
from cjeditor.app.assets import app_icon, register_fonts
from cjeditor.app.i18n import choose_language, install_translators
from cjeditor.app.settings import AppSettings
from cjeditor.app.windows import WindowManager

# A start-up check (tests/test_bundle.py runs the bundle so): quit normally this many
# milliseconds after the first window is up, as if the user had chosen File > Quit.
QUIT_AFTER_ENV = "CJEDITOR_QUIT_AFTER_MS"
ORGANIZATION = "cjeditor"
APPLICATION = "cjeditor"
# No image may make Qt allocate more than this (a hostile header cannot exhaust memory).
IMAGE_ALLOCATION_LIMIT_MB = 256
# Qt's pictures kept for repainting: the lane sketches far out, and Qt's own (Qt's
# default, 10 MB, holds about one screen of sketches). Card pictures are kept apart,
# within canvas/card_pictures.BUDGET.
PIXMAP_CACHE_MB = 64
# Qt's raster engine hands every fill of 96 spans or more (a card's box is one) to a
# pool of threads and waits for them; for shapes of a card's size the hand-off costs
# more than the fill. Set, Qt keeps fills on the thread that paints: scrolling one
# screen of the 3,000-card map went from 26 to 14 ms, and 36 to 23 ms, in two paired
# runs of tests/benchmarks (medians).
SERIAL_FILLS_ENV = "QT_NO_GUI_THREADPOOL"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named and with the bundled fonts."""
    os.environ.setdefault(SERIAL_FILLS_ENV, "1")  # read by Qt when it first fills
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv else [APPLICATION])
    app.setApplicationDisplayName("cjeditor")
    app.setDesktopFileName("cjeditor")
    app.setWindowIcon(app_icon())
    collector.tune()  # big maps: fewer collections while opening and editing
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_MB * 1024)
    QImageReader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)
    families = register_fonts()
    if families and "DejaVu Sans" in families:
        font = QFont(app.font())
        font.setFamily("DejaVu Sans")
        app.setFont(font)
    return app


def start(file: str | None, lang: str | None, settings: AppSettings | None = None,
          argv: list[str] | None = None) -> WindowManager:
    """Set up the application and open the first window (without running the loop)."""
    app = create_application(argv)
    settings = settings or AppSettings()
    language = choose_language(lang, settings)
    install_translators(app, language)
    manager = WindowManager(settings, app)
    app._cjeditor_manager = manager  # type: ignore[attr-defined]  # keep it alive
    app.installEventFilter(manager)  # FileOpen events
    if file:
        # A refused file opens nothing: its problems were shown, run_gui exits with 1.
        manager.open_path(file)
    else:
        manager.new_map("blank", language)
    if manager.windows:
        from cjeditor.app.dialogs.recovery import offer_recovery

        offer_recovery(manager, manager.windows[0])  # maps left unsaved by a crash
        if not file:
            from cjeditor.app.first_run import offer_start_screen

            offer_start_screen(manager.windows[0])  # templates, the example, recent maps
    return manager


def run_gui(argv: list[str] | None, file: str | None = None, lang: str | None = None) -> int:
    """Run the editor until its last window closes; returns the exit status."""
    from cjeditor.app import logs

    reporter = logs.install()  # a log file; errors shown in a dialog, not fatal
    manager = start(file, lang, argv=argv or sys.argv[:1])
    app = QApplication.instance()
    if not manager.windows:
        return 1
    manager.windows[0].raise_()
    QTimer.singleShot(0, manager.windows[0].activateWindow)
    app._cjeditor_reporter = reporter  # type: ignore[attr-defined]  # keep it alive
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), manager.quit)
    return app.exec()
