"""Screenshot views of the housing area (``rts-desktop screenshot --view housing-...``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.page import HousingPage
from rts_desktop.ui.main_window import MainWindow


def _page(window: MainWindow) -> HousingPage:
    window.show_area("housing")
    page = window.pages.currentWidget()
    assert isinstance(page, HousingPage)
    QApplication.processEvents()
    return page


def board(env: UiEnv, window: MainWindow) -> QWidget:
    _page(window)
    return window


def board_quarter(env: UiEnv, window: MainWindow) -> QWidget:
    page = _page(window)
    page.board.board.zoom_by(1)
    page.board.board.zoom_by(1)
    return window


def apartment_list(env: UiEnv, window: MainWindow) -> QWidget:
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    return window


def apartment_file(env: UiEnv, window: MainWindow) -> QWidget:
    page = _page(window)
    rows = page.apartments.model.rows
    busy = max(rows, key=lambda r: (r.occupied, r.open_maintenance))
    page.open_apartment(busy.id)
    assert page.file is not None
    page.file.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    return page.file


def move_in(env: UiEnv, window: MainWindow) -> QWidget:
    page = _page(window)
    layout = page.board.board.layout_
    assert layout is not None
    stay = next(
        (st for row in layout.rows for st, _ in row.bars if st.is_open),
        None,
    )
    assert stay is not None
    dialog = page.stay_actions.move_in(stay)
    QApplication.processEvents()
    return dialog
