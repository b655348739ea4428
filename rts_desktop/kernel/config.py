"""Paths (platformdirs) and the typed settings registry.

Settings are a small JSON file with a version; each key is declared once with its type and
default. Window geometry belongs to QSettings in the UI, not here. Nothing is ever pickled.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs

from rts_desktop.kernel import fileio

APP_DIR_NAME = "rts-desktop"
T = TypeVar("T")


def data_dir() -> Path:
    """Where the database, backups and attachments live (``RTS_DATA_DIR`` overrides)."""
    override = os.environ.get("RTS_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("RTS_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "rts.db"


def display_path(path: Path) -> str:
    """A path as people read it: inside the home folder as ``~/...`` (the status bar)."""
    try:
        return "~" + os.sep + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One typed setting with its default."""

    key: str
    type: type
    default: T


SETTINGS_VERSION = 1
BACKUP_KEEP = Setting("backup.keep", int, 14)
BACKUP_DAILY = Setting("backup.daily", bool, True)
LANGUAGE = Setting("ui.language", str, "it")
#: a bundle whose clock runs further ahead of this laptop's is refused (see SYNC.md)
SYNC_MAX_CLOCK_AHEAD_HOURS = Setting("sync.max_clock_ahead_hours", int, 24)
#: minutes without keyboard or mouse before the app locks itself (0: never)
LOCK_MINUTES = Setting("security.lock_minutes", int, 10)
#: retention (GDPR art. 5(1)(e)): years after a person's last case closed before their
#: special-category data is cleared, and before everything about them is erased
RETENTION_SPECIAL_YEARS = Setting("retention.special_years", int, 2)
RETENTION_PERSON_YEARS = Setting("retention.person_years", int, 10)
REGISTRY: tuple[Setting[Any], ...] = (
    BACKUP_KEEP,
    BACKUP_DAILY,
    LANGUAGE,
    SYNC_MAX_CLOCK_AHEAD_HOURS,
    LOCK_MINUTES,
    RETENTION_SPECIAL_YEARS,
    RETENTION_PERSON_YEARS,
)


class Settings:
    """Typed access to ``settings.json``; unknown or mistyped values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}
            if isinstance(raw, dict):
                self._values = dict(raw.get("values", {}))

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        return value if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} expects {setting.type.__name__}")
        self._values[setting.key] = value

    def save(self) -> None:
        """Written atomically, owner-only (0600); the app's config folder is kept 0700."""
        if self.path.parent.absolute() == config_dir().absolute():
            fileio.private_folder(self.path.parent)
        payload = {"version": SETTINGS_VERSION, "values": self._values}
        data = json.dumps(payload, indent=2).encode("utf-8")
        fileio.write_atomically(self.path, data, create_folder=True)
