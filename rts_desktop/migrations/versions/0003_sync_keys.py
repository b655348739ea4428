"""sync keys: local private keys, causal context of changes, peers' acknowledged vectors

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rts_desktop.migrations.postgresql import deferrable_foreign_keys

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_keys",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("signing_private_key", sa.Text(), nullable=False),
        sa.Column("age_identity", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_local_keys_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_local_keys")),
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("context", sa.Text(), nullable=True))
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("known_vector", sa.Text(), nullable=True))
    deferrable_foreign_keys()


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("known_vector")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_column("context")
    op.drop_table("local_keys")
