"""Length of stay: the stays that ended in the period, and those still open at its end.

A stay *ends* when the household leaves: its ``actual_end`` falls in the period and no
other stay of the same case starts that day. A move to another room or apartment
(``services/housing/stays.py`` closes the stay and opens a new one the same day) is not an
exit: the length runs from the start of the first stay of that chain. Lengths are whole
days (``actual_end - start``); six months is 183 days, the Housing First threshold.

Bands: up to 3 months (< 91 days), 3–6 months (91–182), 6–12 months (183–364), 12 months
and more (≥ 365). Open stays: started by the end of the period and not ended by then,
counted by case (a move leaves one open stay).

Visibility: lengths describe households, so only the stays of cases ``ctx`` sees count.
The Municipio filter picks stays by their apartment's Municipio (the table is by
apartment). SQL selects the ending stays with their lengths in days; Python walks back the
few move chains and takes mean, median and bands of that list.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.db.visibility import visible_case_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Apartment, Stay
from rts_desktop.reports.common import in_period, mean, median
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Column, Figure, Report, ReportFilter, Table, share

KIND = "stays"
#: six months in days: the Housing First threshold of a stable stay
SIX_MONTHS_DAYS = 183
#: (label, first day, first day of the next band)
BANDS: tuple[tuple[str, int, int | None], ...] = (
    (N_("Fino a 3 mesi"), 0, 91),
    (N_("Da 3 a 6 mesi"), 91, SIX_MONTHS_DAYS),
    (N_("Da 6 a 12 mesi"), SIX_MONTHS_DAYS, 365),
    (N_("12 mesi e oltre"), 365, None),
)

BAND = N_("Durata")
APARTMENT = N_("Alloggio")
MUNICIPIO = N_("Municipio")
ENDED = N_("Permanenze concluse")
SHARE = N_("Quota")
MEAN = N_("Durata media (giorni)")
MEDIAN = N_("Durata mediana (giorni)")
SHARE_6 = N_("Quota di almeno 6 mesi")
OPEN = N_("Permanenze in corso a fine periodo")
NOTE = N_(
    "Permanenze concluse nel periodo (uscita effettiva), in giorni dall'ingresso all'uscita; "
    "un cambio di stanza o di alloggio non è un'uscita. 6 mesi = 183 giorni."
)

Ended = tuple[str, str, dt.date, dt.date]  # case, apartment, start, end


def _scope(ctx: ActingContext | None, flt: ReportFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    seen = visible_case_ids(ctx, Stay.case_id)
    if seen is not None:
        found.append(seen)
    if flt.municipio is not None:
        chosen = select(Apartment.id).where(Apartment.municipio == flt.municipio)
        found.append(Stay.apartment_id.in_(chosen))
    return found


def _ended(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> list[Ended]:
    after = aliased(Stay)
    moved_on = exists().where(
        after.case_id == Stay.case_id,
        after.start_date == Stay.actual_end,
        after.id != Stay.id,
    )
    stmt = select(Stay.case_id, Stay.apartment_id, Stay.start_date, Stay.actual_end).where(
        Stay.actual_end.is_not(None), in_period(Stay.actual_end, flt), ~moved_on, *_scope(ctx, flt)
    )
    return [(c, a, start, end) for c, a, start, end in s.execute(stmt) if end is not None]


def _chain_starts(s: Session, ended: list[Ended]) -> dict[tuple[str, dt.date], dt.date]:
    """For each ending stay (case, start), the start of its chain of moves."""
    cases = {case_id for case_id, _a, _s, _e in ended}
    if not cases:
        return {}
    earlier: dict[tuple[str, dt.date], dt.date] = {}  # (case, end day) → start
    rows = s.execute(
        select(Stay.case_id, Stay.start_date, Stay.actual_end).where(
            Stay.case_id.in_(cases), Stay.actual_end.is_not(None)
        )
    )
    for case_id, start, end in rows:
        earlier[(case_id, end)] = start
    found: dict[tuple[str, dt.date], dt.date] = {}
    for case_id, _apartment, start, _end in ended:
        first, seen = start, {start}
        while (case_id, first) in earlier and earlier[(case_id, first)] not in seen:
            first = earlier[(case_id, first)]
            seen.add(first)
        found[(case_id, start)] = first
    return found


def _open_at_end(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> int:
    stmt = select(func.count(func.distinct(Stay.case_id))).where(
        Stay.start_date <= flt.end,
        or_(Stay.actual_end.is_(None), Stay.actual_end > flt.end),
        *_scope(ctx, flt),
    )
    return int(s.scalar(stmt) or 0)


def _band(days: int) -> str:
    return next(lab for lab, lo, hi in BANDS if days >= lo and (hi is None or days < hi))


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    ended = _ended(s, flt, ctx)
    starts = _chain_starts(s, ended)
    lengths: list[int] = []
    by_band: dict[str, list[int]] = defaultdict(list)
    by_apartment: dict[str, list[int]] = defaultdict(list)
    for case_id, apartment, start, end in ended:
        days = (end - starts[(case_id, start)]).days
        lengths.append(days)
        by_band[_band(days)].append(days)
        by_apartment[apartment].append(days)
    total = len(lengths)
    long_enough = sum(1 for d in lengths if d >= SIX_MONTHS_DAYS)
    band_rows = tuple(
        (lab, len(by_band[lab]), share(len(by_band[lab]), total), mean(by_band[lab]))
        for lab, _lo, _hi in BANDS
    )
    apartments = s.execute(
        select(Apartment.id, Apartment.code, Apartment.municipio)
        .where(Apartment.id.in_(set(by_apartment)))
        .order_by(Apartment.code)
    ).all()
    apartment_rows = tuple(
        (code, mun, len(by_apartment[i]), mean(by_apartment[i]), median(by_apartment[i]))
        for i, code, mun in apartments
    )
    figures = (
        Figure("ended", ENDED, total),
        Figure("mean_days", MEAN, mean(lengths), "decimal"),
        Figure("median_days", MEDIAN, median(lengths), "decimal"),
        Figure("share_6_months", SHARE_6, share(long_enough, total), "percent"),
        Figure("open_at_end", OPEN, _open_at_end(s, flt, ctx)),
    )
    tables = (
        Table(
            "by_band",
            N_("Permanenze concluse per durata"),
            (
                Column("band", BAND),
                Column("ended", ENDED, "int"),
                Column("share", SHARE, "percent"),
                Column("mean_days", MEAN, "decimal"),
            ),
            band_rows,
            NOTE,
        ),
        Table(
            "by_apartment",
            N_("Permanenze concluse per alloggio"),
            (
                Column("apartment", APARTMENT),
                Column("municipio", MUNICIPIO, "int"),
                Column("ended", ENDED, "int"),
                Column("mean_days", MEAN, "decimal"),
                Column("median_days", MEDIAN, "decimal"),
            ),
            apartment_rows,
            NOTE,
        ),
    )
    return Report(kind=KIND, title=REPORTS[KIND].title, filter=flt, figures=figures, tables=tables)
