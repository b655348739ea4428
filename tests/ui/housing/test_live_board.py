"""Two PCs on one server database: a stay booked on one shows on the other's board by itself."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from rts_desktop.db import open_database
from rts_desktop.services.housing import stays
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.page import HousingPage
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.worker import SyncRunner
from tests import engines
from tests.services.housing.test_housing import make_apartment, make_case, room

pytestmark = pytest.mark.skipif(not engines.on_postgresql(), reason="a server database")
D = dt.date


@pytest.fixture
def second_pc(db):
    """The same server database opened by another instance of the program."""
    other = open_database(db.url)
    yield other
    other.close()


def _housing_board(qtbot, window: MainWindow) -> HousingPage:
    qtbot.addWidget(window)
    window.show()
    window.show_area("housing")
    page = window.pages.currentWidget()
    assert isinstance(page, HousingPage)
    return page


def _bars(page: HousingPage) -> set[str]:
    layout = page.board.board.layout_
    return {bar.id for row in layout.rows for bar, _ in row.bars}


def test_a_stay_booked_on_one_pc_appears_on_the_other_board(qtbot, db, ctx, second_pc):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    first = MainWindow(UiEnv(db, ctx, SyncRunner()))
    second = MainWindow(UiEnv(second_pc, ctx, SyncRunner()))
    _housing_board(qtbot, first)
    board = _housing_board(qtbot, second)
    assert second_pc.listener is not None
    assert second_pc.listener.listening.wait(2)
    assert _bars(board) == set()
    done: list[object] = []
    first.env.ops.write(
        first,
        stays.plan_stay,
        case.id,
        apt.id,
        room(apt, "Camera 2").id,
        1,
        D(2026, 11, 25),
        D(2026, 12, 6),
        on_done=done.append,
    )
    (stay,) = done
    booked = time.monotonic()
    qtbot.waitUntil(lambda: stay.id in _bars(board), timeout=1000)
    assert time.monotonic() - booked < 1.0
    assert "2 posti liberi" in board.board.summary.text()  # 3 beds, one now taken
