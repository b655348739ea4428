"""The case list from SQL: pages after a keyset, the search index, the counts apart."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from rts_desktop.demo import generate_small
from rts_desktop.kernel.ids import new_id
from rts_desktop.models import Case
from rts_desktop.models.vocab import CaseStatus
from rts_desktop.services.cases import case_list, people
from rts_desktop.services.cases.case_index import rows_table, stale_table
from rts_desktop.services.cases.case_pages import (
    CaseQuery,
    CaseSort,
    case_choices,
    case_page,
    count_cases,
)
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.ui.cases.helpers_edit import make_case

TODAY = dt.date(2026, 11, 25)
FIXTURES = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
queries = st.builds(
    CaseQuery,
    text=st.sampled_from(["", "rts", "a", "ma", "zzz", "nucleo ro"]),
    status=st.sampled_from([None, *CaseStatus]),
    sort=st.sampled_from(CaseSort),
    descending=st.booleans(),
)


@pytest.fixture
def demo(db):
    generate_small(db, seed=2026, today=TODAY)
    return db


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """One small demo for the tests that only read it."""
    from tests.accounts import create

    database = create(tmp_path_factory.mktemp("pages") / "rts.db")
    generate_small(database, seed=2026, today=TODAY)
    yield database
    database.close()


def every_page(db, query: CaseQuery, size: int, between=lambda: None) -> list[str]:
    ids, after = [], None
    while True:
        page = case_page(db, query, TODAY, after=after, limit=size)
        ids += [r.id for r in page.rows]
        if page.after is None:
            return ids
        after = page.after
        between()


def in_one_page(db, query: CaseQuery) -> list[str]:
    return [r.id for r in case_page(db, query, TODAY, limit=10_000).rows]


def copy_a_case(db) -> str:
    """A new case as a bundle import or another writer would add it (no service)."""
    with db.session(None) as s:
        row = dict(s.execute(select(Case.__table__).limit(1)).mappings().one())
        row.update(id=new_id(), code=f"RTS-2026-{new_id()[-6:]}")
        s.execute(insert(Case.__table__), [row])
        return row["id"]


@FIXTURES
@given(query=queries, size=st.integers(1, 9))
def test_pages_put_together_are_the_whole_ordered_list(small, query, size):
    whole = in_one_page(small, query)
    pages = every_page(small, query, size)
    assert pages == whole
    assert len(whole) == count_cases(small, query)


@FIXTURES
@given(query=queries, size=st.integers(1, 6), inserts=st.integers(1, 3))
def test_rows_added_between_pages_never_repeat_or_hide_others(demo, query, size, inserts):
    before = set(in_one_page(demo, query))
    added: list[str] = []

    def another() -> None:
        if len(added) < inserts:
            added.append(copy_a_case(demo))

    pages = every_page(demo, query, size, another)
    after = in_one_page(demo, query)
    assert len(pages) == len(set(pages))  # no row twice
    assert before <= set(pages)  # none of those there all along is skipped
    assert pages == [i for i in after if i in set(pages)]  # in the list's order


def test_the_default_order_is_the_full_list_s(small):
    rows = case_list.list_case_rows(small, TODAY)
    assert every_page(small, CaseQuery(), 4) == [r.id for r in rows]
    assert len(rows) == 25


def test_search_folds_accents_case_and_finds_codes_and_fiscal_codes(demo, ctx):
    case, head = make_case(demo, ctx, first="Ștefan", last="Nguyễn")
    fiscal = "NGYSFN88C12F205Z"
    people.add_identifier(demo, ctx, head.id, "codice_fiscale", fiscal)
    for typed in ("stefan nguyen", "NGUYỄN", case.code.lower(), fiscal.lower()[3:12], "st ng"):
        assert [r.id for r in case_page(demo, CaseQuery(text=typed), TODAY).rows] == [case.id]
    assert case_page(demo, CaseQuery(text="stefan zzz"), TODAY).rows == []


def test_the_index_follows_service_writes(demo, ctx):
    case, head = make_case(demo, ctx, first="Amina", last="Haddad")
    assert [r.id for r in case_page(demo, CaseQuery(text="haddad"), TODAY).rows] == [case.id]
    people.update_beneficiary(
        demo, ctx, head.id, BeneficiaryInput("Amina", "Benali", birth_date=dt.date(1988, 3, 12))
    )
    found = case_page(demo, CaseQuery(text="amina benali"), TODAY).rows
    assert [(r.id, r.head_name) for r in found] == [(case.id, "Amina Benali")]
    assert "amina haddad" not in found[0].search_key  # the household keeps its name
    assert case_page(demo, CaseQuery(text="haddad amina benali"), TODAY).rows == found


def test_a_rename_leaves_the_index_in_the_same_transaction(demo, ctx):
    """The old name is gone from the index rows at once, before any list is read."""
    case, head = make_case(demo, ctx, first="Amina", last="Haddad")
    case_page(demo, CaseQuery(), TODAY)
    people.update_beneficiary(
        demo, ctx, head.id, BeneficiaryInput("Amina", "Benali", birth_date=dt.date(1988, 3, 12))
    )
    with demo.session(write=False) as s:
        keys = list(s.scalars(select(rows_table.c.search_key)))
        assert not any("haddad" in k for k in keys)
        assert case.id in set(s.scalars(select(stale_table.c.case_id)))


def test_counts_and_choices(small):
    active = CaseQuery(status=CaseStatus.ATTIVO)
    assert count_cases(small, active) == len(in_one_page(small, active))
    assert count_cases(small, CaseQuery()) == 25
    choices = case_choices(small)
    rows = case_list.list_case_rows(small, TODAY)
    assert {i for _n, i in choices.educators} == {r.educator_id for r in rows if r.educator_id}
    assert {i for _c, i in choices.apartments} == {r.apartment_id for r in rows if r.apartment_id}
    educator = choices.educators[0][1]
    mine = case_page(small, CaseQuery(educator_id=educator), TODAY).rows
    assert mine and all(r.educator_id == educator for r in mine)


def test_days_sort_counts_to_today(small):
    rows = case_page(small, CaseQuery(sort=CaseSort.DAYS, descending=True), TODAY).rows
    days = [-1 if r.days_in_service is None else r.days_in_service for r in rows]
    assert days == sorted(days, reverse=True)
