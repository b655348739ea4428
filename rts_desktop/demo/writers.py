"""Writing a simulated world: as ORM objects (change capture on) or by bulk insert (snapshot).

The rows hold storage values (ISO dates, naive-UTC instant text): the bulk path hands them
to ``executemany`` as they are; the ORM path turns them back into ``date``/aware
``datetime`` first. Attachments (a few placeholder PDFs) go to the content-addressed store
before the one transaction commits, and are removed again if it fails: a full disk leaves
an empty database and no stray files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, Date, Table, func
from sqlalchemy.dialects.postgresql import insert as pg_insert

from rts_desktop.db import Database
from rts_desktop.db.audit_chain import link_all
from rts_desktop.db.capture import dumps
from rts_desktop.db.hlc import HlcState, format_hlc
from rts_desktop.demo.world import World
from rts_desktop.kernel.audit_chain import link_entries
from rts_desktop.kernel.blobs import NewBlobs, new_blobs
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Base, Change, Counter, Device, Knowledge
from rts_desktop.models.base import UTCDateTime

SNAPSHOT_DEVICE_NAME = "Dati dimostrativi (snapshot)"


def _from_storage(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, UTCDateTime):
        return lambda v: dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    return None


def store_files(blobs: NewBlobs, files: dict[str, bytes]) -> None:
    """Put attachment contents at ``<files_dir>/<sha[:2]>/<sha>`` (idempotent, atomic)."""
    for sha, content in sorted(files.items()):
        blobs.put(content, sha256=sha)


def write_orm(db: Database, ctx: ActingContext, world: World) -> None:
    """Add every row as an ORM object in one write session: each gets its change row."""
    classes = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    with new_blobs(db.files_dir, db.key) as blobs, db.session(ctx) as s:
        for table in Base.metadata.sorted_tables:
            rows = world.rows.data.get(table.name)
            if not rows:
                continue
            columns = world.rows.columns[table.name]
            converters = [_from_storage(table.c[c].type) for c in columns]
            cls = classes[table.name]
            objects = []
            for row in rows:
                values = {
                    c: (conv(v) if conv is not None and v is not None else v)
                    for c, conv, v in zip(columns, converters, row, strict=True)
                }
                objects.append(cls(**values))
            s.add_all(objects)
            s.flush()
        _merge_counters(s, world.counters)
        s.flush()
        store_files(blobs, world.files)  # rows first (most of the space), files, then commit


def _merge_counters(s: Any, counters: dict[str, int]) -> None:
    for name, value in counters.items():
        found = s.get(Counter, name)
        if found is None:
            s.add(Counter(name=name, value=value))
        else:
            found.value = max(found.value, value)


def _insert_sql(
    table: Table, columns: tuple[str, ...], version: str
) -> tuple[str, tuple[Any, ...]]:
    """INSERT for the given columns, then ``version`` and the scalar defaults of the others.

    Returns the statement and the values to append to every row.
    """
    extra = ["version"]
    tail: list[Any] = [version]
    for column in table.columns:
        if column.name in columns or column.name == "version":
            continue
        default = column.default
        if default is not None and default.is_scalar:
            extra.append(column.name)
            tail.append(default.arg)
    names = ", ".join(f'"{c}"' for c in (*columns, *extra))
    marks = ", ".join("?" for _ in range(len(columns) + len(extra)))
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', tuple(tail)


def write_snapshot(
    db: Database,
    world: World,
    device_id: str,
    change_id: str,
    at_ms: int,
    progress: Callable[[str], None] | None = None,
) -> None:
    """Bulk-insert every row with ``version`` = the one snapshot change (SYNC.md origin).

    Runs on one raw connection with ``synchronous=OFF`` and foreign keys off during the
    load (the caller runs ``foreign_key_check`` afterwards); both are restored at the end.
    """
    say = progress or (lambda _msg: None)
    counts = world.rows.counts()
    if db.engine.dialect.name != "sqlite":
        _write_snapshot_server(db, world, device_id, change_id, at_ms, counts, say)
        return
    with new_blobs(db.files_dir, db.key) as blobs:
        raw_conn = db.engine.raw_connection()
        try:
            raw = raw_conn.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute("PRAGMA synchronous=OFF")
            raw.execute("PRAGMA cache_size=-400000")
            raw.execute("BEGIN IMMEDIATE")
            try:
                for table in Base.metadata.sorted_tables:
                    rows = world.rows.data.get(table.name)
                    if not rows:
                        continue
                    say(f"Scrittura {table.name} ({len(rows):,} righe)…".replace(",", "."))
                    sql, tail = _insert_sql(table, world.rows.columns[table.name], change_id)
                    rows.sort()  # by id: time-ordered ids keep the primary key index compact
                    raw.executemany(sql, [row + tail for row in rows])
                _snapshot_origin(raw, device_id, change_id, at_ms, counts)
                for name, value in world.counters.items():
                    raw.execute(
                        "INSERT INTO counters (name, value) VALUES (?, ?) "
                        "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
                        (name, value),
                    )
                link_entries(
                    lambda sql, params: raw.execute(sql, dict(params)).fetchall(),
                    raw.executemany,
                )
                store_files(blobs, world.files)  # before the commit, removed if it fails
                raw.execute("COMMIT")
            except BaseException:
                if raw.in_transaction:  # SQLite may have rolled back itself (disk full)
                    raw.execute("ROLLBACK")
                raise
            finally:
                raw.execute("PRAGMA synchronous=FULL")
                raw.execute("PRAGMA cache_size=-2000")
                raw.execute("PRAGMA foreign_keys=ON")
        finally:
            raw_conn.close()


def _snapshot_origin(
    raw: Any, device_id: str, change_id: str, at_ms: int, counts: dict[str, int]
) -> None:
    """One device, one ``snapshot`` change (seq 1) and the knowledge that it was applied."""
    enrolled = dt.datetime.fromtimestamp(at_ms / 1000, dt.UTC).replace(tzinfo=None)
    hlc = format_hlc(HlcState(at_ms, 0), device_id)
    raw.execute(
        f"INSERT INTO {Device.__tablename__} (id, name, is_self, enrolled_at, last_seq, hlc_wall_ms, hlc_counter)"
        " VALUES (?, ?, 0, ?, 1, ?, 0)",
        (device_id, SNAPSHOT_DEVICE_NAME, enrolled.isoformat(" ", "microseconds"), at_ms),
    )
    raw.execute(
        f"INSERT INTO {Change.__tablename__} (change_id, origin_device, seq, hlc, author, "
        "table_name, record_id, op, base_version, fields, old) "
        "VALUES (?, ?, 1, ?, NULL, '*', ?, 'snapshot', NULL, ?, '{}')",
        (change_id, device_id, hlc, change_id, dumps(counts)),
    )
    raw.execute(
        f"INSERT INTO {Knowledge.__tablename__} (origin_device, max_seq) VALUES (?, 1)",
        (device_id,),
    )


def _server_values(table: Table, names: list[str], rows: list[tuple[Any, ...]]) -> list[Any]:
    """Storage values for a server: SQLite's 0/1 booleans become booleans."""
    flags = [i for i, name in enumerate(names) if isinstance(table.c[name].type, Boolean)]
    if not flags:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i in flags:
            if values[i] is not None:
                values[i] = bool(values[i])
        out.append(tuple(values))
    return out


def _write_snapshot_server(
    db: Database,
    world: World,
    device_id: str,
    change_id: str,
    at_ms: int,
    counts: dict[str, int],
    say: Callable[[str], None],
) -> None:
    """``write_snapshot`` on a server (PostgreSQL): the same rows in one transaction, tables
    in dependency order (foreign keys stay on)."""
    with new_blobs(db.files_dir, db.key) as blobs, db.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            rows = world.rows.data.get(table.name)
            if not rows:
                continue
            say(f"Scrittura {table.name} ({len(rows):,} righe)…".replace(",", "."))
            sql, tail = _insert_sql(table, world.rows.columns[table.name], change_id)
            names = [n.strip().strip('"') for n in sql.split("(", 1)[1].split(")", 1)[0].split(",")]
            rows.sort()
            values = _server_values(table, names, [row + tail for row in rows])
            conn.exec_driver_sql(sql.replace("?", "%s"), values)
        enrolled = dt.datetime.fromtimestamp(at_ms / 1000, dt.UTC)
        hlc = format_hlc(HlcState(at_ms, 0), device_id)
        conn.execute(
            Device.__table__.insert(),
            {
                "id": device_id,
                "name": SNAPSHOT_DEVICE_NAME,
                "is_self": False,
                "enrolled_at": enrolled,
                "last_seq": 1,
                "hlc_wall_ms": at_ms,
                "hlc_counter": 0,
            },
        )
        conn.execute(
            Change.__table__.insert(),
            {
                "change_id": change_id,
                "origin_device": device_id,
                "seq": 1,
                "hlc": hlc,
                "author": None,
                "table_name": "*",
                "record_id": change_id,
                "op": "snapshot",
                "base_version": None,
                "fields": dumps(counts),
                "old": "{}",
            },
        )
        conn.execute(Knowledge.__table__.insert(), {"origin_device": device_id, "max_seq": 1})
        for name, value in world.counters.items():
            stmt = pg_insert(Counter.__table__).values(name=name, value=value)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["name"],
                    set_={"value": func.greatest(Counter.__table__.c.value, stmt.excluded.value)},
                )
            )
        link_all(conn)
        store_files(blobs, world.files)  # before the commit, removed if it fails
