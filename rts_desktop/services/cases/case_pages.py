"""The Casi page from SQL: one page of rows after a keyset, the counts apart, the choices.

A page is read from the case-list index (``case_index``) in the order asked for, after the
keyset of the previous page's last row (its sort key and the case id, so ties never repeat
or skip a row), so the first screenful costs the same on 15,000 cases or 150,000. The
search uses the engine's trigram index over the folded key (FTS5 on SQLite, ``pg_trgm``
on PostgreSQL: ``dialects.key_holds_words``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    func,
    literal,
    select,
    tuple_,
)

from rts_desktop.db import Database
from rts_desktop.db.dialects import days_between, key_holds_words
from rts_desktop.db.visibility import only_visible
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.text import fold
from rts_desktop.services.cases.case_index import ensure_fresh, rows_table
from rts_desktop.services.cases.case_list import CaseRow, to_row

PAGE_SIZE = 100
t = rows_table


class CaseSort(StrEnum):
    """The orders of the list: newest referral first by default, or by a column."""

    REFERRAL = "referral"
    CODE = "code"
    STATUS = "status"
    HEAD = "head"
    APARTMENT = "apartment"
    MUNICIPIO = "municipio"
    EDUCATOR = "educator"
    DAYS = "days"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class CaseQuery:
    """What the filter bar asks for; empty values mean "any"."""

    text: str = ""
    status: str | None = None
    educator_id: str | None = None
    municipio: int | None = None
    apartment_id: str | None = None
    flag: str | None = None
    sort: CaseSort = CaseSort.REFERRAL
    descending: bool = True


#: where the next page starts: the last row's sort key values, its case id last
Keyset = tuple[Any, ...]


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    #: the keyset of the last row when more may follow, None at the end
    after: Keyset | None


@dataclass(frozen=True)
class CaseChoices:
    """The educators and apartments the filter combos offer: (text, id), sorted."""

    educators: list[tuple[str, str]]
    apartments: list[tuple[str, str]]


def _days(today: dt.date) -> ColumnElement[Any]:
    """Days in service, as the row shows them (-1 without a start)."""
    ended = func.coalesce(t.c.exit_date, literal(today, Date()))
    return func.coalesce(days_between(t.c.start_date, ended), -1)


def _sort_key(sort: CaseSort, today: dt.date) -> list[ColumnElement[Any]]:
    columns: dict[CaseSort, list[Any]] = {
        CaseSort.REFERRAL: [t.c.referral_date, t.c.code],
        CaseSort.CODE: [t.c.code],
        CaseSort.STATUS: [t.c.status],
        CaseSort.HEAD: [t.c.head_sort],
        CaseSort.APARTMENT: [t.c.apartment_sort],
        CaseSort.MUNICIPIO: [t.c.municipio_sort],
        CaseSort.EDUCATOR: [t.c.educator_sort],
        CaseSort.DAYS: [_days(today)],
        CaseSort.DEADLINE: [t.c.deadline_sort],
    }
    return [*columns[sort], t.c.case_id]


def words(text_: str) -> list[str]:
    """The folded words of a search, each of which a row's key must hold."""
    return fold(text_).split()


def _matching(found: list[str]) -> list[ColumnElement[bool]]:
    """Conditions for rows whose key holds every word (none without words)."""
    return [key_holds_words(t.c.search_key, found, fts="case_list_fts")] if found else []


def _where(query: CaseQuery) -> list[ColumnElement[bool]]:
    conditions = _matching(words(query.text))
    if query.status is not None:
        conditions.append(t.c.status == query.status)
    if query.educator_id is not None:
        conditions.append(t.c.educator_id == query.educator_id)
    if query.municipio is not None:
        conditions.append(t.c.municipio == query.municipio)
    if query.apartment_id is not None:
        conditions.append(t.c.apartment_id == query.apartment_id)
    if query.flag is not None:
        flags = "," + t.c.flags + ","
        conditions.append(flags.contains(f",{query.flag},", autoescape=True))
    return conditions


def _filtered(stmt: Select[Any], query: CaseQuery, ctx: ActingContext | None) -> Select[Any]:
    conditions = _where(query)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return only_visible(stmt, ctx, t.c.case_id)


def case_page(
    db: Database,
    query: CaseQuery,
    today: dt.date,
    *,
    after: Keyset | None = None,
    limit: int | None = None,
    ctx: ActingContext | None = None,
) -> CasePage:
    """Up to ``limit`` rows (``PAGE_SIZE`` by default) ``ctx`` sees matching ``query``, in
    its order, after ``after`` (None: from the start)."""
    limit = limit or PAGE_SIZE
    ensure_fresh(db)
    key = _sort_key(query.sort, today)
    stmt = _filtered(select(t, *[k.label(f"k{i}") for i, k in enumerate(key)]), query, ctx)
    if after is not None:
        position = tuple_(*key)
        keyset = tuple_(*[literal(v, k.type) for v, k in zip(after, key, strict=True)])
        stmt = stmt.where(position < keyset if query.descending else position > keyset)
    order = [k.desc() if query.descending else k.asc() for k in key]
    stmt = stmt.order_by(*order).limit(limit + 1)
    with db.session(write=False) as s:
        found = s.connection().execute(stmt).all()
    more = len(found) > limit
    found = found[:limit]
    last = found[-1] if found and more else None
    after_last = (
        tuple(last._mapping[f"k{i}"] for i in range(len(key))) if last is not None else None
    )
    return CasePage([to_row(r, today) for r in found], after_last)


def count_cases(db: Database, query: CaseQuery, *, ctx: ActingContext | None = None) -> int:
    """How many cases ``ctx`` sees match ``query`` (a query of its own, after the page)."""
    ensure_fresh(db)
    stmt = _filtered(select(func.count()).select_from(t), query, ctx)
    with db.session(write=False) as s:
        return int(s.scalar(stmt) or 0)


def case_choices(db: Database, *, ctx: ActingContext | None = None) -> CaseChoices:
    """The educators and apartments of the cases ``ctx`` sees, for the filter combos."""
    ensure_fresh(db)
    educators = only_visible(
        select(t.c.educator_name, t.c.educator_id)
        .where(t.c.educator_id.is_not(None))
        .group_by(t.c.educator_id, t.c.educator_name),
        ctx,
        t.c.case_id,
    )
    apartments = only_visible(
        select(t.c.apartment_code, t.c.apartment_id)
        .where(t.c.apartment_id.is_not(None))
        .group_by(t.c.apartment_id, t.c.apartment_code),
        ctx,
        t.c.case_id,
    )
    with db.session(write=False) as s:
        conn = s.connection()
        return CaseChoices(
            sorted((str(n), i) for n, i in conn.execute(educators)),
            sorted((str(c), i) for c, i in conn.execute(apartments)),
        )
