"""Beneficiaries, their identifiers, households and membership."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rts_desktop.models.base import Base, Synced


class Beneficiary(Synced, Base):
    """A person accompanied by the service (beneficiario / ospite).

    There is no unique codice fiscale: many people have none or a temporary one. The
    duplicate check (CF, or name + birth date) links, never merges.
    """

    __tablename__ = "beneficiaries"

    code: Mapped[str] = mapped_column(String(20), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    #: normalised "last first" without accents, lower case: what search matches against
    search_name: Mapped[str] = mapped_column(String(210), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_place: Mapped[str | None] = mapped_column(String(100))
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    languages: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    #: special-category data (GDPR art. 9 and 10): hidden by default, shown on demand (logged)
    health_notes: Mapped[str | None] = mapped_column(Text)
    judicial_notes: Mapped[str | None] = mapped_column(Text)

    identifiers: Mapped[list[Identifier]] = relationship(
        back_populates="beneficiary", cascade="all, delete-orphan", order_by="Identifier.kind"
    )

    __table_args__ = (
        Index("ix_beneficiaries_search_name", "search_name"),
        Index("ix_beneficiaries_name_birth", "last_name", "first_name", "birth_date"),
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Identifier(Synced, Base):
    """An identifying document number: codice fiscale, STP/ENI, passport, permit..."""

    __tablename__ = "identifiers"

    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(60), index=True)
    issued_by: Mapped[str | None] = mapped_column(String(100))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)

    beneficiary: Mapped[Beneficiary] = relationship(back_populates="identifiers")


class Household(Synced, Base):
    """A household (nucleo): one person or a family, with dated membership."""

    __tablename__ = "households"

    name: Mapped[str] = mapped_column(String(150))
    notes: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[HouseholdMember]] = relationship(
        back_populates="household",
        cascade="all, delete-orphan",
        order_by="HouseholdMember.from_date",
    )


class HouseholdMember(Synced, Base):
    """Membership of a person in a household from/to a date (a baby born mid-stay...)."""

    __tablename__ = "household_members"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    relation: Mapped[str] = mapped_column(String(30))
    is_head: Mapped[bool] = mapped_column(default=False)
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)

    household: Mapped[Household] = relationship(back_populates="members")
    beneficiary: Mapped[Beneficiary] = relationship()


class Consent(Synced, Base):
    """A privacy notice given or a consent recorded, with its dates (GDPR artt. 7, 13):
    ``expires_on`` says when it must be asked again, ``withdrawn_on`` when it was revoked."""

    __tablename__ = "consents"

    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    given_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
