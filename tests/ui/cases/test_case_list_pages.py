"""The Casi page reads its rows page by page from SQL: scrolling fetches more, the search
and the filters narrow them in the database, the count comes apart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from rts_desktop.demo import generate_small
from rts_desktop.services.cases import case_list, case_pages
from rts_desktop.ui.cases.page import CasesPage

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def page(qtbot, env, db, monkeypatch):
    generate_small(db, seed=2026, today=TODAY)
    monkeypatch.setattr(case_pages, "PAGE_SIZE", 6)
    page = CasesPage(env)
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page: CasesPage) -> list[str]:
    return [page.model.row_at(i).code for i in range(page.model.rowCount())]


def test_scrolling_to_the_end_fetches_the_next_pages(qtbot, page, db):
    first = page.model.rowCount()
    assert 6 <= first < 25  # a screenful, not every row
    assert page.count_label.text() == "25 casi"
    for _ in range(10):
        page.table.scrollToBottom()
        qtbot.wait(10)
    codes = shown(page)
    assert len(codes) == 25 and len(set(codes)) == 25
    # newest referral first across the pages, as the whole list reads
    assert codes == [r.code for r in case_list.list_case_rows(db, TODAY)]
    assert not page.model.canFetchMore()


def test_typing_narrows_the_rows_and_the_count(qtbot, page, db):
    target = case_list.list_case_rows(db, TODAY)[7]
    last_name = target.head_name.split()[-1]
    qtbot.keyClicks(page.search, last_name.upper())
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert target.id in {r.id for r in rows}
    assert all(last_name.lower() in r.search_key for r in rows)
    assert page.count_label.text() == f"{len(rows)} di 25 casi"
    page.search.clear()
    qtbot.keyClicks(page.search, target.code)
    assert shown(page) == [target.code]
    assert page.current_row().id == target.id  # Enter opens it
    assert page.count_label.text() == "1 di 25 casi"


def test_a_search_that_matches_nothing_empties_the_list(qtbot, page):
    qtbot.keyClicks(page.search, "zzqx nessuno")
    assert page.model.rowCount() == 0 and not page.model.canFetchMore()
    assert page.count_label.text() == "0 di 25 casi"
    page.search.clear()
    assert page.model.rowCount() >= 6 and page.count_label.text() == "25 casi"


def test_filters_and_column_sort_are_read_from_the_database(qtbot, page, db):
    rows = case_list.list_case_rows(db, TODAY)
    closed = [r for r in rows if r.status == "concluso"]
    page.status.setCurrentIndex(page.status.findData("concluso"))
    assert page.count_label.text() == f"{len(closed)} di 25 casi"
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # Giorni
    days = [page.model.row_at(i).days_in_service or -1 for i in range(page.model.rowCount())]
    assert days == sorted(days, reverse=True)
    assert days[0] == max(r.days_in_service or -1 for r in closed)
    assert all(page.model.row_at(i).status == "concluso" for i in range(page.model.rowCount()))
    educator = page.educator.itemData(1)
    page.status.setCurrentIndex(0)
    page.educator.setCurrentIndex(1)
    mine = [r for r in rows if r.educator_id == educator]
    assert page.count_label.text() == f"{len(mine)} di 25 casi"


def test_a_new_case_written_elsewhere_shows_after_the_change(qtbot, page, db, ctx):
    from tests.ui.cases.helpers_edit import make_case

    case, _head = make_case(db, ctx, first="Zofia", last="Kowalska")
    assert page.count_label.text() == "26 casi"
    qtbot.keyClicks(page.search, "kowalska")
    assert shown(page) == [case.code]
