"""SQL that differs between SQLite and PostgreSQL, one function per query.

Each function returns a SQLAlchemy element compiled for the dialect of the connection that
runs it (``@compiles`` per dialect), so a service builds one statement for both engines and
never asks which one it is on.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy import (
    table as sql_table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement, GenericFunction
from sqlalchemy.sql.sqltypes import NullType

from rts_desktop.models import Base, calendar

#: events whose occurrences can reach more than a day past their start (the predicate of
#: the partial index ``ix_events_spanning``; the query must repeat it word for word)
SPANNING_SQL = {"sqlite": calendar.SPANNING_SQL, "postgresql": calendar.SPANNING_SQL_PG}


class _Spanning(ColumnElement[bool]):
    """``SPANNING_SQL`` of the dialect that compiles it (untyped, like ``text()``: a
    boolean would become ``(...) = 1`` on SQLite, which the partial index does not match)."""

    type = NullType()
    inherit_cache = True


@compiles(_Spanning)
def _spanning_default(element: _Spanning, compiler: Any, **kw: Any) -> str:
    return f"({SPANNING_SQL['sqlite']})"


@compiles(_Spanning, "postgresql")
def _spanning_postgresql(element: _Spanning, compiler: Any, **kw: Any) -> str:
    return f"({SPANNING_SQL['postgresql']})"


def spanning_events() -> ColumnElement[bool]:
    """Recurring events and single ones longer than a day (``events`` columns, unqualified)."""
    return _Spanning()


class _json_values(FunctionElement[Any]):
    """The elements of a JSON array parameter as rows of one text column ``value``."""

    name = "json_values"
    inherit_cache = True


@compiles(_json_values)
def _json_values_sqlite(element: _json_values, compiler: Any, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(_json_values, "postgresql")
def _json_values_postgresql(element: _json_values, compiler: Any, **kw: Any) -> str:
    param = compiler.process(element.clauses, **kw)
    return f"jsonb_array_elements_text(CAST({param} AS jsonb)) AS value"


def json_id_list(name: str) -> Select[Any]:
    """``SELECT value FROM <the JSON array bound as name>``: a list of ids as one parameter
    (binding thousands one by one costs as much as the query)."""
    return select(literal_column("value")).select_from(_json_values(bindparam(name)))


class group_concat(GenericFunction[str]):
    """``func.group_concat(value, separator)`` on both engines (``string_agg`` on
    PostgreSQL, which wants text arguments)."""

    type = String()
    inherit_cache = True


@compiles(group_concat, "postgresql")
def _group_concat_postgresql(element: group_concat, compiler: Any, **kw: Any) -> str:
    args = [compiler.process(arg, **kw) for arg in element.clauses]
    value = f"CAST({args[0]} AS TEXT)"
    separator = args[1] if len(args) > 1 else "','"
    return f"string_agg({value}, {separator})"


def defer_foreign_keys(s: Session) -> None:
    """Check the foreign keys at the commit of this transaction, not at each statement (an
    import applies a bundle in its own order; the commit still refuses a dangling one)."""
    name = s.get_bind().dialect.name
    if name == "sqlite":
        s.execute(text("PRAGMA defer_foreign_keys=ON"))
    elif name == "postgresql":  # the foreign keys are DEFERRABLE there (the migrations)
        s.execute(text("SET CONSTRAINTS ALL DEFERRED"))


def missing_parents(s: Session, tables: list[str] | None) -> set[tuple[str, str]]:
    """(parent table, id) of the records that rows of ``tables`` (None: all) point at but
    that are not there: the foreign-key violations a deferred check would refuse."""
    if s.get_bind().dialect.name == "sqlite":
        return _missing_parents_sqlite(s, tables)
    wanted = set(tables) if tables is not None else None
    found: set[tuple[str, str]] = set()
    for table in Base.metadata.sorted_tables:
        if wanted is not None and table.name not in wanted:
            continue
        for fk in table.foreign_keys:
            child, parent = fk.parent, fk.column
            orphan = parent.table.alias("p")
            query = (
                select(child)
                .where(child.is_not(None))
                .where(~exists().where(orphan.c[parent.name] == child))
                .distinct()
            )
            found.update((parent.table.name, value) for value in s.scalars(query))
    return found


def _missing_parents_sqlite(s: Session, tables: list[str] | None) -> set[tuple[str, str]]:
    if tables is None:
        violations = list(s.execute(text("PRAGMA foreign_key_check")).all())
    else:
        violations = []
        for table in tables:
            violations += s.execute(text(f'PRAGMA foreign_key_check("{table}")')).all()
    parents: set[tuple[str, str]] = set()
    for child_table, rowid, parent_table, fkid in violations:
        fk = s.execute(text(f'PRAGMA foreign_key_list("{child_table}")')).all()
        column = next(row[3] for row in fk if row[0] == fkid)
        value = s.execute(
            text(f'SELECT "{column}" FROM "{child_table}" WHERE rowid = :r'), {"r": rowid}
        ).scalar()
        if value is not None:
            parents.add((parent_table, value))
    return parents


def notify(conn: Session | Connection, channel: str, payload: str) -> None:
    """``pg_notify(channel, payload)`` in the transaction of ``conn`` (delivered to the
    listeners when it commits, dropped when it rolls back); nothing on SQLite, which has no
    other PC to tell."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        conn.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": channel, "payload": payload}
        )


def lock_rows(s: Session, table: type[Any], ids: list[str]) -> None:
    """Hold the rows ``ids`` of ``table`` until this transaction ends, so a check that reads
    other rows and then writes (the beds of a room on every day) cannot interleave with the
    same check in another transaction.

    PostgreSQL: ``SELECT ... FOR UPDATE`` (in id order: two writers locking the same rows
    never wait for each other in a circle); the records of those rows this session loaded
    before the lock are expired (unless it changed them), so they are read again as the
    lock found them. SQLite: nothing to do, a write session began with ``BEGIN IMMEDIATE``
    and already holds the database's only write lock.
    """
    if not ids or s.get_bind().dialect.name != "postgresql":
        return
    wanted = sorted(set(ids))
    column = table.__table__.c.id
    s.execute(select(column).where(column.in_(wanted)).order_by(column).with_for_update())
    for obj in list(s.identity_map.values()):
        if isinstance(obj, table) and obj.id in wanted and obj not in s.dirty:
            s.expire(obj)


def bump_counter(s: Session, name: str) -> int:
    """Add one to the counter ``name`` (created at 1) and return the new value, in one
    statement: ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``. Two server clients at the
    same instant each get their own number (the row lock of the upsert orders them); there
    is no read-then-write to interleave."""
    from sqlalchemy.dialects import postgresql, sqlite

    table = Base.metadata.tables["counters"]
    insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = insert(table).values(name=name, value=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.name], set_={"value": table.c.value + 1}
    ).returning(table.c.value)
    value = s.execute(stmt).scalar_one()
    return int(value)


# ---- server roles (migration 0015) ------------------------------------------------------

#: the group bundle imports write as on a server (every record, no audit entry of its own)
DEVICE_ROLE = "rts_device"


def act_as_device(s: Session) -> None:
    """A bundle import on a server writes as the device for the rest of its transaction:
    ``SET LOCAL ROLE rts_device`` when the signed-in operator's login role may (a
    coordinator's or an administrator's); a no-op on SQLite and for other connections."""
    if s.get_bind().dialect.name != "postgresql":
        return
    allowed = s.execute(
        text(
            "SELECT left(current_user, 3) = 'op_' "
            "AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :g) "
            "AND pg_has_role(current_user, :g, 'MEMBER')"
        ),
        {"g": DEVICE_ROLE},
    ).scalar()
    if allowed:
        s.execute(text(f"SET LOCAL ROLE {DEVICE_ROLE}"))


class days_between(GenericFunction[int]):
    """``func.days_between(start, end)``: whole days from one date to another (``julianday``
    on SQLite, date subtraction on PostgreSQL)."""

    type = Integer()
    inherit_cache = True


@compiles(days_between)
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(CAST({end} AS DATE) - CAST({start} AS DATE))"


#: the shortest word a trigram index can look up
TRIGRAM = 3


class _KeyHolds(ColumnElement[Any]):
    """One condition written for each engine; the compiling dialect picks its own
    (untyped, like :class:`_Spanning`)."""

    type = NullType()
    inherit_cache = False

    def __init__(self, sqlite: ColumnElement[Any], postgresql: ColumnElement[Any]) -> None:
        self.sqlite, self.postgresql = sqlite, postgresql


@compiles(_KeyHolds)
def _key_holds_sqlite(element: _KeyHolds, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


@compiles(_KeyHolds, "postgresql")
def _key_holds_postgresql(element: _KeyHolds, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


def _like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def key_holds_words(key: Column[str], found: list[str], *, fts: str) -> ColumnElement[Any]:
    """Rows whose folded ``key`` holds every word of ``found`` (not empty), by the
    engine's trigram index: on SQLite one MATCH of quoted substrings in the FTS5 table
    ``fts`` (external content on ``key``'s table) for words of three characters or more,
    ``instr`` for shorter ones; on PostgreSQL ``LIKE '%word%'`` per word, which a
    ``pg_trgm`` GIN index on ``key`` serves."""
    on_sqlite: list[ColumnElement[bool]] = []
    long = [w for w in found if len(w) >= TRIGRAM]
    if long:
        phrase = " ".join('"' + w.replace('"', '""') + '"' for w in long)
        hits = (
            select(literal_column("rowid"))
            .select_from(sql_table(fts))
            .where(literal_column(fts).op("MATCH")(phrase))
        )
        on_sqlite.append(literal_column(f"{key.table.name}.rowid").in_(hits))  # type: ignore[attr-defined]
    on_sqlite += [func.instr(key, w) > 0 for w in found if len(w) < TRIGRAM]
    on_postgresql = [key.like(f"%{_like_escaped(w)}%", escape="\\") for w in found]
    return _KeyHolds(and_(*on_sqlite), and_(*on_postgresql))


_SQLITE_CONSTRAINT = re.compile(
    r"(UNIQUE|CHECK|NOT NULL|FOREIGN KEY) constraint failed(?:: ([\w., ]+))?"
)
#: PostgreSQL's SQLSTATE of each kind of integrity rule
_PG_CONSTRAINT = {"23505": "UNIQUE", "23514": "CHECK", "23502": "NOT NULL", "23503": "FOREIGN KEY"}


def violated_rule(error: BaseException | None) -> str | None:
    """The kind and name of the integrity rule a driver error reports ("CHECK
    ck_beneficiaries_x", "NOT NULL beneficiaries.first_name"), schema names only, never
    SQL text or values; None for any other error."""
    if error is None:
        return None
    kind = _PG_CONSTRAINT.get(getattr(error, "sqlstate", None) or "")
    if kind is not None:
        diag = error.diag  # type: ignore[attr-defined]
        name = diag.constraint_name
        if name is None and diag.table_name and diag.column_name:
            name = f"{diag.table_name}.{diag.column_name}"
        return f"{kind} {name}" if name else kind
    found = _SQLITE_CONSTRAINT.search(str(error))
    return " ".join(p for p in found.groups() if p) if found else None
