"""Per-record merge: the state of a record is a function of the set of its changes.

For every synced field, the writers no later writer has seen are the field's *heads*: one
head (or several with the same value) gives the value; different values give a conflict
whose interim value is the head with the highest HLC (then device id, which ends the HLC).
A record is deleted when its heads are all deletes; deletes next to edits are a conflict and
keep the record. Because the result depends only on the set of changes, every device that
holds the same changes shows the same rows, versions and conflicts, whatever the order.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from rts_desktop.db.capture import dumps
from rts_desktop.db.hlc import hlc_key
from rts_desktop.models import Change, Conflict, Tombstone
from rts_desktop.sync.history import (
    RECORD_OPS,
    Line,
    decode_value,
    from_change,
    line_from_row,
    synced_tables,
)

_NS = uuid.UUID("6f1c3a52-7d0e-4a8e-9a41-3c5b2f0d9e11")
_CHUNK = 500
KEEP = "keep"  # the candidate of a record kept because live rows still point at it


def heads(lines: list[Line]) -> list[Line]:
    """The changes no other change in ``lines`` has seen."""
    return [c for c in lines if not any(d is not c and d.saw(c) for d in lines)]


def conflict_id(table: str, record_id: str, field: str | None, ids: list[str]) -> str:
    key = "|".join([table, record_id, field or "", *sorted(ids)])
    return str(uuid.uuid5(_NS, key))


@dataclass
class Wanted:
    id: str
    field: str | None
    base_value: Any
    candidates: list[dict[str, Any]]
    created_hlc: str


def _candidate(c: Line, value: Any) -> dict[str, Any]:
    return {
        "value": value,
        "op": c.op,
        "device": c.origin_device,
        "author": c.author,
        "hlc": c.hlc,
        "change_id": c.change_id,
    }


def load_history(s: Session, table: str, record_id: str) -> list[Line]:
    rows = s.scalars(
        select(Change).where(
            Change.table_name == table, Change.record_id == record_id, Change.op.in_(RECORD_OPS)
        )
    )
    return [from_change(c) for c in rows]


@dataclass
class Prefetched:
    """What ``recompute`` reads about many records, loaded with a few IN queries."""

    histories: dict[tuple[str, str], list[Line]]
    rows: dict[tuple[str, str], Any]
    tombstones: set[tuple[str, str]]
    conflicts: dict[tuple[str, str], list[Conflict]]


def prefetch(s: Session, records: set[tuple[str, str]]) -> Prefetched:
    """Histories, current rows, tombstones and conflicts of ``records`` (table, id)."""
    out = Prefetched({}, {}, set(), {})
    by_table: dict[str, list[str]] = {}
    for table_name, record_id in sorted(records):
        by_table.setdefault(table_name, []).append(record_id)
        out.histories[(table_name, record_id)] = []
        out.conflicts[(table_name, record_id)] = []
    changes = Change.__table__
    for table_name, ids in by_table.items():
        table = synced_tables().get(table_name)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in s.execute(
                select(changes).where(
                    changes.c.table_name == table_name,
                    changes.c.record_id.in_(chunk),
                    changes.c.op.in_(RECORD_OPS),
                )
            ).mappings():
                out.histories[(table_name, row["record_id"])].append(line_from_row(row))
            if table is not None:
                for row in s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                    out.rows[(table_name, row["id"])] = row
            out.tombstones.update(
                (table_name, r)
                for r in s.scalars(
                    select(Tombstone.record_id).where(
                        Tombstone.table_name == table_name, Tombstone.record_id.in_(chunk)
                    )
                )
            )
            for c in s.scalars(
                select(Conflict).where(
                    Conflict.table_name == table_name, Conflict.record_id.in_(chunk)
                )
            ):
                out.conflicts[(table_name, c.record_id)].append(c)
    return out


def _field_state(
    table: str, record_id: str, field: str, history: list[Line]
) -> tuple[bool, Any, Wanted | None]:
    """(has writers, value, conflict) of one field."""
    writers = [c for c in history if c.op in ("insert", "update") and field in c.fields]
    if not writers:
        return False, None, None
    tops = sorted(heads(writers), key=lambda c: hlc_key(c.hlc))
    winner = tops[-1]
    values = {dumps({"v": c.fields[field]}) for c in tops}
    if len(values) == 1:
        return True, winner.fields[field], None
    common = [c for c in writers if all(t.saw(c) for t in tops)]
    base = max(common, key=lambda c: hlc_key(c.hlc)).fields[field] if common else None
    wanted = Wanted(
        id=conflict_id(table, record_id, field, [c.change_id for c in tops]),
        field=field,
        base_value=base,
        candidates=[_candidate(c, c.fields[field]) for c in tops],
        created_hlc=winner.hlc,
    )
    return True, winner.fields[field], wanted


def recompute(
    s: Session,
    table_name: str,
    record_id: str,
    *,
    forced: bool = False,
    pre: Prefetched | None = None,
) -> str:
    """Write the record's merged state; returns inserted, updated, deleted or same.

    ``forced`` keeps a record whose heads are deletes because live rows still point at it
    (a child written elsewhere while the parent was deleted): a conflict, not a crash.
    ``pre`` holds the record's state read in bulk beforehand (it must still be current).
    """
    table = synced_tables().get(table_name)
    key = (table_name, record_id)
    history = pre.histories[key] if pre is not None else load_history(s, table_name, record_id)
    if table is None or not history:
        return "same"
    edits = [c for c in history if c.op != "erase"]
    edit_heads = sorted(heads(edits), key=lambda c: hlc_key(c.hlc))
    deletes = [c for c in edit_heads if c.op == "delete"]
    deleted = bool(edit_heads) and len(deletes) == len(edit_heads)
    version = max(heads(history), key=lambda c: hlc_key(c.hlc)).change_id
    wanted: list[Wanted] = []
    if deletes and (not deleted or forced):
        ids = [c.change_id for c in edit_heads] + ([KEEP] if deleted else [])
        candidates = [_candidate(c, None) for c in edit_heads]
        if deleted:
            candidates.append(
                {
                    "value": None,
                    "op": KEEP,
                    "device": None,
                    "author": None,
                    "hlc": None,
                    "change_id": None,
                }
            )
        wanted.append(
            Wanted(
                conflict_id(table_name, record_id, None, ids),
                None,
                None,
                candidates,
                edit_heads[-1].hlc,
            )
        )
    if pre is not None:
        current = pre.rows.get(key)
    else:
        current = s.execute(select(table).where(table.c.id == record_id)).mappings().first()
    existing = pre.conflicts[key] if pre is not None else None
    if deleted and not forced:
        outcome = "same"
        if current is not None:
            s.execute(delete(table).where(table.c.id == record_id))
            outcome = "deleted"
        last = deletes[-1]
        s.merge(
            Tombstone(
                table_name=table_name, record_id=record_id, change_id=last.change_id, hlc=last.hlc
            )
        )
        sync_conflicts(s, table_name, record_id, wanted, version, existing)
        return outcome
    values: dict[str, Any] = {}
    for key in [col.key for col in table.c]:
        if key == "version":
            continue
        has, value, conflict = _field_state(table_name, record_id, key, history)
        if has:
            values[key] = decode_value(table, key, value)
        elif current is None:
            # a record known only as a baseline (snapshot) brought back: its last values
            old = [c for c in sorted(deletes, key=lambda c: hlc_key(c.hlc)) if key in c.old]
            values[key] = decode_value(table, key, old[-1].old[key]) if old else None
        if conflict is not None:
            wanted.append(conflict)
    values["version"] = version
    if pre is None or key in pre.tombstones:
        s.execute(
            delete(Tombstone).where(
                Tombstone.table_name == table_name, Tombstone.record_id == record_id
            )
        )
    sync_conflicts(s, table_name, record_id, wanted, version, existing)
    if current is None:
        values["id"] = record_id
        s.execute(insert(table), _complete(table, values))
        return "inserted"
    changed = {k: v for k, v in values.items() if current[k] != v}
    if not changed:
        return "same"
    s.execute(update(table).where(table.c.id == record_id).values(**changed))
    return "updated"


def _complete(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Fill columns no change wrote (a newer schema's field we lack) with their default."""
    for col in table.c:
        if values.get(col.key) is None and not col.nullable and col.default is not None:
            arg = col.default.arg  # type: ignore[attr-defined]
            values[col.key] = arg(None) if callable(arg) else arg
    return values


def sync_conflicts(
    s: Session,
    table_name: str,
    record_id: str,
    wanted: list[Wanted],
    version: str,
    known: list[Conflict] | None = None,
) -> int:
    """Make the record's open conflicts exactly ``wanted``; returns how many were opened.

    ``known``: the record's conflict rows when already loaded.
    """
    if known is None:
        known = list(
            s.scalars(
                select(Conflict).where(
                    Conflict.table_name == table_name, Conflict.record_id == record_id
                )
            )
        )
    if not known and not wanted:
        s.flush()
        return 0
    existing = {c.id: c for c in known}
    opened = 0
    wanted_ids = {w.id for w in wanted}
    for c in existing.values():
        if c.id not in wanted_ids and c.status == "open":
            same_field = any(w.field == c.field for w in wanted)
            if same_field:  # superseded by a conflict with more candidates
                s.delete(c)
            else:
                c.status, c.resolved_by_change = "resolved", version
    for w in wanted:
        row = existing.get(w.id)
        candidates = json.dumps(w.candidates, ensure_ascii=False, sort_keys=True)
        base = None if w.base_value is None else dumps({"v": w.base_value})
        if row is None:
            s.add(
                Conflict(
                    id=w.id,
                    table_name=table_name,
                    record_id=record_id,
                    field=w.field,
                    base_value=base,
                    candidates=candidates,
                    status="open",
                    created_hlc=w.created_hlc,
                )
            )
            opened += 1
        else:
            if row.status != "open":
                opened += 1
            row.status, row.resolved_by_change = "open", None
            row.candidates, row.base_value = candidates, base
    s.flush()
    return opened
