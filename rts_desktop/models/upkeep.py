"""Key handovers, inspections and maintenance requests of the apartments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rts_desktop.models.base import Base, Synced


class Handover(Synced, Base):
    """Verbale di consegna / riconsegna chiavi."""

    __tablename__ = "handovers"

    stay_id: Mapped[str | None] = mapped_column(ForeignKey("stays.id"), index=True)
    apartment_id: Mapped[str] = mapped_column(ForeignKey("apartments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    keys_count: Mapped[int] = mapped_column(Integer, default=0)
    keys_notes: Mapped[str | None] = mapped_column(Text)
    meter_electricity: Mapped[str | None] = mapped_column(String(30))
    meter_gas: Mapped[str | None] = mapped_column(String(30))
    meter_water: Mapped[str | None] = mapped_column(String(30))
    inventory: Mapped[str | None] = mapped_column(Text)
    condition: Mapped[str | None] = mapped_column(Text)


class Inspection(Synced, Base):
    """Sopralluogo: a visit to check the apartment's condition."""

    __tablename__ = "inspections"

    apartment_id: Mapped[str] = mapped_column(ForeignKey("apartments.id"), index=True)
    stay_id: Mapped[str | None] = mapped_column(ForeignKey("stays.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    outcome: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)


class MaintenanceRequest(Synced, Base):
    """Segnalazione guasto: opened, who acts, status, cost, closed."""

    __tablename__ = "maintenance_requests"
    #: an apartment's open repairs counted from the index alone (the apartment list)
    __table_args__ = (Index("ix_maintenance_requests_apartment_status", "apartment_id", "status"),)

    apartment_id: Mapped[str] = mapped_column(ForeignKey("apartments.id"), index=True)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str | None] = mapped_column(String(150))
    assignee: Mapped[str | None] = mapped_column(String(150))
    status: Mapped[str] = mapped_column(String(20))
    cost_cents: Mapped[int | None] = mapped_column(Integer)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
