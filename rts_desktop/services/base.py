"""What every service shares: permissions, audit entries, lookups, human codes."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.context import ActingContext
from rts_desktop.errors import N_, NotFound, PermissionDenied
from rts_desktop.models import AuditEntry, Counter
from rts_desktop.models.vocab import Role

M = TypeVar("M")

#: roles that may change case data; the social worker (assistente sociale) reads and prints
WRITERS = frozenset({Role.EDUCATORE, Role.COORDINATORE, Role.AMMINISTRATORE})
COORDINATORS = frozenset({Role.COORDINATORE, Role.AMMINISTRATORE})


def require_role(ctx: ActingContext, allowed: frozenset[Role] = WRITERS) -> None:
    """Refuse the action unless the acting role is allowed (system actions always are)."""
    if ctx.role is not None and ctx.role not in allowed:
        raise PermissionDenied(N_("Il tuo ruolo non consente questa operazione."))


def audit(
    s: Session,
    ctx: ActingContext,
    action: str,
    entity: str,
    entity_id: str | None,
    detail: str | None = None,
) -> None:
    """Append an audit entry in the action's transaction (reads of case files included)."""
    s.add(
        AuditEntry(
            at=ctx.now(),
            operator_id=ctx.operator_id,
            device_id=ctx.device_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            purpose=ctx.purpose,
            detail=detail,
        )
    )


def get_or_fail(s: Session, model: type[M], record_id: str, what: str) -> M:
    """The record or ``NotFound`` naming what was looked for (in Italian)."""
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(N_("{what} non trovato ({id}).").format(what=what, id=record_id))
    return obj


def next_code(s: Session, prefix: str, year: int, width: int = 4) -> str:
    """The next human code such as ``RTS-2026-0042`` (per prefix and year, on this device)."""
    name = f"{prefix}-{year}"
    counter = s.get(Counter, name)
    if counter is None:
        counter = Counter(name=name, value=0)
        s.add(counter)
    counter.value += 1
    return f"{prefix}-{year}-{counter.value:0{width}d}"


def apply_changes(obj: Any, values: dict[str, Any]) -> None:
    """Set the given attributes (the capture records only those that really changed)."""
    for key, value in values.items():
        setattr(obj, key, value)


def exists(s: Session, stmt: Any) -> bool:
    return s.scalar(select(stmt.exists())) is True


def to_dto(cls: type[M], obj: Any, **extra: Any) -> M:
    """Build a DTO dataclass from an ORM object's same-named attributes (plus ``extra``)."""
    from dataclasses import fields

    values = {f.name: getattr(obj, f.name) for f in fields(cls) if f.name not in extra}  # type: ignore[arg-type]
    return cls(**values, **extra)


def check_version(obj: Any, expected: str | None) -> None:
    """Refuse to overwrite a record someone else changed since the caller read it."""
    from rts_desktop.errors import ConflictError

    if expected is not None and obj.version != expected:
        raise ConflictError(
            N_("Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.")
        )
