"""Signing in to a server as one's own login role: the app connects as the operator, so
the server's policies are a second wall behind the app's checks; disabling an operator
and changing a password reach her role (migration 0015). PostgreSQL only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from rts_desktop.db.dialects import act_as_device
from rts_desktop.db.server_roles import scram_verifier, sync_login
from rts_desktop.kernel.errors import NotFound, ValidationError
from rts_desktop.kernel.roles import Role
from rts_desktop.services import operators
from rts_desktop.services.calendar.view import case_choices
from rts_desktop.services.cases import notes
from rts_desktop.services.housing import board
from rts_desktop.services.operators.login import (
    LoginFailed,
    change_own_password,
    open_as,
    set_password,
    switch_user,
    verify,
)
from tests.engines import on_postgresql
from tests.security.server_world import PASSWORDS, Server, connect_as, make_server
from tests.services.housing.test_housing import make_case
from tests.services.test_visibility import TODAY, world  # noqa: F401

pytestmark = pytest.mark.skipif(not on_postgresql(), reason="PostgreSQL login roles")


@pytest.fixture
def server(db, ctx, world) -> Server:  # noqa: F811
    return make_server(db, ctx, world)


def _sign_in(server: Server, username: str, password: str | None = None):  # type: ignore[no-untyped-def]
    return open_as(server.plain_url(), username, password or PASSWORDS[username])


def _visible(db, ctx) -> set[str]:  # type: ignore[no-untyped-def]
    """The cases the app offers ``ctx`` (the case pickers: one SQL query on ``cases``)."""
    return {c.id for c in case_choices(db, limit=1000, ctx=ctx)}


def test_the_app_connects_as_the_operators_role(server):
    db, who = _sign_in(server, "anna")
    try:
        assert make_url(str(db.engine.url)).username == "op_anna"
        assert db.url == server.plain_url()  # no credential kept in it
        with db.session(write=False) as s:
            assert s.scalar(text("SELECT current_user")) == "op_anna"
        assert _visible(db, who.context(db)) == {server.world.mine}
    finally:
        db.close()
    with server.superuser() as con:  # the hash a maintenance URL wrote has gone
        row = con.execute("SELECT password_hash FROM operators WHERE username = 'anna'")
        assert row.fetchone()[0] is None


def test_the_server_is_a_second_wall_behind_the_app(server):
    """Even an app that forgot its own check (a coordinator's context on anna's
    connection) gets only anna's cases from the server."""
    db, who = _sign_in(server, "anna")
    try:
        forgetful = replace(who.context(db), role=Role.COORDINATORE)
        assert _visible(db, forgetful) == {server.world.mine}
        with pytest.raises((NotFound, ValidationError)):  # "Caso non trovato."
            notes.add_note(db, forgetful, server.world.other, "libera", TODAY, "Nota")
    finally:
        db.close()


def test_an_educator_writes_her_own_case_through_the_app(server):
    db, who = _sign_in(server, "anna")
    try:
        notes.add_note(db, who.context(db), server.world.mine, "libera", TODAY, "Colloquio")
    finally:
        db.close()
    with server.connect("A") as con:
        texts = {r[0] for r in con.execute("SELECT text FROM notes")}
    assert "Colloquio" in texts


def test_an_educator_records_a_new_case_through_the_app(server):
    """Person, household, case, its status and her assignment: the rows of a case written
    before the assignment that makes it visible are accepted in that transaction."""
    db, who = _sign_in(server, "anna")
    try:
        made = make_case(db, who.context(db))
    finally:
        db.close()
    with server.connect("A") as con:
        assert made.id in {r[0] for r in con.execute("SELECT id FROM cases")}
    with server.connect("U") as con:
        assert made.id not in {r[0] for r in con.execute("SELECT id FROM cases")}


def test_a_role_held_before_is_brought_up_to_date(server):
    """Login roles belong to the cluster: an operator made again with another role keeps
    only that role's group."""
    with server.superuser() as con:
        con.execute('GRANT rts_coordinator TO "op_ugo"')
        con.commit()
    with server.db.session(None) as s:
        sync_login(s, "ugo", "educatore", True)
    with server.superuser() as con:
        groups = {
            r[0]
            for r in con.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'op_ugo'"
            )
        }
    assert groups == {"rts_educator"}


def test_the_board_shows_a_hidden_bed_as_taken(server):
    """The policies hide the other's case, not her stay: the bed stays "occupato"."""
    db, who = _sign_in(server, "anna")
    try:
        span = (dt.date(2026, 1, 1), dt.date(2027, 1, 1))
        stays = board.board_data(db, *span, ctx=who.context(db)).stays
    finally:
        db.close()
    assert len(stays) == 2
    hidden = [s for s in stays if s.case_id != server.world.mine]
    assert [s.household for s in hidden] == ["occupato"] and hidden[0].hidden


def test_a_coordinator_sees_every_case_through_the_app(server):
    db, who = _sign_in(server, "carla")
    try:
        w = server.world
        assert _visible(db, who.context(db)) == {w.mine, w.referred, w.other}
    finally:
        db.close()


def test_a_wrong_password_is_refused_by_the_server(server):
    with pytest.raises(LoginFailed):
        _sign_in(server, "anna", "not-her-password")
    with pytest.raises(psycopg.OperationalError):
        connect_as(server.db.url, "anna", "not-her-password")


def test_a_disabled_operator_cannot_log_in(server, ctx):
    anna = next(o for o in operators.list_operators(server.db) if o.username == "anna")
    operators.deactivate_operator(server.db, ctx, anna.id)
    with pytest.raises(psycopg.OperationalError):
        server.connect("A")
    with pytest.raises(LoginFailed):
        _sign_in(server, "anna")


def test_changing_ones_password_changes_the_role_password(server):
    db, who = _sign_in(server, "anna")
    try:
        change_own_password(db, who.context(db), PASSWORDS["anna"], "anna-nuova-password")
        db.engine.dispose()  # the pool's next connections use the new password
        with db.session(write=False) as s:
            assert s.scalar(text("SELECT current_user")) == "op_anna"
    finally:
        db.close()
    with pytest.raises(psycopg.OperationalError):
        connect_as(server.db.url, "anna", PASSWORDS["anna"])
    connect_as(server.db.url, "anna", "anna-nuova-password").close()


def test_a_wrong_old_password_changes_nothing(server):
    db, who = _sign_in(server, "anna")
    try:
        with pytest.raises(ValidationError):
            change_own_password(db, who.context(db), "not-her-password", "anna-nuova-password")
    finally:
        db.close()
    connect_as(server.db.url, "anna", PASSWORDS["anna"]).close()


def test_an_administrator_sets_a_password_through_the_app(server):
    set_password(server.db, server.db.context(), "ugo", "ugo-nuova-password")
    connect_as(server.db.url, "ugo", "ugo-nuova-password").close()
    with server.superuser() as con:
        row = con.execute("SELECT password_hash FROM operators WHERE username = 'ugo'")
        assert row.fetchone()[0] is not None  # a maintenance URL: the app's hash too


def test_signed_in_as_roles_no_hash_is_kept(server):
    db, _ = _sign_in(server, "carla")  # a coordinator; passwords take an administrator
    db.close()
    admin_db, admin = open_as(server.plain_url(), "admin", "password-di-prova")
    try:
        set_password(admin_db, admin.context(admin_db), "ugo", "ugo-nuova-password")
    finally:
        admin_db.close()
    connect_as(server.db.url, "ugo", "ugo-nuova-password").close()
    with server.superuser() as con:
        row = con.execute("SELECT password_hash FROM operators WHERE username = 'ugo'")
        assert row.fetchone()[0] is None


def test_the_lock_screen_asks_the_server(server):
    db, who = _sign_in(server, "anna")
    try:
        verify(db, who, PASSWORDS["anna"])
        with pytest.raises(LoginFailed):
            verify(db, who, "not-her-password")
    finally:
        db.close()


def test_changing_user_reconnects_as_the_other_role(server):
    db, _ = _sign_in(server, "anna")
    try:
        other = switch_user(db, "carla", PASSWORDS["carla"])
        assert other.username == "carla"
        with db.session(write=False) as s:
            assert s.scalar(text("SELECT current_user")) == "op_carla"
        with pytest.raises(LoginFailed):
            switch_user(db, "bruno", "not-his-password")
    finally:
        db.close()


@pytest.mark.parametrize("username, acts_as", [("carla", "rts_device"), ("anna", "op_anna")])
def test_bundle_imports_write_as_the_device(server, username, acts_as):
    db, who = _sign_in(server, username)
    try:
        with db.session(who.context(db)) as s:
            act_as_device(s)
            assert s.scalar(text("SELECT current_user")) == acts_as
    finally:
        db.close()


def test_the_verifier_is_what_postgresql_accepts(server):
    """The password reaches the server only as a SCRAM verifier computed by the app."""
    verifier = scram_verifier("una-password-qualsiasi")
    assert verifier.startswith("SCRAM-SHA-256$4096:")
    with server.superuser() as con:
        con.execute(f"ALTER ROLE \"op_bruno\" PASSWORD '{verifier}'")
        con.commit()
    connect_as(server.db.url, "bruno", "una-password-qualsiasi").close()


def test_an_educator_cannot_create_roles(server):
    with server.connect("A") as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute("CREATE ROLE op_intruder LOGIN")


def _login_roles(server: Server) -> dict[str, bool]:
    """Every operator's login role and whether it may create roles."""
    with server.superuser() as con:
        found = con.execute(
            "SELECT rolname, rolcreaterole FROM pg_roles WHERE rolname LIKE 'op\\_%'"
        ).fetchall()
    return {name: creates for name, creates in found}


def test_no_operators_role_may_create_roles(server):
    """CREATEROLE (PostgreSQL 15) would let a coordinator re-key anyone from psql."""
    roles = _login_roles(server)
    assert {"op_admin", "op_carla", "op_anna"} <= set(roles)
    assert not any(roles.values()), roles


def test_a_coordinator_cannot_rekey_anyone_else_from_psql(server):
    verifier = scram_verifier("password-del-coordinatore")
    with server.connect("C") as con:
        for statement in (
            "ALTER ROLE op_admin PASSWORD 'x'",
            f"SELECT rts_set_login_password('admin', '{verifier}')",
            f"SELECT rts_set_login_password('anna', '{verifier}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(statement)
            con.rollback()
    connect_as(server.db.url, "admin", "password-di-prova").close()
    connect_as(server.db.url, "anna", PASSWORDS["anna"]).close()


def test_a_coordinator_cannot_make_or_touch_an_administrators_login(server):
    with server.connect("C") as con:
        for statement in (
            "SELECT rts_sync_login('intrusa', 'amministratore', true)",
            "SELECT rts_sync_login('admin', 'educatore', false)",  # demote, then re-key
            "SELECT rts_sync_login('carla', 'amministratore', true)",  # promote herself
            "GRANT rts_admin TO op_carla",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(statement)
            con.rollback()
    connect_as(server.db.url, "admin", "password-di-prova").close()
    assert "op_intrusa" not in _login_roles(server)


def test_an_educator_cannot_make_logins(server):
    with server.connect("A") as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
        con.execute("SELECT rts_sync_login('amica', 'educatore', true)")


def test_the_functions_take_only_operators_logins_and_verifiers(server):
    with server.connect("C") as con:
        for statement in (
            "SELECT rts_sync_login('x; DROP TABLE cases', 'educatore', true)",
            "SELECT rts_sync_login('nuova', 'superutente', true)",
            "SELECT rts_set_login_password('carla', 'una-password-in-chiaro')",
        ):
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                con.execute(statement)
            con.rollback()


def test_a_coordinator_manages_her_team_through_the_app(server):
    """Signed in as her own role (no CREATEROLE), she adds an educator and disables her."""
    db, who = _sign_in(server, "carla")
    try:
        made = operators.create_operator(db, who.context(db), "nina", "Nina Neri", "educatore")
        with server.superuser() as con:
            login = con.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'op_nina'")
            assert login.fetchone() == (True,)
            groups = con.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'op_nina'"
            ).fetchall()
            assert groups == [("rts_educator",)]
        operators.deactivate_operator(db, who.context(db), made.id)
        with server.superuser() as con:
            login = con.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'op_nina'")
            assert login.fetchone() == (False,)
    finally:
        db.close()
