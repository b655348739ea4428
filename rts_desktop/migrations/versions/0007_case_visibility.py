"""case visibility: the social worker who follows a case, cases shared with an operator

``cases.sst_operator_id`` names the social worker operator (assistente sociale) of the
SST referral; ``case_shares`` shows a case to one more operator for a while, with the
reason. An educator sees the cases she is or was assigned to and those shared with her, a
social worker those she referred and those shared with her (``db/visibility.py``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rts_desktop.migrations.postgresql import deferrable_foreign_keys

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sst_operator_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_sst_operator_id"), ["sst_operator_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_sst_operator_id_operators"),
            "operators",
            ["sst_operator_id"],
            ["id"],
        )
    op.create_table(
        "case_shares",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_shares_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_case_shares_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_shares")),
    )
    with op.batch_alter_table("case_shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_shares_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_shares_operator_id"), ["operator_id"], unique=False
        )
    deferrable_foreign_keys()


def downgrade() -> None:
    with op.batch_alter_table("case_shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_shares_operator_id"))
        batch_op.drop_index(batch_op.f("ix_case_shares_case_id"))
    op.drop_table("case_shares")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_cases_sst_operator_id_operators"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_cases_sst_operator_id"))
        batch_op.drop_column("sst_operator_id")
