"""Apartments, rooms, their dated status history, stays and extensions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rts_desktop.models.base import Base, Synced


class Apartment(Synced, Base):
    __tablename__ = "apartments"

    code: Mapped[str] = mapped_column(String(20), index=True)
    address: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(5))
    municipio: Mapped[int] = mapped_column(Integer)
    floor: Mapped[int | None] = mapped_column(Integer)
    lift: Mapped[bool] = mapped_column(default=False)
    accessible: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    rooms: Mapped[list[Room]] = relationship(
        back_populates="apartment", cascade="all, delete-orphan", order_by="Room.name"
    )
    status_history: Mapped[list[ApartmentStatusEntry]] = relationship(
        back_populates="apartment",
        cascade="all, delete-orphan",
        order_by="ApartmentStatusEntry.from_date",
    )


class Room(Synced, Base):
    """A room with its beds: occupancy is counted by room."""

    __tablename__ = "rooms"

    apartment_id: Mapped[str] = mapped_column(ForeignKey("apartments.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    beds: Mapped[int] = mapped_column(Integer)

    apartment: Mapped[Apartment] = relationship(back_populates="rooms")


class ApartmentStatusEntry(Synced, Base):
    """The apartment's status from a date on (until the next entry)."""

    __tablename__ = "apartment_status"
    #: the status on a day: the latest entry from a date on, per apartment
    __table_args__ = (
        Index("ix_apartment_status_apartment_id_from_date", "apartment_id", "from_date"),
    )

    apartment_id: Mapped[str] = mapped_column(ForeignKey("apartments.id"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    from_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    apartment: Mapped[Apartment] = relationship(back_populates="status_history")


class Stay(Synced, Base):
    """A case housed in a room (``places`` beds) from start to planned/actual end."""

    __tablename__ = "stays"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    apartment_id: Mapped[str] = mapped_column(ForeignKey("apartments.id"), index=True)
    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id"))
    places: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[dt.date] = mapped_column(Date)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    extensions: Mapped[list[StayExtension]] = relationship(
        back_populates="stay", cascade="all, delete-orphan", order_by="StayExtension.decided_on"
    )

    __table_args__ = (
        Index("ix_stays_room_dates", "room_id", "start_date", "planned_end"),
        # the week's arrivals and departures, the places taken tonight (migration 0017)
        Index("ix_stays_start_date", "start_date"),
        Index(
            "ix_stays_actual_end",
            "actual_end",
            sqlite_where=text("actual_end IS NOT NULL"),
            postgresql_where=text("actual_end IS NOT NULL"),
        ),
        # the places an apartment has taken on a day: its stays under way by their ends
        Index("ix_stays_apartment_ends", "apartment_id", "actual_end", "planned_end"),
        # stays still open by planned end (deadlines, calendar markers)
        Index(
            "ix_stays_open_end",
            "planned_end",
            sqlite_where=text("actual_end IS NULL"),
            postgresql_where=text("actual_end IS NULL"),
        ),
    )

    @property
    def end_date(self) -> dt.date:
        """The day the place is free again (the actual end if known, else the planned one).

        A stay occupies the nights from ``start_date`` to the day before its end, so a
        household leaving on day D and another arriving on day D do not overlap.
        """
        return self.actual_end or self.planned_end


class StayExtension(Synced, Base):
    """A proroga: the planned end moved, with the reason."""

    __tablename__ = "stay_extensions"

    stay_id: Mapped[str] = mapped_column(ForeignKey("stays.id"), index=True)
    previous_end: Mapped[dt.date] = mapped_column(Date)
    new_end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[dt.date] = mapped_column(Date)

    stay: Mapped[Stay] = relationship(back_populates="extensions")
