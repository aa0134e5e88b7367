"""Every user setting declared once with its type and default, in a versioned INI file.

Settings live in an INI file (never the Windows registry) in the user's configuration folder.
A Setting is a NamedTuple, not a dataclass: this module loads before the window's first paint.
`open_settings()` upgrades an older file step by step with the functions registered by
`@upgrade(version)`, then records SETTINGS_VERSION in it.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

from driehoek_app import APP_NAME

SETTINGS_VERSION = 1
VERSION_KEY = "meta/version"
SETTINGS_FILENAME = "driehoek_app.ini"


class Setting(NamedTuple):
    """One setting: its INI key, Python type and default value."""

    key: str
    type: type
    default: Any

    def read(self, settings: QSettings) -> Any:
        """Return the stored value converted to the declared type, or the default."""
        if not settings.contains(self.key):
            return self.default
        try:
            value = settings.value(self.key, self.default, type=self.type)
        except (TypeError, ValueError):
            return self.default
        return self.default if value is None else value

    def write(self, settings: QSettings, value: Any) -> None:
        """Store a value of the declared type."""
        if not isinstance(value, self.type):
            raise TypeError(f"{self.key} expects {self.type.__name__}, got {type(value).__name__}")
        settings.setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
LAST_AREA = Setting("window/last_area", str, "naslag")
NASLAG_TAB = Setting("naslag/tab", int, 0)
THEMES_SPLITTER = Setting("naslag/themes_splitter", QByteArray, QByteArray())
LAST_THEME = Setting("naslag/theme", str, "")
FORMATION_FILTER = Setting("naslag/formation_filter", str, "")
AGENDA_TAB = Setting("naslag/agenda_tab", int, 0)
TARGETS_GOAL = Setting("naslag/targets_goal", str, "")
MEETINGS_BODY = Setting("meetings/body", int, 0)
MEETING_SPLITTER = Setting("meetings/splitter", QByteArray, QByteArray())
ONDERMIJNING_BASISTEAM = Setting("ondermijning/basisteam", str, "")
ONDERMIJNING_YEAR = Setting("ondermijning/year", int, 0)
ONDERMIJNING_TAB = Setting("ondermijning/tab", int, 0)
ONDERMIJNING_SPLITTER = Setting("ondermijning/splitter", QByteArray, QByteArray())
MONITORING_SCOPE = Setting("monitoring/scope", str, "")
MONITORING_YEAR = Setting("monitoring/year", int, 0)
MONITORING_TAB = Setting("monitoring/tab", int, 0)
REGISTERS_TAB = Setting("registers/tab", int, 0)
SEARCH_ORDER = Setting("search/order", str, "newest")
AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", int, 10)
LOCK_WITH_SCREEN = Setting("security/lock_with_screen", bool, True)

ALL_SETTINGS = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_AREA,
    NASLAG_TAB,
    THEMES_SPLITTER,
    LAST_THEME,
    FORMATION_FILTER,
    AGENDA_TAB,
    TARGETS_GOAL,
    MEETINGS_BODY,
    MEETING_SPLITTER,
    ONDERMIJNING_BASISTEAM,
    ONDERMIJNING_YEAR,
    ONDERMIJNING_TAB,
    ONDERMIJNING_SPLITTER,
    MONITORING_SCOPE,
    MONITORING_YEAR,
    MONITORING_TAB,
    REGISTERS_TAB,
    SEARCH_ORDER,
    AUTO_LOCK_MINUTES,
    LOCK_WITH_SCREEN,
)

Upgrade = Callable[[QSettings], None]
UPGRADES: dict[int, Upgrade] = {}


def upgrade(version: int) -> Callable[[Upgrade], Upgrade]:
    """Register a function that brings a settings file from version - 1 to version."""

    def register(function: Upgrade) -> Upgrade:
        """Add the function to the upgrade table."""
        if version in UPGRADES:
            raise ValueError(f"settings upgrade {version} registered twice")
        UPGRADES[version] = function
        return function

    return register


@upgrade(1)
def drop_undeclared_keys(settings: QSettings) -> None:
    """Version 1: remove keys from before the versioned file (unknown to this version)."""
    declared = {setting.key for setting in ALL_SETTINGS} | {VERSION_KEY}
    for key in settings.allKeys():
        if key not in declared:
            settings.remove(key)


def stored_version(settings: QSettings) -> int:
    """Return the version recorded in a settings file (0 for an unversioned one)."""
    try:
        return int(settings.value(VERSION_KEY, 0))
    except (TypeError, ValueError):
        return 0


def upgrade_settings(
    settings: QSettings,
    upgrades: dict[int, Upgrade] | None = None,
    current: int = SETTINGS_VERSION,
) -> list[int]:
    """Apply the pending upgrade functions in order; return the versions applied."""
    upgrades = UPGRADES if upgrades is None else upgrades
    version = stored_version(settings)
    applied = []
    for step in range(version + 1, current + 1):
        if step in upgrades:
            upgrades[step](settings)
            applied.append(step)
    if version < current:
        settings.setValue(VERSION_KEY, current)
    settings.sync()
    return applied


def default_settings_path() -> Path:
    """Return the per-user location of the settings file."""
    return Path(user_config_dir(APP_NAME, appauthor=False, roaming=False)) / SETTINGS_FILENAME


def open_settings(path: Path | None = None) -> QSettings:
    """Open (creating if needed) the INI settings file and bring it to the current version."""
    path = default_settings_path() if path is None else path
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    upgrade_settings(settings)
    return settings
