"""Operators: educators, coordinators, social workers, administrators."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from rts_desktop.db import Database, server_roles
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, PermissionDenied, ValidationError
from rts_desktop.models import Operator, rules
from rts_desktop.models.vocab import Role


@dataclass(frozen=True)
class OperatorDTO:
    id: str
    username: str
    full_name: str
    role: Role
    email: str | None
    phone: str | None
    active: bool


#: operators' ids are derived from their usernames (below)
OPERATOR_NAMESPACE = uuid.UUID("6f1d2c1e-5a0b-4c4e-9f43-2f4b8f0e7a11")


def operator_id_for(username: str) -> str:
    """The id of the operator called ``username``, the same on every laptop: a username is
    one person across the service, so the administrator each laptop's ``init`` makes and
    the office's are one record when their data meet (sync merges them)."""
    return str(uuid.uuid5(OPERATOR_NAMESPACE, f"operator:{username.lower().strip()}"))


def _dto(operator: Operator) -> OperatorDTO:
    return to_dto(OperatorDTO, operator, role=Role(operator.role))


@operation("create", "operator")
def create_operator(
    op: Op,
    username: str,
    full_name: str,
    role: str,
    email: str | None = None,
    phone: str | None = None,
) -> OperatorDTO:
    name = rules.check("operators", "username", username).lower()
    if not name.replace(".", "").replace("_", "").isalnum():
        raise ValidationError("username", N_("Usa solo lettere, numeri, punto e trattino basso."))
    chosen = v.choice("role", role, Role)
    _only_an_administrator_touches_one(op, chosen)
    clean_full_name = rules.check("operators", "full_name", full_name)
    clean_email, clean_phone = v.email("email", email), v.phone("phone", phone)
    taken = op.s.scalar(select(func.count()).where(Operator.username == name))
    if taken:
        raise ValidationError("username", N_("Nome utente già in uso."))
    operator = Operator(
        id=operator_id_for(name),
        username=name,
        full_name=clean_full_name,
        role=str(chosen),
        email=clean_email,
        phone=clean_phone,
        active=True,
    )
    op.s.add(operator)
    op.s.flush()
    server_roles.sync_login(op.s, name, operator.role, True)  # server: her login role
    op.audit(operator.id)
    return _dto(operator)


def _only_an_administrator_touches_one(op: Op, role: Role | str) -> None:
    """A coordinator manages her team, not the administrators: creating or deactivating an
    administrator takes an administrator (or the system: first run, recovery)."""
    acting = op.ctx.role
    if role == Role.AMMINISTRATORE and acting is not None and acting != Role.AMMINISTRATORE:
        raise PermissionDenied(N_("Solo un amministratore può gestire un amministratore."))


def require_maintainer(db: Database, ctx: ActingContext) -> None:
    """Checking, backing up, restoring and filling the database with demo data are for
    coordinators and administrators (``database.maintain``); the command line asks here."""
    require(ctx, "database.maintain")


def list_operators(db: Database, *, active_only: bool = True) -> list[OperatorDTO]:
    with db.session(write=False) as s:
        stmt = select(Operator).order_by(Operator.full_name)
        if active_only:
            stmt = stmt.where(Operator.active.is_(True))
        return [_dto(operator) for operator in s.scalars(stmt)]


@operation("deactivate", "operator")
def deactivate_operator(op: Op, operator_id: str) -> OperatorDTO:
    operator = get_or_fail(op.s, Operator, operator_id, "Operatore")
    _only_an_administrator_touches_one(op, operator.role)
    if operator.role == Role.AMMINISTRATORE and operator.active:
        others = op.s.scalar(
            select(func.count()).where(
                Operator.role == str(Role.AMMINISTRATORE),
                Operator.active.is_(True),
                Operator.id != operator.id,
            )
        )
        if not others:
            raise ValidationError(
                "operator", N_("È l'unico amministratore attivo: non si può disattivare.")
            )
    operator.active = False
    server_roles.sync_login(op.s, operator.username, operator.role, False)  # NOLOGIN
    op.audit(operator.id)
    return _dto(operator)
