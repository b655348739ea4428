"""beneficiary search name: accent- and case-insensitive name search with an index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:13:25.066221
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i"})


def _fold(text: str) -> str:
    # frozen copy of rts_desktop.kernel.text.fold as it was at this revision
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def upgrade() -> None:
    with op.batch_alter_table("beneficiaries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_name", sa.String(length=210), nullable=False, server_default="")
        )
        batch_op.create_index("ix_beneficiaries_search_name", ["search_name"], unique=False)
    conn = op.get_bind()
    people = sa.table(
        "beneficiaries",
        sa.column("id", sa.String),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("search_name", sa.String),
    )
    rows = conn.execute(sa.select(people.c.id, people.c.first_name, people.c.last_name)).all()
    for row in rows:
        conn.execute(
            people.update()
            .where(people.c.id == row.id)
            .values(search_name=_fold(f"{row.last_name} {row.first_name}"))
        )


def downgrade() -> None:
    with op.batch_alter_table("beneficiaries", schema=None) as batch_op:
        batch_op.drop_index("ix_beneficiaries_search_name")
        batch_op.drop_column("search_name")
