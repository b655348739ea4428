"""Payments of the monthly contributions, one row each: day, amount, method (contanti,
bonifico, POS, bollettino), receipt number, notes and who recorded it. The month's
``contributions.paid_cents`` stays the total the arrears read.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 15:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rts_desktop.migrations.postgresql import deferrable_foreign_keys

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contribution_payments",
        sa.Column("contribution_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("receipt_no", sa.String(length=30), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contributions.id"],
            name=op.f("fk_contribution_payments_contribution_id_contributions"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_contribution_payments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["operators.id"],
            name=op.f("fk_contribution_payments_recorded_by_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution_payments")),
    )
    with op.batch_alter_table("contribution_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contribution_payments_case_id"), ["case_id"])
        batch_op.create_index(
            batch_op.f("ix_contribution_payments_contribution_id"), ["contribution_id"]
        )
    deferrable_foreign_keys()


def downgrade() -> None:
    with op.batch_alter_table("contribution_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contribution_payments_contribution_id"))
        batch_op.drop_index(batch_op.f("ix_contribution_payments_case_id"))
    op.drop_table("contribution_payments")
