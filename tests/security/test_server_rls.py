"""Row-level security on the server: an operator's own login role, used from psql, sees
and changes only what the app would show her (migration 0015). One test per cell of the
(who × table × action) matrix. PostgreSQL only."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import psycopg
import pytest

from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from tests.accounts import shared_database
from tests.conftest import FIXED_NOW
from tests.engines import on_postgresql
from tests.security.server_world import Server, make_server
from tests.services.test_visibility import World, expected, make_world

pytestmark = pytest.mark.skipif(not on_postgresql(), reason="PostgreSQL roles and policies")

#: each table's rows and the case(s) they belong to (read as the superuser)
ROW_CASES = {
    "cases": "SELECT id, id FROM cases",
    **{
        t: f"SELECT id, case_id FROM {t}"
        for t in ("case_educators", "case_shares", "case_status_changes", "notes", "plans")
    },
    "goals": "SELECT g.id, p.case_id FROM goals g JOIN plans p ON p.id = g.plan_id",
    "events": "SELECT id, case_id FROM events",
    "handovers": ("SELECT h.id, s.case_id FROM handovers h LEFT JOIN stays s ON s.id = h.stay_id"),
    "beneficiaries": (
        "SELECT b.id, c.id FROM beneficiaries b "
        "LEFT JOIN household_members m ON m.beneficiary_id = b.id "
        "LEFT JOIN cases c ON c.household_id = m.household_id"
    ),
    "households": "SELECT h.id, c.id FROM households h LEFT JOIN cases c ON c.household_id = h.id",
    "household_members": (
        "SELECT m.id, c.id FROM household_members m "
        "LEFT JOIN cases c ON c.household_id = m.household_id"
    ),
}
#: rows everyone reads (which bed is taken, never by whom); written only on a visible case
OPEN_READ = {"stays": "SELECT id, case_id FROM stays"}
TABLES = [*ROW_CASES, *OPEN_READ]
WHO = ["A", "B", "U", "S", "C"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server world for the whole module: every test here only reads, is refused or
    rolls back."""
    with shared_database(tmp_path_factory.mktemp("rls")) as db:
        ctx = ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: FIXED_NOW)
        yield make_server(db, ctx, make_world(db, ctx))


def _row_cases(server: Server, table: str) -> dict[str, set[str | None]]:
    sql = {**ROW_CASES, **OPEN_READ}[table]
    with server.superuser() as con:
        found: dict[str, set[str | None]] = defaultdict(set)
        for row_id, case_id in con.execute(sql):
            found[row_id].add(case_id)
    assert found, f"the world has no {table}"
    return found


def _expected_rows(server: Server, table: str, who: str) -> set[str]:
    rows = _row_cases(server, table)
    if table in OPEN_READ:
        return set(rows)
    seen = expected(server.world, who)
    return {r for r, cases in rows.items() if cases == {None} or cases & seen}


def _invisible_rows(server: Server, table: str, who: str) -> set[str]:
    """Rows of cases ``who`` does not see (each row's every case hidden)."""
    seen = expected(server.world, who)
    return {
        r
        for r, cases in _row_cases(server, table).items()
        if None not in cases and not cases & seen
    }


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("who", WHO)
def test_select_shows_only_visible_cases(server, who, table):
    with server.connect(who) as con:
        got = {r[0] for r in con.execute(f"SELECT id FROM {table}")}
    assert got == _expected_rows(server, table, who)


def test_an_educator_from_psql_sees_only_her_cases(server):
    with server.connect("A") as con:
        codes = {r[0] for r in con.execute("SELECT id FROM cases")}
        notes = {r[0] for r in con.execute("SELECT case_id FROM notes")}
    assert codes == notes == {server.world.mine}


@pytest.mark.parametrize("action", ["update", "delete"])
@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("who", ["A", "B", "U"])
def test_changes_to_invisible_cases_touch_nothing(server, who, table, action):
    hidden = sorted(_invisible_rows(server, table, who))
    assert hidden, "every test educator has cases she does not see"
    sql = {
        "update": f"UPDATE {table} SET version = version WHERE id = ANY(%s)",
        "delete": f"DELETE FROM {table} WHERE id = ANY(%s)",
    }[action]
    with server.connect(who) as con:
        assert con.execute(sql, (hidden,)).rowcount == 0
        con.rollback()


@pytest.mark.parametrize("table", ["cases", "notes", "plans", "stays", "beneficiaries"])
def test_a_coordinator_changes_any_case(server, table):
    rows = sorted(_row_cases(server, table))
    with server.connect("C") as con:
        assert con.execute(
            f"UPDATE {table} SET version = version WHERE id = ANY(%s)", (rows,)
        ).rowcount == len(rows)
        con.rollback()


@pytest.mark.parametrize("table", ["cases", "notes", "stays", "beneficiaries", "audit_entries"])
def test_the_social_worker_never_writes(server, table):
    with server.connect("S") as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute(f"UPDATE {table} SET version = version")


def test_a_note_on_an_invisible_case_is_refused(server):
    w: World = server.world
    with server.connect("A") as con:
        author = con.execute("SELECT id FROM operators WHERE username = 'anna'").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            con.execute(
                "INSERT INTO notes (id, case_id, kind, date, text, author_id, written_at, "
                "version) VALUES ('n-1', %s, 'libera', current_date, 'x', %s, now(), 'v')",
                (w.other, author),
            )


def test_the_device_keys_are_the_coordinators(server):
    with server.connect("A") as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute("SELECT * FROM local_keys")
    with server.connect("C") as con:
        con.execute("SELECT count(*) FROM local_keys").fetchone()


def test_the_functions_answer_for_the_session_only(server):
    """Asking the policy function about someone else's role gives nothing away."""
    with server.connect("U") as con:
        row = con.execute("SELECT rts_sees_case(%s, 'op_anna')", (server.world.mine,))
        assert row.fetchone()[0] is False
        assert con.execute("SELECT count(*) FROM rts_operator_of('op_anna')").fetchone()[0] == 0
