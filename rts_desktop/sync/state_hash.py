"""Canonical per-table state hash: equal knowledge with different hashes means divergence.

A table's hash is the sha256 of its rows sorted by id, one line each: the synced fields (not
``version``, which a direct corruption would not change anyway) as SQLite ``quote()`` literals
joined by commas. SQLite builds the text in C a chunk of rows at a time, so hashing costs one
index-ordered scan and no Python per row. Values are read as stored (every device writes them
through the same column types). Bundles carry ``HASH_FORMAT`` next to the hashes and only
hashes of the same format are compared (an older app's hashes are ignored, not "diverged").
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy.orm import Session

from rts_desktop.sync.history import synced_tables

HASH_FORMAT = "sqlite-quote-1"
_CHUNK = 20_000


def _columns(table_name: str) -> list[str]:
    return [c.name for c in synced_tables()[table_name].c if c.key != "version"]


def _quote(value: Any) -> str:
    """SQLite ``quote()`` in Python, for databases that are not SQLite: of the value as a
    SQLite database stores it (instants as SQLAlchemy's ISO text with microseconds), so a
    server and a laptop holding the same rows have the same hash."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return "'" + value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") + "'"
    if isinstance(value, bytes | bytearray | memoryview):
        return "X'" + bytes(value).hex().upper() + "'"
    return "'" + str(value).replace("'", "''") + "'"


def _sqlite_hash(s: Session, table_name: str) -> str:
    expr = "||','||".join(f'quote("{c}")' for c in _columns(table_name))
    sql = (
        "SELECT group_concat(r, char(10)), max(id), count(*) FROM "
        f'(SELECT {expr} AS r, id FROM "{table_name}" WHERE id > ? ORDER BY id LIMIT {_CHUNK})'
    )
    digest = hashlib.sha256()
    conn = s.connection()
    last = ""
    while True:
        text, last_id, n = conn.exec_driver_sql(sql, (last,)).one()
        if not n:
            break
        digest.update(text.encode("utf-8"))
        digest.update(b"\n")
        if n < _CHUNK:
            break
        last = last_id
    return digest.hexdigest()


def _python_hash(s: Session, table_name: str) -> str:
    names = ", ".join(f'"{c}"' for c in _columns(table_name))
    digest = hashlib.sha256()
    rows = s.connection().exec_driver_sql(f'SELECT {names} FROM "{table_name}" ORDER BY id')
    for row in rows:
        digest.update(",".join(_quote(v) for v in row).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def table_hash(s: Session, table_name: str) -> str:
    """sha256 over the table's rows sorted by id (see the module docstring for the text)."""
    if s.get_bind().dialect.name == "sqlite":
        return _sqlite_hash(s, table_name)
    return _python_hash(s, table_name)


def state_hashes(s: Session) -> dict[str, str]:
    return {name: table_hash(s, name) for name in synced_tables()}


def diverged_tables(mine: dict[str, str], theirs: dict[str, str]) -> list[str]:
    return sorted(t for t, h in theirs.items() if t in mine and mine[t] != h)
