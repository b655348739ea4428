"""The apartment list's pages from SQL: in every column's order, with the text and state
filters, the pages one after the other are the whole list ``list_apartments`` gives, in
that order, without a row twice or missing; the totals are its sums."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays, upkeep
from rts_desktop.services.housing.apartment_pages import (
    ApartmentQuery,
    ApartmentSort,
    apartment_page,
    apartment_totals,
)
from rts_desktop.services.housing.apartment_state import StateKind
from rts_desktop.services.housing.apartments import ApartmentRowDTO
from tests.services.housing.test_housing import make_apartment, make_case, room

D = dt.date
ON = D(2026, 11, 25)

#: what each sort orders by, from a row of ``list_apartments``
VALUE = {
    ApartmentSort.CODE: lambda r: r.code,
    ApartmentSort.ADDRESS: lambda r: r.address,
    ApartmentSort.MUNICIPIO: lambda r: r.municipio,
    ApartmentSort.ROOMS: lambda r: r.rooms,
    ApartmentSort.PLACES: lambda r: r.places,
    ApartmentSort.OCCUPIED: lambda r: r.occupied,
    ApartmentSort.FREE: lambda r: r.free,
    ApartmentSort.STATE: lambda r: str(r.state.kind),
    ApartmentSort.REPAIRS: lambda r: r.open_maintenance,
}


@pytest.fixture
def service(db, ctx):
    return make_service(db, ctx)


def make_service(db, ctx) -> list[ApartmentRowDTO]:
    """Apartments in every state: free, partly taken, full, with a stay that ended before
    the day and one that ends after it, under renovation, out of service, without status."""
    free = make_apartment(db, ctx, code="ALL-0003")
    partly = make_apartment(db, ctx, code="ALL-0001", rooms=(("Unica", 4),))
    full = make_apartment(db, ctx, code="ALL-0002", rooms=(("Camera", 2), ("Studio", 1)))
    make_apartment(db, ctx, code="ALL-0004", rooms=(("A", 1), ("B", 1), ("C", 2)))
    closed = make_apartment(db, ctx, code="ALL-0005")
    housing.set_status(db, ctx, closed.id, "in_ristrutturazione", D(2026, 10, 1))
    broken = make_apartment(db, ctx, code="ALL-0006", rooms=(("Unica", 3),))
    housing.set_status(db, ctx, broken.id, "fuori_servizio", D(2026, 11, 1))
    make_apartment(db, ctx, code="ALL-0007", since=D(2027, 1, 1))  # no status yet on ON
    cases = [make_case(db, ctx) for _ in range(5)]

    def stay(case, apartment, name, places, start, end):
        return stays.plan_stay(
            db, ctx, case.id, apartment.id, room(apartment, name).id, places, start, end
        )

    stay(cases[0], partly, "Unica", 2, D(2026, 11, 1), D(2027, 2, 1))
    stay(cases[1], full, "Camera", 2, D(2026, 9, 1), D(2027, 1, 1))
    stay(cases[2], full, "Studio", 1, D(2026, 11, 20), D(2026, 12, 20))
    stay(cases[3], free, "Camera 2", 2, D(2026, 3, 1), D(2026, 11, 25))  # gone that night
    later = stay(cases[4], free, "Camera 1", 1, D(2026, 11, 1), D(2026, 11, 10))
    stays.move_in(db, ctx, later.id, D(2026, 11, 1), stays.HandoverInput())
    stays.move_out(db, ctx, later.id, D(2026, 11, 24), stays.HandoverInput())
    upkeep.open_request(db, ctx, full.id, "Perdita dal lavandino", D(2026, 11, 2))
    upkeep.open_request(db, ctx, full.id, "Finestra rotta", D(2026, 11, 3))
    done = upkeep.open_request(db, ctx, partly.id, "Lampadina", D(2026, 11, 3))
    upkeep.close_request(db, ctx, done.id, D(2026, 11, 4), 0)
    upkeep.open_request(db, ctx, broken.id, "Caldaia", D(2026, 11, 5))
    return housing.list_apartments(db, ON)


def expected(rows: list[ApartmentRowDTO], q: ApartmentQuery) -> list[ApartmentRowDTO]:
    words = q.text.strip().lower()
    shown = [
        r
        for r in rows
        if (not words or words in r.code.lower() or words in r.address.lower())
        and (q.state is None or r.state.kind == q.state)
    ]
    value = VALUE[q.sort]
    return sorted(shown, key=lambda r: (value(r), r.code), reverse=q.descending)


def read_all(db, q: ApartmentQuery, limit: int) -> list[ApartmentRowDTO]:
    page = apartment_page(db, q, ON, limit=limit)
    rows = list(page.rows)
    while page.after is not None:
        assert len(page.rows) == limit and len(rows) <= 50, "pages that never end"
        page = apartment_page(db, q, ON, after=page.after, limit=limit)
        rows.extend(page.rows)
    return rows


def test_the_fixture_has_every_state(service):
    kinds = {r.code: r.state.kind for r in service}
    assert set(kinds.values()) == set(StateKind)
    assert kinds["ALL-0003"] == StateKind.LIBERO  # both stays over by that night
    assert kinds["ALL-0002"] == StateKind.OCCUPATO


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sort=st.sampled_from(list(ApartmentSort)),
    descending=st.booleans(),
    state=st.none() | st.sampled_from(list(StateKind)),
    text=st.sampled_from(["", "all-000", "ALL-0002", "padova", "x%_", " 12 "]),
    limit=st.integers(1, 4),
)
def test_pages_make_the_whole_list_in_order(db, service, sort, descending, state, text, limit):
    q = ApartmentQuery(text, state, sort, descending)
    assert read_all(db, q, limit) == expected(service, q)


@pytest.mark.parametrize("state", [None, *StateKind])
def test_totals_are_the_lists_sums(db, service, state):
    totals = apartment_totals(db, ApartmentQuery(state=state), ON)
    assert totals.shown == len(expected(service, ApartmentQuery(state=state)))
    assert totals.apartments == len(service) == 7
    assert totals.places == sum(r.places for r in service)
    assert totals.free == sum(r.free for r in service)


def test_a_page_is_one_statement_of_its_rows_only(db, service):
    statements: list[str] = []

    def spy(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", spy)
    try:
        page = apartment_page(db, ApartmentQuery(), ON, limit=2)
    finally:
        event.remove(db.engine, "before_cursor_execute", spy)
    assert [s for s in statements if s.lstrip().upper().startswith("SELECT")] == statements[-1:]
    assert [r.code for r in page.rows] == ["ALL-0001", "ALL-0002"]
    assert page.after == ("ALL-0002", "ALL-0002")
