"""Force-applying held changes (SYNC.md "Applying a change", step 2).

A change held because its predecessors never arrived can be applied by a coordinator after
some days. Each one is stored and merged in its own transaction; the knowledge vector stays
gap-free (it moves over these changes only once the missing ones arrive). A change that
still cannot stand on its own (an edit of a record this device has never seen, a row whose
parent is missing) stays pending.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.dialects import act_as_device, defer_foreign_keys
from rts_desktop.kernel.access import audit, require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, BundleError, ValidationError
from rts_desktop.models import Change, PendingChange
from rts_desktop.sync.apply import ApplyStats, force_line
from rts_desktop.sync.history import Line, parse_line, synced_tables
from rts_desktop.sync.importer import remove_blobs


@dataclass(frozen=True)
class ForceApplyReport:
    applied: int
    conflicts: int
    still_waiting: int

    def as_json(self) -> dict[str, int]:
        return {
            "applied": self.applied,
            "conflicts": self.conflicts,
            "still_waiting": self.still_waiting,
        }


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _stands_alone(s: Session, line: Line) -> bool:
    """False for an edit or delete of a record this device has never seen."""
    table = synced_tables().get(line.table_name)
    if line.op not in ("update", "delete") or table is None:
        return True
    history = s.scalar(
        select(func.count())
        .select_from(Change)
        .where(Change.table_name == line.table_name, Change.record_id == line.record_id)
    )
    if history:
        return True
    return s.execute(select(table.c.id).where(table.c.id == line.record_id)).first() is not None


def _force_one(
    db: Database, ctx: ActingContext, change_id: str, now_ms: int
) -> tuple[ApplyStats | None, set[str]]:
    """Apply one held change in its own transaction; None when it must keep waiting."""
    with db.session(ctx) as s:
        defer_foreign_keys(s)
        act_as_device(s)  # a server: the import writes as the device
        held = s.get(PendingChange, change_id)
        if held is None:
            return None, set()
        line = parse_line(json.loads(held.payload))
        if s.get(Change, change_id) is not None:  # stored meanwhile: nothing to apply
            s.delete(held)
            return None, set()
        if not _stands_alone(s, line):
            return None, set()
        s.delete(held)
        s.flush()
        stats = force_line(s, line, now_ms)
        audit(s, ctx, "force_apply", line.table_name, line.record_id, change_id)
    return stats, stats.erased_shas


def force_apply_pending(
    db: Database, ctx: ActingContext, *, older_than_days: int = 7
) -> ForceApplyReport:
    """Apply the changes held for more than ``older_than_days`` days (coordinators only)."""
    require(ctx, "sync.force")
    if older_than_days < 0:
        raise ValidationError("older_than_days", N_("Il numero di giorni non può essere negativo."))
    now = ctx.now()
    cutoff = now - dt.timedelta(days=older_than_days)
    now_ms = int(now.timestamp() * 1000)
    with db.session(write=False) as s:
        due = [
            p.change_id
            for p in s.scalars(
                select(PendingChange).order_by(PendingChange.origin_device, PendingChange.seq)
            )
            if _utc(p.received_at) <= cutoff
        ]
    applied = conflicts = 0
    erased: set[str] = set()
    for change_id in due:
        try:
            stats, shas = _force_one(db, ctx, change_id, now_ms)
        except (BundleError, IntegrityError):
            continue  # rolled back: it keeps waiting for its predecessors
        if stats is not None:
            applied += 1
            conflicts += stats.conflicts
            erased |= shas
    if erased:
        remove_blobs(db, erased)
    with db.session(write=False) as s:
        waiting = s.scalar(select(func.count()).select_from(PendingChange)) or 0
    return ForceApplyReport(applied=applied, conflicts=conflicts, still_waiting=waiting)
