"""One row per participant, read in SQL: the people whose first entry (outputs) or final
exit (results) falls in the period, among the cases the operator sees."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from rts_desktop.db.visibility import visible_case_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import (
    Beneficiary,
    Case,
    HouseholdMember,
    ParticipantOutcome,
    ParticipantSheet,
)
from rts_desktop.reports.esf.classify import Member, Participant, Sheet
from rts_desktop.reports.esf.mapping import EsfMapping
from rts_desktop.reports.table import ReportFilter

PS = ParticipantSheet
CHUNK = 900
Span = tuple[dt.date | None, dt.date | None, dt.date | None]


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(ids))
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _visible(stmt: Any, ctx: ActingContext | None, column: Any) -> Any:
    condition = visible_case_ids(ctx, column)
    return stmt if condition is None else stmt.where(condition)


def spans(
    s: Session,
    flt: ReportFilter,
    ctx: ActingContext | None,
    people: Collection[str] | None = None,
) -> dict[str, Span]:
    """beneficiary id → (first entry, last entry, last exit), for the people whose first
    entry or final exit is in the period (one grouped query); ``people`` narrows it."""
    entry = case((PS.moment == "ingresso", PS.date))
    leaving = case((PS.moment == "uscita", PS.date))
    grouped = _visible(
        select(
            PS.beneficiary_id.label("person"),
            func.min(entry).label("first"),
            func.max(entry).label("last_entry"),
            func.max(leaving).label("last_exit"),
        ),
        ctx,
        PS.case_id,
    ).group_by(PS.beneficiary_id)
    if people is not None:
        grouped = grouped.where(PS.beneficiary_id.in_(sorted(people)))
    g = grouped.subquery()
    chosen = select(g.c.person, g.c.first, g.c.last_entry, g.c.last_exit).where(
        or_(
            g.c.first.between(flt.start, flt.end),
            and_(g.c.last_exit.between(flt.start, flt.end), g.c.last_exit >= g.c.last_entry),
        )
    )
    return {row[0]: (row[1], row[2], row[3]) for row in s.execute(chosen)}


def to_sheet(row: ParticipantSheet) -> Sheet:
    return Sheet(
        date=row.date,
        labour_status=row.labour_status,
        unemployed_months=row.unemployed_months,
        isced_level=row.isced_level,
        household_situation=row.household_situation,
        disadvantages=tuple(d for d in (row.disadvantages or "").split(",") if d),
        migrant_background=row.migrant_background,
        minority=row.minority,
        disability=row.disability,
    )


def _sheets(
    s: Session, people: Iterable[str], ctx: ActingContext | None
) -> dict[str, list[ParticipantSheet]]:
    found: dict[str, list[ParticipantSheet]] = defaultdict(list)
    for ids in _chunks(people):
        stmt = _visible(select(PS).where(PS.beneficiary_id.in_(ids)), ctx, PS.case_id)
        for row in s.scalars(stmt):
            found[row.beneficiary_id].append(row)
    return found


def _rows(s: Session, model: Any, ids: Iterable[str], *cols: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for chunk in _chunks(ids):
        for row in s.execute(select(model.id, *cols).where(model.id.in_(chunk))):
            out[row[0]] = row
    return out


def _events(
    s: Session, people: Iterable[str], ctx: ActingContext | None
) -> dict[str, list[tuple[dt.date, str, int]]]:
    found: dict[str, list[tuple[dt.date, str, int]]] = defaultdict(list)
    o = ParticipantOutcome
    for ids in _chunks(people):
        stmt = _visible(
            select(o.beneficiary_id, o.date, o.kind).where(o.beneficiary_id.in_(ids)),
            ctx,
            o.case_id,
        )
        for person, day, kind in s.execute(stmt):
            found[person].append((day, kind, 1))
    return found


def _households(
    s: Session, entries: dict[str, tuple[str, dt.date]]
) -> dict[str, tuple[Member, ...]]:
    """beneficiary → the members of her household on her entry date, each with the labour
    status of her latest sheet on or before that date (None: no sheet)."""
    hm = HouseholdMember
    members: dict[str, list[Any]] = defaultdict(list)
    for ids in _chunks({h for h, _ in entries.values()}):
        stmt = select(
            hm.household_id, hm.beneficiary_id, hm.relation, hm.from_date, hm.to_date
        ).where(hm.household_id.in_(ids))
        for row in s.execute(stmt):
            members[row[0]].append(row)
    person_ids = {row[1] for rows in members.values() for row in rows}
    births = {k: v[1] for k, v in _rows(s, Beneficiary, person_ids, Beneficiary.birth_date).items()}
    statuses: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for ids in _chunks(person_ids):
        stmt = select(PS.beneficiary_id, PS.date, PS.labour_status).where(
            PS.beneficiary_id.in_(ids)
        )
        for who, day, status in s.execute(stmt):
            statuses[who].append((day, status))
    out: dict[str, tuple[Member, ...]] = {}
    for person, (household, day) in entries.items():
        present = [
            r for r in members.get(household, []) if r[3] <= day and (r[4] is None or r[4] >= day)
        ]
        out[person] = tuple(
            Member(
                births.get(r[1]),
                r[2],
                max(((d, st) for d, st in statuses.get(r[1], []) if d <= day), default=(0, None))[
                    1
                ],
            )
            for r in present
        )
    return out


def participants(
    s: Session,
    flt: ReportFilter,
    ctx: ActingContext | None,
    m: EsfMapping,
    people: Collection[str] | None = None,
) -> tuple[list[Participant], dict[str, Span]]:
    """The participants of the period (Municipio of the first entry's case), and their
    (first entry, last entry, last exit)."""
    span = spans(s, flt, ctx, people)
    sheets = _sheets(s, span, ctx)
    firsts: dict[str, ParticipantSheet] = {}
    finals: dict[str, ParticipantSheet] = {}
    for person, rows in sheets.items():
        entries = sorted((r for r in rows if r.moment == "ingresso"), key=lambda r: (r.date, r.id))
        exits = sorted((r for r in rows if r.moment == "uscita"), key=lambda r: (r.date, r.id))
        if entries:
            firsts[person] = entries[0]
        if exits:
            finals[person] = exits[-1]
    cases = _rows(
        s,
        Case,
        {r.case_id for r in firsts.values()},
        Case.code,
        Case.ethos_entry,
        Case.sst_municipio,
        Case.household_id,
    )
    people = _rows(
        s, Beneficiary, firsts, Beneficiary.sex, Beneficiary.birth_date, Beneficiary.nationality
    )
    kept = {
        p: r
        for p, r in firsts.items()
        if flt.municipio is None or cases[r.case_id].sst_municipio == flt.municipio
    }
    events = _events(s, kept, ctx)
    homes = _households(s, {p: (cases[r.case_id].household_id, r.date) for p, r in kept.items()})
    found: list[Participant] = []
    for person, first in sorted(kept.items()):
        _, last_entry, last_exit = span[person]
        left = last_exit if last_exit and last_entry and last_exit >= last_entry else None
        happened = list(events.get(person, []))
        final = finals.get(person)
        if left and final is not None:
            kind = m.raw["exit_sheet_events"].get(final.labour_status)
            if kind:
                happened.append((final.date, kind, 0))
        c, who = cases[first.case_id], people[person]
        found.append(
            Participant(
                beneficiary_id=person,
                case_id=first.case_id,
                case_code=c.code,
                entry=to_sheet(first),
                sex=who.sex,
                birth_date=who.birth_date,
                nationality=who.nationality,
                ethos=c.ethos_entry,
                municipio=c.sst_municipio,
                exit_date=left,
                events=tuple(happened),
                household=homes.get(person),
            )
        )
    return found, span
