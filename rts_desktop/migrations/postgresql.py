"""PostgreSQL steps the migrations share (each revision calls them on that engine only).

An import applies a bundle's changes in one transaction whose order need not follow the
foreign keys (a room may arrive before its apartment): SQLite defers the checks to the
commit with ``PRAGMA defer_foreign_keys``; on PostgreSQL the foreign keys are made
``DEFERRABLE INITIALLY IMMEDIATE`` (still checked at once everywhere else), so that an
import can ``SET CONSTRAINTS ALL DEFERRED``.
"""

from __future__ import annotations

from alembic import op

_NOT_DEFERRABLE = """
SELECT c.conrelid::regclass::text, c.conname
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()
ORDER BY 1, 2
"""


def deferrable_foreign_keys() -> None:
    """On PostgreSQL, every foreign key of the schema becomes deferrable (a no-op else)."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, name in bind.exec_driver_sql(_NOT_DEFERRABLE).all():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
