"""Screenshot of the Report area (``rts-desktop screenshot --view reports``): the dashboard
of the last full year, once the reports have come back from the runner."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow

WAIT_SECONDS = 30.0


def reports(env: UiEnv, window: MainWindow) -> QWidget:
    window.show_area("reports")
    page = window.pages.currentWidget()
    deadline = time.monotonic() + WAIT_SECONDS
    QApplication.processEvents()
    while not getattr(page, "reports", None) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()
    return window
