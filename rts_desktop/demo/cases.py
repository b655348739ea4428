"""Cases and their lifecycle: referral, assessment, stay (with proroghe), suspension, exit.

Each case is simulated along its own timeline and cut at ``today``: what would happen later
is not written, so statuses, stays and extensions are what the service knows today.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from rts_desktop.demo import texts
from rts_desktop.demo.common import Firsts, IdMaker, Rows, add_months, days, weighted
from rts_desktop.demo.housing import ApartmentSim, Housing, RoomSim
from rts_desktop.demo.people import HouseholdSim, PeopleFactory
from rts_desktop.demo.places import REFERRAL_ETHOS, REFERRAL_SOURCES
from rts_desktop.demo.staff import StaffRoster

#: destination → the outcomes it is likely to come with (weights)
OUTCOMES_BY_DESTINATION: dict[str, dict[str, int]] = {
    "erp": {"raggiunta_autonomia": 9, "altro_esito": 1},
    "housing_sociale": {"raggiunta_autonomia": 9, "altro_esito": 1},
    "affitto_libero": {"raggiunta_autonomia": 1},
    "rientro_famiglia": {"raggiunta_autonomia": 6, "altro_esito": 4},
    "comunita": {"altro_esito": 6, "incompatibilita": 4},
    "dormitorio": {"abbandono": 4, "mancato_rispetto_patto": 3, "incompatibilita": 3},
    "strada": {"abbandono": 6, "mancato_rispetto_patto": 3, "rifiuto": 1},
    "istituto": {"altro_esito": 1},
    "decesso": {"altro_esito": 1},
    "ignota": {"abbandono": 7, "rifiuto": 3},
}


def exit_outcome(case_id: str, destination: str | None) -> str:
    """How the stay ended, drawn from its own generator (the main one keeps its course)."""
    choices = OUTCOMES_BY_DESTINATION.get(destination or "", {"altro_esito": 1})
    return weighted(random.Random(f"esito-{case_id}"), choices)


CASE_COLS = (
    "id", "code", "household_id", "status", "referral_date", "referral_source",
    "sst_municipio", "sst_social_worker", "sst_contact", "ethos_entry", "start_date",
    "exit_date", "exit_reason", "exit_destination", "exit_outcome", "follow_up_due",
    "follow_up_done",
    "follow_up_notes", "flags", "summary",
)  # fmt: skip
STATUS_COLS = ("id", "case_id", "from_status", "to_status", "date", "reason", "operator_id")
EDUCATOR_COLS = ("id", "case_id", "operator_id", "is_primary", "from_date", "to_date")
STAY_COLS = (
    "id", "case_id", "apartment_id", "room_id", "places", "start_date", "planned_end",
    "actual_end", "notes",
)  # fmt: skip
EXTENSION_COLS = ("id", "stay_id", "previous_end", "new_end", "reason", "decided_on")

NORMAL_EXIT = {
    "erp": 26, "housing_sociale": 20, "affitto_libero": 24, "rientro_famiglia": 12,
    "comunita": 6, "istituto": 2, "ignota": 8, "decesso": 2,
}  # fmt: skip
EARLY_EXIT = {
    "dormitorio": 25, "strada": 15, "ignota": 25, "rientro_famiglia": 15, "comunita": 15,
    "istituto": 5,
}  # fmt: skip

Changes = list[tuple[str | None, str, dt.date, str | None]]
Extension = tuple[dt.date, dt.date, str, dt.date]  # previous end, new end, reason, decided on


@dataclass(slots=True)
class StayPlan:
    planned_end: dt.date
    actual_end: dt.date | None  # None: still in the apartment today
    early: bool
    reserve_end: dt.date  # last day the beds are taken (as far as today knows)
    extensions: list[Extension]


@dataclass(slots=True)
class Placement:
    apartment: ApartmentSim
    room: RoomSim
    places: int
    stay_id: str = ""


@dataclass(slots=True)
class CaseSim:
    id: str
    code: str
    household: HouseholdSim
    referral: dt.date
    municipio: int
    social_worker: str
    status: str = "segnalato"
    assessed: dt.date | None = None
    start: dt.date | None = None
    planned_end: dt.date | None = None
    actual_end: dt.date | None = None
    exit_destination: str | None = None
    placements: list[Placement] = field(default_factory=list)
    extensions: list[Extension] = field(default_factory=list)
    suspensions: list[tuple[dt.date, dt.date | None]] = field(default_factory=list)
    educators: list[tuple[str, dt.date, dt.date | None]] = field(default_factory=list)
    second_educator: str | None = None
    closed_on: dt.date | None = None
    ethos: str = ""
    reviews: list[dt.date] = field(default_factory=list)  # plan reviews (filled by plans)
    visits: list[dt.date] = field(default_factory=list)  # home visits (filled by the agenda)
    mediations: list[dt.date] = field(default_factory=list)

    @property
    def last_day(self) -> dt.date | None:
        """The last day the household is in the apartment (planned when still there)."""
        return self.actual_end or self.planned_end

    def educator_on(self, day: dt.date) -> str:
        for op, a, b in self.educators:
            if a <= day and (b is None or day <= b):
                return op
        return self.educators[-1][0]


class CaseSimulator:
    """Runs one case after another, placing households with the housing calendar."""

    def __init__(
        self,
        rng: random.Random,
        ids: IdMaker,
        rows: Rows,
        housing: Housing,
        staff: StaffRoster,
        people: PeopleFactory,
        today: dt.date,
        *,
        deadline_bias: float = 0.0,
        suspension_rate: float = 0.08,
        rare: float = 1.0,
        firsts: Firsts | None = None,
    ) -> None:
        self.rng, self.ids, self.today = rng, ids, today
        self.housing, self.staff, self.people = housing, staff, people
        self.deadline_bias = deadline_bias
        self.suspension_rate = suspension_rate
        self.rare = rare
        self.firsts = firsts or Firsts()
        self.case_rows = rows.table("cases", CASE_COLS)
        self.status_rows = rows.table("case_status_changes", STATUS_COLS)
        self.educator_rows = rows.table("case_educators", EDUCATOR_COLS)
        self.stay_rows = rows.table("stays", STAY_COLS)
        self.extension_rows = rows.table("stay_extensions", EXTENSION_COLS)
        self.codes: dict[int, int] = {}
        self.cases: list[CaseSim] = []

    def run(self, household: HouseholdSim, referral: dt.date) -> CaseSim:
        rng = self.rng
        year = referral.year
        self.codes[year] = self.codes.get(year, 0) + 1
        municipio = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 1, 4, 6, 8])
        case = CaseSim(
            self.ids.on(referral, 540),
            f"RTS-{year}-{self.codes[year]:04d}",
            household,
            referral,
            municipio,
            rng.choice(self.staff.social_workers[municipio]),
        )
        case.ethos = weighted(rng, REFERRAL_ETHOS)
        changes: Changes = [(None, "segnalato", referral, "Segnalazione ricevuta")]
        self._timeline(case, changes)
        self._write(case, changes)
        self.cases.append(case)
        return case

    def _timeline(self, case: CaseSim, changes: Changes) -> None:
        rng, today = self.rng, self.today
        assessed = case.referral + days(rng.randint(3, 25))
        if assessed > today:
            return
        case.assessed = assessed
        case.status = "in_valutazione"
        changes.append(("segnalato", "in_valutazione", assessed, "Avvio della valutazione"))
        case.educators.append((self.staff.educator(assessed).id, assessed, None))
        if rng.random() < 0.08:
            self._close_unplaced(case, changes, assessed + days(rng.randint(15, 45)))
            return
        start = assessed + days(rng.randint(14, 60))
        size = sum(1 for p in case.household.members if p.to_date is None)
        for _ in range(8):
            if start > today:
                self._educator_turnover(case, assessed, today)
                return  # still waiting for a place
            plan = self._plan_stay(start)
            taken = self.housing.place(size, start, plan.reserve_end)
            if taken:
                break
            start += days(14)
        else:
            self._close_unplaced(case, changes, start)
            return
        case.start, case.status = start, "attivo"
        case.placements = [Placement(a, r, p) for a, r, p in taken]
        case.extensions = plan.extensions
        case.planned_end = plan.planned_end
        case.actual_end = plan.actual_end
        changes.append(("in_valutazione", "attivo", start, "Ingresso nell'alloggio"))
        finished = plan.actual_end is not None
        self._suspension(case, changes, start, plan.reserve_end)
        self._educator_turnover(case, start, plan.reserve_end if finished else today)
        self._household_changes(case, start, plan.reserve_end)
        if plan.actual_end is not None:
            self._conclude(case, changes, plan.actual_end, early=plan.early)

    def _plan_stay(self, start: dt.date) -> StayPlan:
        """Planned end, proroghe and actual end of a stay starting on ``start``, cut at today."""
        rng, today = self.rng, self.today
        months = int(weighted(rng, {"12": 60, "18": 25, "6": 15}))
        ends = [add_months(start, months) - days(1)]
        for _ in range(2):
            if rng.random() < (0.45 if len(ends) == 1 else 0.3):
                ends.append(add_months(ends[-1], rng.choice([3, 6])))
        decided = [e - days(rng.randint(15, 40)) for e in ends[:-1]]
        early = rng.random() < 0.25
        actual = ends[-1]
        if early:
            span = (ends[-1] - start).days
            actual = start + days(rng.randint(min(60, span), max(60, int(span * 0.95))))
        chain = [
            (ends[i], ends[i + 1], rng.choice(texts.EXTENSION_REASONS), decided[i])
            for i in range(len(decided))
        ]
        if actual <= today:
            # a proroga was needed each time the planned end came before the actual exit
            kept = [x for x in chain if x[0] < actual]
            planned = kept[-1][1] if kept else ends[0]
            return StayPlan(planned, actual, early, actual, kept)
        kept = [x for x in chain if x[3] <= today]
        planned = kept[-1][1] if kept else ends[0]
        if rng.random() < self.deadline_bias:
            # small demo: some stays end within the next four weeks (the "Scadenze" panel)
            soon = today + days(rng.randint(5, 28))
            if soon > start and (not kept or soon > kept[-1][0]):
                planned = soon
                if kept:
                    kept[-1] = (kept[-1][0], soon, kept[-1][2], kept[-1][3])
        return StayPlan(planned, None, early, planned, kept)

    def _suspension(self, case: CaseSim, changes: Changes, start: dt.date, last: dt.date) -> None:
        """Now and then a suspension (hospital, detention...): past, or still going on today."""
        rng, today = self.rng, self.today
        reason = rng.choice(texts.SUSPENSIONS)
        stayed = (today - start).days
        now = rng.random() < 0.6 * self.suspension_rate
        if case.actual_end is None and stayed > 60 and (now or self.firsts("suspended")):
            s = today - days(rng.randint(3, min(40, stayed - 30)))
            changes.append(("attivo", "sospeso", s, reason))
            case.status = "sospeso"
            case.suspensions.append((s, None))
            return
        span = (last - start).days
        if span < 150 or rng.random() > self.suspension_rate:
            return
        s = start + days(rng.randint(30, span - 90))
        e = s + days(rng.randint(14, 60))
        if s > today:
            return
        changes.append(("attivo", "sospeso", s, reason))
        if e > today:
            case.status = "sospeso"
            case.suspensions.append((s, None))
            return
        changes.append(("sospeso", "attivo", e, "Ripresa del percorso"))
        case.suspensions.append((s, e))

    def _educator_turnover(self, case: CaseSim, start: dt.date, until: dt.date) -> None:
        rng = self.rng
        op, since, _ = case.educators[0]
        staff = {s.id: s for s in self.staff.educators}
        day = since
        while True:
            leaves = staff[op].end
            change = leaves if leaves is not None and leaves <= until else None
            if change is None and rng.random() < 0.12 and (until - start).days > 200:
                change = start + days(rng.randint(90, (until - start).days - 30))
                if change <= day:
                    change = None
            if change is None:
                break
            case.educators[-1] = (op, case.educators[-1][1], change - days(1))
            op = self.staff.educator(change, avoid=op).id
            case.educators.append((op, change, None))
            day = change
            if len(case.educators) > 4:
                break
        if rng.random() < 0.15:
            # visits in pairs: a colleague who stays in service for the whole case
            first = case.educators[0][0]
            colleagues = [
                s
                for s in self.staff.educators
                if s.serves(start) and (s.end is None or s.end > until) and s.id != first
            ]
            if colleagues:
                case.second_educator = rng.choice(colleagues).id

    def _household_changes(self, case: CaseSim, start: dt.date, last: dt.date) -> None:
        """A partner leaving, a baby born during the stay (membership is dated)."""
        rng, hh = self.rng, case.household
        span = (min(last, self.today) - start).days
        leaves = rng.random() < min(0.5, 0.06 * self.rare)
        if hh.kind.startswith("couple") and span > 200 and (leaves or self.firsts("leaves")):
            partner = hh.members[1]
            partner.to_date = start + days(rng.randint(60, span - 30))
        mothers = [
            p for p in hh.members if p.sex == "F" and 18 * 365 < (start - p.birth).days < 42 * 365
        ]
        born = rng.random() < min(0.5, 0.15 * self.rare)
        if hh.kind != "single" and mothers and span > 200 and (born or self.firsts("birth")):
            self.people.add_baby(hh, start + days(rng.randint(40, span - 20)))

    def _close_unplaced(self, case: CaseSim, changes: Changes, when: dt.date) -> None:
        assessed = case.assessed or case.referral
        if when > self.today:
            self._educator_turnover(case, assessed, self.today)
            return
        self._educator_turnover(case, assessed, when)
        dest, reason = self.rng.choice(texts.NOT_ADMITTED)
        changes.append(("in_valutazione", "concluso", when, reason))
        case.status, case.closed_on, case.exit_destination = "concluso", when, dest
        case.educators[-1] = (case.educators[-1][0], case.educators[-1][1], when)

    def _conclude(self, case: CaseSim, changes: Changes, when: dt.date, early: bool) -> None:
        dest = weighted(self.rng, EARLY_EXIT if early else NORMAL_EXIT)
        changes.append(("attivo", "concluso", when, texts.EXIT_REASONS[dest]))
        case.status, case.closed_on, case.exit_destination = "concluso", when, dest
        case.educators[-1] = (case.educators[-1][0], case.educators[-1][1], when)

    def _write(self, case: CaseSim, changes: Changes) -> None:
        rng, ids, today = self.rng, self.ids, self.today
        for frm, to, when, reason in changes:
            op = self.staff.coordinator(when).id
            self.status_rows.append(
                (ids.on(when, 560), case.id, frm, to, when.isoformat(), reason, op)
            )
        for op, a, b in case.educators:
            self.educator_rows.append(
                (ids.on(a, 570), case.id, op, True, a.isoformat(), b.isoformat() if b else None)
            )
        flags = []
        if case.second_educator and case.start:
            end = case.closed_on.isoformat() if case.closed_on else None
            self.educator_rows.append(
                (
                    ids.on(case.start, 571),
                    case.id,
                    case.second_educator,
                    False,
                    case.start.isoformat(),
                    end,
                )
            )
            flags.append("visite_in_coppia")
        hh = case.household
        if any((case.referral - p.birth).days < 18 * 365 for p in hh.members):
            flags.append("minori")
        if hh.head.nationality not in ("IT", "RO", "PE") and rng.random() < 0.4:
            flags.append("interprete")
        dest = case.exit_destination
        closed = case.closed_on
        due = done = notes = None
        if closed and case.start:
            due = add_months(closed, 6)
            if due <= today and rng.random() < 0.8:
                done = min(due + days(rng.randint(0, 30)), today)
                notes = rng.choice(texts.FOLLOW_UPS)
        reason = None
        if closed:
            reason = texts.EXIT_REASONS[dest] if case.start else changes[-1][3]  # type: ignore[index]
        source = weighted(rng, REFERRAL_SOURCES)
        if source == "SST Municipio":
            source = f"SST Municipio {case.municipio}"
        contact = f"tel. 02 884 {rng.randint(60000, 69999)}"
        self.case_rows.append(
            (
                case.id,
                case.code,
                hh.id,
                case.status,
                case.referral.isoformat(),
                source,
                case.municipio,
                case.social_worker,
                contact,
                case.ethos,
                case.start.isoformat() if case.start else None,
                closed.isoformat() if closed else None,
                reason,
                dest,
                exit_outcome(case.id, dest) if closed and case.start else None,
                due.isoformat() if due else None,
                done.isoformat() if done else None,
                notes,
                ",".join(sorted(flags)),
                rng.choice(texts.SUMMARIES),
            )
        )
        if not case.start:
            return
        for placement in case.placements:
            placement.stay_id = sid = ids.on(case.start, 580)
            self.stay_rows.append(
                (
                    sid,
                    case.id,
                    placement.apartment.id,
                    placement.room.id,
                    placement.places,
                    case.start.isoformat(),
                    case.planned_end.isoformat(),  # type: ignore[union-attr]
                    case.actual_end.isoformat() if case.actual_end else None,
                    None,
                )
            )
            for prev, new, why, decided in case.extensions:
                self.extension_rows.append(
                    (
                        ids.on(decided, 590),
                        sid,
                        prev.isoformat(),
                        new.isoformat(),
                        why,
                        decided.isoformat(),
                    )
                )
