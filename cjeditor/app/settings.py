"""User settings (QSettings in an INI file under platformdirs' config folder).

Only cjeditor.app touches settings. Tests point XDG_CONFIG_HOME at a temporary
folder, so nothing here reaches the real home.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "cjeditor"
MAX_RECENT = 10
LANGUAGES = ("es", "en")


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "cjeditor.ini"


class AppSettings:
    """Typed access to the few settings the editor keeps."""

    def __init__(self) -> None:
        self._qs = QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # language: "system", "es" or "en"
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", "system") or "system")
        return value if value in ("system", *LANGUAGES) else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else "system")
        self._qs.sync()

    # recent files, most recent first
    def recent_files(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(item) for item in (value or []) if item][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        path = str(Path(path).resolve())
        recent = [item for item in self.recent_files() if item != path]
        recent.insert(0, path)
        self._set_recent(recent[:MAX_RECENT])
        return recent

    def remove_recent_file(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self._set_recent([item for item in self.recent_files() if item != path])

    def clear_recent_files(self) -> None:
        self._set_recent([])

    def _set_recent(self, items: list[str]) -> None:
        self._qs.setValue("files/recent", items)
        self._qs.sync()

    @property
    def last_directory(self) -> str:
        return str(self._qs.value("files/last_directory", "") or "")

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._qs.setValue("files/last_directory", value)

    # the new-map dialog remembers its last choice
    @property
    def last_template(self) -> str:
        return str(self._qs.value("new/template", "moments-of-truth") or "")

    @last_template.setter
    def last_template(self, value: str) -> None:
        self._qs.setValue("new/template", value)

    @property
    def last_template_language(self) -> str:
        return str(self._qs.value("new/language", "") or "")

    @last_template_language.setter
    def last_template_language(self, value: str) -> None:
        self._qs.setValue("new/language", value)

    # the start screen (app/first_run.py): shown when the editor starts without a map
    @property
    def show_start_screen(self) -> bool:
        return _flag(self._qs.value("start/show", True))

    @show_start_screen.setter
    def show_start_screen(self, value: bool) -> None:
        self._qs.setValue("start/show", bool(value))
        self._qs.sync()

    @property
    def welcomed(self) -> bool:
        """The start screen was seen once: it no longer says "Welcome"."""
        return _flag(self._qs.value("start/welcomed", False))

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self._qs.setValue("start/welcomed", bool(value))
        self._qs.sync()

    # the export dialog remembers its options (keys under export/)
    def export_options(self) -> dict[str, object]:
        """The stored export/ values as QSettings returns them (the dialog checks them)."""
        self._qs.beginGroup("export")
        try:
            return {key: self._qs.value(key) for key in self._qs.childKeys()}
        finally:
            self._qs.endGroup()

    def save_export_options(self, values: dict[str, object]) -> None:
        for key, value in values.items():
            self._qs.setValue(f"export/{key}", value)
        self._qs.sync()

    # autosave (recovery copies) and safe saves
    @property
    def autosave_interval(self) -> float:
        """Seconds of continuous editing before a recovery copy is written anyway."""
        return _number(self._qs.value("recovery/interval_seconds"), 30.0, 0.01, 3600.0)

    @autosave_interval.setter
    def autosave_interval(self, value: float) -> None:
        self._qs.setValue("recovery/interval_seconds", float(value))
        self._qs.sync()

    @property
    def autosave_debounce(self) -> float:
        """Seconds after the last edit before a recovery copy is written."""
        return _number(self._qs.value("recovery/debounce_seconds"), 2.0, 0.01, 600.0)

    @autosave_debounce.setter
    def autosave_debounce(self, value: float) -> None:
        self._qs.setValue("recovery/debounce_seconds", float(value))
        self._qs.sync()

    @property
    def keep_backup(self) -> bool:
        """Keep the previous version as name.cjmap.bak when saving."""
        value = self._qs.value("files/keep_backup", True)
        if isinstance(value, str):
            return value.strip().lower() not in ("false", "0", "no", "off")
        return bool(value)

    @keep_backup.setter
    def keep_backup(self, value: bool) -> None:
        self._qs.setValue("files/keep_backup", bool(value))
        self._qs.sync()

    # window geometry and dock layout
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value("window/geometry")
        state = self._qs.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.sync()


def _flag(value: object) -> bool:
    """A boolean setting as QSettings gives it back from the INI file ("true"/"false")."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off", "")
    return bool(value)


def _number(value, default: float, low: float, high: float) -> float:
    """A float setting, clamped to [low, high]; `default` if unset or unreadable."""
    try:
        number = float(value) if value is not None else default
    except (TypeError, ValueError):
        return default
    if number != number:  # NaN
        return default
    return min(max(number, low), high)
