"""The audit chain on the server (migration 0015): written by a trigger under a lock, never
changed by an operator, and an operator's change to case data without an audit entry is
refused at commit. PostgreSQL only."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest

from rts_desktop.db.audit_chain import verify_chain
from tests.engines import on_postgresql
from tests.security.server_world import Server, make_server
from tests.services.test_visibility import world  # noqa: F401

pytestmark = pytest.mark.skipif(not on_postgresql(), reason="PostgreSQL roles and triggers")

WHO = ["A", "S", "C"]


@pytest.fixture
def server(db, ctx, world) -> Server:  # noqa: F811
    return make_server(db, ctx, world)


def _audit(con: psycopg.Connection, action: str = "read") -> str:  # type: ignore[type-arg]
    entry = str(uuid.uuid4())
    con.execute(
        "INSERT INTO audit_entries (id, at, operator_id, device_id, action, entity, entity_id,"
        " purpose, detail, version) VALUES (%s, now() AT TIME ZONE 'UTC', NULL, 'psql', %s,"
        " 'case', NULL, NULL, 'prova \"à\"\n', 'v')",
        (entry, action),
    )
    return entry


@pytest.mark.parametrize(
    "sql", ["UPDATE audit_entries SET action = 'x'", "DELETE FROM audit_entries"]
)
@pytest.mark.parametrize("who", WHO)
def test_nobody_changes_the_audit_log(server, who, sql):
    with server.connect(who) as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO audit_chain (entry_id, prev_hash, hash) VALUES ('x', 'y', 'z')",
        "UPDATE audit_chain SET hash = 'z'",
        "DELETE FROM audit_chain",
    ],
)
@pytest.mark.parametrize("who", WHO)
def test_nobody_writes_the_chain_by_hand(server, who, sql):
    with server.connect(who) as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute(sql)


@pytest.mark.parametrize("who", ["A", "S"])
def test_educators_and_social_workers_do_not_read_the_log(server, who):
    with server.connect(who) as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute("SELECT count(*) FROM audit_entries")


@pytest.mark.parametrize("who", WHO)
def test_an_entry_an_operator_writes_is_linked_by_the_server(server, who):
    with server.connect(who) as con:
        entry = _audit(con)
        con.commit()
    with server.superuser() as con:
        assert con.execute("SELECT 1 FROM audit_chain WHERE entry_id = %s", (entry,)).fetchone()
    assert verify_chain(server.db.engine).ok


@pytest.mark.parametrize(
    "table, where",
    [
        ("cases", "id = %s"),
        ("notes", "case_id = %s"),
        ("plans", "case_id = %s"),
        ("stays", "case_id = %s"),
        ("case_educators", "case_id = %s"),
    ],
)
def test_a_change_without_an_audit_entry_is_refused(server, table, where):
    with server.connect("A") as con:
        sql = f"UPDATE {table} SET version = version WHERE {where}"
        assert con.execute(sql, (server.world.mine,)).rowcount >= 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="audit"):
            con.commit()


@pytest.mark.parametrize("table", ["cases", "notes"])
def test_a_change_with_its_audit_entry_commits(server, table):
    column = "id" if table == "cases" else "case_id"
    with server.connect("A") as con:
        sql = f"UPDATE {table} SET version = version WHERE {column} = %s"
        assert con.execute(sql, (server.world.mine,)).rowcount >= 1
        _audit(con, "update")
        con.commit()
    assert verify_chain(server.db.engine).ok


def test_an_entry_written_before_the_others_commit_does_not_excuse_a_change(server):
    """The entry must be this transaction's: another client's (the chain's last link
    before) does not count."""
    with server.connect("C") as other:
        _audit(other)
        other.commit()
    with server.connect("A") as con:
        con.execute("UPDATE notes SET version = version WHERE case_id = %s", (server.world.mine,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.commit()


def test_concurrent_clients_never_fork_the_chain(server):
    first, second = server.connect("A"), server.connect("C")
    try:
        _audit(first)  # holds the chain's lock until it commits
        done = threading.Event()

        def write_second() -> None:
            _audit(second)
            second.commit()
            done.set()

        worker = threading.Thread(target=write_second)
        worker.start()
        assert not done.wait(0.5), "the second client waits for the first one's commit"
        first.commit()
        worker.join(10)
        assert done.is_set()
    finally:
        first.close()
        second.close()
    report = verify_chain(server.db.engine)
    assert report.ok, report


def test_a_forked_link_cannot_be_stored(server):
    """Even the owner cannot write two links after the same one."""
    with server.superuser() as con:
        last = con.execute("SELECT hash FROM audit_chain ORDER BY seq DESC LIMIT 1").fetchone()
        con.execute(
            "INSERT INTO audit_chain (entry_id, prev_hash, hash) VALUES ('a', %s, 'h1')", last
        )
        with pytest.raises(psycopg.errors.UniqueViolation):
            con.execute(
                "INSERT INTO audit_chain (entry_id, prev_hash, hash) VALUES ('b', %s, 'h2')",
                last,
            )


def test_an_entry_written_again_keeps_its_one_link(server):
    """A snapshot import deletes the log and puts the same entries back: each keeps the
    link it had, and the chain still verifies; an entry put back changed does not."""
    with server.connect("C") as con:
        entry = _audit(con)
        con.commit()
    with server.superuser() as con:
        links = con.execute("SELECT count(*) FROM audit_chain").fetchone()
        row = con.execute("SELECT * FROM audit_entries WHERE id = %s", (entry,)).fetchone()
        assert row is not None
        con.execute("DELETE FROM audit_entries WHERE id = %s", (entry,))
        marks = ", ".join(["%s"] * len(row))
        con.execute(f"INSERT INTO audit_entries VALUES ({marks})", row)
        con.commit()
        assert con.execute("SELECT count(*) FROM audit_chain").fetchone() == links
    assert verify_chain(server.db.engine).ok
    with server.superuser() as con:
        con.execute("DELETE FROM audit_entries WHERE id = %s", (entry,))
        changed = tuple("altro" if v == "read" else v for v in row)
        con.execute(f"INSERT INTO audit_entries VALUES ({marks})", changed)
        con.commit()
    assert not verify_chain(server.db.engine).ok
