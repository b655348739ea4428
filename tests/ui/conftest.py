"""Qt tests run offscreen with settings in a temporary folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="session", autouse=True)
def _italian_widgets(qapp):
    """The widgets' catalogue installed in Italian, as ``make_app`` does."""
    from rts_desktop.ui import translations

    translations.install(qapp, "it")


@pytest.fixture
def english(qapp):
    """The whole program in English for one test, Italian again afterwards."""
    from rts_desktop.ui import translations

    translations.install(qapp, "en")
    yield
    translations.install(qapp, "it")


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("RTS Desktop Test")
    QCoreApplication.setApplicationName("rts-desktop-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch):
    """A message box nobody expected fails the test at once (offscreen it would wait for a
    click for ever); a test that expects one patches it itself."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind):
        def box(_parent, _title, text, *_a, **_k):
            raise AssertionError(f"unexpected QMessageBox.{kind}: {text}")

        return box

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(unexpected(kind)))


@pytest.fixture
def env(db, ctx):
    """What views receive, with a synchronous runner so tests see results at once."""
    from rts_desktop.ui.env import UiEnv
    from rts_desktop.ui.worker import SyncRunner

    return UiEnv(db, ctx, SyncRunner())
