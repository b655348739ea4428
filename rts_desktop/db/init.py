"""Create a database: schema through the real migration path, then this device's identity."""

from __future__ import annotations

import platform

from sqlalchemy import select

from rts_desktop.db.database import Database
from rts_desktop.db.migrate import open_database
from rts_desktop.kernel.context import utc_now
from rts_desktop.models import Device


def ensure_self_device(db: Database, name: str | None = None) -> str:
    """This installation's device row (created once); returns its id."""
    with db.session(None) as s:
        found = s.scalar(select(Device).where(Device.is_self.is_(True)))
        if found is not None:
            return found.id
        device = Device(
            name=name or f"Laptop {platform.node() or 'senza nome'}",
            is_self=True,
            enrolled_at=utc_now(),
            last_seq=0,
            hlc_wall_ms=0,
            hlc_counter=0,
        )
        s.add(device)
        s.flush()
        # this device's own knowledge is its last_seq; Knowledge rows are for other origins
        return device.id


def init_database(
    url: str, device_name: str | None = None, *, key: bytes | None = None
) -> Database:
    """Create (or upgrade) the database at ``url`` and give it a device identity; with
    ``key`` a new SQLite database is created SQLCipher-encrypted."""
    db = open_database(url, create=True, key=key)
    ensure_self_device(db, device_name)
    return db
