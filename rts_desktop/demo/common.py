"""Machinery shared by the demo generators: deterministic ids, dates, instants, row buffers.

Rows are buffered as tuples of *storage* values (ISO date text, naive-UTC instant text in
SQLAlchemy's SQLite format, ints, bools), so the large generator can hand them to
``executemany`` untouched; the small generator turns them back into ORM objects.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Iterable
from functools import cache

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
DAY_MS = 86_400_000


class IdMaker:
    """UUIDv7-shaped ids drawn from a seeded generator.

    The 48-bit timestamp is the record's creation instant (so ids sort by creation like
    real UUIDv7 ones); the 74 "random" bits come from ``random.Random(f"{seed}:ids")``. Same
    seed + same ``today`` + same generation order → the same ids, on any machine.
    """

    def __init__(self, seed: int, stream: str = "ids") -> None:
        self._bits = random.Random(f"{seed}:{stream}").getrandbits

    def at_ms(self, ms: int) -> str:
        r = self._bits(74)
        h = f"{ms & 0xFFFFFFFFFFFF:012x}7{r >> 62:03x}{(1 << 63) | (r & ((1 << 62) - 1)):016x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def on(self, day: dt.date, minute: int = 600) -> str:
        """An id created on ``day`` at ``minute`` past midnight (UTC is close enough here)."""
        return self.at_ms((day.toordinal() - EPOCH_ORDINAL) * DAY_MS + minute * 60_000)


@cache
def _dst_bounds(year: int) -> tuple[dt.date, dt.date]:
    """Europe/Rome summer time: last Sunday of March to last Sunday of October."""

    def last_sunday(month: int) -> dt.date:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() + 1) % 7)

    return last_sunday(3), last_sunday(10)


def utc_offset_hours(day: dt.date) -> int:
    start, end = _dst_bounds(day.year)
    return 2 if start <= day < end else 1


def instant(day: dt.date, minute_local: int) -> str:
    """The naive-UTC storage text of ``day`` at ``minute_local`` (Europe/Rome wall clock)."""
    minute = minute_local - utc_offset_hours(day) * 60
    if minute < 0:
        day, minute = day - dt.timedelta(days=1), minute + 1440
    return f"{day.isoformat()} {minute // 60:02d}:{minute % 60:02d}:00.000000"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_starts(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    """First days of the months from ``first``'s month through ``last``'s month."""
    current = first.replace(day=1)
    while current <= last:
        yield current
        current = add_months(current, 1)


def weekday_on_or_after(day: dt.date) -> dt.date:
    """Working days only: Saturday and Sunday move to Monday."""
    wd = day.weekday()
    return day + dt.timedelta(days=7 - wd) if wd >= 5 else day


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


class Firsts:
    """For the small demo: the first occasion of each rare thing (a birth, a suspension, a
    mediation...) happens for sure, so every kind of record shows up at least once."""

    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled
        self._done: set[str] = set()

    def __call__(self, kind: str) -> bool:
        if not self.enabled or kind in self._done:
            return False
        self._done.add(kind)
        return True


class Rows:
    """Rows per table, each a tuple in the order of ``columns[table]``."""

    def __init__(self) -> None:
        self.columns: dict[str, tuple[str, ...]] = {}
        self.data: dict[str, list[tuple[object, ...]]] = {}

    def table(self, name: str, columns: tuple[str, ...]) -> list[tuple[object, ...]]:
        """Declare ``name``'s column order once; returns the list to append tuples to."""
        known = self.columns.setdefault(name, columns)
        if known != columns:
            raise ValueError(f"{name}: columns declared twice differently")
        return self.data.setdefault(name, [])

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.data.items() if rows}


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    """One key of ``table`` drawn with the given weights."""
    return rng.choices(list(table), weights=list(table.values()))[0]
