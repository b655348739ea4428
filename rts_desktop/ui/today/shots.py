"""Screenshot state of the Oggi page (``rts-desktop screenshot --view today``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow


def today(env: UiEnv, window: MainWindow) -> QWidget:
    window.show_area("today")
    QApplication.processEvents()
    return window
