"""consents: the privacy notice given and the consents a person gave, with their dates;
the operator who recorded a plan's agreement (``plans.agreed_by``)

One row per notice or consent (``kind``), given on a day, to be asked again by
``expires_on``, revoked on ``withdrawn_on``; the Scadenze panel shows those about to expire.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rts_desktop.migrations.postgresql import deferrable_foreign_keys

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreed_by", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_plans_agreed_by_operators"), "operators", ["agreed_by"], ["id"]
        )
    op.create_table(
        "consents",
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_consents_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["operators.id"], name=op.f("fk_consents_recorded_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_beneficiary_id"), ["beneficiary_id"])
        batch_op.create_index(batch_op.f("ix_consents_expires_on"), ["expires_on"])
    deferrable_foreign_keys()


def downgrade() -> None:
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_expires_on"))
        batch_op.drop_index(batch_op.f("ix_consents_beneficiary_id"))
    op.drop_table("consents")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_plans_agreed_by_operators"), type_="foreignkey")
        batch_op.drop_column("agreed_by")
