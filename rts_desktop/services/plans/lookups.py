"""Look-ups the plan, agreement and diary printers share (inside the caller's session)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.kernel.errors import N_, NotFound
from rts_desktop.kernel.roles import Role
from rts_desktop.models import Case, Operator

#: printing is open to every role, the social worker included (she reads and prints)
EVERYONE = frozenset(Role)


def case_of(s: Session, case_id: str) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound(N_("Caso non trovato."))
    return case


def operator_names(s: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(
        s.execute(select(Operator.id, Operator.full_name).where(Operator.id.in_(ids))).all()
    )
