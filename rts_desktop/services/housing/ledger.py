"""The "Patto e quote" reading of a case: its agreements, the monthly rows, each payment
and the arrears, in one read session; and the receipt number to suggest next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.records import to_dto
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Agreement, Contribution, ContributionPayment
from rts_desktop.services.housing.agreements import (
    AgreementDTO,
    ContributionDTO,
    agreement_dto,
    month_start,
)


@dataclass(frozen=True)
class PaymentDTO:
    """One payment towards a month's contribution (what a receipt is printed from)."""

    id: str
    contribution_id: str
    case_id: str
    paid_on: dt.date
    amount_cents: int
    method: str
    receipt_no: str | None
    notes: str | None
    period: dt.date  # the month it was paid for


@dataclass(frozen=True)
class CaseLedger:
    """A case's agreements, their monthly rows and payments, and the arrears: what is
    still owed for the months before the current one (a month paid more than due does not
    make up for another)."""

    agreements: tuple[AgreementDTO, ...]
    contributions: tuple[ContributionDTO, ...]
    payments: tuple[PaymentDTO, ...]
    arrears_cents: int
    unpaid_months: int

    def of(self, agreement_id: str) -> list[ContributionDTO]:
        return [c for c in self.contributions if c.agreement_id == agreement_id]

    def payments_of(self, agreement_id: str) -> list[PaymentDTO]:
        months = {c.id for c in self.of(agreement_id)}
        return [p for p in self.payments if p.contribution_id in months]


def next_receipt_no(db: Database, year: int) -> str:
    """The number to suggest for the next receipt: ``2026/0007`` after ``2026/0006``."""
    prefix = f"{year}/"
    with db.session(write=False) as s:
        used = s.scalars(
            select(ContributionPayment.receipt_no).where(
                ContributionPayment.receipt_no.like(prefix + "%")
            )
        ).all()
    numbers = [int(n[len(prefix) :]) for n in used if n and n[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def _payment_dto(row: ContributionPayment, period: dt.date) -> PaymentDTO:
    return to_dto(PaymentDTO, row, period=period)


def case_ledger(
    db: Database, case_id: str, today: dt.date, *, ctx: ActingContext | None = None
) -> CaseLedger:
    """Everything the "Patto e quote" tab shows, in one read session."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        found = s.scalars(
            select(Agreement).where(Agreement.case_id == case_id).order_by(Agreement.signed_on)
        ).all()
        rows = s.scalars(
            select(Contribution)
            .where(Contribution.case_id == case_id)
            .order_by(Contribution.period, Contribution.id)
        ).all()
        periods = {c.id: c.period for c in rows}
        paid = s.scalars(
            select(ContributionPayment)
            .where(ContributionPayment.case_id == case_id)
            .order_by(ContributionPayment.paid_on, ContributionPayment.id)
        ).all()
        ledger = tuple(to_dto(ContributionDTO, c) for c in rows)
        # the months before this one still (partly) unpaid: what the arrears letter lists
        short = [c for c in ledger if c.period < month_start(today) and c.balance_cents > 0]
        return CaseLedger(
            agreements=tuple(agreement_dto(s, a) for a in found),
            contributions=ledger,
            payments=tuple(_payment_dto(p, periods[p.contribution_id]) for p in paid),
            arrears_cents=sum(c.balance_cents for c in short),
            unpaid_months=len(short),
        )
