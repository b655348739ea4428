"""Operators: educators, coordinators, social workers, administrators."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from rts_desktop.db import Database
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.access import COORDINATORS, audit, require_role
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Operator, rules
from rts_desktop.models.vocab import Role


@dataclass(frozen=True)
class OperatorDTO:
    id: str
    username: str
    full_name: str
    role: str
    email: str | None
    phone: str | None
    active: bool


def create_operator(
    db: Database,
    ctx: ActingContext,
    username: str,
    full_name: str,
    role: str,
    email: str | None = None,
    phone: str | None = None,
) -> OperatorDTO:
    require_role(ctx, COORDINATORS)
    name = rules.check("operators", "username", username).lower()
    if not name.replace(".", "").replace("_", "").isalnum():
        raise ValidationError("username", N_("Usa solo lettere, numeri, punto e trattino basso."))
    chosen = v.choice("role", role, Role)
    clean_full_name = rules.check("operators", "full_name", full_name)
    clean_email, clean_phone = v.email("email", email), v.phone("phone", phone)
    with db.session(ctx) as s:
        taken = s.scalar(select(func.count()).where(Operator.username == name))
        if taken:
            raise ValidationError("username", N_("Nome utente già in uso."))
        op = Operator(
            username=name,
            full_name=clean_full_name,
            role=str(chosen),
            email=clean_email,
            phone=clean_phone,
            active=True,
        )
        s.add(op)
        s.flush()
        audit(s, ctx, "create", "operator", op.id)
        return to_dto(OperatorDTO, op)


def list_operators(db: Database, *, active_only: bool = True) -> list[OperatorDTO]:
    with db.session(write=False) as s:
        stmt = select(Operator).order_by(Operator.full_name)
        if active_only:
            stmt = stmt.where(Operator.active.is_(True))
        return [to_dto(OperatorDTO, op) for op in s.scalars(stmt)]


def deactivate_operator(db: Database, ctx: ActingContext, operator_id: str) -> OperatorDTO:
    require_role(ctx, COORDINATORS)
    with db.session(ctx) as s:
        op = get_or_fail(s, Operator, operator_id, "Operatore")
        op.active = False
        audit(s, ctx, "deactivate", "operator", op.id)
        return to_dto(OperatorDTO, op)
