"""Sync bookkeeping (local to each device, never synced itself): see SYNC.md."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rts_desktop.kernel.ids import new_id
from rts_desktop.models.base import Base, BigInt


class Device(Base):
    """An installation: this laptop (``is_self``) or an enrolled peer."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    is_self: Mapped[bool] = mapped_column(default=False)
    signing_public_key: Mapped[str | None] = mapped_column(String(100))
    age_recipient: Mapped[str | None] = mapped_column(String(200))
    enrolled_at: Mapped[dt.datetime] = mapped_column()
    revoked_at: Mapped[dt.datetime | None] = mapped_column()
    #: for this device: last seq issued and the hybrid logical clock state
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    hlc_wall_ms: Mapped[int] = mapped_column(BigInt, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    #: for a peer: the knowledge vector it last acknowledged (JSON), where its next bundle starts
    known_vector: Mapped[str | None] = mapped_column(Text)
    #: the series in the human codes it issues (``rts_desktop.db.codes``): "" on the server,
    #: three letters on a laptop, None until this device issues its first code
    code_series: Mapped[str | None] = mapped_column(String(8))


class Change(Base):
    """One change of one record, in the same transaction as the write."""

    __tablename__ = "changes"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_device: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(64))
    author: Mapped[str | None] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    base_version: Mapped[str | None] = mapped_column(String(36))
    fields: Mapped[str] = mapped_column(Text)  # JSON object of new values
    old: Mapped[str] = mapped_column(Text)  # JSON object of replaced values
    #: JSON knowledge vector of the author when it wrote the change (causal context)
    context: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("origin_device", "seq"),
        Index("ix_changes_record", "table_name", "record_id"),
    )


class Knowledge(Base):
    """Per origin device, the highest gap-free seq applied here."""

    __tablename__ = "knowledge"

    origin_device: Mapped[str] = mapped_column(String(36), primary_key=True)
    max_seq: Mapped[int] = mapped_column(Integer, default=0)


class PendingChange(Base):
    """A received change held back until its predecessors arrive."""

    __tablename__ = "pending_changes"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_device: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[dt.datetime] = mapped_column()


class Conflict(Base):
    """Concurrent values of one field (or delete vs edit) waiting for a person."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(60))  # None: delete vs edit
    base_value: Mapped[str | None] = mapped_column(Text)
    candidates: Mapped[str] = mapped_column(Text)  # JSON list of {value, device, author, hlc}
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_hlc: Mapped[str] = mapped_column(String(64))
    resolved_by_change: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_conflicts_record", "table_name", "record_id"),)


class ImportedBundle(Base):
    __tablename__ = "imported_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_device: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    imported_at: Mapped[dt.datetime] = mapped_column()
    report: Mapped[str] = mapped_column(Text)


class SentBundle(Base):
    """A bundle prepared for a device, so the next one knows where to start."""

    __tablename__ = "sent_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    target_device: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column()
    vector: Mapped[str] = mapped_column(Text)


class Tombstone(Base):
    """A deleted record, so an old bundle cannot bring it back silently."""

    __tablename__ = "tombstones"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(64))


class Erasure(Base):
    """GDPR art. 17 ledger: these personal values must never come back."""

    __tablename__ = "erasures"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36))
    erased_at: Mapped[dt.datetime] = mapped_column()


class LocalKey(Base):
    """This device's private keys: local only, never synced nor put in a bundle."""

    __tablename__ = "local_keys"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    signing_private_key: Mapped[str] = mapped_column(Text)  # Ed25519, base64 raw
    age_identity: Mapped[str] = mapped_column(Text)  # AGE-SECRET-KEY-1...
    created_at: Mapped[dt.datetime] = mapped_column()


class Counter(Base):
    """Local counters for human codes (RTS-2026-0042), per kind and year."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
