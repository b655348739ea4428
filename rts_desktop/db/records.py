"""Session helpers every service and the sync core share: lookups, human codes, DTOs."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.kernel.errors import N_, ConflictError, NotFound
from rts_desktop.models import Counter

M = TypeVar("M")


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
    values = {f.name: getattr(obj, f.name) for f in fields(cls) if f.name not in extra}  # type: ignore[arg-type]
    return cls(**values, **extra)


def check_version(obj: Any, expected: str | None) -> None:
    """Refuse to overwrite a record someone else changed since the caller read it."""
    if expected is not None and obj.version != expected:
        raise ConflictError(
            N_("Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.")
        )
