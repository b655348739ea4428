"""Individualized plans: agreed soon after entry, and reviewed on time.

**Agreement.** The cases whose path started (``Case.start_date``) in the period; a case's
plan is agreed on the earliest ``agreed_on`` of its versions. *In time* means within
:data:`AGREED_WITHIN_DAYS` days of the start (a plan agreed before the start too); a case
not agreed yet whose term has not run out by today is "in attesa", not late.

**Reviews.** A recorded review keeps the due date it answered (``Review.due_date``, since
migration 0009) before the plan's ``next_review_due`` moves on. Hence:

- a review dated in the period is **on time** when it is dated on or before that due date;
  a review recorded before 0009 (no due date kept) when it comes at most
  :data:`REVIEW_INTERVAL_DAYS` days (three months, the usual rhythm with the SST) after the
  plan's previous review, or after its agreement for the first one; **late** otherwise;
- a review is **missing** when a plan in force (``condiviso``) still holds a
  ``next_review_due`` in the period that has passed (before today and before the end of
  the period) and no review dated on or after it: a review would have moved it. Plans of
  cases that left before the due date are left out.
- one whose due date in the period has not come yet is "da svolgere".

Visibility: only the cases ``ctx`` sees; the Municipio filter picks cases by their SST's
Municipio. Every count is one aggregate query.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Case, Plan, Review
from rts_desktop.models.vocab import PlanStatus
from rts_desktop.reports.common import (
    ONE_DAY,
    case_scope,
    count_if,
    days_between,
    in_period,
    today_of,
)
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table, share

KIND = "plans"
#: a plan agreed within this many days of the case's start is agreed in time
AGREED_WITHIN_DAYS = 30
#: a review at most this many days after the previous one (or the agreement) is on time
REVIEW_INTERVAL_DAYS = 92

ITEM = N_("Voce")
COUNT = N_("Numero")
SHARE = N_("Quota")
AGREEMENT_NOTE = N_(
    "Casi con inizio del percorso nel periodo. Progetto condiviso in tempo: entro {n} giorni "
    "dall'inizio (prima condivisione di qualsiasi versione)."
).format(n=AGREED_WITHIN_DAYS)
REVIEWS_NOTE = N_(
    "Verifica puntuale: entro la data prevista (per le verifiche registrate prima che la data "
    "fosse conservata: entro {n} giorni dalla precedente o dalla condivisione del progetto). "
    "Mancante: progetto condiviso con la prossima verifica prevista nel periodo, già passata "
    "e non svolta."
).format(n=REVIEW_INTERVAL_DAYS)


def _agreement(
    s: Session, flt: ReportFilter, ctx: ActingContext | None, today: dt.date
) -> tuple[int, int, int, int, int]:
    """(entered, agreed in time, agreed later, not agreed and late, not agreed in time)."""
    first_agreed = select(func.min(Plan.agreed_on)).where(Plan.case_id == Case.id).scalar_subquery()
    started = (
        select(Case.start_date.label("start"), first_agreed.label("agreed"))
        .where(Case.start_date.is_not(None), in_period(Case.start_date, flt), *case_scope(ctx, flt))
        .subquery("started")
    )
    wait = days_between(started.c.agreed, started.c.start)
    running = days_between(today, started.c.start) <= AGREED_WITHIN_DAYS
    agreed = started.c.agreed.is_not(None)
    row = s.execute(
        select(
            func.count(),
            count_if(and_(agreed, wait <= AGREED_WITHIN_DAYS)),
            count_if(and_(agreed, wait > AGREED_WITHIN_DAYS)),
            count_if(and_(~agreed, ~running)),
            count_if(and_(~agreed, running)),
        ).select_from(started)
    ).one()
    return tuple(int(n) for n in row)  # type: ignore[return-value]


def _reviews_done(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> tuple[int, int]:
    """(reviews in the period, of which on time)."""
    before = aliased(Review)
    previous = (
        select(func.max(before.date))
        .where(
            before.plan_id == Review.plan_id,
            or_(before.date < Review.date, and_(before.date == Review.date, before.id < Review.id)),
        )
        .scalar_subquery()
    )
    milestone = func.coalesce(previous, Plan.agreed_on)
    gap = days_between(Review.date, milestone)
    by_interval = and_(milestone.is_not(None), gap <= REVIEW_INTERVAL_DAYS)
    on_time = or_(
        and_(Review.due_date.is_not(None), Review.date <= Review.due_date),
        and_(Review.due_date.is_(None), by_interval),
    )
    row = s.execute(
        select(func.count(), count_if(on_time))
        .select_from(Review)
        .join(Plan, Plan.id == Review.plan_id)
        .join(Case, Case.id == Plan.case_id)
        .where(in_period(Review.date, flt), *case_scope(ctx, flt))
    ).one()
    return int(row[0]), int(row[1])


def _reviews_due(
    s: Session, flt: ReportFilter, ctx: ActingContext | None, today: dt.date
) -> tuple[int, int]:
    """(missing, still to do) among the due dates in the period of plans in force."""
    reference = min(flt.end + ONE_DAY, today)
    answered = exists().where(Review.plan_id == Plan.id, Review.date >= Plan.next_review_due)
    due = Plan.next_review_due
    row = s.execute(
        select(count_if(due < reference), count_if(due >= reference))
        .select_from(Plan)
        .join(Case, Case.id == Plan.case_id)
        .where(
            Plan.status == PlanStatus.CONDIVISO.value,
            due.is_not(None),
            in_period(due, flt),
            ~answered,
            or_(Case.exit_date.is_(None), Case.exit_date > due),
            *case_scope(ctx, flt),
        )
    ).one()
    return int(row[0]), int(row[1])


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    today = today_of(ctx)
    entered, in_time, later, overdue, waiting = _agreement(s, flt, ctx, today)
    done, on_time = _reviews_done(s, flt, ctx)
    missing, to_do = _reviews_due(s, flt, ctx, today)
    late = done - on_time
    columns = (
        Column("item", ITEM),
        Column("count", COUNT, "int"),
        Column("share", SHARE, "percent"),
    )
    agreement_rows = (
        (N_("Casi entrati nel periodo"), entered, None),
        (N_("Progetto condiviso in tempo"), in_time, share(in_time, entered)),
        (N_("Progetto condiviso in ritardo"), later, share(later, entered)),
        (N_("Progetto non condiviso, termine scaduto"), overdue, share(overdue, entered)),
        (
            N_("Progetto non condiviso, termine non ancora scaduto"),
            waiting,
            share(waiting, entered),
        ),
    )
    review_rows = (
        (N_("Verifiche svolte nel periodo"), done, None),
        (N_("Verifiche puntuali"), on_time, share(on_time, done)),
        (N_("Verifiche in ritardo"), late, share(late, done)),
        (N_("Verifiche scadute nel periodo e non svolte"), missing, None),
        (N_("Verifiche previste nel periodo, da svolgere"), to_do, None),
    )
    tables = (
        Table(
            "agreement", N_("Condivisione del progetto"), columns, agreement_rows, AGREEMENT_NOTE
        ),
        Table("reviews", N_("Verifiche del progetto"), columns, review_rows, REVIEWS_NOTE),
    )
    figures = (
        Figure("entered", N_("Casi entrati"), entered),
        Figure(
            "share_agreed_in_time",
            N_("Quota di progetti condivisi in tempo"),
            share(in_time, entered),
            "percent",
        ),
        Figure("reviews_done", N_("Verifiche svolte"), done),
        Figure(
            "share_reviews_on_time",
            N_("Quota di verifiche puntuali"),
            share(on_time, done),
            "percent",
        ),
        Figure("reviews_missing", N_("Verifiche mancanti"), missing),
    )
    return Report(kind=KIND, title=REPORTS[KIND].title, filter=flt, figures=figures, tables=tables)
