"""The state hash computed by SQLite equals the portable Python one, and sees direct edits."""

from __future__ import annotations

import datetime as dt

import pytest

from rts_desktop.db.capture import sync_schema
from rts_desktop.demo import generate_small
from rts_desktop.models import Base
from rts_desktop.sync import state_hash


@pytest.mark.sqlite_only
def test_sqlite_and_python_hashes_agree(db):
    """SQLite's hash (built in C) is the portable one a server computes in Python."""
    generate_small(db, seed=7, today=dt.date(2026, 11, 25))
    with db.session(write=False) as s:
        for table in sync_schema():
            assert state_hash._sqlite_hash(s, table) == state_hash._python_hash(s, table), table


def test_a_direct_edit_changes_only_its_table_hash(db):
    generate_small(db, seed=7, today=dt.date(2026, 11, 25))
    with db.session(write=False) as s:
        before = state_hash.state_hashes(s)
    with db.engine.begin() as conn:  # a row changed behind the app's back, version untouched
        conn.exec_driver_sql(
            "UPDATE beneficiaries SET phone = '000' WHERE id = (SELECT min(id) FROM beneficiaries)"
        )
    with db.session(write=False) as s:
        after = state_hash.state_hashes(s)
    assert state_hash.diverged_tables(before, after) == ["beneficiaries"]
    assert set(before) <= {t.name for t in Base.metadata.sorted_tables}
