"""Demo data: small (through the ORM and change capture) and a scaled-down large (snapshot)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from stdnum.it import codicefiscale

from rts_desktop.db import Database, init_database
from rts_desktop.db.check import run_checks
from rts_desktop.demo import generate_large, generate_small
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import Base, Change, Device, Knowledge, is_synced
from tests import engines


@pytest.fixture
def db(plain_db):
    """The generators on an empty database (no administrator yet)."""
    return plain_db


TODAY = dt.date(2026, 11, 25)
SOON = (TODAY.isoformat(), (TODAY + dt.timedelta(days=30)).isoformat())

#: a stay whose start day finds its room holding more places than beds (the occupancy peak
#: of a room is always on some stay's first day, so this checks every day)
OVER_CAPACITY = """
SELECT s.id FROM stays s JOIN rooms r ON r.id = s.room_id
WHERE r.beds < (SELECT sum(o.places) FROM stays o WHERE o.room_id = s.room_id
                AND o.start_date <= s.start_date
                AND coalesce(o.actual_end, o.planned_end) >= s.start_date)
"""
INCONSISTENT = {
    "stay outside its case": """
        SELECT s.id FROM stays s JOIN cases c ON c.id = s.case_id
        WHERE c.start_date IS NULL OR s.start_date < c.start_date
           OR (c.status = 'concluso' AND (s.actual_end IS NULL OR s.actual_end > c.exit_date))""",
    "active case without an open stay": """
        SELECT c.id FROM cases c WHERE c.status IN ('attivo', 'sospeso') AND NOT EXISTS
        (SELECT 1 FROM stays s WHERE s.case_id = c.id AND s.actual_end IS NULL)""",
    "closed case without exit data": """
        SELECT id FROM cases WHERE status = 'concluso'
        AND (exit_date IS NULL OR exit_destination IS NULL OR exit_reason IS NULL)""",
    "household without exactly one head": """
        SELECT household_id FROM household_members GROUP BY household_id
        HAVING sum(CASE WHEN is_head THEN 1 ELSE 0 END) != 1""",
    "planned end not the last proroga": """
        SELECT s.id FROM stays s WHERE EXISTS (SELECT 1 FROM stay_extensions e
        WHERE e.stay_id = s.id) AND s.planned_end != (SELECT max(new_end)
        FROM stay_extensions e WHERE e.stay_id = s.id)""",
    "more than one agreed plan": """
        SELECT case_id FROM plans WHERE status = 'condiviso' GROUP BY case_id
        HAVING count(*) > 1""",
    "contribution after the exit": """
        SELECT k.id FROM contributions k JOIN cases c ON c.id = k.case_id
        WHERE c.exit_date IS NOT NULL AND k.period > c.exit_date""",
    "attendance in the future": "SELECT id FROM attendance WHERE occurrence_start > :today",
    "diary note in the future": "SELECT id FROM notes WHERE date > :today",
    "apartment status in the future": "SELECT id FROM apartment_status WHERE from_date > :today",
    "open case with an educator who left": """
        SELECT ce.id FROM case_educators ce JOIN operators o ON o.id = ce.operator_id
        JOIN cases c ON c.id = ce.case_id
        WHERE ce.to_date IS NULL AND NOT o.active AND c.status != 'concluso'""",
}


def _rows(db: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        bound = {"today": TODAY.isoformat(), **params}
        return [tuple(r) for r in conn.execute(text(sql), bound)]


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """A canonical dump of a few tables, ids included (versions are this device's changes)."""
    queries = {
        "beneficiaries": "SELECT id, code, first_name, last_name, birth_date, nationality "
        "FROM beneficiaries ORDER BY id",
        "cases": "SELECT id, code, household_id, status, referral_date, start_date, exit_date "
        "FROM cases ORDER BY id",
        "stays": "SELECT id, case_id, room_id, places, start_date, planned_end, actual_end "
        "FROM stays ORDER BY id",
        "events": "SELECT id, area, title, starts_at, case_id FROM events ORDER BY id",
        "notes": "SELECT id, kind, date, text FROM notes ORDER BY id",
        "identifiers": "SELECT id, kind, value, expires_on FROM identifiers ORDER BY id",
    }
    return {name: _rows(db, sql) for name, sql in queries.items()}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[str, int]]:
    path = tmp_path_factory.mktemp("small") / "demo.db"
    db = init_database(engines.url_for(path), device_name="Laptop demo")
    counts = generate_small(db, seed=2026, today=TODAY)
    yield db, counts
    db.close()


def test_small_is_deterministic(small: tuple[Database, dict[str, int]], db: Database) -> None:
    reference, counts = small
    assert generate_small(db, seed=2026, today=TODAY) == counts
    assert _dump(db) == _dump(reference)


def test_small_differs_with_another_seed(
    small: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    other = init_database(engines.url_for(tmp_path / "other.db"))
    try:
        generate_small(other, seed=7, today=TODAY)
        assert _dump(other)["beneficiaries"] != _dump(small[0])["beneficiaries"]
    finally:
        other.close()


def test_small_sizes_and_integrity(small: tuple[Database, dict[str, int]]) -> None:
    db, counts = small
    result = run_checks(db.engine)
    assert result.ok, (result.integrity, result.foreign_keys)
    for table, n in counts.items():
        assert result.counts[table] == n
    assert 50 <= counts["beneficiaries"] <= 75
    assert counts["apartments"] == 25
    roles = dict(_rows(db, "SELECT role, count(*) FROM operators GROUP BY role"))
    assert 6 <= roles["educatore"] <= 8 and roles["coordinatore"] == 2
    statuses = {r[0] for r in _rows(db, "SELECT DISTINCT status FROM cases")}
    assert statuses == {"segnalato", "in_valutazione", "attivo", "sospeso", "concluso"}


def test_small_is_consistent(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    assert _rows(db, OVER_CAPACITY) == []
    for what, sql in INCONSISTENT.items():
        assert _rows(db, sql) == [], what
    months = "SELECT k.period, c.start_date FROM contributions k JOIN cases c ON c.id = k.case_id"
    for period, start in _rows(db, months):  # no contribution before the month of the start
        assert str(period)[:7] >= str(start)[:7], (period, start)


def test_small_changes_are_gap_free_and_cover_every_row(
    small: tuple[Database, dict[str, int]],
) -> None:
    db, counts = small
    with db.session(write=False) as s:
        seqs = s.scalars(select(Change.seq).order_by(Change.seq)).all()
        assert seqs == list(range(1, len(seqs) + 1))
        assert s.get(Device, db.device_id).last_seq == len(seqs)
        origins = s.scalars(select(Change.origin_device).distinct()).all()
        assert origins == [db.device_id]
    synced = [t for t in Base.metadata.sorted_tables if is_synced(_mapped(t.name))]
    assert len(seqs) == sum(counts.get(t.name, 0) for t in synced)
    for table in synced:
        orphans = _rows(
            db,
            f"SELECT count(*) FROM {table.name} x "
            "WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.change_id = x.version)",
        )
        assert orphans == [(0,)], table.name


def test_small_has_upcoming_deadlines_and_realistic_people(
    small: tuple[Database, dict[str, int]],
) -> None:
    db, _ = small
    between = f"BETWEEN '{SOON[0]}' AND '{SOON[1]}'"
    for sql in (
        f"SELECT count(*) FROM plans WHERE status = 'condiviso' AND next_review_due {between}",
        f"SELECT count(*) FROM stays WHERE actual_end IS NULL AND planned_end {between}",
        f"SELECT count(*) FROM identifiers WHERE expires_on {between}",
    ):
        assert _rows(db, sql)[0][0] > 0, sql
    names = [r[0] + r[1] for r in _rows(db, "SELECT first_name, last_name FROM beneficiaries")]
    assert any(not n.isascii() for n in names)
    for (cf,) in _rows(db, "SELECT value FROM identifiers WHERE kind = 'codice_fiscale'"):
        assert codicefiscale.is_valid(cf), cf
    postcodes = _rows(db, "SELECT postcode, municipio FROM apartments")
    assert all(p.startswith("201") and 1 <= m <= 9 for p, m in postcodes)


def test_demo_refuses_a_database_with_data(small: tuple[Database, dict[str, int]]) -> None:
    db, _ = small
    with db.session(write=False) as s:
        before = s.scalar(select(func.count()).select_from(Change))
    with pytest.raises(ValidationError) as err:
        generate_small(db, today=TODAY)
    assert err.value.field == "database"
    with pytest.raises(ValidationError):
        generate_large(db, today=TODAY, scale=0.01)
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Change)) == before


def test_large_scaled_down_is_one_snapshot(db: Database) -> None:
    messages: list[str] = []
    counts = generate_large(db, seed=2026, today=TODAY, progress=messages.append, scale=0.01)
    assert messages
    assert counts["beneficiaries"] >= 200 and counts["cases"] == 150
    result = run_checks(db.engine)
    assert result.ok, (result.integrity, result.foreign_keys)
    for table, n in counts.items():
        assert result.counts[table] == n
    assert _rows(db, OVER_CAPACITY) == []
    for what, sql in INCONSISTENT.items():
        assert _rows(db, sql) == [], what
    months = "SELECT k.period, c.start_date FROM contributions k JOIN cases c ON c.id = k.case_id"
    for period, start in _rows(db, months):  # no contribution before the month of the start
        assert str(period)[:7] >= str(start)[:7], (period, start)
    with db.session(write=False) as s:
        (change,) = s.scalars(select(Change)).all()
        assert (change.op, change.seq, change.table_name) == ("snapshot", 1, "*")
        origin = s.get(Device, change.origin_device)
        assert origin is not None and not origin.is_self
        assert origin.name == "Dati dimostrativi (snapshot)"
        assert s.get(Knowledge, origin.id).max_seq == 1
        assert s.get(Device, db.device_id).last_seq == 0
    for table in Base.metadata.sorted_tables:
        if is_synced(_mapped(table.name)) and counts.get(table.name):
            sql = f"SELECT count(*) FROM {table.name} WHERE version != :v"
            wrong = _rows(db, sql, v=change.change_id)
            assert wrong == [(0,)], table.name


def _mapped(table_name: str) -> type | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    return None


def test_small_uses_the_services_vocabularies(small: tuple[Database, dict[str, int]]) -> None:
    """Demo rows are written directly: their codes must still be the ones services accept."""
    from rts_desktop.services.cases import fse

    database, _ = small
    rows = _rows(
        database,
        "SELECT household_situation, disadvantages, migrant_background, disability FROM participant_sheets",
    )
    assert rows
    for situation, disadvantages, migrant, disability in rows:
        assert situation in fse.HOUSEHOLD_SITUATIONS
        assert set(str(disadvantages).split(",")) <= set(fse.DISADVANTAGES)
        assert migrant in fse.ART9_ANSWERS and disability in fse.ART9_ANSWERS
