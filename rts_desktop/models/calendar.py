"""Calendar events, their participants, recurrence exceptions and attendance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rts_desktop.models.base import Base, Synced

#: events whose occurrences can reach more than a day past their start: recurring ones and
#: long single ones (SQLite; a text comparison, so exactly one day counts too). Every other
#: event starts less than a day before any instant it covers, so a range query reads those
#: through ``starts_at`` and these few through the partial index ``ix_events_spanning``
#: (the predicate per engine: ``rts_desktop.db.dialects.SPANNING_SQL``).
SPANNING_SQL = "rrule IS NOT NULL OR series_until > datetime(starts_at, '+1 day')"
SPANNING_SQL_PG = "rrule IS NOT NULL OR series_until > starts_at + interval '1 day'"


class Event(Synced, Base):
    """An appointment or activity; ``rrule`` (RFC 5545) makes it recurring."""

    __tablename__ = "events"

    area: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[dt.datetime] = mapped_column()
    ends_at: Mapped[dt.datetime] = mapped_column()
    #: last instant any occurrence can end (equals ends_at when not recurring): range queries
    series_until: Mapped[dt.datetime | None] = mapped_column()
    all_day: Mapped[bool] = mapped_column(default=False)
    rrule: Mapped[str | None] = mapped_column(String(300))
    apartment_id: Mapped[str | None] = mapped_column(ForeignKey("apartments.id"), index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    organizer_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    cancelled: Mapped[bool] = mapped_column(default=False)
    # mediation: parties, agreement reached, follow-up
    mediation_parties: Mapped[str | None] = mapped_column(Text)
    mediation_agreement: Mapped[str | None] = mapped_column(Text)
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )

    __table_args__ = (
        # by start; covers the month view's counts (no table reads for 7,000 events)
        Index("ix_events_range", "starts_at", "series_until", "cancelled", "rrule", "area"),
        Index("ix_events_series_until", "series_until"),
        # one educator's calendar: her events in a range, not her ten years of them
        Index("ix_events_organizer_start", "organizer_id", "starts_at"),
        Index(
            "ix_events_spanning",
            "series_until",
            sqlite_where=text(SPANNING_SQL),
            postgresql_where=text(SPANNING_SQL_PG),
        ),
    )


class EventException(Synced, Base):
    """One occurrence of a recurring event cancelled or moved."""

    __tablename__ = "event_exceptions"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    original_start: Mapped[dt.datetime] = mapped_column()
    cancelled: Mapped[bool] = mapped_column(default=True)
    new_start: Mapped[dt.datetime | None] = mapped_column()
    new_end: Mapped[dt.datetime | None] = mapped_column()


class Participant(Synced, Base):
    """A beneficiary or an operator taking part in an event."""

    __tablename__ = "participants"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    beneficiary_id: Mapped[str | None] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(60))

    event: Mapped[Event] = relationship(back_populates="participants")


class AttendanceMark(Synced, Base):
    """Presente / assente / giustificato for one participant at one occurrence.

    Append-only: a correction is a newer mark; the latest mark counts.
    """

    __tablename__ = "attendance"
    __append_only__ = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    occurrence_start: Mapped[dt.datetime] = mapped_column()
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    marked_at: Mapped[dt.datetime] = mapped_column()
    marked_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))

    __table_args__ = (
        Index("ix_attendance_occurrence", "event_id", "occurrence_start", "beneficiary_id"),
        Index("ix_attendance_occurrence_start", "occurrence_start"),
    )
