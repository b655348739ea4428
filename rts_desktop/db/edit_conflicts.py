"""The facts of an edit refused by optimistic locking, from the change capture.

A synced record's ``version`` is the id of the last change applied to it (``capture``), so
the change that made the caller's copy stale names its author and its time, and the changes
after the version the caller read name the fields someone else touched meanwhile.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db.capture import encode_value
from rts_desktop.db.hlc import hlc_key
from rts_desktop.kernel.errors import N_, EditConflict, FieldClash
from rts_desktop.models import AuditEntry, Change, Operator

ROME = "Europe/Rome"


def _changed_since(s: Session, table: str, record_id: str, base: str) -> dict[str, Any] | None:
    """The fields the changes after ``base`` wrote, each with its value at ``base``
    (encoded as the capture stores it); None when ``base`` is not known here."""
    rows = s.execute(
        select(Change.change_id, Change.hlc, Change.old).where(
            Change.table_name == table, Change.record_id == record_id
        )
    ).all()
    start = next((hlc_key(h) for cid, h, _o in rows if cid == base), None)
    if start is None:
        return None
    before: dict[str, Any] = {}
    for _cid, _h, old in sorted(
        (r for r in rows if hlc_key(r[1]) > start), key=lambda r: hlc_key(r[1])
    ):
        for field, value in json.loads(old or "{}").items():
            before.setdefault(field, value)  # the earliest change after base holds it
    return before


def _author_and_time(s: Session, obj: Any) -> tuple[str | None, dt.datetime | None]:
    """Who made the record's current version and when: the audit entry of that operator's
    last write of the record (the time of the action), else the time in the change's
    hybrid clock."""
    change = s.get(Change, obj.version)
    if change is None:
        return None, None
    name = s.scalar(select(Operator.full_name).where(Operator.id == change.author))
    at = s.scalar(
        select(AuditEntry.at)
        .where(
            AuditEntry.entity_id == obj.id,
            AuditEntry.operator_id == change.author,
            AuditEntry.action != "read",
        )
        .order_by(AuditEntry.at.desc())
        .limit(1)
    )
    if at is None:
        wall_ms = hlc_key(change.hlc)[0]
        at = dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC) if wall_ms >= 0 else None
    return name, at


def _headline(by: str | None, at: dt.datetime | None) -> str:
    """Who changed the record and when ("Modificato da Anna Rossi alle 11:42.")."""
    if at is None:
        return N_("Il record è stato modificato da qualcun altro nel frattempo.")
    from zoneinfo import ZoneInfo

    hhmm = at.astimezone(ZoneInfo(ROME)).strftime("%H:%M")
    if by:
        return N_("Modificato da {name} alle {time}.").format(name=by, time=hhmm)
    return N_("Modificato da qualcun altro alle {time}.").format(time=hhmm)


def edit_conflict(
    s: Session, obj: Any, expected: str, proposed: Mapping[str, Any] | None
) -> EditConflict:
    """The conflict of saving ``proposed`` over ``obj`` read at version ``expected``: the
    fields someone else changed since then where her value differs from theirs."""
    table = obj.__tablename__
    touched = _changed_since(s, table, obj.id, expected)
    clashes = []
    for field, mine in (proposed or {}).items():
        theirs = getattr(obj, field)
        if mine == theirs or (touched is not None and field not in touched):
            continue
        changed = touched is None or encode_value(mine) != touched[field]
        clashes.append(FieldClash(field, mine, theirs, mine_changed=changed))
    by, at = _author_and_time(s, obj)
    headline = _headline(by, at)
    return EditConflict(
        N_("{headline} Ricarica e riprova.").format(headline=headline),
        headline=headline,
        entity=table,
        record_id=obj.id,
        version=obj.version,
        by=by,
        at=at,
        fields=tuple(clashes),
    )
