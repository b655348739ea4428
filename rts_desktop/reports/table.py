"""The plain shapes of a report: a filter in, tables, headline figures and charts out.

Every report returns a :class:`Report`; the dashboard, the exports (XLSX, CSV, PDF) and the
command line's ``--json`` read the same object, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

#: how a column's values are written: ``percent`` values are fractions (0.25 = 25 %),
#: ``money`` values are euros (two decimals), ``decimal`` one decimal
ColumnKind = Literal["text", "int", "decimal", "percent", "money", "date"]
Value = str | int | float | dt.date | None

PROGRAMMES = ("2014-2020", "2021-2027")


@dataclass(frozen=True)
class ReportFilter:
    """The period (both ends included), the Municipio and, for the ESF indicators, the
    programme period. ``municipio`` filters cases by their SST's Municipio and apartments by
    their own."""

    start: dt.date
    end: dt.date
    municipio: int | None = None
    programme: str = "2021-2027"

    def describe(self) -> str:
        where = f", Municipio {self.municipio}" if self.municipio else ""
        return f"{self.start:%d/%m/%Y}–{self.end:%d/%m/%Y}{where}"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class Table:
    """One table of a report: one sheet of the XLSX, one CSV, one section of the PDF."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    note: str = ""

    def records(self) -> list[dict[str, Value]]:
        return [dict(zip((c.key for c in self.columns), row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class Chart:
    """A small chart: ``bar`` (one bar per label and series) or ``line``."""

    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    kind: Literal["bar", "line"] = "bar"
    #: ``percent``: values are fractions shown as percentages
    unit: Literal["count", "percent", "decimal", "money"] = "count"


@dataclass(frozen=True)
class Figure:
    """A headline number of the dashboard (and of ``--json``)."""

    key: str
    label: str
    value: float | int | None
    kind: ColumnKind = "int"


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    filter: ReportFilter
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    #: extra machine-readable figures for ``--json`` (the ESF report: code → total, by gender)
    data: dict[str, Any] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def as_json(self) -> dict[str, Any]:
        """What ``--json`` prints: dates as ISO strings, every table as a list of objects."""
        return {
            "report": self.kind,
            "title": self.title,
            "from": self.filter.start.isoformat(),
            "to": self.filter.end.isoformat(),
            "municipio": self.filter.municipio,
            "figures": {f.key: f.value for f in self.figures},
            **self.data,
            "tables": {
                t.key: [{k: _plain(v) for k, v in r.items()} for r in t.records()]
                for t in self.tables
            },
        }


def _plain(value: Value) -> str | int | float | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def share(part: int | float, whole: int | float) -> float | None:
    """``part / whole`` rounded to 4 places, None when there is no whole."""
    return round(part / whole, 4) if whole else None
