"""Calendar: individual appointments per case, group activities with attendance registers.

Appointments fall on working days between 9:00 and 17:00 (Europe/Rome, stored as UTC);
active cases also get appointments in the weeks after ``today``. Group activities are weekly
series (RRULE) with several beneficiaries and one attendance mark per person per past
occurrence (but the last one of the past week, still to record); a few occurrences are
cancelled through an exception. Each educator has appointments yesterday, today and tomorrow.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from rts_desktop.demo import texts
from rts_desktop.demo.cases import CaseSim
from rts_desktop.demo.common import (
    Firsts,
    IdMaker,
    Rows,
    days,
    instant,
    weekday_on_or_after,
    weighted,
)
from rts_desktop.demo.places import GROUP_PLACES, OFFICE, WORK_PLACES
from rts_desktop.demo.staff import StaffRoster

EVENT_COLS = (
    "id", "area", "title", "starts_at", "ends_at", "series_until", "all_day", "rrule",
    "apartment_id", "place", "case_id", "organizer_id", "notes", "cancelled",
    "mediation_parties", "mediation_agreement", "follow_up_date",
)  # fmt: skip
PARTICIPANT_COLS = ("id", "event_id", "beneficiary_id", "operator_id", "role")
ATTENDANCE_COLS = (
    "id", "event_id", "occurrence_start", "beneficiary_id", "status", "marked_at", "marked_by",
)  # fmt: skip
EXCEPTION_COLS = ("id", "event_id", "original_start", "cancelled", "new_start", "new_end")

AREAS = {
    "colloquio": 42, "visita_domiciliare": 30, "lavoro": 9, "educazione_abitare": 6,
    "educazione_finanziaria": 4, "altro": 6, "accompagnamento_uscita": 3,
}  # fmt: skip
DURATION = {"colloquio": 60, "visita_domiciliare": 90, "lavoro": 120, "verifica_pi": 90}
ATTENDANCE = {"presente": 76, "assente": 14, "giustificato": 10}
HORIZON = 42  # days of appointments already booked after today


class Agenda:
    def __init__(
        self,
        rng: random.Random,
        ids: IdMaker,
        rows: Rows,
        staff: StaffRoster,
        today: dt.date,
        rare: float = 1.0,
        firsts: Firsts | None = None,
    ) -> None:
        self.rng, self.ids, self.staff, self.today = rng, ids, staff, today
        self.rare = rare
        self.firsts = firsts or Firsts()
        self.events = rows.table("events", EVENT_COLS)
        self.participants = rows.table("participants", PARTICIPANT_COLS)
        self.attendance = rows.table("attendance", ATTENDANCE_COLS)
        self.exceptions = rows.table("event_exceptions", EXCEPTION_COLS)
        #: month index → (case, adult ids) active then, to fill group activities
        self.active: dict[int, list[tuple[CaseSim, list[str]]]] = defaultdict(list)

    @staticmethod
    def stay_window(case: CaseSim, today: dt.date) -> tuple[dt.date, dt.date] | None:
        if case.start is None:
            return None
        end = case.actual_end or min(case.planned_end, today + days(HORIZON))  # type: ignore[type-var]
        return case.start, end

    def case(self, case: CaseSim, per_month: float) -> None:
        """The appointments of one case: assessment interviews, then ``per_month`` in the stay."""
        rng, today = self.rng, self.today
        head = case.household.head
        name = f"{head.first} {head.last}"
        if case.assessed is not None:
            until = case.start or case.closed_on or today
            for _ in range(rng.randint(1, 2)):
                day = case.assessed + days(rng.randint(0, max(0, (until - case.assessed).days)))
                self._one(case, "colloquio", day, name, head.id, place=OFFICE)
        window = self.stay_window(case, today)
        if window is None:
            return
        a, b = window
        apartment = case.placements[0].apartment
        adults = [p.id for p in case.household.adults(a)]
        for month in range(_month(a), _month(min(b, today)) + 1):
            self.active[month].append((case, adults))
        span = (b - a).days + 1
        count = int(span / 30.44 * per_month + rng.random())
        areas, weights = list(AREAS), list(AREAS.values())
        for _ in range(count):
            area = rng.choices(areas, weights)[0]
            day = a + days(rng.randrange(span))
            if area == "accompagnamento_uscita":
                day = max(a, b - days(rng.randint(0, 90)))
            place, apt = OFFICE, None
            if area == "visita_domiciliare":
                place, apt = None, apartment.id
                case.visits.append(weekday_on_or_after(day))
            elif area == "lavoro":
                place = rng.choice(WORK_PLACES)
            self._one(case, area, day, name, head.id, place=place, apartment_id=apt)
        for day in case.reviews:
            self._one(case, "verifica_pi", day, name, head.id, place=OFFICE)
        mediation = rng.random() < min(0.4, 0.05 * self.rare)
        if span > 120 and (mediation or self.firsts("mediation")):
            day = a + days(rng.randint(30, span - 30))
            if day <= today:
                case.mediations.append(weekday_on_or_after(day))
                self._one(
                    case,
                    "mediazione",
                    day,
                    name,
                    head.id,
                    apartment_id=apartment.id,
                    mediation=True,
                )

    def _one(
        self,
        case: CaseSim,
        area: str,
        day: dt.date,
        name: str,
        person: str,
        *,
        place: str | None = None,
        apartment_id: str | None = None,
        mediation: bool = False,
    ) -> None:
        rng = self.rng
        day = weekday_on_or_after(day)
        minute = 540 + 30 * rng.randrange(16)
        starts = instant(day, minute)
        ends = instant(day, minute + DURATION.get(area, 60))
        organizer = case.educator_on(day)
        eid = self.ids.on(day - days(rng.randint(1, 20)))
        titles = texts.INDIVIDUAL_TITLES.get(area)
        title = rng.choice(titles).replace("{nome}", name) if titles else f"Incontro – {name}"
        cancelled = day < self.today and rng.random() < 0.03
        parties = agreement = follow = None
        if mediation:
            parties = f"{name}; coinquilini dell'alloggio; amministratore di condominio"
            agreement = rng.choice(texts.NOTE_PHRASES["mediazione"][2])
            follow = (day + days(14)).isoformat()
        self.events.append(
            (
                eid,
                area,
                title,
                starts,
                ends,
                ends,
                False,
                None,
                apartment_id,
                place,
                case.id,
                organizer,
                None,
                cancelled,
                parties,
                agreement,
                follow,
            )
        )
        self.participants.append((self.ids.on(day), eid, person, None, "ospite"))
        if case.second_educator and area == "visita_domiciliare":
            self.participants.append(
                (self.ids.on(day), eid, None, case.second_educator, "educatore")
            )

    def groups(self, first_day: dt.date, every_days: float) -> None:
        """Weekly group courses (one RRULE series each) started every ``every_days`` days."""
        rng, today = self.rng, self.today
        day = first_day + days(30)
        last = today + days(HORIZON)
        while day <= last:
            self._series(weekday_on_or_after(day))
            day += days(max(1, int(rng.expovariate(1 / every_days))))

    def _series(self, start: dt.date) -> None:
        rng, ids, today = self.rng, self.ids, self.today
        pool = self.active.get(_month(start)) or self.active.get(_month(start) - 1)
        if not pool:
            return
        area = rng.choice(list(texts.GROUP_TITLES))
        count = rng.randint(6, 10)
        minute = rng.choice([870, 1020])  # 14:30 or 17:00
        duration = 120
        last_day = start + days(7 * (count - 1))
        organizer = self.staff.educator(start).id
        eid = ids.on(start - days(rng.randint(7, 30)))
        self.events.append(
            (
                eid,
                area,
                texts.GROUP_TITLES[area],
                instant(start, minute),
                instant(start, minute + duration),
                instant(last_day, minute + duration),
                False,
                f"FREQ=WEEKLY;COUNT={count}",
                None,
                rng.choice(GROUP_PLACES),
                None,
                organizer,
                "Attività di gruppo aperta agli ospiti di tutti gli alloggi",
                False,
                None,
                None,
                None,
            )
        )
        people: dict[str, None] = {}
        for _ in range(rng.randint(4, 10)):
            _case, adults = pool[rng.randrange(len(pool))]
            if adults:
                people[rng.choice(adults)] = None
        for pid in people:
            self.participants.append((ids.on(start), eid, pid, None, "partecipante"))
        self.participants.append((ids.on(start), eid, None, organizer, "conduttore"))
        skipped = rng.randrange(count) if rng.random() < 0.12 else -1
        for n in range(count):
            occurrence = start + days(7 * n)
            begins = instant(occurrence, minute)
            if n == skipped:
                self.exceptions.append(
                    (ids.on(occurrence - days(3)), eid, begins, True, None, None)
                )
                continue
            if occurrence >= today:
                continue
            marked = instant(occurrence, minute + duration)
            for pid in people:
                self.attendance.append(
                    (
                        ids.on(occurrence, minute),
                        eid,
                        begins,
                        pid,
                        weighted(rng, ATTENDANCE),
                        marked,
                        organizer,
                    )
                )

    def around_today(self, cases: list[CaseSim], seed: int) -> None:
        """The days around ``today`` for the Oggi page: each educator in service sees one
        appointment of her cases today and one tomorrow, and one yesterday whose diary note
        is still to write; the last meeting of a group course in the past week has no
        register yet. Drawn from streams of their own, so the rest of the demo is unchanged."""
        today = self.today
        ids = IdMaker(seed, "around-today")
        by_educator: dict[str, list[CaseSim]] = defaultdict(list)
        for case in cases:
            housed = case.start is not None and case.start < today
            if housed and case.closed_on is None and case.actual_end is None and case.educators:
                by_educator[case.educator_on(today)].append(case)
        plan = (("colloquio", 0), ("visita_domiciliare", 1), ("colloquio", -1))
        for educator, mine in sorted(by_educator.items()):
            mine.sort(key=lambda c: c.id)
            for n, (area, offset) in enumerate(plan):
                day = today + days(offset)
                if day.weekday() >= 5:  # appointments fall on working days
                    continue
                case = mine[n % len(mine)]
                rng = random.Random(f"{seed}:around-today-{case.id}-{offset}")
                head = case.household.head
                name = f"{head.first} {head.last}"
                minute = 540 + 30 * rng.randrange(16)
                eid = ids.on(day - days(rng.randint(3, 14)))
                visit = area == "visita_domiciliare"
                title = rng.choice(texts.INDIVIDUAL_TITLES[area]).replace("{nome}", name)
                self.events.append(
                    (
                        eid, area, title, instant(day, minute),
                        instant(day, minute + DURATION[area]), instant(day, minute + DURATION[area]),
                        False, None, case.placements[-1].apartment.id if visit else None,
                        None if visit else OFFICE, case.id, educator, None, False, None, None, None,
                    )
                )  # fmt: skip
                self.participants.append((ids.on(day), eid, head.id, None, "ospite"))
        self._register_not_taken()

    def _register_not_taken(self) -> None:
        """Drop the marks of each group course's last meeting in the past week."""
        week_ago = instant(self.today - days(7), 0)
        last: dict[object, object] = {}
        for row in self.attendance:
            if row[2] >= week_ago and row[2] > last.get(row[1], ""):  # type: ignore[operator]
                last[row[1]] = row[2]
        self.attendance[:] = [r for r in self.attendance if last.get(r[1]) != r[2]]


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1
