"""The case list loads on the background runner: the page says so, and what the person types
or chooses meanwhile is applied to the rows when they come."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rts_desktop.demo import generate_small
from rts_desktop.ui.cases.page import CasesPage
from tests.ui.held_runner import HeldRunner

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def loading(qtbot, env, db):
    generate_small(db, seed=2026, today=TODAY)
    runner = HeldRunner()
    page = CasesPage(dataclasses.replace(env, runner=runner))
    qtbot.addWidget(page)
    page.show()
    return page, runner


def release_all(runner: HeldRunner) -> None:
    """Let every held reading answer, and those they start (counts, choices, a newer page)."""
    while runner.held:
        runner.release()


def test_the_page_says_it_is_loading_then_counts_the_cases(qtbot, loading):
    page, runner = loading
    assert not page.is_loaded and page.model.rowCount() == 0
    assert page.count_label.text() == "Caricamento dei casi…"
    with qtbot.waitSignal(page.loaded, timeout=1000):
        release_all(runner)
    assert page.is_loaded and page.model.rowCount() == 25
    assert page.count_label.text() == "25 casi"


def test_a_filter_typed_while_loading_is_not_lost(qtbot, loading):
    page, runner = loading
    qtbot.keyClicks(page.search, "rts-")
    assert page.count_label.text() == "Caricamento dei casi…"  # not "0 casi"
    release_all(runner)
    rows = list(page.model.visible)
    code = rows[3].code
    qtbot.keyClicks(page.search, code[4:])
    release_all(runner)
    assert [r.code for r in page.model.visible] == [code]
    assert page.count_label.text() == "1 di 25 casi"


def test_a_search_typed_before_the_rows_come_filters_them(qtbot, loading):
    page, runner = loading
    work, _done, _error = runner.held[0]
    code = work(None).rows[5].code  # what the rows will hold
    qtbot.keyClicks(page.search, code.lower())
    page.status.setCurrentIndex(0)
    release_all(runner)
    assert [r.code for r in page.model.visible] == [code]
    assert page.search.text() == code.lower()
    assert page.count_label.text() == "1 di 25 casi"
