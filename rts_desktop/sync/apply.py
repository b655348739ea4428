"""Applying received changes inside the import transaction (SYNC.md "Applying a change").

Known change → skipped. A gap in its origin's ``seq``, or a causal context this device has
not reached yet → held as pending. Otherwise the change is stored and its record merged
(``merge.recompute``). Then records left pointing at deleted parents are kept as conflicts,
erasures are enforced and this device's clock moves past everything received.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rts_desktop.db.capture import dumps
from rts_desktop.db.dialects import defer_foreign_keys, missing_parents
from rts_desktop.db.hlc import HlcState, parse_hlc, receive
from rts_desktop.kernel.errors import N_, BundleError
from rts_desktop.models import Base, Change, Conflict, PendingChange
from rts_desktop.sync import erasure
from rts_desktop.sync.history import RECORD_OPS, Line, from_change, parse_line, synced_tables
from rts_desktop.sync.knowledge import Vector, current_vector, self_device, set_knowledge
from rts_desktop.sync.merge import KEEP, prefetch, recompute

_CHUNK = 500


@dataclass
class ApplyStats:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    applied: int = 0
    conflicts: int = 0
    pending: int = 0
    erased_shas: set[str] = field(default_factory=set)


def known_ids(s: Session, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(s.scalars(select(Change.change_id).where(Change.change_id.in_(chunk))))
    return found


def _blocked_by(line: Line, vector: Vector) -> tuple[str, str] | None:
    """(reason, device waited for) when ``line`` cannot be applied yet."""
    if line.seq != vector.get(line.origin_device, 0) + 1:
        return "gap", line.origin_device
    for origin, seq in line.context.items():
        if vector.get(origin, 0) < seq:
            return "causal", origin
    return None


def apply_lines(s: Session, lines: list[Line], now_ms: int) -> ApplyStats:
    """Apply ``lines`` (and any held change they unblock) in causal order."""
    stats = ApplyStats()
    me = self_device(s)
    held = {p.change_id: p for p in s.scalars(select(PendingChange))}
    known = known_ids(s, [ln.change_id for ln in lines])
    todo: dict[str, Line] = {}
    for line in lines:
        if line.change_id in known or line.change_id in held or line.change_id in todo:
            stats.unchanged += 1
        elif line.origin_device == me.id:
            raise BundleError(
                N_(
                    "Il pacchetto contiene modifiche di questo portatile che non conosce: "
                    "il database potrebbe essere stato ripristinato da un backup vecchio."
                )
            )
        else:
            todo[line.change_id] = line
    for pending in held.values():
        todo[pending.change_id] = parse_line(json.loads(pending.payload))
    vector = current_vector(s)
    stored = stored_ahead(s, vector, me.id)
    for line in stored.values():
        todo[line.change_id] = line
    queues: dict[str, deque[Line]] = {}
    for line in sorted(todo.values(), key=lambda ln: (ln.origin_device, ln.seq)):
        queues.setdefault(line.origin_device, deque()).append(line)
    start_vector = dict(vector)
    touched: set[tuple[str, str]] = set()
    store = _Store(s, stats, touched)
    clock = HlcState(me.hlc_wall_ms, me.hlc_counter)
    progress = True
    while progress:
        progress = False
        for queue in queues.values():
            while queue:
                line = queue[0]
                if line.seq <= vector.get(line.origin_device, 0):
                    raise BundleError(
                        N_(
                            "Il pacchetto contiene modifiche incoerenti con quelle già presenti "
                            "(dispositivo {dev}, n. {seq})."
                        ).format(dev=line.origin_device, seq=line.seq)
                    )
                if _blocked_by(line, vector) is not None:
                    break
                queue.popleft()
                if line.change_id in stored:  # force-applied earlier: the vector catches up
                    if line.op in RECORD_OPS and line.table_name in synced_tables():
                        touched.add((line.table_name, line.record_id))
                else:
                    store.add(line)
                vector[line.origin_device] = line.seq
                clock = receive(clock, parse_hlc(line.hlc)[0], now_ms)
                if line.change_id in held:
                    s.delete(held.pop(line.change_id))
                progress = True
    store.write()
    for origin, seq in vector.items():
        if seq != start_vector.get(origin, 0):
            set_knowledge(s, origin, seq)
    for queue in queues.values():
        for line in queue:
            if line.change_id in stored:
                continue
            stats.pending += 1
            if line.change_id not in held:
                reason, _ = _blocked_by(line, vector) or ("gap", line.origin_device)
                s.add(
                    PendingChange(
                        change_id=line.change_id,
                        origin_device=line.origin_device,
                        seq=line.seq,
                        payload=dumps(line.as_json()),
                        reason=reason,
                        received_at=dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC),
                    )
                )
    s.flush()
    opened_before = _open_count(s)
    pre = prefetch(s, touched)
    for table_name, record_id in sorted(touched):
        _count(stats, recompute(s, table_name, record_id, pre=pre))
    keep_referenced_parents(s, set(touched))
    erasure.enforce_ledger(s, stats.erased_shas)
    stats.conflicts = max(0, _open_count(s) - opened_before)
    me.hlc_wall_ms, me.hlc_counter = clock.wall_ms, clock.counter
    return stats


def stored_ahead(s: Session, vector: Vector, me_id: str) -> dict[str, Line]:
    """Changes stored here beyond the gap-free vector (force-applied while held)."""
    out: dict[str, Line] = {}
    origins = s.scalars(
        select(Change.origin_device).where(Change.origin_device != me_id).distinct()
    )
    for origin in list(origins):
        for row in s.scalars(
            select(Change).where(Change.origin_device == origin, Change.seq > vector.get(origin, 0))
        ):
            out[row.change_id] = from_change(row)
    return out


def force_line(s: Session, line: Line, now_ms: int) -> ApplyStats:
    """Store and merge one held change now, leaving the knowledge vector where it is.

    Safe because a record's state depends only on the set of its changes: when the missing
    predecessors arrive they are merged too, and ``apply_lines`` then moves the vector over
    this change (see ``stored_ahead``).
    """
    stats = ApplyStats()
    touched: set[tuple[str, str]] = set()
    store = _Store(s, stats, touched)
    store.add(line)
    store.write()
    s.flush()
    opened_before = _open_count(s)
    pre = prefetch(s, touched)
    for table_name, record_id in sorted(touched):
        _count(stats, recompute(s, table_name, record_id, pre=pre))
    keep_referenced_parents(s, set(touched))
    erasure.enforce_ledger(s, stats.erased_shas)
    stats.conflicts = max(0, _open_count(s) - opened_before)
    me = self_device(s)
    clock = receive(HlcState(me.hlc_wall_ms, me.hlc_counter), parse_hlc(line.hlc)[0], now_ms)
    me.hlc_wall_ms, me.hlc_counter = clock.wall_ms, clock.counter
    return stats


def _open_count(s: Session) -> int:
    return len(list(s.scalars(select(Conflict.id).where(Conflict.status == "open"))))


def _count(stats: ApplyStats, outcome: str) -> None:
    if outcome == "inserted":
        stats.new += 1
    elif outcome == "updated":
        stats.updated += 1
    elif outcome == "deleted":
        stats.deleted += 1


class _Store:
    """Stores applied changes (inserted in batches) and notes the records to merge."""

    def __init__(self, s: Session, stats: ApplyStats, touched: set[tuple[str, str]]) -> None:
        self.s, self.stats, self.touched = s, stats, touched
        self.buffer: list[dict[str, Any]] = []
        self.ledger = erasure.ledger_keys(s)

    def write(self) -> None:
        if self.buffer:
            self.s.execute(insert(Change), self.buffer)
            self.buffer = []

    def add(self, line: Line) -> None:
        s = self.s
        if (line.table_name, line.record_id) in self.ledger:
            self.write()
            if erasure.needs_scrub(s, line):
                erasure.scrub_line(line)
        self.buffer.append(line.to_row())
        self.stats.applied += 1
        if line.op == "snapshot" or line.table_name not in synced_tables():
            return  # history only (a demo snapshot, or a table of a newer schema)
        if line.op == "erase":
            self.write()
            s.flush()
            self.touched.update(erasure.apply_erasure(s, line, self.stats.erased_shas))
            self.ledger = erasure.ledger_keys(s)
            return
        self.touched.add((line.table_name, line.record_id))


def remerge(s: Session, records: set[tuple[str, str]]) -> None:
    """Merge ``records`` again outside an import (after a local resolution or edit)."""
    defer_foreign_keys(s)
    for table_name, record_id in sorted(records):
        recompute(s, table_name, record_id)
    keep_referenced_parents(s, set(records))


def _tables_to_check(s: Session, records: set[tuple[str, str]] | None) -> list[str] | None:
    """Where a dangling reference can appear after writing ``records``: their own tables,
    and the tables pointing into a table where one of them is now gone (None: everywhere)."""
    if records is None:
        return None
    by_table: dict[str, set[str]] = {}
    for table_name, record_id in records:
        by_table.setdefault(table_name, set()).add(record_id)
    gone: set[str] = set()
    for table_name, ids in by_table.items():
        table = Base.metadata.tables[table_name]
        wanted = sorted(ids)
        present: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            present.update(s.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        if present != ids:
            gone.add(table_name)
    check = set(by_table)
    for table in Base.metadata.sorted_tables:
        if any(fk.column.table.name in gone for fk in table.foreign_keys):
            check.add(table.name)
    return sorted(check)


def keep_referenced_parents(s: Session, touched: set[tuple[str, str]] | None = None) -> None:
    """Records deleted here while live rows elsewhere still point at them come back as
    delete-vs-edit conflicts; records kept that way are released once nobody points at them.

    ``touched`` (records written by this import) limits the foreign-key check to where a
    dangling reference can appear, instead of scanning the whole database.
    """
    record_conflicts = list(
        s.scalars(select(Conflict).where(Conflict.status == "open", Conflict.field.is_(None)))
    )
    # Collected before releasing: releasing a kept record deletes it AND closes its conflict,
    # so asking for open conflicts afterwards missed exactly the released records; the check
    # below then skipped the tables pointing at them and a child still referring to one was
    # left dangling until the FOREIGN KEY check at commit refused the whole import.
    kept = {(c.table_name, c.record_id) for c in record_conflicts}
    for c in record_conflicts:
        if any(cand.get("op") == KEEP for cand in json.loads(c.candidates)):
            recompute(s, c.table_name, c.record_id)
    s.flush()
    if touched is not None:  # records kept by a conflict may have been released just now
        touched = touched | kept
    tables = _tables_to_check(s, touched)
    for _ in range(50):
        parents = missing_parents(s, tables)
        if not parents:
            return
        if touched is not None:  # a restored parent may itself point at a missing record
            touched = touched | parents
            tables = _tables_to_check(s, touched)
        for parent_table, parent_id in sorted(parents):
            if recompute(s, parent_table, parent_id, forced=True) == "same":
                raise BundleError(
                    N_(
                        "Il pacchetto fa riferimento a un record che questo portatile non ha "
                        "({table} {id})."
                    ).format(table=parent_table, id=parent_id)
                )
        s.flush()
