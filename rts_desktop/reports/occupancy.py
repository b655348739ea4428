"""Occupancy rate: bed-nights used over bed-nights available, by month and by apartment.

- **Available**: the apartment's beds (its rooms as they are now) on every night its dated
  status (``ApartmentStatusEntry``, each entry holding until the next) is ``disponibile`` or
  ``occupato``. Nights ``in_ristrutturazione`` or ``fuori_servizio``, and nights before the
  apartment's first status entry, are not available.
- **Used**: for each stay, ``places`` × the nights it covers in the month, from
  ``start_date`` to the day before its actual end (its planned end while open): the day
  convention of the occupancy board (``services/housing/occupancy.py``).
- The rate is used / available; a stay recorded on nights the apartment was closed still
  counts as used, so such an inconsistency shows as a rate above 100 %.

Visibility: occupancy counts beds, not people, so every stay counts whoever looks (an
educator too): the figures name no case and no person, as the board shows other cases'
beds as "occupato". The Municipio filter picks apartments by their own Municipio.
Two grouped queries (available and used, by month and apartment) over a derived table of
the months; Python only adds the aggregated rows up.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Apartment, ApartmentStatusEntry, Room, Stay
from rts_desktop.models.vocab import ApartmentStatus
from rts_desktop.reports.common import ONE_DAY, month_table, months, overlap_nights
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import Chart, Column, Figure, Report, ReportFilter, Table, share

KIND = "occupancy"
#: statuses in which beds count as available (as on the board)
HABITABLE = (ApartmentStatus.DISPONIBILE.value, ApartmentStatus.OCCUPATO.value)

MONTH = N_("Mese")
AVAILABLE = N_("Posti-notte disponibili")
USED = N_("Posti-notte usati")
RATE = N_("Tasso di occupazione")
APARTMENT = N_("Alloggio")
MUNICIPIO = N_("Municipio")
NOTE = N_(
    "Posti-notte disponibili: letti dell'alloggio nelle notti in cui è disponibile od "
    "occupato (escluse ristrutturazione e fuori servizio). Usati: posti di ogni permanenza "
    "per le notti dall'ingresso al giorno prima dell'uscita (o della fine prevista). Si "
    "contano i letti, non le persone: tutte le permanenze, anche dei casi non visibili."
)

Key = tuple[dt.date, str]


def _municipio(flt: ReportFilter, apartment_id: Any) -> list[ColumnElement[bool]]:
    if flt.municipio is None:
        return []
    chosen = select(Apartment.id).where(Apartment.municipio == flt.municipio)
    return [apartment_id.in_(chosen)]


def _available(s: Session, flt: ReportFilter) -> dict[Key, int]:
    """Beds × habitable nights, by (month, apartment)."""
    entry, later = ApartmentStatusEntry, aliased(ApartmentStatusEntry)
    following = (
        select(func.min(later.from_date))
        .where(
            later.apartment_id == entry.apartment_id,
            or_(
                later.from_date > entry.from_date,
                and_(later.from_date == entry.from_date, later.id > entry.id),
            ),
        )
        .scalar_subquery()
    )
    horizon = flt.end + ONE_DAY
    spans = (
        select(
            entry.apartment_id.label("apartment_id"),
            entry.from_date.label("lo"),
            func.coalesce(following, horizon).label("hi"),
        )
        .where(entry.status.in_(HABITABLE), entry.from_date <= flt.end)
        .subquery("spans")
    )
    beds = (
        select(Room.apartment_id.label("apartment_id"), func.sum(Room.beds).label("beds"))
        .group_by(Room.apartment_id)
        .subquery("beds")
    )
    m = month_table(flt)
    nights = overlap_nights(spans.c.lo, spans.c.hi, m.c.lo, m.c.hi)
    stmt = (
        select(m.c.month, spans.c.apartment_id, func.sum(beds.c.beds * nights))
        .select_from(m)
        .join(spans, and_(spans.c.lo < m.c.hi, spans.c.hi > m.c.lo))
        .join(beds, beds.c.apartment_id == spans.c.apartment_id)
        .where(*_municipio(flt, spans.c.apartment_id))
        .group_by(m.c.month, spans.c.apartment_id)
    )
    return {(month, apt): int(n or 0) for month, apt, n in s.execute(stmt)}


def _used(s: Session, flt: ReportFilter) -> dict[Key, int]:
    """Places × nights of every stay, by (month, apartment)."""
    m = month_table(flt)
    end = func.coalesce(Stay.actual_end, Stay.planned_end)
    nights = overlap_nights(Stay.start_date, end, m.c.lo, m.c.hi)
    stmt = (
        select(m.c.month, Stay.apartment_id, func.sum(Stay.places * nights))
        .select_from(m)
        .join(Stay, and_(Stay.start_date < m.c.hi, end > m.c.lo))
        .where(*_municipio(flt, Stay.apartment_id))
        .group_by(m.c.month, Stay.apartment_id)
    )
    return {(month, apt): int(n or 0) for month, apt, n in s.execute(stmt)}


def build(s: Session, flt: ReportFilter, ctx: ActingContext | None) -> Report:
    available, used = _available(s, flt), _used(s, flt)
    month_avail: dict[dt.date, int] = defaultdict(int)
    month_used: dict[dt.date, int] = defaultdict(int)
    apt_avail: dict[str, int] = defaultdict(int)
    apt_used: dict[str, int] = defaultdict(int)
    for (month, apt), n in available.items():
        month_avail[month] += n
        apt_avail[apt] += n
    for (month, apt), n in used.items():
        month_used[month] += n
        apt_used[apt] += n
    by_month = tuple(
        (first, month_avail[first], month_used[first], share(month_used[first], month_avail[first]))
        for first, _lo, _hi in months(flt)
    )
    touched = set(apt_avail) | set(apt_used)
    apartments = s.execute(
        select(Apartment.id, Apartment.code, Apartment.municipio)
        .where(Apartment.id.in_(touched))
        .order_by(Apartment.code)
    ).all()
    by_apartment = tuple(
        (code, mun, apt_avail[i], apt_used[i], share(apt_used[i], apt_avail[i]))
        for i, code, mun in apartments
    )
    total_avail, total_used = sum(month_avail.values()), sum(month_used.values())
    rate = share(total_used, total_avail)
    counts = (
        Column("available", AVAILABLE, "int"),
        Column("used", USED, "int"),
        Column("rate", RATE, "percent"),
    )
    tables = (
        Table(
            "by_month",
            N_("Occupazione per mese"),
            (Column("month", MONTH, "date"), *counts),
            by_month,
            NOTE,
        ),
        Table(
            "by_apartment",
            N_("Occupazione per alloggio"),
            (Column("apartment", APARTMENT), Column("municipio", MUNICIPIO, "int"), *counts),
            by_apartment,
            NOTE,
        ),
    )
    chart = Chart(
        N_("Tasso di occupazione per mese"),
        tuple(f"{row[0]:%m/%Y}" for row in by_month),
        ((RATE, tuple(float(row[3] or 0.0) for row in by_month)),),
        kind="line",
        unit="percent",
    )
    figures = (
        Figure("rate", RATE, rate, "percent"),
        Figure("available", AVAILABLE, total_avail),
        Figure("used", USED, total_used),
    )
    return Report(
        kind=KIND,
        title=REPORTS[KIND].title,
        filter=flt,
        figures=figures,
        tables=tables,
        charts=(chart,),
    )
