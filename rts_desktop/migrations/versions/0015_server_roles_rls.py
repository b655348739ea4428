"""server roles and row-level security: operators' login roles, case visibility in the
database, the audit chain linked by the server (PostgreSQL only; nothing on SQLite)

Group roles per app role, table privileges, policies on every case-scoped table, the audit
trigger and the deferred check that an operator's change comes with an audit entry: see
``rts_desktop/migrations/server_security.py`` and docs/server.md.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 13:00:00.000000
"""

from __future__ import annotations

from alembic import op

from rts_desktop.migrations import server_security

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_security.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_security.uninstall(bind)
