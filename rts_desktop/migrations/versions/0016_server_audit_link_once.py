"""the server links an audit entry once: an entry written again with its id keeps its
link (a snapshot import puts the laptop's own log back), as on SQLite (PostgreSQL only)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 16:20:00.000000
"""

from __future__ import annotations

from alembic import op

from rts_desktop.migrations import server_security

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_security.link_function(bind)


def downgrade() -> None:
    pass  # the function of 0015 links a re-written entry twice, which its index refuses
