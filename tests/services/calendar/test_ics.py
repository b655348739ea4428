"""The .ics export: valid RFC 5545 that parses back, recurrence and exceptions preserved,
confidential, and nothing that identifies a beneficiary beyond case codes or initials."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject
from dateutil.rrule import rrulestr
from icalendar import Calendar

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar.ics_export import export_ics, initials
from tests.services.calendar.test_calendar import ROME, local, meeting, team  # noqa: F401 - fixture

NOW = dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_recurring_group_round_trips_with_exceptions(db, ctx, team):  # noqa: F811
    event = calendar.create_event(
        db,
        ctx,
        meeting(
            team,
            notes="Amina racconta della terapia in corso",
            area="mediazione",
            mediation_parties="vicini del terzo piano",
            mediation_agreement="turni per la lavatrice",
        ),
    )
    calendar.cancel_occurrence(db, ctx, event.id, local(2026, 10, 20, 18))
    calendar.move_occurrence(db, ctx, event.id, local(2026, 11, 3, 18), local(2026, 11, 4, 17))
    data, count = export_ics(db, dt.date(2026, 10, 1), dt.date(2026, 11, 30), now=NOW)
    text = data.decode()
    cal = parse(data)
    vevents = cal.walk("VEVENT")
    assert count == len(vevents) == 2
    main, moved = vevents
    assert str(main["uid"]) == str(moved["uid"]) == f"{event.id}@rts-desktop"
    assert main["dtstart"].dt == local(2026, 10, 6, 18)
    assert main["dtstart"].params["TZID"] == "Europe/Rome"
    rule_text = main["rrule"].to_ical().decode()
    assert sorted(rule_text.split(";")) == ["BYDAY=TU", "FREQ=WEEKLY", "UNTIL=20261130T225959Z"]
    assert [d.dt for d in main["exdate"].dts] == [local(2026, 10, 20, 18)]
    assert moved["recurrence-id"].dt == local(2026, 11, 3, 18)
    assert moved["dtstart"].dt == local(2026, 11, 4, 17)
    assert moved["dtend"].dt == local(2026, 11, 4, 18, 30)
    # the expanded series equals the app's occurrences (DST change on 25 October included)
    rule = rrulestr(rule_text, dtstart=main["dtstart"].dt)
    excluded = {d.dt for d in main["exdate"].dts} | {moved["recurrence-id"].dt}
    starts = [s for s in rule if s not in excluded] + [moved["dtstart"].dt]
    assert [s.astimezone(ROME).strftime("%d/%m %H:%M") for s in starts] == [
        "06/10 18:00", "13/10 18:00", "27/10 18:00", "10/11 18:00", "17/11 18:00",
        "24/11 18:00", "04/11 17:00",
    ]  # fmt: skip
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Europe/Rome"
    assert all(str(v["class"]) == "CONFIDENTIAL" for v in vevents)
    assert str(main["summary"]) == "Mediazione – A.D., N.V."
    assert str(main["location"]) == "A-01"
    for secret in ("Amina", "Diallo", "Văn An", "terapia", "lavatrice", "vicini"):
        assert secret not in text
    assert "DESCRIPTION" not in text


def test_case_code_and_place_naming_someone(db, ctx, team):  # noqa: F811
    from tests.services.cases.test_people_cases import make_case

    case = make_case(db, ctx)
    calendar.create_event(
        db,
        ctx,
        meeting(
            team, rrule=None, case_id=case.id, apartment_id=None, place="Casa di Amina",
            beneficiary_ids=(team["ben1"],), area="colloquio",
        ),
    )  # fmt: skip
    data, _ = export_ics(db, dt.date(2026, 10, 6), dt.date(2026, 10, 6), now=NOW)
    vevent = parse(data).walk("VEVENT")[0]
    assert str(vevent["summary"]) == f"Colloquio – {case.code}"
    assert "location" not in vevent and b"Amina" not in data


def test_filters_by_educator_and_apartment(db, ctx, team):  # noqa: F811
    calendar.create_event(db, ctx, meeting(team, rrule=None))
    calendar.create_event(
        db, ctx, meeting(team, rrule=None, organizer_id=team["luca"], apartment_id=None)
    )
    first = dt.date(2026, 10, 6)
    assert export_ics(db, first, first, educator="ANNA", now=NOW)[1] == 1
    assert export_ics(db, first, first, educator="Luca Verdi", now=NOW)[1] == 1
    assert export_ics(db, first, first, apartment_code="a-01", now=NOW)[1] == 1
    assert export_ics(db, first, first, now=NOW)[1] == 2
    assert export_ics(db, first + dt.timedelta(days=1), first + dt.timedelta(days=2))[1] == 0


def test_all_day_event_uses_dates(db, ctx, team):  # noqa: F811
    calendar.create_event(
        db, ctx, meeting(team, rrule=None, all_day=True, ends_at=local(2026, 10, 6, 23))
    )
    vevent = parse(export_ics(db, dt.date(2026, 10, 6), dt.date(2026, 10, 6), now=NOW)[0]).walk(
        "VEVENT"
    )[0]
    assert vevent["dtstart"].dt == dt.date(2026, 10, 6)
    assert vevent["dtend"].dt == dt.date(2026, 10, 7)


def test_vtimezone_has_yearly_rules_an_independent_reader_understands(db, ctx, team):  # noqa: F811
    """Outlook and vobject expect Europe/Rome as two RRULE-based rules, not dated lists."""
    for day in (local(2026, 7, 14, 10), local(2027, 1, 12, 10), local(2045, 7, 11, 10)):
        calendar.create_event(
            db, ctx, meeting(team, rrule=None, starts_at=day, ends_at=day + dt.timedelta(hours=1))
        )
    calendar.create_event(db, ctx, meeting(team))  # weekly across the 25 October change
    data, count = export_ics(db, dt.date(2026, 7, 1), dt.date(2036, 6, 30), now=NOW)
    assert count == 3  # 2045 is outside the window
    data += export_ics(db, dt.date(2045, 7, 1), dt.date(2045, 7, 31), now=NOW)[0]
    first, later = (vobject.readOne(part) for part in split_calendars(data.decode()))

    (vtimezone,) = first.contents["vtimezone"]
    assert vtimezone.tzid.value == "Europe/Rome"

    def rule(c) -> tuple:
        value = {k: c.contents[k][0].value for k in c.contents}
        parts = frozenset(value.get("rrule", "").split(";"))  # any order of RRULE parts
        return value["dtstart"], parts, value["tzoffsetfrom"], value["tzoffsetto"], value["tzname"]

    rules = {c.name: rule(c) for c in vtimezone.getChildren() if c.name in ("STANDARD", "DAYLIGHT")}
    assert rules == {
        "DAYLIGHT": (dt.datetime(1970, 3, 29, 2), {"FREQ=YEARLY", "BYMONTH=3", "BYDAY=-1SU"},
                     "+0100", "+0200", "CEST"),
        "STANDARD": (dt.datetime(1970, 10, 25, 3), {"FREQ=YEARLY", "BYMONTH=10", "BYDAY=-1SU"},
                     "+0200", "+0100", "CET"),
    }  # fmt: skip
    assert len(vtimezone.contents["standard"]) == len(vtimezone.contents["daylight"]) == 1
    assert "rdate" not in vtimezone.contents["standard"][0].contents

    def offsets(cal) -> dict[str, dt.timedelta]:
        return {
            v.dtstart.value.strftime("%Y-%m-%d %H:%M"): v.dtstart.value.utcoffset()
            for v in cal.vevent_list
        }

    assert offsets(first) == {
        "2026-07-14 10:00": dt.timedelta(hours=2),  # summer: UTC+02:00
        "2026-10-06 18:00": dt.timedelta(hours=2),
        "2027-01-12 10:00": dt.timedelta(hours=1),  # winter: UTC+01:00
    }
    assert offsets(later) == {"2045-07-11 10:00": dt.timedelta(hours=2)}  # past 2038 too
    weekly = next(v for v in first.vevent_list if "rrule" in v.contents)
    starts = list(weekly.getrruleset())
    assert [(s.day, s.utcoffset()) for s in starts[2:5]] == [
        (20, dt.timedelta(hours=2)), (27, dt.timedelta(hours=1)), (3, dt.timedelta(hours=1))
    ]  # fmt: skip
    assert {s.strftime("%H:%M") for s in starts} == {"18:00"}


def split_calendars(text: str) -> list[str]:
    """Two concatenated VCALENDAR texts, one each."""
    end = "END:VCALENDAR\r\n"
    return [part + end for part in text.split(end) if part.strip()]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"educator": "nessuno"}, "educator"),
        ({"apartment_code": "Z-99"}, "apartment"),
        ({"last": dt.date(2026, 9, 1)}, "to"),
        ({"first": dt.date(1, 1, 1)}, "from"),
        ({"first": dt.date(1999, 12, 31)}, "from"),
        ({"last": dt.date(9999, 12, 31)}, "to"),
        ({"last": dt.date(2101, 1, 1)}, "to"),
        ({"first": dt.date(2000, 1, 1), "last": dt.date(2100, 12, 31)}, "to"),
        ({"last": dt.date(2036, 10, 1)}, "to"),  # ten years and a day
        ({"first": dt.date(2028, 2, 29), "last": dt.date(2038, 3, 1)}, "to"),
    ],
)
def test_bad_filters_are_refused(db, ctx, team, kwargs, field):  # noqa: F811
    args = {"first": dt.date(2026, 10, 1), "last": dt.date(2026, 10, 31)} | kwargs
    with pytest.raises(ValidationError) as err:
        export_ics(db, args.pop("first"), args.pop("last"), **args)
    assert err.value.field == field


def test_date_limits_are_inclusive(db, ctx, team):  # noqa: F811
    for first, last in [
        (dt.date(2000, 1, 1), dt.date(2000, 1, 1)),
        (dt.date(2100, 12, 31), dt.date(2100, 12, 31)),
        (dt.date(2026, 10, 1), dt.date(2036, 9, 30)),  # ten years
        (dt.date(2028, 2, 29), dt.date(2038, 2, 28)),
    ]:
        assert export_ics(db, first, last, now=NOW)[1] == 0


def test_initials_and_atomic_write(tmp_path):
    assert initials("Mădălina", "Ștefan") == "M.Ș."
    target = tmp_path / "w.ics"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["w.ics"]
    with pytest.raises(ValidationError):
        write_atomically(tmp_path / "missing" / "w.ics", b"x")
