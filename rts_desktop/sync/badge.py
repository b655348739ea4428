"""The two counts the main window shows for sync at every start, kept apart from the sync
views so that starting the app does not import the bundle and key machinery."""

from __future__ import annotations

from sqlalchemy import func, select

from rts_desktop.db import Database
from rts_desktop.models import Conflict, Device


def badge_counts(db: Database) -> tuple[int, int]:
    """(enrolled peers, open conflicts): two cheap counts for the status bar and the badge."""
    with db.session(write=False) as s:
        peers = s.scalar(
            select(func.count())
            .select_from(Device)
            .where(Device.is_self.is_(False), Device.revoked_at.is_(None))
        )
        conflicts = s.scalar(
            select(func.count()).select_from(Conflict).where(Conflict.status == "open")
        )
    return int(peers or 0), int(conflicts or 0)
