"""One simulated history of the service, from a seed and ``today``, as rows per table.

Everything is drawn from generators seeded with ``seed`` (and Faker seeded the same way), in
a fixed order, so the same seed and ``today`` give the same rows, ids included. Households
are referred one after another in date order; each case is simulated to ``today`` with the
housing calendar, then plans, calendar, diary, money and upkeep are derived from it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from rts_desktop.demo.agenda import Agenda
from rts_desktop.demo.cases import CaseSim, CaseSimulator
from rts_desktop.demo.common import Firsts, IdMaker, Rows, add_months, days, weighted
from rts_desktop.demo.housing import Housing
from rts_desktop.demo.names import build_pools
from rts_desktop.demo.people import PeopleFactory
from rts_desktop.demo.plans import PlanWriter
from rts_desktop.demo.records import Records
from rts_desktop.demo.staff import StaffRoster
from rts_desktop.demo.upkeep import Upkeep

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Config:
    today: dt.date
    years: int
    beneficiaries: int
    apartments: int
    educators: int
    coordinators: int
    #: household size → weight
    sizes: dict[int, float]
    #: total cases wanted (re-referrals of former households fill the gap); None: one each
    cases: int | None = None
    #: targets for the calendar and the diary (None: a typical rate per month of stay)
    events: int | None = None
    notes: int | None = None
    group_every_days: float = 21.0
    #: share of open stays / plans / permits given a deadline in the next four weeks
    deadline_bias: float = 0.0
    #: extra households referred in the last weeks (so "segnalato" and "in valutazione" show)
    recent: int = 0
    #: > 1 puts more referrals early in the history (more closed cases in a short history)
    referral_skew: float = 1.0
    suspension_rate: float = 0.08
    #: multiplies how often rare things happen (births, mediations, warnings...)
    rare: float = 1.0
    #: make sure each rare kind of record appears at least once (small demo)
    every_kind: bool = False
    audit_share: float = 1.0
    turnover: bool = False
    #: the device written in audit entries
    device_id: str = ""


@dataclass
class World:
    rows: Rows
    counters: dict[str, int]
    files: dict[str, bytes] = field(default_factory=dict)


def build_world(cfg: Config, seed: int, progress: Progress | None = None) -> World:
    say = progress or (lambda _msg: None)
    today = cfg.today
    first_day = add_months(today, -12 * cfg.years)
    rng = random.Random(f"{seed}:world")
    ids = IdMaker(seed)
    rows = Rows()
    firsts = Firsts(cfg.every_kind)
    say("Operatori e alloggi…")
    staff = StaffRoster(
        rng, ids, rows, seed, first_day, today, cfg.educators, cfg.coordinators, cfg.turnover
    )
    housing = Housing(rng, ids, rows, cfg.apartments, first_day, today)
    people = PeopleFactory(rng, ids, build_pools(seed), rows)
    sim = CaseSimulator(
        rng,
        ids,
        rows,
        housing,
        staff,
        people,
        today,
        deadline_bias=cfg.deadline_bias,
        suspension_rate=cfg.suspension_rate,
        rare=cfg.rare,
        firsts=firsts,
    )

    say("Nuclei, casi e inserimenti…")
    referrals: list[tuple[dt.date, int]] = []
    total, span = 0, (today - first_day).days - 3
    while total < cfg.beneficiaries:
        size = int(weighted(rng, {str(k): v for k, v in cfg.sizes.items()}))
        referrals.append((first_day + days(int(span * rng.random() ** cfg.referral_skew)), size))
        total += size
    for n in range(cfg.recent):
        ago = rng.randint(1, 10) if n < 2 else rng.randint(11, 50)
        referrals.append((today - days(ago), int(weighted(rng, {"1": 2, "2": 1}))))
    referrals.sort()
    for referral, size in referrals:
        sim.run(people.household(referral, size), referral)
    _re_referrals(rng, sim, cfg, today)

    say("Progetti, valutazioni, quote e manutenzioni…")
    plans = PlanWriter(rng, ids, rows, today, cfg.deadline_bias)
    upkeep = Upkeep(rng, ids, rows, today, cfg.rare, firsts)
    cases = sim.cases
    for case in cases:
        plans.case(case)
        upkeep.case(case)
    upkeep.apartments(housing, staff, first_day)

    say("Calendario e presenze…")
    agenda = Agenda(rng, ids, rows, staff, today, cfg.rare, firsts)
    months = sum(_stay_months(c, today) for c in cases) or 1.0
    per_month = 4.0
    if cfg.events:
        fixed = sum(1.5 + len(c.reviews) for c in cases if c.assessed)
        per_month = max(0.5, (cfg.events - fixed) / months)
    for case in cases:
        agenda.case(case, per_month)
    agenda.groups(first_day, cfg.group_every_days)
    agenda.around_today(cases, seed)

    say("Diario, schede FSE e documenti…")
    records = Records(rng, ids, rows, today, cfg.device_id)
    notes_rate = 1.5
    if cfg.notes:
        fixed = sum(
            1
            + len(c.reviews)
            + 0.6 * len(c.visits)
            + len(c.mediations)
            + (c.actual_end is not None)
            for c in cases
            if c.assessed
        )
        notes_rate = max(0.1, (cfg.notes - fixed) / months)
    for case in cases:
        records.case(case, notes_rate)
        _permits(rng, people, records, case, today, cfg.deadline_bias)
        if rng.random() < cfg.audit_share:
            records.audit_case(case, staff.coordinator(min(case.referral, today)).id)

    housing.write_status_history()
    counters = people.finish()
    counters.update({f"RTS-{year}": n for year, n in sorted(sim.codes.items())})
    return World(rows, counters, records.files)


def _stay_months(case: CaseSim, today: dt.date) -> float:
    window = Agenda.stay_window(case, today)
    return 0.0 if window is None else ((window[1] - window[0]).days + 1) / 30.44


def _re_referrals(rng: random.Random, sim: CaseSimulator, cfg: Config, today: dt.date) -> None:
    """Former households referred again, until the wanted number of cases is reached."""
    if cfg.cases is None:
        return
    last_case: dict[str, CaseSim] = {c.household.id: c for c in sim.cases}
    done = [
        c
        for c in last_case.values()
        if c.closed_on is not None and c.start is not None and c.closed_on < today - days(400)
    ]
    rng.shuffle(done)
    for case in done[: max(0, cfg.cases - len(sim.cases))]:
        closed = case.closed_on
        assert closed is not None
        referral = closed + days(rng.randint(180, max(180, (today - closed).days - 30)))
        if referral < today - days(3):
            sim.run(case.household, referral)


def _permits(
    rng: random.Random,
    people: PeopleFactory,
    records: Records,
    case: CaseSim,
    today: dt.date,
    bias: float,
) -> None:
    """Scans of the permessi di soggiorno; in the small demo some expire within four weeks."""
    if case.start is None:
        return
    for person in case.household.members:
        if person.permit is None:
            continue
        if case.actual_end is None and rng.random() < bias:
            people.renew_permit(person, today + days(rng.randint(3, 28)))
        _, issued, expires = person.permit
        records.permit(case, person, min(issued, today), expires)
