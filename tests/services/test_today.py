"""Oggi: an educator's day (her appointments, registers, notes, her households) and a
coordinator's (the whole service and the free places), read through the services.

The clock is Wednesday 25/11/2026, 11:00 in Milan: yesterday is Tuesday 24/11, tomorrow
Thursday 26/11, the week runs from Monday 23/11 to Sunday 29/11.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

import pytest

from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from rts_desktop.services import operators
from rts_desktop.services.calendar import attendance
from rts_desktop.services.calendar.events import EventInput, create_event
from rts_desktop.services.cases import notes
from rts_desktop.services.housing import agreements, stays
from rts_desktop.services.housing.agreements import AgreementInput
from rts_desktop.services.housing.upkeep import HandoverInput
from rts_desktop.services.today import day_summary
from tests.services.housing.test_housing import make_apartment, make_case, room

D = dt.date
ROME = ZoneInfo("Europe/Rome")
TODAY, YESTERDAY, TOMORROW = D(2026, 11, 25), D(2026, 11, 24), D(2026, 11, 26)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ROME)


@dataclass
class Day:
    """Anna's case ``mine``; Bruno's ``arriving`` (a stay from tomorrow, keys not handed
    over) and ``housed`` (housed since March, moved to another room on Tuesday); events of
    each; a weekly group run by Bruno with Anna, with people of both."""

    coordinator: ActingContext
    anna: ActingContext
    bruno: ActingContext
    mine: str
    arriving: str
    housed: str
    mine_stay: str
    arriving_stay: str
    group: str
    people: tuple[str, str]
    events: dict[str, str]


def _head(case) -> str:  # type: ignore[no-untyped-def]
    return case.household.members[0].beneficiary_id


def _event(db, ctx, title: str, start: dt.datetime, **fields) -> str:  # type: ignore[no-untyped-def]
    data = EventInput(
        area=fields.pop("area", "colloquio"),
        title=title,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        **fields,
    )
    return create_event(db, ctx, data).id


def make_day(db, ctx: ActingContext) -> Day:  # type: ignore[no-untyped-def]
    anna = operators.create_operator(db, ctx, "anna", "Anna Bianchi", "educatore")
    bruno = operators.create_operator(db, ctx, "bruno", "Bruno Verdi", "educatore")
    mine, arriving, housed = (make_case(db, ctx) for _ in range(3))
    from rts_desktop.services.cases import case as cases

    cases.assign_educator(db, ctx, mine.id, anna.id, D(2026, 2, 1))
    for case in (arriving, housed):
        cases.assign_educator(db, ctx, case.id, bruno.id, D(2026, 2, 1))
    first = make_apartment(db, ctx, code="MI-001")
    second = make_apartment(db, ctx, code="MI-002", rooms=(("Camera A", 2), ("Camera B", 2)))
    mine_stay = stays.plan_stay(
        db, ctx, mine.id, first.id, room(first, "Camera 1").id, 1, D(2026, 3, 1), D(2026, 11, 27)
    )
    stays.move_in(db, ctx, mine_stay.id, D(2026, 3, 1), HandoverInput(keys_count=2))
    arriving_stay = stays.plan_stay(
        db, ctx, arriving.id, first.id, room(first, "Camera 2").id, 2, TOMORROW, D(2027, 5, 1)
    )
    housed_stay = stays.plan_stay(
        db, ctx, housed.id, second.id, room(second, "Camera A").id, 1, D(2026, 3, 1),
        D(2027, 3, 1),
    )  # fmt: skip
    stays.move_in(db, ctx, housed_stay.id, D(2026, 3, 1), HandoverInput(keys_count=2))
    stays.move_stay(db, ctx, housed_stay.id, YESTERDAY, room(second, "Camera B").id)
    for case in (mine, housed):
        agreement = agreements.create_agreement(
            db, ctx, AgreementInput(case.id, D(2026, 3, 1), 12, 10_000, "2026.1")
        )
        agreements.generate_contributions(db, ctx, agreement.id)
    people = (_head(mine), _head(housed))
    events = {
        "today": _event(
            db, ctx, "Colloquio con Anna", at(TODAY, 15), case_id=mine.id,
            organizer_id=anna.id, beneficiary_ids=(people[0],),
        ),
        # every Thursday: tomorrow's occurrence comes from the rule
        "weekly": _event(
            db, ctx, "Visita del giovedì", at(D(2026, 10, 1), 10), area="visita_domiciliare",
            case_id=mine.id, organizer_id=anna.id, rrule="FREQ=WEEKLY;BYDAY=TH",
        ),
        "yesterday": _event(
            db, ctx, "Colloquio di ieri", at(YESTERDAY, 9), case_id=mine.id,
            organizer_id=anna.id, beneficiary_ids=(people[0],),
        ),
        # Bruno's case: Anna takes part, but she does not see the case
        "bruno": _event(
            db, ctx, "Colloquio di Bruno", at(TODAY, 9), case_id=housed.id,
            organizer_id=bruno.id, operator_ids=(anna.id,), beneficiary_ids=(people[1],),
        ),
        "bruno_yesterday": _event(
            db, ctx, "Visita di Bruno", at(YESTERDAY, 16), case_id=housed.id,
            organizer_id=bruno.id,
        ),
    }  # fmt: skip
    group = _event(
        db, ctx, "Gruppo del martedì", at(D(2026, 11, 3), 17), area="socializzazione",
        organizer_id=bruno.id, operator_ids=(anna.id,), beneficiary_ids=people,
        rrule="FREQ=WEEKLY;COUNT=6",
    )  # fmt: skip

    def as_(role: Role, who: str | None) -> ActingContext:
        return replace(ctx, role=role, operator_id=who)

    return Day(
        as_(Role.COORDINATORE, None),
        as_(Role.EDUCATORE, anna.id),
        as_(Role.EDUCATORE, bruno.id),
        mine.id,
        arriving.id,
        housed.id,
        mine_stay.id,
        arriving_stay.id,
        group,
        people,
        events,
    )


@pytest.fixture
def day(db, ctx) -> Day:
    return make_day(db, ctx)


def titles(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.title for a in items]


def test_her_appointments_today_and_tomorrow_recurring_included(db, day):
    data = day_summary(db, day.anna)
    assert data.today == TODAY and not data.whole_service
    assert data.week == (D(2026, 11, 23), D(2026, 11, 29))
    # the event of Bruno's case she takes part in stays out: she does not see that case
    assert titles(data.today_appointments) == ["Colloquio con Anna"]
    first = data.today_appointments[0]
    assert first.case_id == day.mine and first.household_name.startswith("Nucleo ")
    assert first.start == at(TODAY, 15) and first.day == TODAY
    assert titles(data.tomorrow_appointments) == ["Visita del giovedì"]
    weekly = data.tomorrow_appointments[0]
    assert weekly.recurring and weekly.start == at(TOMORROW, 10)
    assert weekly.original_start == weekly.start


def test_a_coordinator_sees_every_appointment_with_its_organizer(db, day):
    data = day_summary(db, day.coordinator)
    assert data.whole_service
    assert titles(data.today_appointments) == ["Colloquio di Bruno", "Colloquio con Anna"]
    assert [a.organizer_name for a in data.today_appointments] == ["Bruno Verdi", "Anna Bianchi"]
    bruno = day_summary(db, day.bruno)
    assert titles(bruno.today_appointments) == ["Colloquio di Bruno"]


def test_group_attendance_to_record_until_everyone_is_marked(db, ctx, day):
    data = day_summary(db, day.anna)
    due = [(d.occurrence.start, d.expected, d.marked) for d in data.attendance_due]
    # 10/11 is more than two weeks ago; 01/12 has not happened yet
    assert due == [(at(D(2026, 11, 17), 17), 2, 0), (at(YESTERDAY, 17), 2, 0)]
    assert all(d.occurrence.title == "Gruppo del martedì" for d in data.attendance_due)
    last = data.attendance_due[1].occurrence
    attendance.mark_attendance(db, ctx, day.group, last.original_start, day.people[0], "presente")
    data = day_summary(db, day.anna)
    assert [(d.expected, d.marked) for d in data.attendance_due] == [(2, 0), (2, 1)]
    attendance.mark_attendance(db, ctx, day.group, last.original_start, day.people[1], "assente")
    attendance.mark_attendances(
        db, ctx, day.group, at(D(2026, 11, 17), 17),
        [(day.people[0], "presente"), (day.people[1], "giustificato")],
    )  # fmt: skip
    assert day_summary(db, day.anna).attendance_due == ()


def test_yesterdays_note_to_write_disappears_once_written(db, ctx, day):
    data = day_summary(db, day.anna)
    assert titles(data.missing_notes) == ["Colloquio di ieri"]
    assert data.missing_notes[0].case_id == day.mine
    assert titles(day_summary(db, day.coordinator).missing_notes) == [
        "Colloquio di ieri",
        "Visita di Bruno",
    ]
    notes.add_note(db, ctx, day.mine, "libera", YESTERDAY, "Colloquio svolto, concordati i passi.")
    assert day_summary(db, day.anna).missing_notes == ()
    assert titles(day_summary(db, day.coordinator).missing_notes) == ["Visita di Bruno"]


def test_a_note_of_another_day_does_not_count(db, ctx, day):
    notes.add_note(db, ctx, day.mine, "libera", TODAY, "Telefonata.")
    assert titles(day_summary(db, day.anna).missing_notes) == ["Colloquio di ieri"]


def test_arrivals_and_departures_of_the_week(db, ctx, day):
    anna = day_summary(db, day.anna)
    assert anna.arrivals == ()
    assert [(m.kind, m.day, m.done, m.case_id) for m in anna.departures] == [
        ("partenza", D(2026, 11, 27), False, day.mine)
    ]
    whole = day_summary(db, day.coordinator)
    # the household moved to another room on Tuesday neither arrived nor left
    assert [(m.day, m.case_id, m.apartment_code, m.rooms) for m in whole.arrivals] == [
        (TOMORROW, day.arriving, "MI-001", "Camera 2")
    ]
    assert [m.case_id for m in whole.departures] == [day.mine]
    stays.move_out(db, ctx, day.mine_stay, TODAY, HandoverInput(keys_count=2))
    stays.move_in(db, ctx, day.arriving_stay, TODAY, HandoverInput(keys_count=3))
    whole = day_summary(db, day.coordinator)
    assert whole.arrivals == ()
    assert [(m.day, m.done) for m in whole.departures] == [(TODAY, True)]


def test_a_household_in_two_rooms_arrives_once(db, ctx, day):
    """The services book one room per household; a large family of the older records (and of
    the demo) has one stay per room, and still arrives once."""
    from rts_desktop.models import Stay

    second = make_apartment(db, ctx, code="MI-003", rooms=(("Camera 1", 1), ("Camera 2", 1)))
    case = make_case(db, ctx)
    with db.session(ctx) as s:
        for name in ("Camera 1", "Camera 2"):
            s.add(
                Stay(
                    case_id=case.id, apartment_id=second.id, room_id=room(second, name).id,
                    places=1, start_date=D(2026, 11, 27), planned_end=D(2027, 1, 31),
                )
            )  # fmt: skip
    found = [m for m in day_summary(db, day.coordinator).arrivals if m.case_id == case.id]
    assert [(m.apartment_code, m.rooms) for m in found] == [("MI-003", "Camera 1, Camera 2")]


def test_deadlines_and_arrears_of_her_households_only(db, day):
    anna = day_summary(db, day.anna)
    assert {d.case_id for d in anna.deadlines} == {day.mine}
    assert "fine_inserimento" in {d.kind for d in anna.deadlines}
    assert [d.case_id for d in anna.arrears] == [day.mine]
    assert "€" in anna.arrears[0].description
    whole = day_summary(db, day.coordinator)
    assert {d.case_id for d in whole.arrears} == {day.mine, day.housed}
    bruno = day_summary(db, day.bruno)
    assert [d.case_id for d in bruno.arrears] == [day.housed]


def test_free_places_only_for_the_whole_service(db, day):
    assert day_summary(db, day.anna).free_places is None
    free = day_summary(db, day.coordinator).free_places
    assert free is not None
    # MI-001: Camera 1 taken by Anna's household, Camera 2 free until tomorrow's arrival;
    # MI-002: one of the four beds taken
    assert [(f.apartment_code, f.free, f.beds) for f in free] == [
        ("MI-002", 3, 4),
        ("MI-001", 2, 3),
    ]
    assert free[1].rooms == ("Camera 2: 2",)


def test_an_operator_with_no_cases_has_an_empty_day(db, ctx, day):
    nobody = operators.create_operator(db, ctx, "nuova", "Nuova Collega", "educatore")
    data = day_summary(db, replace(ctx, role=Role.EDUCATORE, operator_id=nobody.id))
    assert data.today_appointments == data.tomorrow_appointments == ()
    assert data.attendance_due == data.missing_notes == ()
    assert data.arrivals == data.departures == data.deadlines == data.arrears == ()
    social = replace(ctx, role=Role.ASSISTENTE_SOCIALE, operator_id=None)
    assert day_summary(db, social).today_appointments == ()


def test_an_educators_past_case_is_not_hers_any_more(db, ctx, day):
    """Handed over to Bruno: she still sees the file, but its deadlines are his."""
    from rts_desktop.services.cases import case as cases

    cases.assign_educator(db, ctx, day.mine, day.bruno.operator_id, YESTERDAY)
    anna = day_summary(db, day.anna)
    assert anna.arrears == () and anna.departures == ()
    assert {d.case_id for d in day_summary(db, day.bruno).arrears} == {day.mine, day.housed}


def test_the_demo_educator_has_a_day_to_show(db):
    """The demo database (``rts-desktop --demo``): the «educatore» account has appointments
    today and tomorrow, a note to write and a register to take; the coordinator more."""
    from sqlalchemy import select

    from rts_desktop.demo import generate_small
    from rts_desktop.demo.accounts import add_demo_accounts
    from rts_desktop.models import Operator
    from tests.conftest import FIXED_NOW

    generate_small(db, seed=2026, today=TODAY)
    add_demo_accounts(db, now=FIXED_NOW)
    with db.session(write=False) as s:
        who = {o.username: o.id for o in s.scalars(select(Operator)) if o.username}
    base = ActingContext(device_id=db.device_id, clock=lambda: FIXED_NOW)
    mine = day_summary(db, replace(base, role=Role.EDUCATORE, operator_id=who["educatore"]))
    assert mine.today_appointments and mine.tomorrow_appointments
    assert mine.missing_notes and mine.attendance_due and mine.deadlines
    whole = day_summary(db, replace(base, role=Role.COORDINATORE, operator_id=who["coordinatore"]))
    assert len(whole.today_appointments) > len(mine.today_appointments)
    assert whole.free_places
