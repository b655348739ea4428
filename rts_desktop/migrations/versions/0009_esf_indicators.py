"""ESF indicators for both programme periods: ETHOS operational categories, how a stay
ended, the participant's situation after leaving

- ``cases.ethos_entry``: the 7-value list of the first versions becomes the 13 operational
  categories of ETHOS (FEANTSA), with sub-categories (``vocab.LEGACY_ETHOS``);
- ``cases.exit_outcome``: raggiunta autonomia / esito negativo (abbandono, incompatibilità,
  rifiuto, mancato rispetto del patto) / altro esito;
- ``participant_sheets``: months without work (long-term unemployment by age), the minority
  answer (art. 9, may be "non risponde") and the day the art. 9 questions were asked;
- ``participant_outcomes``: what happened after leaving, dated (ESF results);
- ``reviews.due_date``: the review date a review answered (reviews on time);
- indexes for the reports (sheets by case and person, attendance by occurrence).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rts_desktop.migrations.postgresql import deferrable_foreign_keys

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: frozen copy of ``vocab.LEGACY_ETHOS`` (a migration never follows later code)
LEGACY = {
    "ethos_1": "1",
    "ethos_2": "2",
    "ethos_3": "3",
    "ethos_4": "6",
    "ethos_5": "11",
    "ethos_6": "8.1",
    "ethos_7": "9",
}


def _remap(mapping: dict[str, str]) -> None:
    cases = sa.table("cases", sa.column("ethos_entry", sa.String))
    op.execute(
        cases.update()
        .where(cases.c.ethos_entry.in_(list(mapping)))
        .values(ethos_entry=sa.case(mapping, value=cases.c.ethos_entry))
    )


def upgrade() -> None:
    _remap(LEGACY)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exit_outcome", sa.String(length=30), nullable=True))
    with op.batch_alter_table("participant_sheets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unemployed_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("minority", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("special_asked_on", sa.Date(), nullable=True))
    op.create_table(
        "participant_outcomes",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_participant_outcomes_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_participant_outcomes_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["operators.id"],
            name=op.f("fk_participant_outcomes_recorded_by_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_outcomes")),
    )
    with op.batch_alter_table("participant_outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_outcomes_case_id"), ["case_id"])
        batch_op.create_index(
            batch_op.f("ix_participant_outcomes_beneficiary_id"), ["beneficiary_id"]
        )
    with op.batch_alter_table("participant_sheets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participant_sheets_case_person", ["case_id", "beneficiary_id", "moment"]
        )

    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due_date", sa.Date(), nullable=True))
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_occurrence", ["event_id", "occurrence_start", "beneficiary_id"]
        )
        batch_op.create_index("ix_attendance_occurrence_start", ["occurrence_start"])
    deferrable_foreign_keys()


def downgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column("due_date")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_occurrence_start")
        batch_op.drop_index("ix_attendance_occurrence")
    with op.batch_alter_table("participant_sheets", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_sheets_case_person")
    with op.batch_alter_table("participant_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_outcomes_beneficiary_id"))
        batch_op.drop_index(batch_op.f("ix_participant_outcomes_case_id"))
    op.drop_table("participant_outcomes")
    with op.batch_alter_table("participant_sheets", schema=None) as batch_op:
        batch_op.drop_column("special_asked_on")
        batch_op.drop_column("minority")
        batch_op.drop_column("unemployed_months")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("exit_outcome")
    _remap({new: old for old, new in LEGACY.items()})
