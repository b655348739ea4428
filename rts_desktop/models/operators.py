"""Operators (educators, coordinators, social workers, administrators)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from rts_desktop.models.base import Base, Synced


class Operator(Synced, Base):
    __tablename__ = "operators"

    username: Mapped[str] = mapped_column(String(60), index=True)
    full_name: Mapped[str] = mapped_column(String(150))
    role: Mapped[str] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(default=True)
    #: Argon2id hash, set once login exists; never synced in clear
    password_hash: Mapped[str | None] = mapped_column(String(200))
