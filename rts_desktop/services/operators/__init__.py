"""Operators: educators, coordinators, social workers, administrators."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.roles import COORDINATORS
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


def _dto(operator: Operator) -> OperatorDTO:
    return to_dto(OperatorDTO, operator, role=Role(operator.role))


@operation("create", "operator", allowed=COORDINATORS)
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
    clean_full_name = rules.check("operators", "full_name", full_name)
    clean_email, clean_phone = v.email("email", email), v.phone("phone", phone)
    taken = op.s.scalar(select(func.count()).where(Operator.username == name))
    if taken:
        raise ValidationError("username", N_("Nome utente già in uso."))
    operator = Operator(
        username=name,
        full_name=clean_full_name,
        role=str(chosen),
        email=clean_email,
        phone=clean_phone,
        active=True,
    )
    op.s.add(operator)
    op.s.flush()
    op.audit(operator.id)
    return _dto(operator)


def list_operators(db: Database, *, active_only: bool = True) -> list[OperatorDTO]:
    with db.session(write=False) as s:
        stmt = select(Operator).order_by(Operator.full_name)
        if active_only:
            stmt = stmt.where(Operator.active.is_(True))
        return [_dto(operator) for operator in s.scalars(stmt)]


@operation("deactivate", "operator", allowed=COORDINATORS)
def deactivate_operator(op: Op, operator_id: str) -> OperatorDTO:
    operator = get_or_fail(op.s, Operator, operator_id, "Operatore")
    operator.active = False
    op.audit(operator.id)
    return _dto(operator)
