"""Export calendar events as an iCalendar file (RFC 5545) for Outlook and phones.

The file leaves the protected database, so it carries as little as possible: SUMMARY is the
activity area plus the case code (or the beneficiaries' initials), LOCATION an apartment code
or a free-text place that names nobody taking part; never notes, mediation texts, health or
judicial data, never a beneficiary's full name. Every VEVENT is CLASS:CONFIDENTIAL.

Recurring events keep their RRULE; cancelled occurrences become EXDATE, moved ones a VEVENT
with the same UID and RECURRENCE-ID. Times carry TZID=Europe/Rome with its VTIMEZONE.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard, vRecur
from icalendar import Event as IcsEvent
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from rts_desktop.db import Database
from rts_desktop.db.visibility import visible_people_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Apartment, Beneficiary, Case, Event
from rts_desktop.models.vocab import label
from rts_desktop.services.calendar.event_records import event_exceptions, event_people
from rts_desktop.services.calendar.queries import EventFilter, occurrences
from rts_desktop.services.calendar.recurrence import ROME, from_local
from rts_desktop.services.calendar.view import find_apartment, find_operator

PRODID = "-//Comune di Milano//RTS Desktop//IT"
UID_DOMAIN = "rts-desktop"


def rome_vtimezone() -> Timezone:
    """Europe/Rome as the two yearly EU rules (last Sunday of March / October).

    Outlook and most readers expect this RRULE form; a list of dated transitions (what
    ``Calendar.add_missing_timezones`` writes) is misread by some and stops at 2038.
    """
    vtimezone = Timezone()
    vtimezone.add("tzid", ROME.key)
    for part, (start, month, before, after, name) in (
        (TimezoneDaylight(), (dt.datetime(1970, 3, 29, 2), 3, 1, 2, "CEST")),
        (TimezoneStandard(), (dt.datetime(1970, 10, 25, 3), 10, 2, 1, "CET")),
    ):
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", dt.timedelta(hours=before))
        part.add("tzoffsetto", dt.timedelta(hours=after))
        part.add("tzname", name)
        vtimezone.add_component(part)
    return vtimezone


def initials(first: str, last: str) -> str:
    """ "Mădălina Ștefan" -> "M.Ș." (first letters only, as the export allows)."""
    return "".join(f"{p[0].upper()}." for p in (first.strip(), last.strip()) if p)


def _local(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(ROME)


def _safe_place(place: str | None, names: list[tuple[str, str]]) -> str | None:
    """A free-text place, unless it mentions a participant's first or last name."""
    if not place:
        return None
    lowered = place.lower()
    for first, last in names:
        for word in (first, last):
            if len(word) > 2 and word.lower() in lowered:
                return None
    return place


def _summary(area: str, case_code: str | None, people: list[tuple[str, str]]) -> str:
    who = case_code or ", ".join(initials(f, last) for f, last in people)
    return f"{label(area)} – {who}" if who else label(area)


def _fill_times(vevent: IcsEvent, event: Event, start: dt.datetime, end: dt.datetime) -> None:
    if event.all_day:
        vevent.add("dtstart", _local(start).date())
        vevent.add("dtend", _local(end).date())
    else:
        vevent.add("dtstart", _local(start))
        vevent.add("dtend", _local(end))


def _vevents(
    event: Event,
    summary: str,
    location: str | None,
    stamp: dt.datetime,
    exceptions: list,  # EventException rows
) -> list[IcsEvent]:
    uid = f"{event.id}@{UID_DOMAIN}"

    def base(start: dt.datetime, end: dt.datetime) -> IcsEvent:
        vevent = IcsEvent()
        vevent.add("uid", uid)
        vevent.add("dtstamp", stamp)
        vevent.add("summary", summary)
        vevent.add("class", "CONFIDENTIAL")
        vevent.add("categories", [label(event.area)])
        if location:
            vevent.add("location", location)
        _fill_times(vevent, event, start, end)
        return vevent

    main = base(event.starts_at, event.ends_at)
    found = [main]
    if not event.rrule:
        return found
    main.add("rrule", vRecur.from_ical(event.rrule))
    cancelled = [e.original_start for e in exceptions if e.cancelled]
    if cancelled:
        if event.all_day:
            main.add("exdate", [_local(c).date() for c in cancelled])
        else:
            main.add("exdate", [_local(c) for c in cancelled])
    for exc in exceptions:
        if exc.cancelled or exc.new_start is None:
            continue
        new_end = exc.new_end or exc.new_start + (event.ends_at - event.starts_at)
        moved = base(exc.new_start, new_end)
        original = _local(exc.original_start)
        moved.add("recurrence-id", original.date() if event.all_day else original)
        found.append(moved)
    return found


def build_calendar(
    db: Database,
    start: dt.datetime,
    end: dt.datetime,
    *,
    educator_id: str | None = None,
    apartment_id: str | None = None,
    now: dt.datetime | None = None,
    ctx: ActingContext | None = None,
) -> Calendar:
    """A calendar of every event with an occurrence in [start, end) (whole series kept)."""
    found = occurrences(db, start, end, EventFilter(educator_id, apartment_id, viewer=ctx))
    event_ids = sorted({o.event_id for o in found})
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "RTS – Calendario")
    cal.add_component(rome_vtimezone())
    with db.session(write=False) as s:
        events = list(
            s.scalars(
                select(Event)
                .where(Event.id.in_(event_ids))
                .options(selectinload(Event.participants))
                .order_by(Event.starts_at)
            )
        )
        exceptions = event_exceptions(s, [e.id for e in events])
        ben_ids = {b for e in events for b in event_people(e)[0]}
        seen = visible_people_ids(ctx, Beneficiary.id)  # a group activity: only hers
        people = {
            i: (first, last)
            for i, first, last in s.execute(
                select(Beneficiary.id, Beneficiary.first_name, Beneficiary.last_name).where(
                    Beneficiary.id.in_(ben_ids), *([] if seen is None else [seen])
                )
            )
        }
        cases = dict(
            s.execute(
                select(Case.id, Case.code).where(Case.id.in_({e.case_id for e in events}))
            ).all()
        )
        apartments = dict(
            s.execute(
                select(Apartment.id, Apartment.code).where(
                    Apartment.id.in_({e.apartment_id for e in events})
                )
            ).all()
        )
        for event in events:
            names = [people[b] for b in event_people(event)[0] if b in people]
            summary = _summary(event.area, cases.get(event.case_id or ""), names)
            location = apartments.get(event.apartment_id or "") or _safe_place(event.place, names)
            for vevent in _vevents(event, summary, location, stamp, exceptions[event.id]):
                cal.add_component(vevent)
    return cal


EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2100, 12, 31)
MAX_YEARS = 10


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return dt.date(day.year + years, 3, 1)


def day_window(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Whole local days ``first``..``last`` as a UTC window [start, end).

    Both days must lie in 2000-2100 and the range span at most ten years, so that a typo
    (0001-01-01, 9999-12-31) is refused in one line instead of overflowing or running for ages.
    """
    if not EARLIEST <= first <= LATEST:
        raise ValidationError(
            "from", N_("La data iniziale deve essere compresa tra il 01/01/2000 e il 31/12/2100.")
        )
    if not EARLIEST <= last <= LATEST:
        raise ValidationError(
            "to", N_("La data finale deve essere compresa tra il 01/01/2000 e il 31/12/2100.")
        )
    if last < first:
        raise ValidationError("to", N_("La data finale precede quella iniziale."))
    if last >= _years_later(first, MAX_YEARS):
        raise ValidationError("to", N_("Il periodo da esportare non può superare i 10 anni."))
    start = from_local(dt.datetime.combine(first, dt.time(0)))
    return start, from_local(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0)))


def export_ics(
    db: Database,
    first: dt.date,
    last: dt.date,
    *,
    educator: str | None = None,
    apartment_code: str | None = None,
    now: dt.datetime | None = None,
    ctx: ActingContext | None = None,
) -> tuple[bytes, int]:
    """The .ics bytes for days ``first``..``last`` and the number of VEVENTs in it.

    ``educator`` is an operator's username or full name; ``apartment_code`` an apartment code.
    """
    start, end = day_window(first, last)
    educator_id = find_operator(db, educator).id if educator else None
    apartment_id = find_apartment(db, apartment_code).id if apartment_code else None
    cal = build_calendar(
        db, start, end, educator_id=educator_id, apartment_id=apartment_id, now=now, ctx=ctx
    )
    return cal.to_ical(), len(cal.walk("VEVENT"))
