"""GDPR art. 17 erasure: an ``erase`` change that purges a person's values everywhere.

Every device applying it purges the personal values of the person and of the rows that
point at them (identifiers, notes, documents...) from the rows, from the payloads of every
change that did not see the erasure (so no replay brings them back) and from attachments,
and adds them to the erasure ledger; a change arriving later for a ledger record is purged
on arrival unless its author had already seen the erasure (new data entered on purpose).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import String, Text, delete, select, update
from sqlalchemy.orm import Session

from rts_desktop.db.capture import dumps
from rts_desktop.kernel.context import utc_now
from rts_desktop.models import Change, Conflict, Erasure, PendingChange
from rts_desktop.sync.history import Line, from_change, synced_tables
from rts_desktop.sync.merge import recompute

PERSON = "beneficiaries"
ERASED = "[cancellato]"
#: columns kept as they are: keys, codes, kinds and dates that say nothing about the person
_KEEP = {"id", "version", "code", "kind", "doc_type", "relation", "is_head", "moment"}
_EXTRA = {
    "identifiers": {"value": ERASED, "issued_by": None},
    "documents": {"title": ERASED, "filename": ERASED, "sha256": ""},
}


def _purged_values(table_name: str) -> dict[str, Any]:
    """Column → replacement for one table of the erasure scope."""
    table = synced_tables()[table_name]
    out: dict[str, Any] = {}
    for col in table.c:
        if col.key in _KEEP or col.foreign_keys:
            continue
        if table_name == PERSON:
            if isinstance(col.type, String | Text) or col.nullable:
                out[col.key] = None if col.nullable else ERASED
        elif isinstance(col.type, Text):
            out[col.key] = None if col.nullable else ERASED
    if table_name == PERSON:
        out["search_name"] = ""
    out.update(_EXTRA.get(table_name, {}))
    return out


def scrub(table_name: str, payload: dict[str, Any]) -> dict[str, Any]:
    purge = _purged_values(table_name) if table_name in synced_tables() else {}
    return {k: purge.get(k, v) for k, v in payload.items()}


def scrub_line(line: Line) -> Line:
    line.fields = scrub(line.table_name, line.fields)
    line.old = scrub(line.table_name, line.old)
    return line


def related_tables() -> list[tuple[str, str]]:
    """(table, column) pairs pointing at a person."""
    out = []
    for name, table in synced_tables().items():
        for col in table.c:
            if any(fk.column.table.name == PERSON for fk in col.foreign_keys):
                out.append((name, col.key))
    return out


def erase_change(s: Session, change_id: str) -> Line | None:
    row = s.get(Change, change_id)
    return from_change(row) if row is not None else None


def ledger_keys(s: Session) -> set[tuple[str, str]]:
    """(table, record id) of every record in the erasure ledger."""
    return {(t, r) for t, r in s.execute(select(Erasure.table_name, Erasure.record_id))}


def needs_scrub(s: Session, line: Line) -> bool:
    """A change for a ledger record that did not see the erasure."""
    entry = s.get(Erasure, (line.table_name, line.record_id))
    if entry is None:
        return False
    erase = erase_change(s, entry.change_id)
    return erase is None or not line.saw(erase)


def apply_erasure(s: Session, erase: Line, shas: set[str]) -> set[tuple[str, str]]:
    """Purge the person of ``erase`` and the rows pointing at them; returns the scope.

    ``shas`` collects the attachment files to delete once the transaction is committed.
    """
    scope = {(PERSON, erase.record_id)}
    for table_name, column in related_tables():
        table = synced_tables()[table_name]
        ids = s.scalars(select(table.c.id).where(table.c[column] == erase.record_id))
        scope.update((table_name, i) for i in ids)
    for table_name, record_id in sorted(scope):
        purge_record(s, table_name, record_id, erase, shas)
    return scope


def purge_record(s: Session, table_name: str, record_id: str, erase: Line, shas: set[str]) -> None:
    table = synced_tables()[table_name]
    if table_name == "documents":
        sha = s.scalar(select(table.c.sha256).where(table.c.id == record_id))
        if sha:
            shas.add(sha)
    if s.get(Erasure, (table_name, record_id)) is None:
        s.add(
            Erasure(
                table_name=table_name,
                record_id=record_id,
                change_id=erase.change_id,
                erased_at=utc_now(),
            )
        )
    for change in s.scalars(
        select(Change).where(Change.table_name == table_name, Change.record_id == record_id)
    ):
        line = from_change(change)
        if change.change_id == erase.change_id or line.saw(erase):
            continue
        if table_name == "documents":
            shas.update(v for v in (line.fields.get("sha256"), line.old.get("sha256")) if v)
        change.fields = dumps(scrub(table_name, line.fields))
        change.old = dumps(scrub(table_name, line.old))
    for pending in s.scalars(select(PendingChange)):
        raw = json.loads(pending.payload)
        if raw.get("table_name") == table_name and raw.get("record_id") == record_id:
            raw["fields"] = scrub(table_name, raw.get("fields") or {})
            raw["old"] = scrub(table_name, raw.get("old") or {})
            pending.payload = dumps(raw)
    s.execute(
        delete(Conflict).where(Conflict.table_name == table_name, Conflict.record_id == record_id)
    )
    purge = _purged_values(table_name)
    s.flush()
    # rows known only from a snapshot (no history to replay) are purged in place first
    if purge:  # a table with no personal column (household_members) has nothing to blank
        s.execute(update(table).where(table.c.id == record_id).values(**purge))
    recompute(s, table_name, record_id)


def enforce_ledger(s: Session, shas: set[str]) -> None:
    """Rows pointing at an erased person that are not purged yet (written concurrently)."""
    erased = {
        e.record_id: e.change_id
        for e in s.scalars(select(Erasure).where(Erasure.table_name == PERSON))
    }
    if not erased:
        return
    for table_name, column in related_tables():
        table = synced_tables()[table_name]
        known = select(Erasure.record_id).where(Erasure.table_name == table_name)
        rows = s.execute(
            select(table.c.id, table.c[column]).where(
                table.c[column].in_(list(erased)), table.c.id.not_in(known)
            )
        ).all()
        for record_id, person in rows:
            erase = erase_change(s, erased[person])
            if erase is None:
                continue
            inserted = s.scalar(
                select(Change).where(
                    Change.table_name == table_name,
                    Change.record_id == record_id,
                    Change.op == "insert",
                )
            )
            if inserted is not None and from_change(inserted).saw(erase):
                continue  # entered after the erasure, on purpose
            purge_record(s, table_name, record_id, erase, shas)
