"""SQL pieces the reports share: day arithmetic (SQLite and PostgreSQL), the months of a
period as a small derived table, the case scope (visibility and Municipio) and rounding.

``days_between(later, earlier)`` is ``later - earlier`` in whole days; with dates stored as
ISO text on SQLite it goes through ``julianday``, on PostgreSQL it is a date subtraction.
``earliest``/``latest`` are the two-argument ``min``/``max`` written as ``CASE`` (SQLite has
no ``least``/``greatest``). A night belongs to the half-open range ``[start, end)``: the
convention of the occupancy board.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Float,
    Integer,
    Select,
    case,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.sql.selectable import Subquery

from rts_desktop.db.visibility import visible_case_ids
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.models import Case
from rts_desktop.reports.table import ReportFilter

ONE_DAY = dt.timedelta(days=1)


class DaysBetween(FunctionElement[int]):
    """Whole days from the second argument to the first."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


class HoursBetween(FunctionElement[float]):
    """Hours (with fractions) from the second instant to the first."""

    type = Float()
    inherit_cache = True
    name = "hours_between"


def today_of(ctx: ActingContext | None) -> dt.date:
    """The acting context's today (Europe/Rome), the machine's for a context-free call."""
    return ctx.today() if ctx is not None else dt.date.today()


def _args(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(arg, **kw) for arg in element.clauses]


@compiles(DaysBetween)
def _days_default(element: DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


@compiles(DaysBetween, "sqlite")
def _days_sqlite(element: DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"CAST(ROUND(julianday({later}) - julianday({earlier})) AS INTEGER)"


@compiles(HoursBetween)
def _hours_default(element: HoursBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 3600.0)"


@compiles(HoursBetween, "sqlite")
def _hours_sqlite(element: HoursBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"((julianday({later}) - julianday({earlier})) * 24.0)"


def _bound(value: Any) -> Any:
    """A Python date as a bound ``Date`` (ISO text on SQLite), anything else unchanged."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return literal(value, Date)
    return value


def days_between(later: Any, earlier: Any) -> DaysBetween:
    return DaysBetween(_bound(later), _bound(earlier))


def hours_between(later: Any, earlier: Any) -> HoursBetween:
    return HoursBetween(later, earlier)


def earliest(a: Any, b: Any) -> ColumnElement[Any]:
    return case((a < b, a), else_=b)


def latest(a: Any, b: Any) -> ColumnElement[Any]:
    return case((a > b, a), else_=b)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet ``condition`` (0, not NULL, on none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def overlap_nights(start: Any, end: Any, lo: Any, hi: Any) -> DaysBetween:
    """Nights ``[start, end)`` shares with ``[lo, hi)``; only where they do overlap (the
    caller's ``start < hi AND end > lo``)."""
    return days_between(earliest(end, hi), latest(start, lo))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months(flt: ReportFilter) -> list[tuple[dt.date, dt.date, dt.date]]:
    """Each month touching the period: (first day, first night counted, first night not
    counted), the nights clipped to the period (whose end day is included)."""
    found: list[tuple[dt.date, dt.date, dt.date]] = []
    first, stop = month_start(flt.start), flt.end + ONE_DAY
    while first < stop:
        following = next_month(first)
        found.append((first, max(first, flt.start), min(following, stop)))
        first = following
    return found


def month_table(flt: ReportFilter) -> Subquery:
    """:func:`months` as a derived table ``(month, lo, hi)`` to join on (one ``SELECT`` of
    bound dates per month, at most 241 for the twenty years a filter allows)."""
    selects: list[Select[Any]] = [
        select(
            literal(first, Date).label("month"),
            literal(lo, Date).label("lo"),
            literal(hi, Date).label("hi"),
        )
        for first, lo, hi in months(flt)
    ]
    if len(selects) == 1:
        return selects[0].subquery("months")
    return union_all(*selects).subquery("months")


def case_scope(
    ctx: ActingContext | None, flt: ReportFilter, case_id: Any = Case.id
) -> list[ColumnElement[bool]]:
    """The cases a report counts: those ``ctx`` sees (through ``case_id``) and, with a
    Municipio in the filter, those of that SST (the query must read ``cases``)."""
    found: list[ColumnElement[bool]] = []
    seen = visible_case_ids(ctx, case_id)
    if seen is not None:
        found.append(seen)
    if flt.municipio is not None:
        found.append(Case.sst_municipio == flt.municipio)
    return found


def in_period(column: Any, flt: ReportFilter) -> ColumnElement[bool]:
    """``column`` (a date) falls in the period, both ends included."""
    return column.between(flt.start, flt.end)


def euros(cents: int | None) -> float:
    return round((cents or 0) / 100, 2)


def mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 1) if values else None


def median(values: Sequence[float]) -> float | None:
    return round(float(statistics.median(values)), 1) if values else None


def municipio_label(municipio: int | None) -> str:
    return N_("Municipio {n}").format(n=municipio) if municipio else N_("non indicato")
