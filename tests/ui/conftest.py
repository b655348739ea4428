"""Qt tests run offscreen with settings in a temporary folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


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


@pytest.fixture
def env(db, ctx):
    """What views receive, with a synchronous runner so tests see results at once."""
    from rts_desktop.ui.env import UiEnv
    from rts_desktop.ui.worker import SyncRunner

    return UiEnv(db, ctx, SyncRunner())
