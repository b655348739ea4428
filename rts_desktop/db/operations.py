"""Typed operations: every write declares its permission and its audit action once.

::

    @operation("create", "note")  # permission: ENTITY_PERMISSIONS["note"], "cases.write"
    def add_note(op: Op, case_id: str, text: str) -> NoteDTO:
        note = Note(case_id=case_id, text=text, ...)
        op.s.add(note)
        op.s.flush()
        op.audit(note.id)
        return dto(note)

``add_note(db, ctx, case_id, text)`` checks the permission, opens one write session, runs the body,
writes the declared audit entry in the same transaction, commits and returns the DTO (the
views hear the changes on the hub). ``add_note.run(db, ctx, ...)`` does the same and returns
``Done(value, changes)`` instead of announcing: that is how ``ui/ops`` runs a write, so the
view that made the change is named as its initiator.

The permission comes from the operation's entity (``ENTITY_PERMISSIONS`` in
``rts_desktop/kernel/permissions.py``) unless it names its own (``permission="print"``); an
unknown name or entity fails when the module is imported. :data:`OPERATIONS` holds every
operation declared, by ``module.function``.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from rts_desktop.db.capture import CHANGED_KEY
from rts_desktop.db.database import Database, collect_changes
from rts_desktop.kernel.access import audit, require
from rts_desktop.kernel.blobs import NewBlobs, new_blobs
from rts_desktop.kernel.changes import Changes
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.permissions import entity_permission
from rts_desktop.kernel.permissions import permission as permission_named
from rts_desktop.kernel.roles import Role

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Op:
    """What an operation's body works with: the session, the acting context, the database."""

    s: Session
    ctx: ActingContext
    db: Database
    action: str
    entity: str
    #: the attachment files this write stores (``operation(..., blobs=True)``): staged,
    #: made durable before the commit, removed again if the transaction rolls back
    blobs: NewBlobs | None = None
    audited: bool = field(default=False, init=False)

    def audit(
        self,
        entity_id: str | None,
        detail: str | None = None,
        *,
        action: str | None = None,
        entity: str | None = None,
    ) -> None:
        """The declared audit entry, about ``entity_id``; ``action``/``entity`` name the rare
        variant one operation can leave (a correction instead of a first record, the table
        a resolved conflict was about)."""
        audit(self.s, self.ctx, action or self.action, entity or self.entity, entity_id, detail)
        self.audited = True

    def nothing_changed(self) -> None:
        """Say the run wrote nothing, so it owes no audit entry (an idempotent write run
        again); refused when the session holds changes after all."""
        self.s.flush()
        if self.s.info.get(CHANGED_KEY) is not None:
            raise RuntimeError(f"{self.action} {self.entity}: changes written without audit")
        self.audited = True

    def audit_also(
        self, action: str, entity_id: str | None, detail: str | None = None, entity: str = ""
    ) -> None:
        """A second entry the same action leaves (e.g. the plan version it supersedes)."""
        audit(self.s, self.ctx, action, entity or self.entity, entity_id, detail)


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result with the changes it committed."""

    value: T
    changes: Changes


class Operation(Generic[P, T]):
    """A write: callable as ``op(db, ctx, ...)``, or ``op.run(db, ctx, ...)`` for ``Done``."""

    def __init__(
        self,
        body: Callable[Concatenate[Op, P], T],
        action: str,
        entity: str,
        permission: str,
        blobs: bool = False,
    ) -> None:
        self.body = body
        self.blobs = blobs
        self.action = action
        self.entity = entity
        self.permission = permission
        functools.update_wrapper(self, body)
        self.key = _register(self)

    @property
    def allowed(self) -> frozenset[Role]:
        """The roles holding the operation's permission (system actions always may)."""
        return permission_named(self.permission).roles

    def __call__(self, db: Database, ctx: ActingContext, *args: P.args, **kwargs: P.kwargs) -> T:
        require(ctx, self.permission)
        with contextlib.ExitStack() as stack:
            blobs = stack.enter_context(new_blobs(db.files_dir, db.key)) if self.blobs else None
            s = stack.enter_context(db.session(ctx))
            op = Op(s, ctx, db, self.action, self.entity, blobs)
            value = self.body(op, *args, **kwargs)
            if not op.audited:
                raise RuntimeError(f"{self.__name__} did not write its audit entry")
        return value

    def run(self, db: Database, ctx: ActingContext, *args: P.args, **kwargs: P.kwargs) -> Done[T]:
        return collected(lambda: self(db, ctx, *args, **kwargs), db)

    def __repr__(self) -> str:
        return (
            f"<operation {self.__module__}.{self.__name__}: {self.action} {self.entity}"
            f" [{self.permission}]>"
        )


_REGISTRY: dict[str, Operation[Any, Any]] = {}
#: every operation declared so far, by ``module.function`` (``module.function[action]`` for
#: a second operation made from the same body); read-only
OPERATIONS: Mapping[str, Operation[Any, Any]] = MappingProxyType(_REGISTRY)
_SHARED_BODIES: set[str] = set()


def _register(op: Operation[Any, Any]) -> str:
    """File ``op`` in the registry and return its key: ``module.function``, or
    ``module.function[action]`` for each of the operations made from one body (a module
    imported again replaces its operations)."""
    base = f"{op.body.__module__}.{op.body.__qualname__}"
    known = _REGISTRY.get(base)
    if known is not None and known.body is op.body and known.action != op.action:
        del _REGISTRY[base]  # the first of several: named by its action too
        known.key = f"{base}[{known.action}]"
        _REGISTRY[known.key] = known
        _SHARED_BODIES.add(base)
    key = f"{base}[{op.action}]" if base in _SHARED_BODIES else base
    _REGISTRY[key] = op
    return key


def operation(
    action: str,
    entity: str,
    *,
    permission: str | None = None,
    allowed: frozenset[Role] | None = None,
    blobs: bool = False,
) -> Callable[[Callable[Concatenate[Op, P], T]], Operation[P, T]]:
    """Declare a write: the audit entry it leaves, who may run it and whether it stores
    attachment files (``blobs``).

    Who may run it is ``permission``, by default the one for ``entity`` in
    ``ENTITY_PERMISSIONS``; an unknown name raises ``UnknownPermission`` here, at import.
    ``allowed`` (the old spelling, a set of roles) is only checked against the permission's
    roles: a mismatch is a ``TypeError``.
    """
    name = permission if permission is not None else entity_permission(entity)
    roles = permission_named(name).roles
    if allowed is not None and frozenset(allowed) != roles:
        raise TypeError(
            f"{action} {entity}: allowed= disagrees with permission {name!r};"
            " name the permission instead (permission=...)"
        )

    def wrap(body: Callable[Concatenate[Op, P], T]) -> Operation[P, T]:
        return Operation(body, action, entity, name, blobs)

    return wrap


def run_write(
    fn: Callable[..., Any], db: Database, ctx: ActingContext, *a: Any, **kw: Any
) -> Done[Any]:
    """Run any write (an ``Operation`` or a function that opens its own sessions, like a
    bundle import) and return its result with what it committed."""
    return collected(lambda: fn(db, ctx, *a, **kw), db)


def collected(call: Callable[[], T], db: Database | None = None) -> Done[T]:
    """Run ``call`` keeping (not announcing) the changes it commits. If it fails after some
    of its sessions committed, those changes are announced on ``db``'s hub before the error
    goes on: what was committed is never kept from the views."""
    with collect_changes() as box:
        try:
            value = call()
        except BaseException:
            if db is not None and box:
                db.hub.emit(_merged(box))
            raise
    return Done(value, _merged(box))


def _merged(box: list[Changes]) -> Changes:
    changes = Changes()
    for more in box:
        changes = changes.merged(more)
    return changes
