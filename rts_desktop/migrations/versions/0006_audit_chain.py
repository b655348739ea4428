"""audit chain: a local hash chain over the audit log, existing entries linked

Every audit entry gets one link (``audit_chain``, local to this device, never synced) whose
hash covers the entry and the previous link: an edited, deleted or reordered entry shows in
``rts-desktop check``. The entries already in the database are linked here, in (at, id)
order.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 00:00:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from rts_desktop.kernel.audit_chain import link_entries

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_chain",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_chain")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_audit_chain_entry_id")),
    )
    conn = op.get_bind()

    def rows(sql: str, params: Any) -> Any:
        return conn.execute(sa.text(sql), params).all()

    def many(sql: str, params: list[dict[str, Any]]) -> None:
        conn.execute(sa.text(sql), params)

    link_entries(rows, many)


def downgrade() -> None:
    op.drop_table("audit_chain")
