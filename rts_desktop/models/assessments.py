"""Autonomy assessments scored against a framework kept as data in resources/."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rts_desktop.models.base import Base, Synced


class Assessment(Synced, Base):
    __tablename__ = "assessments"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    framework_key: Mapped[str] = mapped_column(String(40))
    framework_version: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    scores: Mapped[list[AssessmentScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class AssessmentScore(Synced, Base):
    __tablename__ = "assessment_scores"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    domain: Mapped[str] = mapped_column(String(40))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    assessment: Mapped[Assessment] = relationship(back_populates="scores")
