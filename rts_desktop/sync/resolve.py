"""Conflicts: listing them and resolving one by a change that has seen every candidate.

The resolution is an ordinary change written by this device after all the candidates, so
it is the only head of the field (or record) and closes the conflict on every device it
reaches. Keeping a delete candidate confirms the delete; keeping another one restores.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.capture import Recorder, encode_value
from rts_desktop.db.hlc import hlc_key
from rts_desktop.db.operations import Op, operation
from rts_desktop.kernel.errors import N_, NotFound, ValidationError
from rts_desktop.models import Base, Conflict, Erasure
from rts_desktop.sync.apply import remerge
from rts_desktop.sync.history import synced_tables
from rts_desktop.sync.knowledge import seal_contexts

_UNSET: Any = object()


@dataclass(frozen=True)
class Candidate:
    value: Any
    op: str
    device: str | None
    author: str | None
    hlc: str | None


@dataclass(frozen=True)
class ConflictDTO:
    id: str
    table_name: str
    record_id: str
    field: str | None  # None: deleted on one device, edited on another
    base_value: Any
    candidates: tuple[Candidate, ...]
    interim: int  # index of the candidate every device shows meanwhile
    created_hlc: str


def _dto(c: Conflict) -> ConflictDTO:
    raw = json.loads(c.candidates)
    cands = tuple(
        Candidate(r.get("value"), r.get("op", ""), r.get("device"), r.get("author"), r.get("hlc"))
        for r in raw
    )
    dated = [i for i, cand in enumerate(cands) if cand.hlc]
    interim = max(dated, key=lambda i: hlc_key(cands[i].hlc)) if dated else 0
    base = json.loads(c.base_value)["v"] if c.base_value else None
    return ConflictDTO(
        c.id, c.table_name, c.record_id, c.field, base, cands, interim, c.created_hlc
    )


def list_conflicts(db: Database) -> list[ConflictDTO]:
    """Open conflicts, oldest first (local edits since the last import are taken into account:
    editing a conflicting field by hand resolves it)."""
    with db.session(None) as s:
        seal_contexts(s)
        records = s.execute(
            select(Conflict.table_name, Conflict.record_id).where(Conflict.status == "open")
        ).all()
        if records:
            remerge(s, {(t, r) for t, r in records})
    with db.session(write=False) as s:
        rows = s.scalars(
            select(Conflict)
            .where(Conflict.status == "open")
            .order_by(Conflict.created_hlc, Conflict.id)
        )
        return [_dto(c) for c in rows]


def open_conflict_count(s: Session) -> int:
    return (
        s.scalar(select(func.count()).select_from(Conflict).where(Conflict.status == "open")) or 0
    )


def _model(table_name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    raise KeyError(table_name)


def _referenced(s: Session, table_name: str, record_id: str) -> str | None:
    for name, table in synced_tables().items():
        for col in table.c:
            if any(fk.column.table.name == table_name for fk in col.foreign_keys):
                found = s.scalar(select(table.c.id).where(col == record_id).limit(1))
                if found is not None:
                    return name
    return None


@operation("resolve_conflict", "conflict")
def resolve_conflict(
    op: Op,
    conflict_id: str,
    *,
    keep: int | None = None,
    value: Any = _UNSET,
) -> ConflictDTO:
    """Close a conflict keeping candidate ``keep`` or an edited ``value``.

    The audit entry names the conflict's table as its entity (as it always has)."""
    if (keep is None) == (value is _UNSET):
        raise ValidationError("keep", N_("Scegli un valore da tenere oppure scrivine uno nuovo."))
    s = op.s
    conflict = s.get(Conflict, conflict_id)
    if conflict is None or conflict.status != "open":
        raise NotFound(N_("Conflitto non trovato o già risolto ({id}).").format(id=conflict_id))
    dto = _dto(conflict)
    if keep is not None and not 0 <= keep < len(dto.candidates):
        raise ValidationError("keep", N_("Scelta non valida."))
    obj = s.get(_model(conflict.table_name), conflict.record_id)
    if obj is None:
        raise NotFound(N_("Il record del conflitto non esiste più."))
    recorder = Recorder(s, op.ctx)
    table = synced_tables()[conflict.table_name]
    current = {c.key: encode_value(getattr(obj, c.key)) for c in table.c if c.key != "version"}
    if conflict.field is not None:
        chosen = dto.candidates[keep].value if keep is not None else encode_value(value)
        recorder.record(
            obj,
            "update",
            {conflict.field: chosen},
            {conflict.field: current[conflict.field]},
            obj.version,
        )
    elif keep is not None and dto.candidates[keep].op == "delete":
        used_by = _referenced(s, conflict.table_name, conflict.record_id)
        if used_by:
            raise ValidationError(
                "keep",
                N_(
                    "Il record è ancora collegato ad altri dati ({table}): non si può eliminare."
                ).format(table=used_by),
            )
        recorder.record(obj, "delete", {}, current, obj.version)
    else:
        fields = {k: v for k, v in current.items() if k != "id"}
        recorder.record(obj, "update", fields, {}, obj.version)
    s.flush()
    s.expunge(obj)
    seal_contexts(s)
    remerge(s, {(conflict.table_name, conflict.record_id)})
    op.audit(conflict.record_id, entity=conflict.table_name)  # about the record's table
    s.flush()
    return _dto(conflict)


def is_erased(s: Session, table_name: str, record_id: str) -> bool:
    return s.get(Erasure, (table_name, record_id)) is not None
