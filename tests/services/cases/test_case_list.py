"""The case list rows, the timeline and the person → case lookup, on the small demo."""

from __future__ import annotations

import datetime as dt

import pytest

from rts_desktop.demo import generate_small
from rts_desktop.kernel.text import fold
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import case_list, timeline

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo(db):
    generate_small(db, seed=2026, today=TODAY)
    return db


def test_rows_cover_every_case_with_list_columns(demo, ctx):
    rows = case_list.list_case_rows(demo, TODAY)
    assert len(rows) == 25
    active = [r for r in rows if r.status == "attivo"]
    assert active and all(r.head_name for r in rows)
    housed = [r for r in active if r.apartment_code]
    assert housed, "active cases are housed in the demo"
    r = housed[0]
    case = cases.get_case(demo, ctx, r.id)
    assert r.days_in_service == (TODAY - case.start_date).days
    assert r.educator_name == next(
        e.full_name for e in case.educators if e.is_primary and e.to_date is None
    )
    assert r.next_deadline is not None and r.next_deadline_kind in case_list.DEADLINE_LABELS
    # the search key holds every member's name, code and codice fiscale, folded
    for m in case.household.members:
        assert fold(m.full_name) in r.search_key
        assert m.beneficiary_code.lower() in r.search_key


def test_filter_by_part_of_name_code_and_cf(demo, ctx):
    rows = case_list.list_case_rows(demo, TODAY)
    target = rows[0]
    case = cases.get_case(demo, ctx, target.id)
    head = case.household.head
    assert head is not None
    part = head.full_name.split()[-1][:4].upper()
    assert target in case_list.filter_rows(rows, part)
    assert case_list.filter_rows(rows, target.code) == [target]
    assert case_list.filter_rows(rows, "") == rows
    assert case_list.filter_rows(rows, "zzzz nessuno") == []


def test_cases_of_person(demo, ctx):
    row = case_list.list_case_rows(demo, TODAY)[0]
    case = cases.get_case(demo, ctx, row.id)
    person = case.household.members[0].beneficiary_id
    assert row.id in case_list.cases_of_person(demo, person)


def test_timeline_merges_sources_newest_first(demo):
    rows = case_list.list_case_rows(demo, TODAY)
    row = max((r for r in rows if r.status == "attivo"), key=lambda r: r.days_in_service or 0)
    entries = timeline.case_timeline(demo, row.id)
    kinds = {e.kind for e in entries}
    assert {"stato", "inserimento", "nota"} <= kinds
    dates = [e.date for e in entries]
    assert dates == sorted(dates, reverse=True)
    assert any(e.title == "Segnalazione" for e in entries)
