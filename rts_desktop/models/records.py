"""Case diary notes, attached documents and ESF participant sheets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rts_desktop.models.base import Base, BigInt, Synced


class Note(Synced, Base):
    """A diary note: append-only; a correction is a new note pointing at the old one."""

    __tablename__ = "notes"
    __append_only__ = True

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    beneficiary_id: Mapped[str | None] = mapped_column(ForeignKey("beneficiaries.id"))
    kind: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    written_at: Mapped[dt.datetime] = mapped_column()
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("notes.id"))

    __table_args__ = (Index("ix_notes_case_date", "case_id", "date"),)


class Document(Synced, Base):
    """An attached file, stored once by sha256 in the attachment store."""

    __tablename__ = "documents"

    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"))
    beneficiary_id: Mapped[str | None] = mapped_column(ForeignKey("beneficiaries.id"))
    doc_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInt)
    mime_type: Mapped[str | None] = mapped_column(String(100))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    uploaded_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column()

    __table_args__ = (
        # a case's or a person's documents, with what "replaced by a newer one of the same
        # type" compares: the deadlines read these indexes, not the rows (migration 0017)
        Index("ix_documents_case_type_expiry", "case_id", "doc_type", "expires_on",
              "beneficiary_id"),
        Index("ix_documents_person_type_expiry", "beneficiary_id", "doc_type", "expires_on",
              "case_id"),
    )  # fmt: skip


class ParticipantSheet(Synced, Base):
    """Scheda partecipante FSE, recorded at entry and at exit.

    Art. 9 items (disability, migrant background...) accept "non_risponde".
    """

    __tablename__ = "participant_sheets"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    moment: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    labour_status: Mapped[str] = mapped_column(String(40))
    #: months without work at the sheet's date (long-term: > 6 under 25, > 12 from 25)
    unemployed_months: Mapped[int | None] = mapped_column(Integer)
    isced_level: Mapped[int | None] = mapped_column(Integer)
    household_situation: Mapped[str | None] = mapped_column(String(60))
    disadvantages: Mapped[str] = mapped_column(String(300), default="")
    migrant_background: Mapped[str | None] = mapped_column(String(20))
    disability: Mapped[str | None] = mapped_column(String(20))
    #: belonging to a minority (art. 9): si / no / non_risponde
    minority: Mapped[str | None] = mapped_column(String(20))
    #: the day the art. 9 questions were asked (an answer, or "non risponde", has a date)
    special_asked_on: Mapped[dt.date | None] = mapped_column(Date)
    homeless: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_participant_sheets_case_person", "case_id", "beneficiary_id", "moment"),
    )


class ParticipantOutcome(Synced, Base):
    """Esito FSE: a participant's situation after leaving, on a day (job search, education,
    a qualification, a job, an improved job). The ESF results read the last one in the
    4 weeks after the exit and the one around 6 months after (``vocab.OutcomeKind``)."""

    __tablename__ = "participant_outcomes"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
