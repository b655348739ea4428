"""apartment status by (apartment_id, from_date) and stays by (apartment_id, actual_end,
planned_end), repairs by (apartment_id, status): an apartment's status, places taken on a
day and open repairs read from indexes

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
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stays_apartment_ends", ["apartment_id", "actual_end", "planned_end"]
        )
    with op.batch_alter_table("maintenance_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_maintenance_requests_apartment_status", ["apartment_id", "status"]
        )


def downgrade() -> None:
    with op.batch_alter_table("maintenance_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_maintenance_requests_apartment_status")
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.drop_index("ix_stays_apartment_ends")
    with op.batch_alter_table("apartment_status", schema=None) as batch_op:
        batch_op.drop_index("ix_apartment_status_apartment_id_from_date")
