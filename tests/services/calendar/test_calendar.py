"""Calendar events, recurrence in Europe/Rome time, exceptions, range queries, conflicts and
attendance through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import Apartment, AttendanceMark, AuditEntry, Change, Event
from rts_desktop.services import operators
from rts_desktop.services.calendar import attendance
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar import queries as calendar_queries
from rts_desktop.services.calendar.events import EventInput
from rts_desktop.services.calendar.queries import EventFilter
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.services.cases.test_people_cases import make_case

ROME = ZoneInfo("Europe/Rome")


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=ROME)


def count(db, model) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def team(db, ctx):
    """Two educators, two beneficiaries and an apartment."""
    anna = operators.create_operator(db, ctx, "anna", "Anna Bianchi", "educatore")
    luca = operators.create_operator(db, ctx, "luca", "Luca Verdi", "educatore")
    ben1 = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Amina", last_name="Diallo")
    )
    ben2 = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Nguyễn", last_name="Văn An")
    )
    with db.session(ctx) as s:
        flat = Apartment(code="A-01", address="Via Padova 1", municipio=2)
        s.add(flat)
        s.flush()
        flat_id = flat.id
    return {"anna": anna.id, "luca": luca.id, "ben1": ben1.id, "ben2": ben2.id, "flat": flat_id}


def meeting(team, **changes) -> EventInput:
    """A weekly Tuesday 18:00 group meeting in October-November 2026."""
    base = EventInput(
        area="socializzazione",
        title="Gruppo del martedì",
        starts_at=local(2026, 10, 6, 18),
        ends_at=local(2026, 10, 6, 19, 30),
        apartment_id=team["flat"],
        organizer_id=team["anna"],
        beneficiary_ids=(team["ben1"], team["ben2"]),
        rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130",
    )
    return replace(base, **changes)


def test_weekly_meeting_keeps_local_time_across_dst(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team))
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130T225959Z"
    found = calendar_queries.occurrences(db, local(2026, 10, 1), local(2026, 12, 1))
    starts = [o.start for o in found]
    assert [s.astimezone(ROME).day for s in starts] == [6, 13, 20, 27, 3, 10, 17, 24]
    assert {(s.astimezone(ROME).hour, s.astimezone(ROME).minute) for s in starts} == {(18, 0)}
    # the UTC instant shifts on 25 Oct 2026 (CEST → CET)
    assert starts[2].astimezone(dt.UTC).hour == 16
    assert starts[3].astimezone(dt.UTC).hour == 17
    assert all(o.end - o.start == dt.timedelta(minutes=90) for o in found)
    assert event.series_until == local(2026, 11, 24, 19, 30)


def test_month_end_rules_behave_as_documented(db, ctx, team):
    day31 = EventInput(
        area="educazione_finanziaria",
        title="Bilancio del mese",
        starts_at=local(2026, 1, 31, 10),
        ends_at=local(2026, 1, 31, 11),
        rrule="FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4",
    )
    calendar.create_event(db, ctx, day31)
    last = replace(day31, title="Ultimo giorno", rrule="FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4")
    calendar.create_event(db, ctx, last)
    found = calendar_queries.occurrences(db, local(2026, 1, 1), local(2027, 1, 1))
    days = {
        title: [o.start.astimezone(ROME).date().isoformat() for o in found if o.title == title]
        for title in ("Bilancio del mese", "Ultimo giorno")
    }
    # BYMONTHDAY=31 skips months without a 31st; -1 is the last day of each month
    assert days["Bilancio del mese"] == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"]
    assert days["Ultimo giorno"] == ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]


def test_exception_cancels_one_occurrence_and_moves_another(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team))
    calendar.cancel_occurrence(db, ctx, event.id, local(2026, 10, 27, 18))
    moved = calendar.move_occurrence(
        db, ctx, event.id, local(2026, 11, 24, 18), local(2026, 12, 1, 17)
    )
    assert moved.series_until == local(2026, 12, 1, 18, 30)
    found = calendar_queries.occurrences(db, local(2026, 10, 1), local(2027, 1, 1))
    days = [o.start.astimezone(ROME).strftime("%d/%m %H:%M") for o in found]
    assert "27/10 18:00" not in days and "24/11 18:00" not in days
    assert days[-1] == "01/12 17:00" and found[-1].moved
    assert found[-1].original_start == local(2026, 11, 24, 18)
    # the moved occurrence is found in a window that does not contain its original time
    december = calendar_queries.occurrences(db, local(2026, 12, 1), local(2026, 12, 2))
    assert [o.original_start for o in december] == [local(2026, 11, 24, 18)]
    shown = calendar_queries.occurrences(
        db, local(2026, 10, 27), local(2026, 10, 28), include_cancelled=True
    )
    assert [o.cancelled for o in shown] == [True]
    calendar.restore_occurrence(db, ctx, event.id, local(2026, 10, 27, 18))
    assert len(calendar_queries.occurrences(db, local(2026, 10, 27), local(2026, 10, 28))) == 1


def test_open_ended_series_and_series_until(db, ctx, team):
    open_ended = calendar.create_event(db, ctx, meeting(team, rrule="FREQ=WEEKLY;BYDAY=TU"))
    assert open_ended.series_until is None
    single = calendar.create_event(db, ctx, meeting(team, rrule=None, title="Colloquio"))
    assert single.series_until == single.ends_at
    far = calendar_queries.occurrences(db, local(2031, 3, 1), local(2031, 3, 8))
    assert [(o.event_id, o.start) for o in far] == [(open_ended.id, local(2031, 3, 4, 18))]


def test_exception_follows_a_series_moved_by_one_hour(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team))
    calendar.cancel_occurrence(db, ctx, event.id, local(2026, 10, 27, 18))
    moved = calendar.move_event(db, ctx, event.id, local(2026, 10, 6, 17))
    assert moved.exceptions[0].original_start == local(2026, 10, 27, 17)
    found = calendar_queries.occurrences(db, local(2026, 10, 20), local(2026, 11, 4))
    assert [o.start for o in found] == [local(2026, 10, 20, 17), local(2026, 11, 3, 17)]


def test_update_changes_participants_and_cancel_hides_event(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team, rrule=None))
    updated = calendar.update_event(
        db,
        ctx,
        event.id,
        meeting(team, rrule=None, beneficiary_ids=(team["ben2"],), operator_ids=(team["luca"],)),
        expected_version=event.version,
    )
    assert updated.beneficiary_ids == (team["ben2"],) and updated.operator_ids == (team["luca"],)
    calendar.cancel_event(db, ctx, event.id)
    assert calendar_queries.occurrences(db, local(2026, 10, 1), local(2026, 11, 1)) == []
    with db.session(write=False) as s:
        actions = set(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "event")))
    assert actions == {"create", "update", "cancel"}


def test_filters(db, ctx, team):
    case = make_case(db, ctx)
    calendar.create_event(db, ctx, meeting(team, rrule=None))
    calendar.create_event(
        db,
        ctx,
        meeting(
            team,
            rrule=None,
            area="colloquio",
            title="Colloquio Diallo",
            apartment_id=None,
            place="Ufficio via Dogana",
            case_id=case.id,
            organizer_id=None,
            operator_ids=(team["luca"],),
            beneficiary_ids=(team["ben1"],),
        ),
    )

    def titles(**kw: str) -> list[str]:
        found = calendar_queries.occurrences(
            db, local(2026, 10, 1), local(2026, 11, 1), EventFilter(**kw)
        )
        return sorted(o.title for o in found)

    assert titles() == ["Colloquio Diallo", "Gruppo del martedì"]
    assert titles(educator_id=team["anna"]) == ["Gruppo del martedì"]
    assert titles(educator_id=team["luca"]) == ["Colloquio Diallo"]
    assert titles(apartment_id=team["flat"]) == ["Gruppo del martedì"]
    assert titles(case_id=case.id) == ["Colloquio Diallo"]
    assert titles(beneficiary_id=team["ben2"]) == ["Gruppo del martedì"]
    assert titles(area="colloquio") == ["Colloquio Diallo"]


def test_conflicts_warn_without_refusing(db, ctx, team):
    calendar.create_event(db, ctx, meeting(team))
    draft = EventInput(
        area="colloquio",
        title="Colloquio",
        starts_at=local(2026, 10, 20, 19),
        ends_at=local(2026, 10, 20, 20),
        operator_ids=(team["anna"],),
        beneficiary_ids=(team["ben2"],),
    )
    warnings = calendar_queries.conflicts_for(db, draft)
    assert {(w.kind, w.person_id) for w in warnings} == {
        ("operatore", team["anna"]),
        ("beneficiario", team["ben2"]),
    }
    assert "20/10/2026 alle 18:00" in warnings[0].message
    adjacent = replace(
        draft, starts_at=local(2026, 10, 20, 19, 30), ends_at=local(2026, 10, 20, 21)
    )
    assert calendar_queries.conflicts_for(db, adjacent) == []
    other_people = replace(draft, operator_ids=(team["luca"],), beneficiary_ids=())
    assert calendar_queries.conflicts_for(db, other_people) == []
    # a recurring draft is checked occurrence by occurrence; the draft's own event is skipped
    series = calendar.create_event(db, ctx, meeting(team, organizer_id=team["luca"], title="Bis"))
    weekly = meeting(team, organizer_id=team["luca"], beneficiary_ids=())
    assert len(calendar_queries.conflicts_for(db, weekly, exclude_event_id=series.id)) == 0
    assert len(calendar_queries.conflicts_for(db, weekly)) == 8
    assert calendar.create_event(db, ctx, draft).id  # warnings never block


BAD_EVENTS = [
    ("rrule", {"rrule": "FREQ=SOMETIMES"}),
    ("rrule", {"rrule": "FREQ=WEEKLY;BYDAY=XX"}),
    ("rrule", {"rrule": "FREQ=HOURLY;COUNT=3"}),
    ("rrule", {"rrule": "FREQ=WEEKLY;COUNT=3;UNTIL=20261130"}),
    ("rrule", {"rrule": "FREQ=WEEKLY;BYDAY=WE;COUNT=3"}),  # starts on a Tuesday
    ("rrule", {"rrule": "FREQ=WEEKLY;UNTIL=20260101"}),
    ("rrule", {"rrule": "FREQ=WEEKLY;INTERVAL=0"}),
    ("rrule", {"rrule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"}),  # never happens
    ("rrule", {"rrule": "FREQ=WEEKLY\nEXDATE:20261013T180000"}),
    ("ends_at", {"ends_at": local(2026, 10, 6, 17)}),
    ("starts_at", {"starts_at": dt.datetime(2026, 10, 6, 18)}),
    ("area", {"area": "festa"}),
    ("title", {"title": "  "}),
    ("mediation_parties", {"mediation_parties": "Condomini scala B"}),
    ("beneficiary_ids", {"beneficiary_ids": ("missing",)}),
    ("apartment_id", {"apartment_id": "missing"}),
]


def test_invalid_event_names_field_and_writes_nothing(db, ctx, team):
    before = count(db, Change)
    for field, changes in BAD_EVENTS:
        with pytest.raises(ValidationError) as err:
            calendar.create_event(db, ctx, meeting(team, **changes))
        assert err.value.field == field, changes
        assert count(db, Change) == before, changes
    assert count(db, Event) == 0


def test_mediation_fields_and_occurrence_refusals(db, ctx, team):
    event = calendar.create_event(
        db,
        ctx,
        meeting(
            team,
            rrule=None,
            area="mediazione",
            mediation_parties="Famiglia Diallo e vicini del 3° piano",
            mediation_agreement="Orari di silenzio dopo le 22",
            follow_up_date=dt.date(2026, 11, 6),
        ),
    )
    assert event.mediation_agreement == "Orari di silenzio dopo le 22"
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        calendar.cancel_occurrence(db, ctx, event.id, local(2026, 10, 7, 18))
    assert err.value.field == "occurrence_start"
    assert count(db, Change) == before


def test_attendance_latest_mark_wins(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team))
    occ = local(2026, 11, 10, 18)
    attendance.mark_attendance(db, ctx, event.id, occ, team["ben1"], "assente")
    attendance.mark_attendance(db, ctx, event.id, occ, team["ben1"], "giustificato")
    attendance.mark_attendance(db, ctx, event.id, local(2026, 11, 17, 18), team["ben1"], "presente")
    history = attendance.attendance_for_beneficiary(db, team["ben1"])
    assert [(a.occurrence_start, a.status) for a in history] == [
        (occ, "giustificato"),
        (local(2026, 11, 17, 18), "presente"),
    ]
    assert count(db, AttendanceMark) == 3  # append-only: the correction is a new mark
    sheet = attendance.attendance_sheet(db, event.id, occ)
    assert sheet.place == "A-01 – Via Padova 1"
    assert [(r.full_name, r.status) for r in sheet.rows] == [
        ("Diallo Amina", "giustificato"),
        ("Văn An Nguyễn", None),
    ]


def test_attendance_on_moved_occurrence_uses_original_start(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team))
    calendar.move_occurrence(db, ctx, event.id, local(2026, 11, 3, 18), local(2026, 11, 4, 18))
    mark = attendance.mark_attendance(
        db, ctx, event.id, local(2026, 11, 3, 18), team["ben2"], "presente"
    )
    assert mark.occurrence_start == local(2026, 11, 3, 18)
    sheet = attendance.attendance_sheet(db, event.id, local(2026, 11, 3, 18))
    assert sheet.start == local(2026, 11, 4, 18)


BAD_MARKS = [
    ("beneficiary_id", (2026, 11, 10, 18), "outsider", "presente"),
    ("occurrence_start", (2026, 11, 11, 18), "ben1", "presente"),
    ("occurrence_start", (2026, 10, 27, 18), "ben1", "presente"),  # cancelled
    ("status", (2026, 12, 1, 18), "ben1", "presente"),  # in the future
    ("status", (2026, 11, 10, 18), "ben1", "forse"),
]


def test_attendance_refusals(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team, rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=10"))
    calendar.cancel_occurrence(db, ctx, event.id, local(2026, 10, 27, 18))
    outsider = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Ada", last_name="Neri")
    )
    team = {**team, "outsider": outsider.id}
    before = count(db, Change)
    for field, occurrence, who, status in BAD_MARKS:
        with pytest.raises(ValidationError) as err:
            attendance.mark_attendance(db, ctx, event.id, local(*occurrence), team[who], status)
        assert err.value.field == field, (occurrence, who, status)
        assert count(db, Change) == before


def test_justified_absence_can_be_marked_in_advance(db, ctx, team):
    event = calendar.create_event(db, ctx, meeting(team))
    mark = attendance.mark_attendance(
        db, ctx, event.id, local(2026, 11, 24, 18), team["ben2"], "giustificato"
    )
    assert mark.status == "giustificato" and mark.event_title == "Gruppo del martedì"


def test_fast_forward_expansion_matches_a_full_walk():
    """Long-running rules are expanded from a shifted start: same occurrences as dateutil's
    walk from the first one (including the spring DST gap)."""
    from rts_desktop.services.calendar.recurrence import Series

    for rule in ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=SU", "FREQ=DAILY;INTERVAL=3"):
        series = Series.compile(local(2019, 3, 4, 2, 30), local(2019, 3, 4, 4), rule)
        full_walk = replace(series, step_days=None)
        for year in (2019, 2023, 2026):
            start = local(year, 3, 20)
            window = (start, start + dt.timedelta(days=31))
            assert series.starts_between(*window) == full_walk.starts_between(*window)
            assert all(series.is_occurrence(s) for s in series.starts_between(*window))
