"""apartment status by (apartment_id, from_date): the status on a day from an index

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("apartment_status", schema=None) as batch_op:
        batch_op.create_index(
            "ix_apartment_status_apartment_id_from_date", ["apartment_id", "from_date"]
        )


def downgrade() -> None:
    with op.batch_alter_table("apartment_status", schema=None) as batch_op:
        batch_op.drop_index("ix_apartment_status_apartment_id_from_date")
