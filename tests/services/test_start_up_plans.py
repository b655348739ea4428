"""The first page's and the Scadenze panel's queries read the indexes of migration 0017, as
the start-up figures in docs/performance.md rely on: without them SQLite reads every stay,
every document of the open cases and every month of their contributions."""

from __future__ import annotations

import datetime as dt

import pytest

from rts_desktop.services import deadlines
from rts_desktop.services.today.housing import free_places_today, movements
from tests.query_plans import plans

DAY = dt.date(2026, 12, 3)

pytestmark = pytest.mark.sqlite_only  # SQLite's query plans


def test_the_weeks_movements_read_stays_by_their_dates(db, db_path):
    found = plans(db, db_path, lambda: movements(db, DAY, DAY + dt.timedelta(days=6), None))
    (week,) = [p for q, p in found.items() if "FROM stays JOIN cases" in q]
    assert "SCAN stays" not in week
    assert "ix_stays_start_date (start_date>? AND start_date<?)" in week
    assert "ix_stays_actual_end (actual_end>? AND actual_end<?)" in week


def test_tonights_free_places_read_stays_by_their_ends(db, db_path):
    found = plans(db, db_path, lambda: free_places_today(db, None, DAY))
    assert len(found) == 2
    for plan in found.values():
        assert "SCAN stays" not in plan
        assert "ix_stays_actual_end (actual_end>?)" in plan
        assert "ix_stays_open_end (planned_end>?)" in plan


def test_expiring_documents_are_checked_from_the_indexes(db, db_path):
    found = plans(db, db_path, lambda: deadlines._documents(db, DAY))
    (docs,) = [p for q, p in found.items() if "FROM documents" in q]
    assert "SCAN documents" not in docs
    # "replaced by a newer one of its type": both sides of the check from an index alone
    assert (
        "documents_1 USING COVERING INDEX ix_documents_person_type_expiry "
        "(beneficiary_id=? AND doc_type=? AND expires_on>?)" in docs
    )
    assert (
        "documents_1 USING COVERING INDEX ix_documents_case_type_expiry "
        "(case_id=? AND doc_type=? AND expires_on>?)" in docs
    )


def test_arrears_are_summed_from_the_contributions_index(db, db_path):
    found = plans(db, db_path, lambda: deadlines._arrears(db, DAY))
    (arrears,) = [p for q, p in found.items() if "FROM contributions" in q]
    assert "COVERING INDEX ix_contributions_case_period (case_id=? AND period<?)" in arrears
