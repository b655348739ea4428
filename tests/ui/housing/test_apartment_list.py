"""The Elenco alloggi on real widgets: the first page only, more as the table scrolls, the
filter, the state and a header click read again from SQL, the totals of all apartments."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import QPoint, Qt

from rts_desktop.services.housing import apartment_pages
from rts_desktop.services.housing.apartment_state import StateKind
from rts_desktop.ui.housing import apartment_list
from rts_desktop.ui.housing.apartment_list import ApartmentListView
from tests.services.housing.test_apartment_pages import make_service

PAGE = 3


@pytest.fixture
def listing(qtbot, env, db, ctx, monkeypatch):
    rows = make_service(db, ctx)
    monkeypatch.setattr(
        apartment_list,
        "apartment_page",
        functools.partial(apartment_pages.apartment_page, limit=PAGE),
    )
    view = ApartmentListView(env)
    qtbot.addWidget(view)
    view.resize(1200, 200)  # a few rows tall: the table asks for more as it scrolls
    view.show()
    qtbot.waitExposed(view)
    return view, rows


def codes(view) -> list[str]:
    return [r.code for r in view.model.rows]


def test_the_list_reads_a_page_then_more_as_it_scrolls(qtbot, listing):
    view, rows = listing
    assert codes(view)[:PAGE] == ["ALL-0001", "ALL-0002", "ALL-0003"]
    bar = view.table.verticalScrollBar()
    for _ in range(5):
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert codes(view) == sorted(r.code for r in rows)  # every row once, in order
    assert not view.model.canFetchMore()
    places, free = sum(r.places for r in rows), sum(r.free for r in rows)
    assert view.totals.text() == f"7 alloggi · {free} posti liberi su {places}"


def test_filter_state_and_sort_are_read_from_sql(qtbot, listing):
    view, rows = listing
    qtbot.keyClicks(view.search, "all-0002")
    assert codes(view) == ["ALL-0002"]
    assert view.totals.text().startswith("1 di 7 alloggi")
    view.search.clear()
    view.status.setCurrentIndex(view.status.findData(str(StateKind.OCCUPATO)))
    assert codes(view) == ["ALL-0002"]
    view.status.setCurrentIndex(0)
    header = view.table.horizontalHeader()

    def click_free() -> None:  # «Liberi»; the columns fit their contents after each read
        where = QPoint(header.sectionViewportPosition(6) + 5, header.height() // 2)
        assert header.logicalIndexAt(where) == 6
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)

    click_free()
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_free()
    assert header.sortIndicatorSection() == 6
    assert view.model.order == (apartment_pages.ApartmentSort.FREE, True)
    frees = [r.free for r in view.model.rows]
    assert frees == sorted(frees, reverse=True) and len(frees) == PAGE
    expected = sorted(rows, key=lambda r: (r.free, r.code), reverse=True)
    assert codes(view) == [r.code for r in expected[:PAGE]]


def test_a_change_reads_the_first_page_again_and_keeps_the_selection(qtbot, listing, db, ctx):
    from rts_desktop.services.housing import apartments as housing

    view, rows = listing
    view.table.selectRow(1)
    chosen = view.table.currentIndex().data(apartment_list.ROW_ROLE).id
    row = next(r for r in rows if r.code == "ALL-0003")
    housing.set_status(db, ctx, row.id, "fuori_servizio", ctx.today())
    assert view.table.currentIndex().data(apartment_list.ROW_ROLE).id == chosen
    changed = next(r for r in view.model.rows if r.code == "ALL-0003")
    assert changed.state.kind == StateKind.FUORI_SERVIZIO
