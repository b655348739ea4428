"""Referrals (segnalazioni) and waiting times, by the SST's Municipio.

A case counts when its ``referral_date`` falls in the period. *Started* cases have a
``start_date`` (whenever it came); their wait is ``start_date - referral_date`` in days, a
mean and a median over the started cases of the row. Cases with no SST Municipio form the
row "non indicato".

Visibility: only the cases ``ctx`` sees; the Municipio filter keeps that Municipio's row.
One grouped query for the counts; the waits (one integer per started case) come from one
more query, for the medians.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Case
from rts_desktop.reports.common import (
    case_scope,
    count_if,
    days_between,
    in_period,
    mean,
    median,
    municipio_label,
)
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Chart, Column, Figure, Report, ReportFilter, Table, share

KIND = "referrals"

MUNICIPIO = N_("Municipio del SST")
REFERRALS = N_("Segnalazioni")
STARTED = N_("Percorsi avviati")
SHARE_STARTED = N_("Quota avviata")
MEAN_WAIT = N_("Attesa media (giorni)")
MEDIAN_WAIT = N_("Attesa mediana (giorni)")
NOTE = N_(
    "Casi segnalati nel periodo; attesa dalla segnalazione all'inizio del percorso, per i "
    "percorsi avviati."
)


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    scope = (in_period(Case.referral_date, flt), *case_scope(ctx, flt))
    counts = s.execute(
        select(Case.sst_municipio, func.count(), count_if(Case.start_date.is_not(None)))
        .where(*scope)
        .group_by(Case.sst_municipio)
    ).all()
    waits: dict[int | None, list[int]] = defaultdict(list)
    for municipio, wait in s.execute(
        select(Case.sst_municipio, days_between(Case.start_date, Case.referral_date)).where(
            *scope, Case.start_date.is_not(None)
        )
    ):
        waits[municipio].append(int(wait))
    ordered = sorted(counts, key=lambda row: (row[0] is None, row[0] or 0))
    rows = tuple(
        (
            municipio_label(municipio),
            int(n),
            int(started),
            share(int(started), int(n)),
            mean(waits[municipio]),
            median(waits[municipio]),
        )
        for municipio, n, started in ordered
    )
    every_wait = [w for found in waits.values() for w in found]
    total = sum(row[1] for row in rows)
    started_total = sum(row[2] for row in rows)
    table = Table(
        "by_municipio",
        N_("Segnalazioni per Municipio"),
        (
            Column("municipio", MUNICIPIO),
            Column("referrals", REFERRALS, "int"),
            Column("started", STARTED, "int"),
            Column("share_started", SHARE_STARTED, "percent"),
            Column("mean_wait", MEAN_WAIT, "decimal"),
            Column("median_wait", MEDIAN_WAIT, "decimal"),
        ),
        rows,
        NOTE,
    )
    chart = Chart(
        N_("Segnalazioni per Municipio"),
        tuple(row[0] for row in rows),
        (
            (REFERRALS, tuple(float(row[1]) for row in rows)),
            (STARTED, tuple(float(row[2]) for row in rows)),
        ),
    )
    figures = (
        Figure("referrals", REFERRALS, total),
        Figure("started", STARTED, started_total),
        Figure("mean_wait", MEAN_WAIT, mean(every_wait), "decimal"),
        Figure("median_wait", MEDIAN_WAIT, median(every_wait), "decimal"),
    )
    return Report(
        kind=KIND,
        title=REPORTS[KIND].title,
        filter=flt,
        figures=figures,
        tables=(table,),
        charts=(chart,),
    )
