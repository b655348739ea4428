"""events spanning more than a day, events by organizer and start, open stays by planned
end, follow-ups still to do

A calendar range reads the few recurring or long events through the partial index
``ix_events_spanning`` and every other event through its start (``ix_events_range`` now
also covers the month view's counts by hour and area); one educator's range reads
her events by (organizer, start) instead of all her years; the deadline markers of a
visible range read open stays and pending follow-ups by date instead of scanning tables.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: by start, covering what the month view counts
RANGE_COLUMNS = ["starts_at", "series_until", "cancelled", "rrule", "area"]
SPANNING_SQL = "rrule IS NOT NULL OR series_until > datetime(starts_at, '+1 day')"
#: the same predicate on PostgreSQL (timestamps, not ISO text)
SPANNING_SQL_PG = "rrule IS NOT NULL OR series_until > starts_at + interval '1 day'"


def _partial(predicate: str, pg_predicate: str | None = None) -> dict[str, sa.TextClause]:
    """The WHERE of a partial index for SQLite and PostgreSQL (each reads its own)."""
    return {
        "sqlite_where": sa.text(predicate),
        "postgresql_where": sa.text(pg_predicate or predicate),
    }


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_organizer_id")
        batch_op.create_index("ix_events_organizer_start", ["organizer_id", "starts_at"])
        batch_op.drop_index("ix_events_range")
        batch_op.create_index("ix_events_range", RANGE_COLUMNS)
    op.create_index(
        "ix_events_spanning", "events", ["series_until"], **_partial(SPANNING_SQL, SPANNING_SQL_PG)
    )
    op.create_index("ix_stays_open_end", "stays", ["planned_end"], **_partial("actual_end IS NULL"))
    op.create_index(
        "ix_cases_follow_up_open", "cases", ["follow_up_due"], **_partial("follow_up_done IS NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_cases_follow_up_open", table_name="cases")
    op.drop_index("ix_stays_open_end", table_name="stays")
    op.drop_index("ix_events_spanning", table_name="events")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_range")
        batch_op.create_index("ix_events_range", RANGE_COLUMNS[:2])
        batch_op.drop_index("ix_events_organizer_start")
        batch_op.create_index("ix_events_organizer_id", ["organizer_id"])
