"""Stays: capacity, boundary days, case and apartment rules, moves; the occupancy helpers."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, Case, Handover, StayExtension
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import occupancy, stays, upkeep
from rts_desktop.services.housing.occupancy import Booking
from rts_desktop.services.housing.upkeep import HandoverInput
from tests.services.housing.test_housing import as_role, count, make_apartment, make_case, room

D = dt.date


@pytest.fixture
def apt(db, ctx):
    """MI-001: «Camera 1» with 1 bed, «Camera 2» with 2 beds, disponibile from 01/01/2026."""
    return make_apartment(db, ctx)


def plan(db, ctx, case, apt, room_name, places, start, end):
    return stays.plan_stay(db, ctx, case.id, apt.id, room(apt, room_name).id, places, start, end)


def refused(db, call, field):
    """Run ``call``, expect a ValidationError on ``field`` and no write at all."""
    before = (count(db), count(db, AuditEntry))
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field
    assert (count(db), count(db, AuditEntry)) == before
    return err.value.message


def test_plan_stay_returns_dto(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 3, 1), D(2026, 9, 1))
    assert (stay.case_code, stay.apartment_code, stay.room_name) == (
        case.code,
        "MI-001",
        "Camera 2",
    )
    assert stay.end_date == D(2026, 9, 1) and stay.actual_end is None
    assert stay.is_current(D(2026, 8, 31)) and not stay.is_current(D(2026, 9, 1))
    assert stays.case_stays(db, case.id) == [stay]
    assert stays.get_stay(db, stay.id) == stay


def test_back_to_back_accepted_one_day_overlap_refused(db, ctx, apt):
    first, second, third = (make_case(db, ctx) for _ in range(3))
    plan(db, ctx, first, apt, "Camera 1", 1, D(2026, 3, 1), D(2026, 3, 12))
    # leaving on 12/03 and arriving on 12/03: the end day is free
    plan(db, ctx, second, apt, "Camera 1", 1, D(2026, 3, 12), D(2026, 4, 1))
    message = refused(
        db,
        lambda: plan(db, ctx, third, apt, "Camera 1", 1, D(2026, 3, 31), D(2026, 5, 1)),
        "places",
    )
    assert message == "La stanza «Camera 1» sarebbe oltre la capienza il 31/03/2026 (2 posti su 1)."


def test_capacity_exactly_full_accepted_one_more_refused(db, ctx, apt):
    a, b, c = (make_case(db, ctx) for _ in range(3))
    plan(db, ctx, a, apt, "Camera 2", 1, D(2026, 3, 1), D(2026, 6, 1))
    plan(db, ctx, b, apt, "Camera 2", 1, D(2026, 3, 12), D(2026, 4, 1))
    message = refused(
        db, lambda: plan(db, ctx, c, apt, "Camera 2", 1, D(2026, 2, 20), D(2026, 3, 20)), "places"
    )
    assert message == "La stanza «Camera 2» sarebbe oltre la capienza il 12/03/2026 (3 posti su 2)."
    plan(db, ctx, c, apt, "Camera 2", 1, D(2026, 2, 20), D(2026, 3, 12))


def test_one_household_cannot_be_in_two_places(db, ctx, apt):
    other = make_apartment(db, ctx, code="MI-002", rooms=(("Singola", 1),))
    case = make_case(db, ctx)
    plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 3, 1), D(2026, 4, 1))
    message = refused(
        db,
        lambda: plan(db, ctx, case, other, "Singola", 1, D(2026, 3, 31), D(2026, 5, 1)),
        "start_date",
    )
    assert "31/03/2026" in message and "MI-001" in message and "«Camera 2»" in message
    plan(db, ctx, case, other, "Singola", 1, D(2026, 4, 1), D(2026, 5, 1))


def test_stay_must_fit_the_case(db, ctx, apt):
    case = make_case(db, ctx, start=D(2026, 2, 1))
    r = room(apt, "Camera 2").id
    message = refused(
        db,
        lambda: stays.plan_stay(db, ctx, case.id, apt.id, r, 1, D(2026, 1, 31), D(2026, 3, 1)),
        "start_date",
    )
    assert "01/02/2026" in message
    with db.session(ctx) as s:  # e.g. an exit date arrived from another laptop
        s.get(Case, case.id).exit_date = D(2026, 6, 30)
    refused(
        db,
        lambda: stays.plan_stay(db, ctx, case.id, apt.id, r, 1, D(2026, 3, 1), D(2026, 7, 1)),
        "planned_end",
    )
    stays.plan_stay(db, ctx, case.id, apt.id, r, 1, D(2026, 3, 1), D(2026, 6, 30))

    referred = cases.create_case(
        db, ctx, cases.CaseInput(household_id=case.household.id, referral_date=D(2026, 1, 10))
    )
    refused(
        db,
        lambda: stays.plan_stay(db, ctx, referred.id, apt.id, r, 1, D(2026, 8, 1), D(2026, 9, 1)),
        "case_id",
    )


def test_apartment_must_be_habitable_every_day(db, ctx, apt):
    housing.set_status(db, ctx, apt.id, "in_ristrutturazione", D(2026, 3, 20))
    case = make_case(db, ctx)
    message = refused(
        db,
        lambda: plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 3, 10), D(2026, 4, 10)),
        "apartment_id",
    )
    assert message == (
        "Il 20/03/2026 l'alloggio MI-001 è «In ristrutturazione»: non può ospitare nessuno."
    )
    plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 3, 10), D(2026, 3, 20))
    later = make_apartment(db, ctx, code="MI-003", since=D(2026, 5, 1))
    message = refused(
        db,
        lambda: plan(db, ctx, case, later, "Camera 2", 1, D(2026, 4, 1), D(2026, 6, 1)),
        "apartment_id",
    )
    assert message.startswith("Il 01/04/2026 l'alloggio MI-003 è «senza stato»")


def test_bad_stay_input(db, ctx, apt):
    case = make_case(db, ctx)
    r = room(apt, "Camera 2").id
    for places, start, end, field in [
        (0, D(2026, 3, 1), D(2026, 4, 1), "places"),
        (1, D(2026, 4, 1), D(2026, 4, 1), "planned_end"),
        (1, D(2026, 4, 2), D(2026, 4, 1), "planned_end"),
        (1, None, D(2026, 4, 1), "start_date"),
    ]:
        call = partial(stays.plan_stay, db, ctx, case.id, apt.id, r, places, start, end)
        refused(db, call, field)


def test_room_of_another_apartment_refused_and_role_checked(db, ctx, apt):
    other = make_apartment(db, ctx, code="MI-002", rooms=(("Singola", 1),))
    case = make_case(db, ctx)
    refused(
        db,
        lambda: stays.plan_stay(
            db, ctx, case.id, apt.id, room(other, "Singola").id, 1, D(2026, 3, 1), D(2026, 4, 1)
        ),
        "room_id",
    )
    with pytest.raises(PermissionDenied):
        plan(
            db,
            as_role(ctx, Role.ASSISTENTE_SOCIALE),
            case,
            apt,
            "Camera 2",
            1,
            D(2026, 3, 1),
            D(2026, 4, 1),
        )


def test_move_in_records_consegna_once(db, ctx, apt):
    case = make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 3, 1), D(2026, 9, 1))
    moved = stays.move_in(
        db, ctx, stay.id, D(2026, 3, 3), HandoverInput(keys_count=3, meter_gas="01234,5")
    )
    assert moved.start_date == D(2026, 3, 3)  # arrived two days late
    [given] = upkeep.list_handovers(db, stay_id=stay.id)
    assert (given.kind, given.keys_count, given.meter_gas, given.date) == (
        "consegna",
        3,
        "01234,5",
        D(2026, 3, 3),
    )
    refused(db, lambda: stays.move_in(db, ctx, stay.id, D(2026, 3, 3), HandoverInput()), "date")
    refused(db, lambda: stays.move_in(db, ctx, stay.id, D(2026, 12, 1), HandoverInput()), "date")


def test_extend_records_proroga_and_checks_the_new_nights(db, ctx, apt):
    a, b = make_case(db, ctx), make_case(db, ctx)
    stay = plan(db, ctx, a, apt, "Camera 1", 1, D(2026, 3, 1), D(2026, 6, 1))
    plan(db, ctx, b, apt, "Camera 1", 1, D(2026, 7, 1), D(2026, 12, 1))
    extended = stays.extend_stay(db, ctx, stay.id, D(2026, 7, 1), "Attesa alloggio ERP")
    assert extended.planned_end == D(2026, 7, 1)
    [ext] = extended.extensions
    assert (ext.previous_end, ext.new_end, ext.decided_on) == (
        D(2026, 6, 1),
        D(2026, 7, 1),
        D(2026, 11, 25),
    )
    message = refused(
        db, lambda: stays.extend_stay(db, ctx, stay.id, D(2026, 7, 2), "Ancora"), "new_end"
    )
    assert "01/07/2026" in message and "«Camera 1»" in message
    refused(db, lambda: stays.extend_stay(db, ctx, stay.id, D(2026, 7, 1), "Uguale"), "new_end")
    refused(db, lambda: stays.extend_stay(db, ctx, stay.id, D(2026, 8, 1), " "), "reason")
    assert count(db, StayExtension) == 1


def test_move_between_rooms_day_convention(db, ctx, apt):
    case, other = make_case(db, ctx), make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 3, 1), D(2026, 9, 1))
    stays.move_in(db, ctx, stay.id, D(2026, 3, 1), HandoverInput(keys_count=2))
    new = stays.move_stay(db, ctx, stay.id, D(2026, 5, 10), room(apt, "Camera 2").id)
    old = stays.get_stay(db, stay.id)
    assert old.actual_end == D(2026, 5, 10) == new.start_date
    assert (new.room_name, new.planned_end, new.places) == ("Camera 2", D(2026, 9, 1), 1)
    assert len(upkeep.list_handovers(db, apartment_id=apt.id)) == 1  # same keys, same flat
    # Camera 1 is free from the move day on
    plan(db, ctx, other, apt, "Camera 1", 1, D(2026, 5, 10), D(2026, 6, 1))
    assert [s.id for s in stays.case_stays(db, case.id)] == [stay.id, new.id]


def test_move_to_another_apartment_and_refusals(db, ctx, apt):
    other = make_apartment(db, ctx, code="MI-002", rooms=(("Singola", 1),))
    case, blocker = make_case(db, ctx), make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 2", 1, D(2026, 3, 1), D(2026, 9, 1))
    plan(db, ctx, blocker, other, "Singola", 1, D(2026, 4, 1), D(2026, 5, 1))
    single = room(other, "Singola").id
    message = refused(
        db, lambda: stays.move_stay(db, ctx, stay.id, D(2026, 4, 20), single), "room_id"
    )
    assert "20/04/2026" in message and "«Singola»" in message
    refused(db, lambda: stays.move_stay(db, ctx, stay.id, D(2026, 3, 1), single), "on")
    refused(
        db,
        lambda: stays.move_stay(db, ctx, stay.id, D(2026, 5, 1), room(apt, "Camera 2").id),
        "room_id",
    )
    cases.suspend(db, ctx, case.id, D(2026, 4, 25), "Ricovero")  # a suspended case may move
    new = stays.move_stay(
        db, ctx, stay.id, D(2026, 5, 1), single, handover_in=HandoverInput(keys_count=1)
    )
    kinds = [(h.kind, h.apartment_id, h.stay_id) for h in upkeep.list_handovers(db)]
    assert kinds == [("riconsegna", apt.id, stay.id), ("consegna", other.id, new.id)]


def test_move_out_frees_the_room_the_same_day(db, ctx, apt):
    case, next_case = make_case(db, ctx), make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 3, 1), D(2026, 12, 1))
    refused(db, lambda: stays.move_out(db, ctx, stay.id, D(2026, 3, 1), HandoverInput()), "on")
    out = stays.move_out(
        db, ctx, stay.id, D(2026, 10, 15), HandoverInput(keys_count=2, condition="Buono")
    )
    assert out.actual_end == D(2026, 10, 15) and out.end_date == D(2026, 10, 15)
    [back] = upkeep.list_handovers(db, stay_id=stay.id)
    assert (back.kind, back.condition) == ("riconsegna", "Buono")
    plan(db, ctx, next_case, apt, "Camera 1", 1, D(2026, 10, 15), D(2027, 1, 1))
    refused(
        db, lambda: stays.move_out(db, ctx, stay.id, D(2026, 11, 1), HandoverInput()), "stay_id"
    )
    refused(db, lambda: stays.extend_stay(db, ctx, stay.id, D(2027, 1, 1), "x"), "stay_id")


def test_late_move_out_checks_the_extra_nights(db, ctx, apt):
    case, next_case = make_case(db, ctx), make_case(db, ctx)
    stay = plan(db, ctx, case, apt, "Camera 1", 1, D(2026, 3, 1), D(2026, 10, 1))
    plan(db, ctx, next_case, apt, "Camera 1", 1, D(2026, 10, 5), D(2027, 1, 1))
    message = refused(
        db, lambda: stays.move_out(db, ctx, stay.id, D(2026, 10, 6), HandoverInput()), "on"
    )
    assert "05/10/2026" in message
    assert stays.move_out(db, ctx, stay.id, D(2026, 10, 5), HandoverInput()).actual_end == D(
        2026, 10, 5
    )
    assert count(db, Handover) == 1


def test_apartment_status_and_beds_cannot_break_stays(db, ctx, apt):
    case = make_case(db, ctx)
    plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 11, 1), D(2027, 2, 1))
    message = refused(
        db,
        lambda: housing.set_status(db, ctx, apt.id, "in_ristrutturazione", D(2026, 12, 1)),
        "status",
    )
    assert "01/12/2026" in message and "In ristrutturazione" in message
    housing.set_status(db, ctx, apt.id, "in_ristrutturazione", D(2027, 2, 1))
    housing.set_status(db, ctx, apt.id, "occupato", D(2026, 11, 1))
    r = room(apt, "Camera 2").id
    message = refused(db, lambda: housing.set_room_beds(db, ctx, r, 1), "beds")
    assert message.startswith("La stanza «Camera 2» il 25/11/2026 ha 2 posti occupati")
    assert room(housing.set_room_beds(db, ctx, r, 3), "Camera 2").beds == 3


def test_room_beds_ignore_past_stays(db, ctx, apt):
    case = make_case(db, ctx)
    plan(db, ctx, case, apt, "Camera 2", 2, D(2026, 3, 1), D(2026, 11, 25))
    assert room(housing.set_room_beds(db, ctx, room(apt, "Camera 2").id, 1), "Camera 2").beds == 1


def test_occupancy_on_and_overdue(db, ctx, apt):
    closed = make_apartment(db, ctx, code="MI-002", rooms=(("Singola", 1),))
    housing.set_status(db, ctx, closed.id, "fuori_servizio", D(2026, 11, 1))
    a, b = make_case(db, ctx), make_case(db, ctx)
    plan(db, ctx, a, apt, "Camera 2", 1, D(2026, 10, 1), D(2026, 12, 15))
    late = plan(db, ctx, b, apt, "Camera 1", 1, D(2026, 6, 1), D(2026, 11, 20))
    board = occupancy.occupancy_on(db, D(2026, 11, 25))
    assert [x.code for x in board] == ["MI-001", "MI-002"]
    first, second = board
    assert (first.status, first.beds, first.occupied, first.free) == ("disponibile", 3, 1, 2)
    camera2 = next(r for r in first.rooms if r.name == "Camera 2")
    assert (camera2.occupied, camera2.free, camera2.frees_up) == (1, 1, (D(2026, 12, 15),))
    assert camera2.occupants[0].case_code == a.code
    assert (second.status, second.free, second.status_label) == (
        "fuori_servizio",
        0,
        "Fuori servizio",
    )
    assert [s.id for s in stays.overdue_stays(db, D(2026, 11, 25))] == [late.id]
    assert occupancy.occupancy_on(db, D(2026, 11, 25), municipio=9) == []


# --- the pure helpers ---


def test_occupancy_helpers():
    bookings = [
        Booking("a", D(2026, 3, 1), D(2026, 3, 10), 1),
        Booking("b", D(2026, 3, 5), D(2026, 3, 12), 2),
        Booking("c", D(2026, 3, 10), D(2026, 3, 11), 1),
    ]
    start, end = D(2026, 3, 1), D(2026, 3, 15)
    assert occupancy.load_segments(bookings, start, end) == [
        (D(2026, 3, 1), D(2026, 3, 5), 1),
        (D(2026, 3, 5), D(2026, 3, 10), 3),
        (D(2026, 3, 10), D(2026, 3, 11), 3),
        (D(2026, 3, 11), D(2026, 3, 12), 2),
        (D(2026, 3, 12), D(2026, 3, 15), 0),
    ]
    days = occupancy.daily_load(bookings, start, end)
    assert len(days) == 14 and days[4] == (D(2026, 3, 5), 3) and days[-1] == (D(2026, 3, 14), 0)
    assert occupancy.max_load(bookings, start, end) == (3, D(2026, 3, 5))
    assert occupancy.first_over_capacity(bookings, 2, start, end) == (D(2026, 3, 5), 3)
    assert occupancy.first_over_capacity(bookings, 3, start, end) is None
    assert occupancy.first_over_capacity(bookings, 2, D(2026, 3, 11), end) is None
    assert occupancy.load_on(bookings, D(2026, 3, 10)) == 3
    assert occupancy.free_places(4, bookings, D(2026, 3, 10)) == 1
    assert occupancy.free_places(2, bookings, D(2026, 3, 10)) == 0
    assert occupancy.frees_up(bookings, D(2026, 3, 10)) == [
        D(2026, 3, 11),
        D(2026, 3, 12),
        D(2026, 3, 12),
    ]
    assert occupancy.load_segments(bookings, end, start) == []
    assert (
        occupancy.overlaps(D(2026, 3, 1), D(2026, 3, 10), D(2026, 3, 10), D(2026, 3, 11)) is False
    )
    assert occupancy.overlaps(D(2026, 3, 1), D(2026, 3, 11), D(2026, 3, 10), D(2026, 3, 11)) is True
