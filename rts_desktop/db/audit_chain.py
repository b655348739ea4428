"""Linking every audit entry into the local hash chain at commit, and verifying the chain.

Whatever writes an audit entry (the service audit writer through the ORM, the sync import
through Core inserts or the driver), the statement goes through the engine: a cursor hook
notes the ids of the entries inserted on the connection, and a ``before_commit`` hook of
every session links them, in (at, id) order, in the same transaction. An insert whose ids
cannot be read from its parameters asks for a full scan of unlinked entries instead.

On PostgreSQL the server links every entry itself (a trigger, migration 0015, under a lock
so concurrent clients never fork the chain): the hooks leave that engine alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session

from rts_desktop.kernel.audit_chain import (
    CHAIN,
    ENTRIES,
    FIELDS,
    GENESIS,
    SELECT_FIELDS,
    entry_hash,
    link_entries,
)

NEW_IDS_KEY = "rts_new_audit_ids"
SCAN_KEY = "rts_audit_scan"
READONLY_KEY = "rts_readonly"  # the same key as ``capture.READONLY_KEY``

_INSERT = re.compile(
    rf'^\s*INSERT\s+INTO\s+"?{ENTRIES}"?\s*\(([^)]*)\)\s*VALUES', re.IGNORECASE | re.DOTALL
)


def _inserted_ids(statement: str, parameters: Any, executemany: bool) -> list[str] | None:
    """The ids an INSERT into the audit table writes, or None when they cannot be read."""
    found = _INSERT.match(statement)
    if found is None:
        return None
    columns = [c.strip().strip('"') for c in found.group(1).split(",")]
    if "id" not in columns:
        return None
    where = columns.index("id")
    sets = list(parameters) if executemany else [parameters]
    ids: list[str] = []
    for params in sets:
        if isinstance(params, Mapping):
            if "id" not in params:
                return None
            ids.append(str(params["id"]))
        elif isinstance(params, Sequence) and len(params) % len(columns) == 0 and params:
            # one row, or several flattened into one statement (insertmanyvalues)
            ids += [str(params[i]) for i in range(where, len(params), len(columns))]
        else:
            return None
    return ids


def _before_cursor_execute(
    conn: Connection, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
) -> None:
    if (
        conn.dialect.name == "postgresql"
        or ENTRIES not in statement
        or statement.lstrip()[:6].upper() != "INSERT"
    ):
        return
    ids = _inserted_ids(statement, parameters, many)
    if ids is None:
        conn.info[SCAN_KEY] = True
    else:
        conn.info.setdefault(NEW_IDS_KEY, []).extend(ids)


def _forget(conn: Connection) -> None:
    conn.info.pop(NEW_IDS_KEY, None)
    conn.info.pop(SCAN_KEY, None)


def link_pending(conn: Connection) -> int:
    """Link the entries inserted on ``conn`` since its transaction began."""
    ids: list[str] | None = conn.info.pop(NEW_IDS_KEY, None)
    scan = bool(conn.info.pop(SCAN_KEY, False))
    if not ids and not scan:
        return 0
    return link_all(conn, None if scan else ids)


def link_all(conn: Connection, ids: Sequence[str] | None = None) -> int:
    """Link every unlinked entry (or the unlinked ones among ``ids``)."""

    def rows(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(text(sql), dict(params)).all()

    def many(sql: str, params: list[dict[str, Any]]) -> None:
        conn.execute(text(sql), params)

    return link_entries(rows, many, ids)


def _before_commit(session: Session) -> None:
    if session.info.get(READONLY_KEY):
        return
    if session.get_bind().dialect.name == "postgresql":
        return  # linked by the server's trigger
    session.flush()
    link_pending(session.connection())


def install() -> None:
    """Attach the linking to every engine and ORM session (idempotent)."""
    if not event.contains(Engine, "before_cursor_execute", _before_cursor_execute):
        event.listen(Engine, "before_cursor_execute", _before_cursor_execute)
        event.listen(Engine, "begin", _forget)
        event.listen(Engine, "rollback", _forget)
    if not event.contains(Session, "before_commit", _before_commit):
        event.listen(Session, "before_commit", _before_commit)


# ---- verification ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """The first bad link or entry: which entry, at which link, what is wrong."""

    entry_id: str
    seq: int | None
    problem: str  # hash_mismatch, prev_mismatch, missing_entry, unlinked
    message: str

    def as_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "seq": self.seq,
            "problem": self.problem,
            "message": self.message,
        }


@dataclass(frozen=True)
class ChainReport:
    links: int
    first_bad: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.first_bad is None

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "links": self.links,
            "first_bad": self.first_bad.as_json() if self.first_bad else None,
        }


def verify_chain(engine: Engine) -> ChainReport:
    """Recompute every link in seq order; the first bad one, else the first unlinked entry."""
    sql = (
        f"SELECT c.seq, c.entry_id, c.prev_hash, c.hash, e.id AS present, {SELECT_FIELDS} "
        f"FROM {CHAIN} c LEFT JOIN {ENTRIES} e ON e.id = c.entry_id ORDER BY c.seq"
    )
    links = 0
    with engine.connect() as conn:
        prev = GENESIS
        for row in conn.execute(text(sql)):
            links += 1
            seq, entry_id, prev_hash, digest, present = row[:5]
            bad = _link_problem(row[5:], seq, str(entry_id), prev, prev_hash, digest, present)
            if bad is not None:
                return ChainReport(links, bad)
            prev = digest
        unlinked = conn.execute(
            text(
                f"SELECT e.id FROM {ENTRIES} e WHERE NOT EXISTS "
                f"(SELECT 1 FROM {CHAIN} c WHERE c.entry_id = e.id) ORDER BY e.at, e.id LIMIT 1"
            )
        ).first()
    if unlinked is not None:
        return ChainReport(
            links,
            ChainProblem(str(unlinked[0]), None, "unlinked", "voce senza anello nella catena"),
        )
    return ChainReport(links, None)


def _link_problem(
    values: Sequence[Any],
    seq: int,
    entry_id: str,
    expected_prev: str,
    prev_hash: str,
    digest: str,
    present: Any,
) -> ChainProblem | None:
    if present is None:
        return ChainProblem(
            entry_id, seq, "missing_entry", "anello senza voce: voce del registro eliminata"
        )
    if prev_hash != expected_prev:
        return ChainProblem(
            entry_id,
            seq,
            "prev_mismatch",
            "hash precedente diverso: voci eliminate o riordinate prima di questa",
        )
    if entry_hash(dict(zip(FIELDS, values, strict=True)), prev_hash) != digest:
        return ChainProblem(entry_id, seq, "hash_mismatch", "hash diverso: voce modificata")
    return None
