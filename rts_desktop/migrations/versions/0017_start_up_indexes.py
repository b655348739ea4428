"""indexes for the first page and the Scadenze panel: documents by case or person with their
type and expiry (the "replaced by a newer one" check reads the index alone), contributions by
case with their month and amounts (arrears summed from the index), stays by start and by
recorded end, a partial index of the ended ones (the week's arrivals and departures, the
places taken tonight; the open ones have ix_stays_open_end)

The single-column indexes of documents.case_id, documents.beneficiary_id and
contributions.case_id are the first column of the new ones, which take their place.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 19:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: (name, table, columns) of the indexes made, and the ones they replace
NEW = (
    ("ix_documents_case_type_expiry", "documents",
     ["case_id", "doc_type", "expires_on", "beneficiary_id"]),
    ("ix_documents_person_type_expiry", "documents",
     ["beneficiary_id", "doc_type", "expires_on", "case_id"]),
    ("ix_contributions_case_period", "contributions",
     ["case_id", "period", "due_cents", "paid_cents"]),
    ("ix_stays_start_date", "stays", ["start_date"]),
    ("ix_stays_actual_end", "stays", ["actual_end"]),
)  # fmt: skip
#: the stays of ix_stays_actual_end: those ended (the open ones are in ix_stays_open_end)
ENDED = "actual_end IS NOT NULL"
REPLACED = (
    ("ix_documents_case_id", "documents", ["case_id"]),
    ("ix_documents_beneficiary_id", "documents", ["beneficiary_id"]),
    ("ix_contributions_case_id", "contributions", ["case_id"]),
)


def upgrade() -> None:
    for name, table, columns in NEW:
        partial = name == "ix_stays_actual_end"
        where = {"sqlite_where": sa.text(ENDED), "postgresql_where": sa.text(ENDED)}
        op.create_index(name, table, columns, **(where if partial else {}))
    for name, table, _columns in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns)
    for name, table, _columns in reversed(NEW):
        op.drop_index(name, table_name=table)
