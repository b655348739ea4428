"""Synced rows in bulk: stored values → bundle JSON (export) and JSON → column values (import).

The snapshot paths handle every row of the database, so the per-value work is planned once
per table: only date, instant and boolean columns need converting, every other value passes
through as stored. The JSON is the one ``capture.encode_value`` / ``history.decode_value``
give (instants as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``), so the bundle format does not change. On
import, rows go straight to SQLite's stored form (what the column types would write) and in
by one driver ``executemany`` per table, validated on the way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterator
from typing import Any

import orjson
from sqlalchemy import Boolean, Date, DateTime, Table, insert
from sqlalchemy.orm import Session

from rts_desktop.db.capture import encode_value

Convert = Callable[[Any], Any]
_CHUNK = 5_000


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects (rows hold no
    cycles, and its passes over a growing heap would cost more than the parsing)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dumps_bytes(obj: Any) -> bytes:
    """Canonical JSON (sorted keys, compact, UTF-8) as bytes, like ``capture.dumps``."""
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


def loads(data: bytes | str) -> Any:
    return orjson.loads(data)


def _kind(table: Table, key: str) -> str:
    col_type = table.c[key].type
    impl = getattr(col_type, "impl", col_type)
    if isinstance(impl, DateTime) or isinstance(col_type, DateTime):
        return "instant"
    if isinstance(col_type, Date):
        return "date"
    if isinstance(col_type, Boolean):
        return "bool"
    return ""


def _stored_instant(value: Any) -> Any:
    """A stored instant (naive UTC text, ``YYYY-MM-DD HH:MM:SS.ffffff``) as bundle JSON."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        return f"{value[:10]}T{value[11:]}Z"
    parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return encode_value(parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC))


def _stored_date(value: Any) -> Any:
    if value is None or (isinstance(value, str) and len(value) == 10):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)[:10]).isoformat()


def _stored_bool(value: Any) -> Any:
    return None if value is None else bool(value)


_ENCODERS: dict[str, Convert] = {
    "instant": _stored_instant,
    "date": _stored_date,
    "bool": _stored_bool,
}


def iter_rows(s: Session, table: Table) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` sorted by id, as the JSON of ``capture.encode_value``."""
    keys = [c.key for c in table.c]
    plan = [(i, _ENCODERS[k]) for i, k in enumerate(_kind(table, key) for key in keys) if k]
    names = ", ".join(f'"{c.name}"' for c in table.c)
    cursor = s.connection().connection.cursor()  # the session's own DB-API connection
    cursor.execute(f'SELECT {names} FROM "{table.name}" ORDER BY id')
    while chunk := cursor.fetchmany(_CHUNK):
        for raw in chunk:
            values = list(raw)
            for i, fn in plan:
                values[i] = fn(values[i])
            yield dict(zip(keys, values, strict=True))


def _json_instant(value: Any) -> dt.datetime:
    """As ``history.decode_value``: ISO text, ``Z`` or an offset, naive meaning UTC."""
    parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _store_instant(value: Any) -> str:
    """JSON instant → SQLite storage text of ``UTCDateTime`` (naive UTC, microseconds)."""
    if (
        isinstance(value, str)
        and len(value) == 27
        and value[10] == "T"
        and value[19] == "."
        and value[26] == "Z"
    ):
        dt.datetime.fromisoformat(value)  # validates
        return f"{value[:10]} {value[11:26]}"
    p = _json_instant(value).astimezone(dt.UTC)
    return (
        f"{p.year:04d}-{p.month:02d}-{p.day:02d} "
        f"{p.hour:02d}:{p.minute:02d}:{p.second:02d}.{p.microsecond:06d}"
    )


def _store_date(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        dt.date.fromisoformat(value)  # validates
        return value
    return dt.date.fromisoformat(str(value)).isoformat()


def _store_bool(value: Any) -> int:
    if value is True or value is False or (type(value) is int and value in (0, 1)):
        return int(value)
    raise ValueError("not a boolean")


_STORERS: dict[str, Convert] = {
    "instant": _store_instant,
    "date": _store_date,
    "bool": _store_bool,
}
MISSING: Any = object()  # a column the bundle row does not have (an older minor schema)


def fast_path(table: Table) -> bool:
    """True when every instant column is a ``UTCDateTime`` (what ``_store_instant`` writes)."""
    return all(
        type(c.type).__name__ == "UTCDateTime" for c in table.c if _kind(table, c.key) == "instant"
    )


def row_storer(table: Table) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """JSON row → tuple in column order, as SQLite stores it; ValueError on a bad value.

    Keys we do not know (a newer minor schema) are dropped; absent columns are ``MISSING``.
    """
    keys = [c.key for c in table.c]
    plan = [(i, _STORERS[k]) for i, k in enumerate(_kind(table, key) for key in keys) if k]

    def store(row: dict[str, Any]) -> tuple[Any, ...]:
        try:
            values = [row[k] for k in keys]
        except KeyError:
            values = [row.get(k, MISSING) for k in keys]
        for i, fn in plan:
            v = values[i]
            if v is not None and v is not MISSING:
                values[i] = fn(v)
        return tuple(values)

    return store


def from_storage(table: Table, values: tuple[Any, ...]) -> dict[str, Any]:
    """A stored-form tuple back into column values (absent columns left out)."""
    out: dict[str, Any] = {}
    for col, v in zip(table.c, values, strict=True):
        if v is MISSING:
            continue
        kind = _kind(table, col.key) if v is not None else ""
        if kind == "instant":
            v = dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC)
        elif kind == "date":
            v = dt.date.fromisoformat(v)
        elif kind == "bool":
            v = bool(v)
        out[col.key] = v
    return out


def insert_rows(s: Session, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Insert stored-form rows: one driver ``executemany`` on SQLite when every column is
    present, else through SQLAlchemy (column defaults for absent columns, other backends).
    """
    complete = [r for r in rows if MISSING not in r]
    partial = [from_storage(table, r) for r in rows if MISSING in r]
    if s.get_bind().dialect.name == "sqlite" and fast_path(table):
        names = ", ".join(f'"{c.name}"' for c in table.c)
        marks = ", ".join("?" for _ in table.c)
        if complete:
            s.connection().exec_driver_sql(
                f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', complete
            )
    else:
        partial = [from_storage(table, r) for r in complete] + partial
    for row in partial:
        s.execute(insert(table).values(**row))
