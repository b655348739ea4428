"""Shared fixtures: databases made through the real init + migration path."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from tests import engines
from tests.accounts import TEST_ADMIN, TEST_PASSWORD

#: the screen the Qt tests run on: the smallest laptop the app must fit (RTS_TEST_SCREEN
#: picks another of tests/screens/, e.g. 1366x768)
TEST_SCREEN = os.environ.get("RTS_TEST_SCREEN", "1280x720")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screens = Path(__file__).with_name("screens") / f"{TEST_SCREEN}.json"
    if sys.platform == "win32":  # Qt splits the platform's arguments at ":" (C:\...)
        _screens = Path(os.path.relpath(_screens))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens.as_posix()}"

FIXED_NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=engines.ENGINES,
        default=None,
        help="database engine of the fixtures (default: RTS_TEST_ENGINE or sqlite)",
    )


def pytest_configure(config: pytest.Config) -> None:
    chosen = config.getoption("--engine") or os.environ.get("RTS_TEST_ENGINE") or "sqlite"
    if chosen not in engines.ENGINES:
        raise pytest.UsageError(f"unknown engine {chosen!r}: one of {', '.join(engines.ENGINES)}")
    engines.ENGINE = chosen


def pytest_unconfigure(config: pytest.Config) -> None:
    engines.stop_server()


def pytest_report_header(config: pytest.Config) -> str:
    return f"database engine: {engines.ENGINE}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not engines.on_postgresql():
        return
    skip = pytest.mark.skip(reason="about the SQLite file itself (sqlite_only)")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _engine_databases(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """On PostgreSQL ``--db PATH`` on the command line means that path's server database,
    and the databases a test made are dropped after it."""
    if engines.on_postgresql():
        from rts_desktop.cli import admin

        monkeypatch.setattr(admin, "resolve_url", engines.resolve_url_on_engine(admin.resolve_url))
    kept = engines.made_databases()
    yield
    engines.drop_test_databases(kept)


@pytest.fixture(autouse=True)
def _fast_schema(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new SQLite database is a copy of the migrated schema (``tests/fast_schema.py``)
    unless the test is about migrating one (``real_migrations``)."""
    if not engines.on_postgresql() and not request.node.get_closest_marker("real_migrations"):
        from tests import fast_schema

        fast_schema.installed(monkeypatch.setattr)


@pytest.fixture(scope="session", autouse=True)
def _italian_catalogue() -> Iterator[None]:
    """The core speaks Italian from the catalogue, as the program does at start (the
    plural forms come from it; ``RTS_TRANS_SCALE`` stretches its texts)."""
    from rts_desktop.kernel import i18n
    from rts_desktop.ui.translations import install_core

    install_core("it")
    yield
    i18n.install_backend(None)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data or settings folders."""
    monkeypatch.setenv("RTS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RTS_CONFIG_DIR", str(tmp_path / "config"))
    # window geometry and docks (QSettings) too: one test's closed dock is not the next one's
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def _test_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run as the test administrator, and Argon2 is cheap (the real parameters
    are measured in bench/, a slot records its own parameters)."""
    from rts_desktop.kernel import keyring

    monkeypatch.setattr(keyring, "CURRENT", keyring.Argon2Params(1, 8, 1))
    monkeypatch.setenv("RTS_USER", TEST_ADMIN)
    monkeypatch.setenv("RTS_PASSWORD", TEST_PASSWORD)
    for name in ("RTS_NEW_PASSWORD", "RTS_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rts.db"


@pytest.fixture
def db(db_path: Path) -> Database:
    """A database as ``rts-desktop init`` makes it: encrypted, with the test administrator
    (``tests/accounts.py`` reads it behind the app's back)."""
    from tests.accounts import create

    database = create(db_path)
    yield database
    database.close()


@pytest.fixture
def plain_db(db_path: Path) -> Database:
    """A plaintext database without operators, as the first version made them (for the
    conversion, the migrations and the file-level tests that look at SQLite itself)."""
    from rts_desktop.db import init_database

    database = init_database(engines.url_for(db_path), device_name="Laptop di prova")
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> ActingContext:
    """A coordinator acting on this device at a fixed instant (25/11/2026)."""
    return ActingContext(
        device_id=db.device_id, operator_id=None, role=Role.COORDINATORE, clock=lambda: FIXED_NOW
    )
