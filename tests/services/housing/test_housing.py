"""Apartments, rooms and the dated status history through the services.

The helpers at the top are shared by test_stays.py and test_upkeep_agreements.py.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import event, func, select

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import ApartmentStatusEntry, AuditEntry, Change
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays, upkeep
from rts_desktop.services.housing.apartments import ApartmentInput, RoomInput

D = dt.date
_names = itertools.count(1)
CASE_START = D(2026, 2, 1)
OPEN_SINCE = D(2026, 1, 1)


def make_case(db, ctx, start=CASE_START):
    """An active case whose path started on ``start``."""
    n = next(_names)
    person = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name=f"Persona{n}", last_name="Test")
    )
    household = households.create_household(
        db, ctx, f"Nucleo {n}", [MemberInput(person.id, "capofamiglia", D(2026, 1, 1), True)]
    )
    case = cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=D(2026, 1, 10))
    )
    cases.accept_referral(db, ctx, case.id, D(2026, 1, 15))
    return cases.activate(db, ctx, case.id, start)


def make_apartment(
    db, ctx, code="MI-001", rooms=(("Camera 1", 1), ("Camera 2", 2)), since=OPEN_SINCE
):
    return housing.create_apartment(
        db,
        ctx,
        ApartmentInput(code=code, address="Via Padova 12", municipio=2, floor=3, lift=True),
        [RoomInput(name, beds) for name, beds in rooms],
        status_from=since,
    )


def room(apartment, name):
    return next(r for r in apartment.rooms if r.name == name)


def count(db, model=Change):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def as_role(ctx, role):
    return ActingContext(device_id=ctx.device_id, role=role, clock=ctx.clock)


def test_create_apartment_with_rooms_status_change_and_audit(db, ctx):
    apt = make_apartment(db, ctx, code=" mi-001 ")
    assert apt.code == "MI-001"
    assert [(r.name, r.beds) for r in apt.rooms] == [("Camera 1", 1), ("Camera 2", 2)]
    assert apt.places == 3
    assert apt.status_on(D(2026, 1, 1)) == "disponibile"
    assert apt.status_on(D(2025, 12, 31)) is None
    with db.session(write=False) as s:
        tables = set(s.scalars(select(Change.table_name)))
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "apartment")))
    assert {"apartments", "rooms", "apartment_status"} <= tables
    assert actions == ["create"]
    assert housing.get_apartment(db, apt.id) == apt


def test_code_is_unique_case_insensitively_on_create_and_update(db, ctx):
    make_apartment(db, ctx, code="MI-001")
    other = make_apartment(db, ctx, code="MI-002")
    before = count(db)
    with pytest.raises(ValidationError) as err:
        make_apartment(db, ctx, code="mi-001")
    assert err.value.field == "code"
    assert "MI-001" in err.value.message
    with pytest.raises(ValidationError) as err:
        housing.update_apartment(
            db, ctx, other.id, ApartmentInput(code="Mi-001", address="Via X 1", municipio=3)
        )
    assert err.value.field == "code"
    assert count(db) == before
    updated = housing.update_apartment(
        db,
        ctx,
        other.id,
        ApartmentInput(code="MI-002", address="Via Lombroso 3", municipio=4),
        expected_version=other.version,
    )
    assert (updated.address, updated.municipio) == ("Via Lombroso 3", 4)


INVALID_APARTMENTS = [
    ("municipio", ApartmentInput("A1", "Via A 1", 0), [RoomInput("C", 1)]),
    ("municipio", ApartmentInput("A1", "Via A 1", 10), [RoomInput("C", 1)]),
    ("address", ApartmentInput("A1", "  ", 1), [RoomInput("C", 1)]),
    ("code", ApartmentInput("", "Via A 1", 1), [RoomInput("C", 1)]),
    ("postcode", ApartmentInput("A1", "Via A 1", 1, postcode="2012"), [RoomInput("C", 1)]),
    ("rooms", ApartmentInput("A1", "Via A 1", 1), []),
    ("rooms", ApartmentInput("A1", "Via A 1", 1), [RoomInput("C", 0)]),
    ("rooms", ApartmentInput("A1", "Via A 1", 1), [RoomInput("C", 1), RoomInput("c", 2)]),
]


def test_invalid_apartment_names_field_and_writes_nothing(db, ctx):
    before = count(db)
    for field, data, rooms in INVALID_APARTMENTS:
        with pytest.raises(ValidationError) as err:
            housing.create_apartment(db, ctx, data, rooms)
        assert err.value.field == field, (data, rooms)
    assert count(db) == before


def test_rooms_add_rename_and_refusals(db, ctx):
    apt = make_apartment(db, ctx)
    apt = housing.add_room(db, ctx, apt.id, "Camera 3", 4)
    assert room(apt, "Camera 3").beds == 4
    apt = housing.rename_room(db, ctx, room(apt, "Camera 3").id, "Cameretta")
    assert sorted(r.name for r in apt.rooms) == ["Camera 1", "Camera 2", "Cameretta"]
    before = count(db)
    for call, field in [
        (lambda: housing.add_room(db, ctx, apt.id, "camera 1", 1), "name"),
        (lambda: housing.add_room(db, ctx, apt.id, "Camera 9", 0), "beds"),
        (lambda: housing.rename_room(db, ctx, room(apt, "Cameretta").id, "Camera 2"), "name"),
        (lambda: housing.set_room_beds(db, ctx, room(apt, "Cameretta").id, 13), "beds"),
    ]:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field
    assert count(db) == before


def test_status_history_is_dated(db, ctx):
    apt = make_apartment(db, ctx, since=D(2026, 1, 1))
    housing.set_status(db, ctx, apt.id, "in_ristrutturazione", D(2026, 3, 1), "Bagno")
    apt = housing.set_status(db, ctx, apt.id, "disponibile", D(2026, 6, 1))
    assert apt.status_on(D(2026, 2, 28)) == "disponibile"
    assert apt.status_on(D(2026, 3, 1)) == "in_ristrutturazione"
    assert apt.status_on(D(2026, 5, 31)) == "in_ristrutturazione"
    assert housing.status_on(apt, D(2026, 6, 1)) == "disponibile"
    # the same day again replaces the entry instead of adding an ambiguous second one
    apt = housing.set_status(db, ctx, apt.id, "fuori_servizio", D(2026, 6, 1))
    assert len(apt.status_history) == 3
    assert apt.status_on(D(2026, 7, 1)) == "fuori_servizio"
    before = count(db)
    with pytest.raises(ValidationError) as err:
        housing.set_status(db, ctx, apt.id, "demolito", D(2026, 8, 1))
    assert err.value.field == "status"
    assert count(db) == before


def test_first_unusable_day_is_pure():
    history = [
        ApartmentStatusEntry(status="disponibile", from_date=D(2026, 1, 1)),
        ApartmentStatusEntry(status="fuori_servizio", from_date=D(2026, 3, 20)),
    ]
    assert housing.first_unusable_day(history, D(2026, 3, 1), D(2026, 3, 20)) is None
    assert housing.first_unusable_day(history, D(2026, 3, 1), D(2026, 3, 21)) == (
        D(2026, 3, 20),
        "fuori_servizio",
    )
    assert housing.first_unusable_day(history, D(2025, 12, 1), D(2025, 12, 5)) == (
        D(2025, 12, 1),
        None,
    )


def test_list_apartments_in_one_statement(db, ctx):
    a = make_apartment(db, ctx, code="MI-001")
    b = make_apartment(db, ctx, code="MI-002", rooms=(("Unica", 3),))
    housing.set_status(db, ctx, b.id, "fuori_servizio", D(2026, 10, 1))
    case = make_case(db, ctx)
    stays.plan_stay(
        db, ctx, case.id, a.id, room(a, "Camera 2").id, 2, D(2026, 11, 1), D(2027, 1, 1)
    )
    upkeep.open_request(db, ctx, a.id, "Perdita dal lavandino", D(2026, 11, 2))
    closed = upkeep.open_request(db, ctx, a.id, "Lampadina", D(2026, 11, 3))
    upkeep.close_request(db, ctx, closed.id, D(2026, 11, 4), 0)

    statements: list[str] = []

    def spy(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", spy)
    try:
        rows = housing.list_apartments(db, D(2026, 11, 25))
    finally:
        event.remove(db.engine, "before_cursor_execute", spy)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    first, second = rows
    assert (first.code, first.status, first.rooms, first.places, first.occupied) == (
        "MI-001",
        "disponibile",
        2,
        3,
        2,
    )
    assert (first.free, first.open_maintenance) == (1, 1)
    assert (second.status, second.places, second.free) == ("fuori_servizio", 3, 0)
    assert second.status_label == "Fuori servizio"
    assert [r.code for r in housing.list_apartments(db, D(2026, 11, 25), municipio=5)] == []


def test_only_coordinators_manage_apartments(db, ctx):
    apt = make_apartment(db, ctx)
    educator = as_role(ctx, Role.EDUCATORE)
    with pytest.raises(PermissionDenied):
        housing.set_status(db, educator, apt.id, "fuori_servizio", D(2026, 12, 1))
    with pytest.raises(PermissionDenied):
        make_apartment(db, as_role(ctx, Role.ASSISTENTE_SOCIALE), code="X")
