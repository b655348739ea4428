"""Cases (presa in carico): one household's path through the service."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rts_desktop.models.base import Base, Synced
from rts_desktop.models.people import Household


class Case(Synced, Base):
    __tablename__ = "cases"

    code: Mapped[str] = mapped_column(String(20), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    referral_date: Mapped[dt.date] = mapped_column(Date)
    referral_source: Mapped[str | None] = mapped_column(String(150))
    sst_municipio: Mapped[int | None] = mapped_column(Integer)
    sst_social_worker: Mapped[str | None] = mapped_column(String(150))
    sst_contact: Mapped[str | None] = mapped_column(String(200))
    #: the social worker (an operator, role assistente_sociale) who referred and follows the
    #: case: she sees it (``db/visibility.py``)
    sst_operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), index=True)
    ethos_entry: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_reason: Mapped[str | None] = mapped_column(Text)
    exit_destination: Mapped[str | None] = mapped_column(String(30))
    #: how the stay ended (``vocab.ExitOutcome``): autonomy reached, a negative outcome...
    exit_outcome: Mapped[str | None] = mapped_column(String(30))
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_done: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_notes: Mapped[str | None] = mapped_column(Text)
    #: comma-separated flags shown on the case header, e.g. "visite_in_coppia"
    flags: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str | None] = mapped_column(Text)

    household: Mapped[Household] = relationship()
    status_history: Mapped[list[CaseStatusChange]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseStatusChange.date"
    )
    educators: Mapped[list[CaseEducator]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEducator.from_date"
    )

    __table_args__ = (
        # follow-ups still to do by due date (deadlines, calendar markers)
        Index(
            "ix_cases_follow_up_open",
            "follow_up_due",
            sqlite_where=text("follow_up_done IS NULL"),
            postgresql_where=text("follow_up_done IS NULL"),
        ),
    )


class CaseStatusChange(Synced, Base):
    """One step of the lifecycle, kept as history."""

    __tablename__ = "case_status_changes"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))

    case: Mapped[Case] = relationship(back_populates="status_history")


class CaseEducator(Synced, Base):
    """An educator assigned to a case, with history."""

    __tablename__ = "case_educators"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    operator_id: Mapped[str] = mapped_column(ForeignKey("operators.id"), index=True)
    is_primary: Mapped[bool] = mapped_column(default=True)
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="educators")


class CaseShare(Synced, Base):
    """A case shown to one more operator (a substitute, a colleague on a joint visit) from
    ``from_date`` until ``to_date`` (None: until ended), with the reason; coordinators
    grant and end shares (``services/cases/sharing.py``)."""

    __tablename__ = "case_shares"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    operator_id: Mapped[str] = mapped_column(ForeignKey("operators.id"), index=True)
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
