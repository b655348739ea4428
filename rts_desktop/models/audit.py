"""The append-only audit log (registro accessi), reads of case files included, and its
local hash chain (``audit_chain``: one link per entry, never synced, see
``rts_desktop/kernel/audit_chain.py``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rts_desktop.models.base import Base, Synced


class AuditEntry(Synced, Base):
    __tablename__ = "audit_entries"
    __append_only__ = True

    at: Mapped[dt.datetime] = mapped_column()
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    purpose: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        # the viewer's pages, newest first by (at, id): the first one without a sort
        Index("ix_audit_entries_at_id", "at", "id"),
    )


class AuditLink(Base):
    """One link of the local hash chain: local to this device, never synced."""

    __tablename__ = "audit_chain"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: the entry it seals (no foreign key: a deleted entry must leave its link behind)
    entry_id: Mapped[str] = mapped_column(String(36), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
