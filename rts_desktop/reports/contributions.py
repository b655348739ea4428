"""Contributions (quote di compartecipazione): due, paid and arrears, by month and by case.

A month counts when its ``Contribution.period`` (the first day of the month) falls in a
month touching the period: from the month of the start to the end day. Amounts are euros
(cents / 100). The arrears of a month are ``due - paid`` when positive: an overpayment of
one month does not cover another's arrears (each month is its own quota).

Visibility: only the cases ``ctx`` sees, in the totals and in the list by case; the
Municipio filter picks cases by their SST's Municipio. Two grouped queries.
"""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Case, Contribution
from rts_desktop.reports.common import case_scope, count_if, euros, month_start
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Chart, Column, Figure, Report, ReportFilter, Table, share

KIND = "contributions"

MONTH = N_("Mese")
CASE = N_("Caso")
DUE = N_("Dovuto")
PAID = N_("Versato")
ARREARS = N_("Morosità")
SHARE_PAID = N_("Quota versata")
MONTHS_IN_ARREARS = N_("Mesi non saldati")
CASES_IN_ARREARS = N_("Casi con morosità")
NOTE = N_(
    "Quote mensili dei mesi del periodo, in euro. Morosità: dovuto meno versato di ogni mese, "
    "quando positivo."
)


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    short = case(
        (
            Contribution.due_cents > Contribution.paid_cents,
            Contribution.due_cents - Contribution.paid_cents,
        ),
        else_=0,
    )
    scope = (
        Contribution.period >= month_start(flt.start),
        Contribution.period <= flt.end,
        *case_scope(ctx, flt, Contribution.case_id),
    )
    monthly = s.execute(
        select(
            Contribution.period,
            func.sum(Contribution.due_cents),
            func.sum(Contribution.paid_cents),
            func.sum(short),
        )
        .join(Case, Case.id == Contribution.case_id)
        .where(*scope)
        .group_by(Contribution.period)
        .order_by(Contribution.period)
    ).all()
    by_case = s.execute(
        select(Case.code, count_if(short > 0), func.sum(short))
        .select_from(Contribution)
        .join(Case, Case.id == Contribution.case_id)
        .where(*scope)
        .group_by(Case.id, Case.code)
        .having(func.sum(short) > 0)
        .order_by(func.sum(short).desc(), Case.code)
    ).all()
    due = sum(int(d or 0) for _p, d, _x, _y in monthly)
    paid = sum(int(p or 0) for _p, _d, p, _y in monthly)
    arrears = sum(int(a or 0) for _p, _d, _x, a in monthly)
    month_rows = tuple(
        (period, euros(d), euros(p), euros(a), share(int(p or 0), int(d or 0)))
        for period, d, p, a in monthly
    )
    tables = (
        Table(
            "by_month",
            N_("Quote per mese"),
            (
                Column("month", MONTH, "date"),
                Column("due", DUE, "money"),
                Column("paid", PAID, "money"),
                Column("arrears", ARREARS, "money"),
                Column("share_paid", SHARE_PAID, "percent"),
            ),
            month_rows,
            NOTE,
        ),
        Table(
            "arrears_by_case",
            N_("Morosità per caso"),
            (
                Column("case", CASE),
                Column("months", MONTHS_IN_ARREARS, "int"),
                Column("arrears", ARREARS, "money"),
            ),
            tuple((code, int(n), euros(a)) for code, n, a in by_case),
            NOTE,
        ),
    )
    chart = Chart(
        N_("Dovuto e versato per mese"),
        tuple(f"{row[0]:%m/%Y}" for row in month_rows),
        ((DUE, tuple(row[1] for row in month_rows)), (PAID, tuple(row[2] for row in month_rows))),
        unit="money",
    )
    figures = (
        Figure("due", DUE, euros(due), "money"),
        Figure("paid", PAID, euros(paid), "money"),
        Figure("arrears", ARREARS, euros(arrears), "money"),
        Figure("cases_in_arrears", CASES_IN_ARREARS, len(by_case)),
    )
    return Report(
        kind=KIND,
        title=REPORTS[KIND].title,
        filter=flt,
        figures=figures,
        tables=tables,
        charts=(chart,),
    )
