"""Printing the contributions: the receipt of one payment and the arrears letter of a case.

Both name people, so printing them is an audited read of the case file (``permission=
"print"``, like the plan and the agreement): the content is read in a read session, the PDF
rendered, then the audit entry written.
"""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.documents.payments import (
    ArrearsLetterDocument,
    ArrearsLine,
    ReceiptDocument,
    render_arrears_letter,
    render_receipt,
)
from rts_desktop.kernel.errors import N_, NotFound, ValidationError
from rts_desktop.models import (
    Agreement,
    AgreementWarning,
    Apartment,
    Beneficiary,
    Case,
    CaseEducator,
    Contribution,
    ContributionPayment,
    Household,
    HouseholdMember,
    Operator,
    Stay,
)
from rts_desktop.models.vocab import label
from rts_desktop.services.housing.agreements import month_start


def _head(s: Session, household_id: str) -> str:
    """The head of household (the last one, if the household has left)."""
    row = s.execute(
        select(Beneficiary.first_name, Beneficiary.last_name)
        .join(HouseholdMember, HouseholdMember.beneficiary_id == Beneficiary.id)
        .where(HouseholdMember.household_id == household_id, HouseholdMember.is_head)
        .order_by(HouseholdMember.to_date.is_(None).desc(), HouseholdMember.from_date.desc())
    ).first()
    return f"{row[0]} {row[1]}" if row else ""


def _apartment(s: Session, case_id: str, on: dt.date) -> str:
    """Code and address of the stay running on ``on``, else of the latest one."""
    stays = s.scalars(select(Stay).where(Stay.case_id == case_id).order_by(Stay.start_date)).all()
    running = [x for x in stays if x.start_date <= on and (x.actual_end or on) >= on]
    stay = (running or list(stays) or [None])[-1]
    apartment = s.get(Apartment, stay.apartment_id) if stay else None
    if apartment is None:
        return ""
    postcode = f", {apartment.postcode} Milano" if apartment.postcode else ", Milano"
    return f"{apartment.address}{postcode} (alloggio {apartment.code})"


def _educator(s: Session, case_id: str) -> str:
    name = s.scalar(
        select(Operator.full_name)
        .join(CaseEducator, CaseEducator.operator_id == Operator.id)
        .where(CaseEducator.case_id == case_id)
        .order_by(
            CaseEducator.to_date.is_(None).desc(),
            CaseEducator.is_primary.desc(),
            CaseEducator.from_date.desc(),
        )
    )
    return name or ""


def _case(s: Session, case_id: str) -> tuple[Case, Household]:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound(N_("Caso non trovato."))
    household = s.get(Household, case.household_id)
    assert household is not None
    return case, household


def receipt_document_in(s: Session, payment_id: str, printed_on: dt.date) -> ReceiptDocument:
    payment = s.get(ContributionPayment, payment_id)
    if payment is None:
        raise NotFound(N_("Pagamento non trovato."))
    month = s.get(Contribution, payment.contribution_id)
    assert month is not None
    agreement = s.get(Agreement, month.agreement_id)
    assert agreement is not None
    case, household = _case(s, payment.case_id)
    operator = s.get(Operator, payment.recorded_by) if payment.recorded_by else None
    return ReceiptDocument(
        receipt_no=payment.receipt_no or "",
        case_code=case.code,
        paid_on=payment.paid_on,
        printed_on=printed_on,
        payer=_head(s, household.id),
        household=household.name,
        apartment=_apartment(s, case.id, payment.paid_on),
        period=month.period,
        amount_cents=payment.amount_cents,
        method=label(payment.method),
        agreement_signed_on=agreement.signed_on,
        due_cents=month.due_cents,
        paid_cents=month.paid_cents,
        operator=operator.full_name if operator else "",
        notes=payment.notes or "",
    )


def arrears_letter_in(s: Session, case_id: str, today: dt.date) -> ArrearsLetterDocument:
    """The letter about every month before the current one still (partly) unpaid."""
    case, household = _case(s, case_id)
    rows = s.scalars(
        select(Contribution)
        .where(
            Contribution.case_id == case_id,
            Contribution.period < month_start(today),
            Contribution.paid_cents < Contribution.due_cents,
        )
        .order_by(Contribution.period)
    ).all()
    if not rows:
        raise ValidationError(
            "case_id", N_("Non ci sono quote arretrate: non c'è nessun sollecito da stampare.")
        )
    agreement_ids = {r.agreement_id for r in rows}
    signed = s.scalar(
        select(Agreement.signed_on)
        .where(Agreement.id.in_(agreement_ids))
        .order_by(Agreement.signed_on.desc())
    )
    warnings = s.execute(
        select(AgreementWarning.date, AgreementWarning.reason)
        .where(AgreementWarning.agreement_id.in_(agreement_ids))
        .order_by(AgreementWarning.date)
    ).all()
    return ArrearsLetterDocument(
        case_code=case.code,
        printed_on=today,
        addressee=_head(s, household.id),
        household=household.name,
        apartment=_apartment(s, case.id, today),
        agreement_signed_on=signed or rows[0].period,
        lines=tuple(ArrearsLine(r.period, r.due_cents, r.paid_cents) for r in rows),
        educator=_educator(s, case.id),
        warnings=tuple((d, reason) for d, reason in warnings),
    )


@operation("print", "contribution", permission="print")
def receipt_pdf(op: Op, payment_id: str) -> bytes:
    """The receipt of one payment, as PDF bytes (the print is audited)."""
    with op.db.session(write=False) as s:
        case_id = s.scalar(
            select(ContributionPayment.case_id).where(ContributionPayment.id == payment_id)
        )
        if case_id is not None:
            require_visible_case(s, op.ctx, case_id)
        doc = receipt_document_in(s, payment_id, op.ctx.today())
    buffer = io.BytesIO()
    render_receipt(doc, buffer)
    op.audit(payment_id, f"ricevuta {doc.receipt_no}" if doc.receipt_no else "ricevuta")
    return buffer.getvalue()


@operation("print", "arrears", permission="print")
def arrears_letter_pdf(op: Op, case_id: str) -> bytes:
    """The arrears letter of a case, as PDF bytes (the print is audited)."""
    with op.db.session(write=False) as s:
        require_visible_case(s, op.ctx, case_id)
        doc = arrears_letter_in(s, case_id, op.ctx.today())
    buffer = io.BytesIO()
    render_arrears_letter(doc, buffer)
    op.audit(case_id, f"sollecito {len(doc.lines)} mesi")
    return buffer.getvalue()
