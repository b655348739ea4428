"""operators' login roles made and re-keyed by two server functions that check who calls
them; no operator's role keeps CREATEROLE (PostgreSQL only; nothing on SQLite)

See ``rts_desktop/migrations/server_logins.py`` and docs/server.md.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 20:40:00.000000
"""

from __future__ import annotations

from alembic import op

from rts_desktop.migrations import server_logins

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_logins.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_logins.uninstall(bind)
