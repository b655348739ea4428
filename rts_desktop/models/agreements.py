"""Accommodation agreements (patto di accoglienza), warnings and contributions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rts_desktop.models.base import Base, Synced


class Agreement(Synced, Base):
    __tablename__ = "agreements"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    stay_id: Mapped[str | None] = mapped_column(ForeignKey("stays.id"))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    duration_months: Mapped[int] = mapped_column(Integer)
    monthly_contribution_cents: Mapped[int] = mapped_column(Integer, default=0)
    house_rules_version: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)


class AgreementWarning(Synced, Base):
    """Richiamo: a formal warning under the agreement."""

    __tablename__ = "agreement_warnings"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


class Contribution(Synced, Base):
    """One month of the quota di compartecipazione: due and paid."""

    __tablename__ = "contributions"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    period: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    due_cents: Mapped[int] = mapped_column(Integer)
    paid_cents: Mapped[int] = mapped_column(Integer, default=0)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_contributions_agreement_period", "agreement_id", "period"),
        # a case's months with their amounts: arrears summed from the index (migration 0017)
        Index("ix_contributions_case_period", "case_id", "period", "due_cents", "paid_cents"),
    )


class ContributionPayment(Synced, Base):
    """One payment towards a month's contribution: when, how much, how, which receipt.

    ``Contribution.paid_cents`` stays the month's total (the arrears read it); these rows
    are its detail, one per payment, and what a receipt is printed from."""

    __tablename__ = "contribution_payments"

    contribution_id: Mapped[str] = mapped_column(ForeignKey("contributions.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))
    receipt_no: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
