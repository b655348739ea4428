"""Who else sees a case: shares with an operator (from a date, until ended) and the social
worker who follows it. Coordinators decide; every change is audited.

The rule itself (who sees which case) is ``rts_desktop/db/visibility.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Case, CaseShare, Operator, rules
from rts_desktop.models.vocab import Role

#: who grants and ends shares, and names the social worker: the coordinators (the
#: permission that lets them manage their team; see ``kernel/permissions.py``)
SHARING_PERMISSION = "operators.manage"


@dataclass(frozen=True)
class ShareDTO:
    id: str
    case_id: str
    operator_id: str
    operator_name: str
    from_date: dt.date
    to_date: dt.date | None
    reason: str

    def active_on(self, day: dt.date) -> bool:
        return self.from_date <= day and (self.to_date is None or self.to_date >= day)


def _dto(share: CaseShare, name: str) -> ShareDTO:
    return ShareDTO(
        share.id,
        share.case_id,
        share.operator_id,
        name,
        share.from_date,
        share.to_date,
        share.reason,
    )


def _operator(s: Session, operator_id: str, field: str = "operator_id") -> Operator:
    if not isinstance(operator_id, str) or not operator_id:
        raise ValidationError(field, N_("Scegli un operatore."))
    found = s.get(Operator, operator_id)
    if found is None:
        raise ValidationError(field, N_("Operatore non trovato."))
    if not found.active:
        raise ValidationError(field, N_("L'operatore non è più attivo."))
    return found


def _case(s: Session, case_id: str) -> Case:
    if not isinstance(case_id, str) or s.get(Case, case_id) is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    return s.get(Case, case_id)  # type: ignore[return-value]


@operation("share", "case", permission=SHARING_PERMISSION)
def share_case(
    op: Op, case_id: str, operator_id: str, reason: str, until: dt.date | None = None
) -> ShareDTO:
    """Show the case to ``operator_id`` from today until ``until`` (None: until ended),
    with the reason (required: it goes in the audit log too)."""
    s = op.s
    case = _case(s, case_id)
    who = _operator(s, operator_id)
    why = str(rules.check("case_shares", "reason", reason, required=True))
    today = op.ctx.today()
    end = v.day("until", until) if until is not None else None
    if end is not None and end < today:
        raise ValidationError("until", N_("La data di fine non può essere nel passato."))
    open_share = s.scalar(
        select(CaseShare.id).where(
            CaseShare.case_id == case.id,
            CaseShare.operator_id == who.id,
            CaseShare.to_date.is_(None) | (CaseShare.to_date >= today),
        )
    )
    if open_share is not None:
        raise ValidationError("operator_id", N_("Il caso è già condiviso con questo operatore."))
    share = CaseShare(case_id=case.id, operator_id=who.id, from_date=today, to_date=end, reason=why)
    s.add(share)
    s.flush()
    op.audit(case.id, f"{who.id}: {why}")
    return _dto(share, who.full_name)


@operation("end_share", "case", permission=SHARING_PERMISSION)
def end_share(op: Op, share_id: str, on: dt.date | None = None) -> ShareDTO:
    """The share ends on ``on`` (default today: the operator stops seeing the case
    tomorrow)."""
    s = op.s
    share = get_or_fail(s, CaseShare, share_id, N_("Condivisione"))
    day = v.required_date("on", on) if on is not None else op.ctx.today()
    if share.to_date is not None and share.to_date < op.ctx.today():
        raise ValidationError("share_id", N_("La condivisione è già terminata."))
    v.date_order("from_date", share.from_date, "on", day)
    share.to_date = day
    s.flush()
    op.audit(share.case_id, share.operator_id)
    name = s.scalar(select(Operator.full_name).where(Operator.id == share.operator_id)) or "?"
    return _dto(share, name)


@operation("social_worker", "case", permission=SHARING_PERMISSION)
def set_case_social_worker(op: Op, case_id: str, operator_id: str | None) -> str | None:
    """Name the social worker operator who follows the case (None: nobody); she sees it.
    Returns the operator id now set."""
    s = op.s
    case = _case(s, case_id)
    if operator_id is not None:
        who = _operator(s, operator_id)
        if who.role != Role.ASSISTENTE_SOCIALE:
            raise ValidationError(
                "operator_id", N_("L'operatore scelto non è un'assistente sociale.")
            )
    if case.sst_operator_id == operator_id:
        op.nothing_changed()
        return operator_id
    case.sst_operator_id = operator_id
    s.flush()
    op.audit(case.id, operator_id)
    return operator_id


def list_shares(db: Database, case_id: str, *, ctx: ActingContext | None = None) -> list[ShareDTO]:
    """The case's shares, newest first (ended ones too: they are its history)."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        rows = s.execute(
            select(CaseShare, Operator.full_name)
            .join(Operator, Operator.id == CaseShare.operator_id)
            .where(CaseShare.case_id == case_id)
            .order_by(CaseShare.from_date.desc(), CaseShare.id.desc())
        ).all()
        return [_dto(share, name) for share, name in rows]
