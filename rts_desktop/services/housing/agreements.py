"""Accommodation agreements (patto di accoglienza), warnings (richiami) and the monthly
contribution ledger (quota di compartecipazione) with arrears (morosità).

Amounts are integer cents. A contribution row is due for each calendar month in which the
household is housed (any stay of the case, moves included) among the ``duration_months``
months starting with the signing month. Each payment is kept too (day, amount, method,
receipt number: ``ContributionPayment``); the month's ``paid_cents`` is their total. A closed
case's agreement, warnings and contributions are not changed any more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import case as when
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Agreement,
    AgreementWarning,
    Case,
    Contribution,
    ContributionPayment,
    Household,
    Stay,
    rules,
)
from rts_desktop.models.vocab import CaseStatus, PaymentMethod

#: a payment larger than this many months' quota is surely a typing error
MAX_PAYMENT_FACTOR = 10


@dataclass(frozen=True)
class WarningDTO:
    id: str
    date: dt.date
    reason: str


@dataclass(frozen=True)
class AgreementDTO:
    id: str
    version: str
    case_id: str
    stay_id: str | None
    signed_on: dt.date
    duration_months: int
    monthly_contribution_cents: int
    house_rules_version: str
    notes: str | None
    warnings: tuple[WarningDTO, ...]

    @property
    def periods(self) -> list[dt.date]:
        """First days of the months the agreement covers."""
        first = month_start(self.signed_on)
        return [first + relativedelta(months=i) for i in range(self.duration_months)]


@dataclass(frozen=True)
class ContributionDTO:
    id: str
    version: str
    agreement_id: str
    case_id: str
    period: dt.date
    due_cents: int
    paid_cents: int
    paid_on: dt.date | None
    notes: str | None

    @property
    def balance_cents(self) -> int:
        """Still to pay (negative when overpaid)."""
        return self.due_cents - self.paid_cents


@dataclass(frozen=True)
class ArrearsDTO:
    """A case behind with its contributions, for the Scadenze panel."""

    case_id: str
    case_code: str
    household_name: str
    arrears_cents: int
    unpaid_months: int
    oldest_unpaid: dt.date | None


@dataclass
class AgreementInput:
    case_id: str
    signed_on: dt.date
    duration_months: int
    monthly_contribution_cents: int
    house_rules_version: str
    stay_id: str | None = None
    notes: str | None = None


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def agreement_dto(s: Session, agreement: Agreement) -> AgreementDTO:
    warnings = s.scalars(
        select(AgreementWarning)
        .where(AgreementWarning.agreement_id == agreement.id)
        .order_by(AgreementWarning.date, AgreementWarning.id)
    )
    return to_dto(
        AgreementDTO,
        agreement,
        warnings=tuple(WarningDTO(w.id, w.date, w.reason) for w in warnings),
    )


def refuse_closed_case(case: Case) -> None:
    """A closed case is only consulted: its agreement and contributions stay as they were."""
    if case.status == CaseStatus.CONCLUSO:
        raise ValidationError(
            "case_id",
            N_(
                "Il caso è concluso: patto, quote e richiami non si modificano più. "
                "Per registrare altro, riapri il caso."
            ),
        )


def _open_case_of(s: Session, ctx: ActingContext, case_id: str) -> Case:
    require_visible_case(s, ctx, case_id)
    case = get_or_fail(s, Case, case_id, "Caso")
    refuse_closed_case(case)
    return case


def _load(s: Session, agreement_id: str) -> Agreement:
    agreement = s.get(Agreement, agreement_id)
    if agreement is None:
        raise ValidationError("agreement_id", N_("Patto di accoglienza non trovato."))
    return agreement


@operation("create", "agreement")
def create_agreement(op: Op, data: AgreementInput) -> AgreementDTO:
    """Record a signed agreement for a case (optionally tied to the stay it was signed for)."""
    v.required_date("signed_on", data.signed_on)
    v.not_future("signed_on", data.signed_on, op.ctx.today())
    values = {
        "signed_on": data.signed_on,
        "duration_months": rules.check("agreements", "duration_months", data.duration_months),
        "monthly_contribution_cents": rules.check(
            "agreements",
            "monthly_contribution_cents",
            data.monthly_contribution_cents,
            required=True,
        ),
        "house_rules_version": rules.check(
            "agreements", "house_rules_version", data.house_rules_version
        ),
        "notes": rules.check("agreements", "notes", data.notes),
    }
    s = op.s
    if isinstance(data.case_id, str):
        require_visible_case(s, op.ctx, data.case_id)
    case = get_or_fail(s, Case, data.case_id, "Caso")
    refuse_closed_case(case)
    if data.stay_id is not None:
        stay = s.get(Stay, data.stay_id)
        if stay is None or stay.case_id != case.id:
            raise ValidationError("stay_id", N_("L'inserimento non appartiene al caso."))
    agreement = Agreement(case_id=case.id, stay_id=data.stay_id, **values)
    s.add(agreement)
    s.flush()
    op.audit(agreement.id, case.id)
    return agreement_dto(s, agreement)


def get_agreement(db: Database, agreement_id: str) -> AgreementDTO:
    with db.session(write=False) as s:
        return agreement_dto(s, _load(s, agreement_id))


def case_agreements(db: Database, case_id: str) -> list[AgreementDTO]:
    with db.session(write=False) as s:
        found = s.scalars(
            select(Agreement).where(Agreement.case_id == case_id).order_by(Agreement.signed_on)
        ).all()
        return [agreement_dto(s, a) for a in found]


@operation("warning", "agreement")
def add_warning(op: Op, agreement_id: str, on: dt.date, reason: str) -> AgreementDTO:
    """A richiamo: a formal warning under the agreement, dated and motivated."""
    v.required_date("date", on)
    v.not_future("date", on, op.ctx.today())
    why = rules.check("agreement_warnings", "reason", reason)
    s = op.s
    agreement = _load(s, agreement_id)
    _open_case_of(s, op.ctx, agreement.case_id)
    if on < agreement.signed_on:
        raise ValidationError(
            "date",
            N_("Il richiamo non può precedere la firma del patto ({d:%d/%m/%Y}).").format(
                d=agreement.signed_on
            ),
        )
    warning = AgreementWarning(agreement_id=agreement.id, date=on, reason=why)
    s.add(warning)
    s.flush()
    op.audit(agreement.id, warning.id)
    return agreement_dto(s, agreement)


def _housed_months(s: Session, case_id: str, periods: list[dt.date]) -> list[dt.date]:
    """The periods in which at least one night of a stay of the case falls."""
    end = func.coalesce(Stay.actual_end, Stay.planned_end)
    spans = s.execute(select(Stay.start_date, end).where(Stay.case_id == case_id)).all()
    housed = []
    for period in periods:
        following = period + relativedelta(months=1)
        if any(start < following and stay_end > period for start, stay_end in spans):
            housed.append(period)
    return housed


def _ledger(s: Session, agreement_id: str) -> list[ContributionDTO]:
    rows = s.scalars(
        select(Contribution)
        .where(Contribution.agreement_id == agreement_id)
        .order_by(Contribution.period, Contribution.id)
    )
    return [to_dto(ContributionDTO, c) for c in rows]


@operation("contributions", "agreement")
def generate_contributions(op: Op, agreement_id: str) -> list[ContributionDTO]:
    """Add the missing monthly rows of the agreement; safe to run again at any time.

    Never two rows for one agreement and month. Unpaid rows of months the household is no
    longer housed in (a stay shortened or cancelled) are removed; paid ones are kept. A run
    that changes nothing leaves no audit entry.
    """
    s = op.s
    agreement = _load(s, agreement_id)
    _open_case_of(s, op.ctx, agreement.case_id)
    dto = to_dto(AgreementDTO, agreement, warnings=())
    wanted = set(_housed_months(s, agreement.case_id, dto.periods))
    existing = s.scalars(
        select(Contribution).where(Contribution.agreement_id == agreement.id)
    ).all()
    have = {c.period for c in existing}
    added = removed = 0
    for row in existing:
        if row.period not in wanted and row.paid_cents == 0:
            s.delete(row)
            removed += 1
    for period in sorted(wanted - have):
        s.add(
            Contribution(
                agreement_id=agreement.id,
                case_id=agreement.case_id,
                period=period,
                due_cents=agreement.monthly_contribution_cents,
                paid_cents=0,
            )
        )
        added += 1
    s.flush()
    if added or removed:
        op.audit(agreement.id, f"+{added} -{removed}")
    else:
        op.nothing_changed()
    return _ledger(s, agreement.id)


def contributions(db: Database, agreement_id: str) -> list[ContributionDTO]:
    with db.session(write=False) as s:
        return _ledger(s, agreement_id)


@operation("payment", "contribution")
def record_payment(
    op: Op,
    contribution_id: str,
    amount_cents: int,
    paid_on: dt.date,
    notes: str | None = None,
    *,
    method: str = PaymentMethod.CONTANTI,
    receipt_no: str | None = None,
) -> ContributionDTO:
    """Add a payment (partial payments add up) to one month's contribution: the month's
    total grows and the payment is kept with its method and receipt number."""
    amount = rules.check("contributions", "paid_cents", amount_cents, field="amount_cents")
    if amount is None or amount < 1:
        raise ValidationError("amount_cents", N_("Valore tra 1 e {b}.").format(b=rules.MONEY_MAX))
    v.required_date("paid_on", paid_on)
    v.not_future("paid_on", paid_on, op.ctx.today())
    clean_notes = rules.check("contributions", "notes", notes)
    how = rules.check("contribution_payments", "method", method)
    receipt = rules.check("contribution_payments", "receipt_no", receipt_no)
    row = get_or_fail(op.s, Contribution, contribution_id, "Quota")
    _open_case_of(op.s, op.ctx, _load(op.s, row.agreement_id).case_id)
    limit = row.due_cents * MAX_PAYMENT_FACTOR
    if row.paid_cents + amount > limit:
        raise ValidationError(
            "amount_cents",
            N_("Importo troppo alto: per questo mese si possono registrare al massimo {e}.").format(
                e=euro(limit)
            ),
        )
    if receipt is not None:
        _refuse_used_receipt(op.s, receipt)
    row.paid_cents += amount
    row.paid_on = paid_on
    if clean_notes is not None:
        row.notes = clean_notes
    payment = ContributionPayment(
        contribution_id=row.id,
        case_id=row.case_id,
        paid_on=paid_on,
        amount_cents=amount,
        method=how,
        receipt_no=receipt,
        notes=clean_notes,
        recorded_by=op.ctx.operator_id,
    )
    op.s.add(payment)
    op.s.flush()
    op.audit(row.id, str(amount) + (f" ricevuta {receipt}" if receipt else ""))
    return to_dto(ContributionDTO, row)


def _refuse_used_receipt(s: Session, receipt: str) -> None:
    used = s.scalar(
        select(ContributionPayment.paid_on).where(
            func.lower(ContributionPayment.receipt_no) == receipt.lower()
        )
    )
    if used is not None:
        raise ValidationError(
            "receipt_no",
            N_("La ricevuta n. {n} è già stata registrata (pagamento del {d:%d/%m/%Y}).").format(
                n=receipt, d=used
            ),
        )


def euro(cents: int) -> str:
    """Cents as Italian euro text, e.g. ``1.234,50 €``."""
    whole, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{whole:,}".replace(",", ".") + f",{rest:02d} €"


def arrears(db: Database, case_id: str, today: dt.date) -> int:
    """Sum of ``due - paid`` over the months before the current one, in cents."""
    with db.session(write=False) as s:
        total = s.scalar(
            select(
                func.coalesce(func.sum(Contribution.due_cents - Contribution.paid_cents), 0)
            ).where(Contribution.case_id == case_id, Contribution.period < month_start(today))
        )
    return int(total or 0)


def arrears_by_case(db: Database, today: dt.date) -> list[ArrearsDTO]:
    """Cases with arrears before the current month, the largest first (one query)."""
    balance = func.sum(Contribution.due_cents - Contribution.paid_cents)
    short = Contribution.paid_cents < Contribution.due_cents
    stmt = (
        select(
            Contribution.case_id,
            Case.code,
            Household.name,
            balance,
            func.sum(when((short, 1), else_=0)),
            func.min(when((short, Contribution.period), else_=None)),
        )
        .join(Case, Case.id == Contribution.case_id)
        .join(Household, Household.id == Case.household_id)
        .where(Contribution.period < month_start(today))
        .group_by(Contribution.case_id, Case.code, Household.name)
        .having(balance > 0)
        .order_by(balance.desc(), Case.code)
    )
    with db.session(write=False) as s:
        rows = s.execute(stmt).all()
    return [ArrearsDTO(*row) for row in rows]
