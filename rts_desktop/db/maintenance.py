"""Engine-specific upkeep of the database file, kept in one place.

After a GDPR erasure the deleted values must not linger in the file: :func:`secure_delete`
makes SQLite overwrite the pages and cells the erasing transaction frees, and
:func:`purge_free_space` (once it has committed) empties the write-ahead log and rebuilds
the file so no freed page, nor an old WAL frame, keeps the old content. Other engines do
nothing here yet (PostgreSQL's counterpart, ``VACUUM FULL`` of the touched tables, goes
here).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from rts_desktop.db.database import Database
from rts_desktop.db.engine import is_sqlite


def secure_delete(s: Session) -> None:
    """Have SQLite zero what this session's connection frees (``secure_delete``), from now
    until the connection closes; a no-op on other engines."""
    if s.get_bind().dialect.name != "sqlite":
        return
    s.execute(text("PRAGMA secure_delete=ON"))
    if s.execute(text("PRAGMA secure_delete")).scalar() != 1:
        raise RuntimeError("SQLite did not enable secure_delete")


def purge_free_space(db: Database) -> None:
    """Outside any transaction: checkpoint and truncate the WAL, rebuild the file
    (``VACUUM``), and truncate the WAL again, so the file holds only live content."""
    if not is_sqlite(db.url):
        return
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # autocommit (isolation_level None): no BEGIN
        assert raw is not None
        cursor = raw.cursor()
        try:
            cursor.execute("PRAGMA secure_delete=ON")
            for statement in (
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "VACUUM",
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ):
                cursor.execute(statement)
                cursor.fetchall()
        finally:
            cursor.close()
