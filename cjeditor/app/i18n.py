"""Pick the UI language and install the Qt translators for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cjeditor.app.assets import resource_path
from cjeditor.app.settings import LANGUAGES, AppSettings
from cjeditor.document.checks import LANGUAGE_PROPERTY, ui_language


def system_language() -> str:
    """The system locale's language if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def choose_language(requested: str | None, settings: AppSettings | None = None) -> str:
    """`--lang` wins, then the Preferences setting, then the system locale."""
    if requested in LANGUAGES:
        return requested
    stored = settings.language if settings is not None else "system"
    if stored in LANGUAGES:
        return stored
    return system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load cjeditor's and Qt's own translations for `language`; keep them alive."""
    for old in getattr(app, "_cjeditor_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"cjeditor_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    if language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qt_{language}", qt_dir):
            app.installTranslator(qt)
            translators.append(qt)
    app._cjeditor_translators = translators  # type: ignore[attr-defined]
    app.setProperty(LANGUAGE_PROPERTY, language)
    spanish = QLocale.Language.Spanish
    QLocale.setDefault(QLocale(spanish if language == "es" else QLocale.Language.English))
    return translators


def current_language() -> str:
    """The interface language installed last ("es" or "en")."""
    return ui_language()
