"""Dati da completare: the cases whose indicators cannot be computed, each with what is
missing and a way to the case (``data["case_ids"]`` follows the rows of ``issues``).

- a stay began and an adult of the household has no entry sheet;
- the case ended and a person with an entry sheet has no exit sheet;
- the case ended without exit destination or outcome;
- the follow-up date has passed and no follow-up is recorded;
- what the ESF rules could not read (labour status, birth date, ETHOS, household).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.db.visibility import visible_cases
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Beneficiary, Case, HouseholdMember, ParticipantSheet
from rts_desktop.reports.common import today_of
from rts_desktop.reports.esf.report import classified
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table

COLUMNS = (
    Column("case", N_("Caso")),
    Column("person", N_("Persona")),
    Column("problem", N_("Da completare")),
    Column("date", N_("Data"), "date"),
)
NO_ENTRY = N_("scheda FSE di ingresso mancante")
NO_EXIT = N_("scheda FSE di uscita mancante")
NO_DESTINATION = N_("destinazione all'uscita mancante")
NO_OUTCOME = N_("esito del percorso mancante")
FOLLOW_UP = N_("follow-up scaduto e non registrato")
Row = tuple[str, str, str, str, dt.date | None]  # case id, code, person, problem, date


def _cases(flt: ReportFilter, ctx: ActingContext | None, *conditions: Any) -> Any:
    stmt = select(Case.id, Case.code).where(*conditions)
    seen = visible_cases(ctx)
    if seen is not None:
        stmt = stmt.where(seen)
    if flt.municipio is not None:
        stmt = stmt.where(Case.sst_municipio == flt.municipio)
    return stmt


def _sheet(moment: str, person: Any) -> Any:
    sheet = aliased(ParticipantSheet)
    return exists().where(
        sheet.case_id == Case.id, sheet.beneficiary_id == person, sheet.moment == moment
    )


def _missing_entry(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> list[Row]:
    hm, b = HouseholdMember, Beneficiary
    stmt = (
        _cases(
            flt,
            ctx,
            Case.start_date.is_not(None),
            Case.start_date <= flt.end,
            or_(Case.exit_date.is_(None), Case.exit_date >= flt.start),
        )
        .add_columns(b.code, b.birth_date, Case.start_date)
        .join(hm, hm.household_id == Case.household_id)
        .join(b, b.id == hm.beneficiary_id)
        .where(
            hm.from_date <= Case.start_date,
            or_(hm.to_date.is_(None), hm.to_date >= Case.start_date),
            ~_sheet("ingresso", hm.beneficiary_id),
        )
    )
    rows: list[Row] = []
    for case_id, code, person, birth, start in s.execute(stmt):
        if birth is None or birth + relativedelta(years=18) <= start:
            rows.append((case_id, code, person, NO_ENTRY, start))
    return rows


def _missing_exit(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> list[Row]:
    ps, b = ParticipantSheet, Beneficiary
    ended = (Case.exit_date.between(flt.start, flt.end), Case.start_date.is_not(None))
    stmt = (
        _cases(flt, ctx, *ended)
        .add_columns(b.code, Case.exit_date)
        .join(ps, and_(ps.case_id == Case.id, ps.moment == "ingresso"))
        .join(b, b.id == ps.beneficiary_id)
        .where(~_sheet("uscita", ps.beneficiary_id))
    )
    rows = [(cid, code, who, NO_EXIT, day) for cid, code, who, day in s.execute(stmt)]
    for cid, code, dest, outcome, day in s.execute(
        _cases(flt, ctx, *ended).add_columns(
            Case.exit_destination, Case.exit_outcome, Case.exit_date
        )
    ):
        if dest is None:
            rows.append((cid, code, "", NO_DESTINATION, day))
        if outcome is None:
            rows.append((cid, code, "", NO_OUTCOME, day))
    return rows


def _follow_up(
    s: Session, flt: ReportFilter, ctx: ActingContext | None, today: dt.date
) -> list[Row]:
    stmt = _cases(
        flt,
        ctx,
        Case.follow_up_due < today,
        Case.follow_up_due <= flt.end,
        Case.follow_up_due >= flt.start,
        Case.follow_up_done.is_(None),
    ).add_columns(Case.follow_up_due)
    return [(cid, code, "", FOLLOW_UP, due) for cid, code, due in s.execute(stmt)]


def _esf(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> list[Row]:
    _, rows = classified(s, flt, ctx)
    codes = dict(
        s.execute(
            select(Beneficiary.id, Beneficiary.code).where(
                Beneficiary.id.in_([p.beneficiary_id for p, c, *_ in rows if c.problems])
            )
        ).all()
    )
    return [
        (p.case_id, p.case_code, codes.get(p.beneficiary_id, ""), problem, p.entry.date)
        for p, c, *_ in rows
        for problem in c.problems
    ]


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    from rts_desktop.reports.registry import REPORTS

    today = today_of(ctx)
    found = (
        _missing_entry(s, flt, ctx)
        + _missing_exit(s, flt, ctx)
        + _follow_up(s, flt, ctx, today)
        + _esf(s, flt, ctx)
    )
    found = sorted(set(found), key=lambda r: (r[1], r[2], r[3]))
    table = Table(
        "issues",
        N_("Dati da completare"),
        COLUMNS,
        tuple((code, person, problem, day) for _, code, person, problem, day in found),
        note=N_("Senza questi dati gli indicatori FSE del caso non si possono calcolare."),
    )
    cases = {r[0] for r in found}
    return Report(
        kind="data-quality",
        title=REPORTS["data-quality"].title,
        filter=flt,
        figures=(
            Figure("issues", N_("Dati da completare"), len(found)),
            Figure("cases", N_("Casi con dati da completare"), len(cases)),
        ),
        tables=(table,),
        data={"case_ids": [r[0] for r in found]},
    )
