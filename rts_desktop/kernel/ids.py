"""Identifiers: UUIDv7 generated on the device, never autoincrement integers."""

from __future__ import annotations

import uuid_utils


def new_id() -> str:
    """A new UUIDv7 as text (time-ordered, so indexes stay compact)."""
    return str(uuid_utils.uuid7())
