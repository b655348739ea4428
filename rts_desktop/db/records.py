"""Session helpers every service and the sync core share: lookups, human codes, DTOs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from rts_desktop.db.codes import next_code
from rts_desktop.db.edit_conflicts import edit_conflict
from rts_desktop.kernel.errors import N_, NotFound

__all__ = ["apply_changes", "check_version", "exists", "get_or_fail", "next_code", "to_dto"]

M = TypeVar("M")


def get_or_fail(s: Session, model: type[M], record_id: str, what: str) -> M:
    """The record or ``NotFound`` naming what was looked for (in Italian)."""
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(N_("{what} non trovato ({id}).").format(what=what, id=record_id))
    return obj


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


def check_version(
    obj: Any, expected: str | None, proposed: Mapping[str, Any] | None = None
) -> None:
    """Refuse to overwrite a record someone else changed since the caller read it: an
    ``EditConflict`` naming who and when, and per field both changed (of ``proposed``, the
    values about to be written) her value and theirs."""
    if expected is not None and obj.version != expected:
        s = object_session(obj)
        assert s is not None
        raise edit_conflict(s, obj, expected, proposed)
