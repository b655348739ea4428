"""The audit log's local hash chain: linked at commit whatever wrote the entry, verified by
``rts-desktop check``, which names the first bad entry after any tampering."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from rts_desktop.cli import main
from rts_desktop.db.audit_chain import verify_chain
from rts_desktop.kernel.audit_chain import GENESIS, entry_hash
from rts_desktop.models import AuditEntry, AuditLink
from rts_desktop.services.cases import notes
from tests.accounts import connect
from tests.services.cases.test_people_cases import make_case
from tests.sync.sync_helpers import enrol_all, make_device, send

D = dt.date


def audited(db, ctx, n_notes: int = 3) -> list[str]:
    """A case and a few notes: the audit entry ids in chain order."""
    case = make_case(db, ctx)
    for i in range(n_notes):
        notes.add_note(db, ctx, case.id, "libera", D(2026, 2, 1 + i), f"Nota {i}")
    with db.session(write=False) as s:
        return list(s.scalars(select(AuditLink.entry_id).order_by(AuditLink.seq)))


def check_json(capsys, path: Path) -> tuple[int, dict]:
    code = main(["check", "--db", str(path), "--json"])
    return code, json.loads(capsys.readouterr().out)


def tamper(path: Path, *sql: tuple[str, tuple]) -> None:
    conn = connect(path)
    with conn:
        for statement, params in sql:
            conn.execute(statement, params)
    conn.close()


@pytest.fixture
def log(db, ctx, db_path):
    ids = audited(db, ctx)
    db.close()
    return db_path, ids


def test_every_entry_is_linked_in_its_transaction(db, ctx):
    ids = audited(db, ctx)
    with db.session(write=False) as s:
        entries = {e.id: e for e in s.scalars(select(AuditEntry))}
        links = list(s.scalars(select(AuditLink).order_by(AuditLink.seq)))
    assert len(ids) == len(entries) >= 6 and set(ids) == set(entries)
    prev = GENESIS
    for link in links:
        e = entries[link.entry_id]
        fields = {k: getattr(e, k) for k in ("id", "at", "operator_id", "device_id", "action")}
        fields |= {k: getattr(e, k) for k in ("entity", "entity_id", "purpose", "detail")}
        assert link.prev_hash == prev and link.hash == entry_hash(fields, prev)
        prev = link.hash
    assert verify_chain(db.engine).ok


def test_untampered_log_passes(log, capsys):
    code, report = check_json(capsys, log[0])
    assert code == 0 and report["checks"]["audit_chain"] is True
    assert report["audit_chain"]["links"] == len(log[1]) + 1  # and the check's own login


def _fails_at(capsys, path: Path, entry_id: str, problem: str) -> None:
    code, report = check_json(capsys, path)
    assert code == 1
    assert report["failed"] == ["audit_chain"]
    bad = report["audit_chain"]["first_bad"]
    assert (bad["entry_id"], bad["problem"]) == (entry_id, problem), bad


def test_edited_entry(log, capsys):
    path, ids = log
    tamper(path, ("UPDATE audit_entries SET detail = 'ritoccato' WHERE id = ?", (ids[2],)))
    _fails_at(capsys, path, ids[2], "hash_mismatch")


def test_deleted_entry_leaves_its_link(log, capsys):
    path, ids = log
    tamper(path, ("DELETE FROM audit_entries WHERE id = ?", (ids[1],)))
    _fails_at(capsys, path, ids[1], "missing_entry")


def test_deleted_entry_and_link(log, capsys):
    path, ids = log
    tamper(
        path,
        ("DELETE FROM audit_entries WHERE id = ?", (ids[1],)),
        ("DELETE FROM audit_chain WHERE entry_id = ?", (ids[1],)),
    )
    _fails_at(capsys, path, ids[2], "prev_mismatch")


def test_swapped_contents(log, capsys):
    path, ids = log
    cols = "action, entity, entity_id, detail"
    conn = connect(path)
    a = conn.execute(f"SELECT {cols} FROM audit_entries WHERE id = ?", (ids[1],)).fetchone()
    b = conn.execute(f"SELECT {cols} FROM audit_entries WHERE id = ?", (ids[3],)).fetchone()
    conn.close()
    sets = "action = ?, entity = ?, entity_id = ?, detail = ?"
    tamper(
        path,
        (f"UPDATE audit_entries SET {sets} WHERE id = ?", (*b, ids[1])),
        (f"UPDATE audit_entries SET {sets} WHERE id = ?", (*a, ids[3])),
    )
    _fails_at(capsys, path, ids[1], "hash_mismatch")


def test_swapped_seqs(log, capsys):
    path, ids = log
    tamper(
        path,
        ("UPDATE audit_chain SET seq = -1 WHERE entry_id = ?", (ids[1],)),
        ("UPDATE audit_chain SET seq = 2 WHERE entry_id = ?", (ids[2],)),
        ("UPDATE audit_chain SET seq = 3 WHERE entry_id = ?", (ids[1],)),
    )
    _fails_at(capsys, path, ids[2], "prev_mismatch")


def test_entry_without_link(log, capsys):
    path, ids = log
    tamper(path, ("DELETE FROM audit_chain WHERE entry_id = ?", (ids[-1],)))
    _fails_at(capsys, path, ids[-1], "unlinked")


def test_check_text_names_the_entry(log, capsys):
    path, ids = log
    tamper(path, ("UPDATE audit_entries SET purpose = 'x' WHERE id = ?", (ids[0],)))
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"voce {ids[0]}: hash diverso" in out


def test_entries_imported_from_another_laptop_are_linked(tmp_path):
    a, b = make_device(tmp_path, "A"), make_device(tmp_path, "B")
    enrol_all([a, b])
    case = make_case(a.db, a.ctx)
    notes.add_note(a.db, a.ctx, case.id, "libera", D(2026, 2, 1), "Prima")
    send(a, b, snapshot=True)
    notes.add_note(a.db, a.ctx, case.id, "libera", D(2026, 2, 2), "Seconda")
    notes.add_note(b.db, b.ctx, case.id, "libera", D(2026, 2, 3), "Da B")
    send(a, b)
    send(b, a)
    for dev in (a, b):
        with dev.db.session(write=False) as s:
            entries = set(s.scalars(select(AuditEntry.id)))
            linked = list(s.scalars(select(AuditLink.entry_id)))
        assert set(linked) == entries and len(linked) == len(entries) >= 6
        assert verify_chain(dev.db.engine).ok


def test_rolled_back_write_leaves_no_link(db, ctx):
    ids = audited(db, ctx, n_notes=0)
    with pytest.raises(Exception):  # noqa: B017 - any refusal: the point is the rollback
        notes.add_note(db, ctx, "nessun-caso", "libera", D(2026, 2, 1), "x")
    with db.session(write=False) as s:
        assert list(s.scalars(select(AuditLink.entry_id).order_by(AuditLink.seq))) == ids
    assert verify_chain(db.engine).ok


def test_migration_links_the_entries_already_there(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from rts_desktop.db import open_database
    from rts_desktop.db.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        for i, at in enumerate(("2025-03-02 10:00:00.000000", "2025-03-01 09:00:00.000000")):
            conn.exec_driver_sql(
                "INSERT INTO audit_entries (id, version, at, device_id, action, entity) "
                f"VALUES ('e{i}', 'v', '{at}', 'd1', 'read', 'case')"
            )
    engine.dispose()
    db = open_database(f"sqlite:///{path}")
    with db.session(write=False) as s:
        assert list(s.scalars(select(AuditLink.entry_id).order_by(AuditLink.seq))) == ["e1", "e0"]
    assert verify_chain(db.engine).ok
    db.close()


def test_bulk_demo_data_is_linked(db):
    from rts_desktop.demo import generate_large

    generate_large(db, today=D(2026, 12, 1), scale=0.01)
    report = verify_chain(db.engine)
    with db.session(write=False) as s:
        entries = set(s.scalars(select(AuditEntry.id)))
    assert report.ok and report.links == len(entries) > 0
