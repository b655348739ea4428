"""Signing in to a server database as the operator's own PostgreSQL login role.

A server URL naming no user (``postgresql+psycopg://server/rts``) is the office PC's
setting: nothing secret is stored on the PC. The username and password typed at sign-in
become the connection's role (``op_<username>``) and password, so the server checks the
password (SCRAM) and its row-level security sees who acts. A URL with a user (the
database administrator's, or the test suite's) keeps the application's own password check
against ``operators.password_hash``.
"""

from __future__ import annotations

import psycopg
from sqlalchemy import exc as sa_exc

from rts_desktop.db import Database, open_database, server_roles
from rts_desktop.db.server_roles import Credentials
from rts_desktop.kernel.access import audit
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Operator


def open_as_role(url: str, username: str, password: str) -> Database | None:
    """The database at ``url`` connected as ``username``'s login role, or None when the
    server refuses the name or the password (a disabled operator's role has NOLOGIN).
    ``Database.url`` stays ``url``: no credential is kept in it."""
    real = server_roles.login_url(url, username)
    credentials = Credentials(password)
    try:
        db = _open(real, credentials)
    except (sa_exc.OperationalError, psycopg.OperationalError):
        return None
    db.url = url
    return db


def _open(real: str, credentials: Credentials) -> Database:
    db = open_database(real, on_engine=credentials.attach)
    db.credentials = credentials
    return db


def without_operators(url: str) -> bool:
    """A server database reached through a URL naming its user (the administrator's) that
    has no operator yet, or no tables: the first start creates its administrator. False
    when it cannot tell (a URL for the operators' own roles, a server that does not
    answer: the login window says why)."""
    from sqlalchemy import create_engine, func, inspect, select
    from sqlalchemy.pool import NullPool

    if server_roles.signs_in_as_role(url):
        return False
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table(Operator.__tablename__):
                return True
            return not conn.scalar(select(func.count()).select_from(Operator))
    except sa_exc.DBAPIError:
        return False
    finally:
        engine.dispose()


def rebind(db: Database, username: str, password: str) -> bool:
    """ "Cambia utente" on a server: go on as another operator's login role (False when
    the server refuses her)."""
    other = open_as_role(db.url, username, password)
    if other is None:
        return False
    db.use_engine(other.engine)
    db.credentials = other.credentials
    return True


def new_password(db: Database, password: str) -> None:
    """The pool's next connections sign in with the operator's new password."""
    if db.credentials is not None:
        db.credentials.password = password


def password_ok(db: Database, username: str, password: str) -> bool:
    return server_roles.can_connect(db.url, username, password)


def forget_app_hash(db: Database, ctx: ActingContext) -> None:
    """Signed in as her role, the operator's old application hash (written before, through
    a maintenance URL) leaves the table everyone reads: the server holds her password."""
    with db.session(ctx) as s:
        row = s.get(Operator, ctx.operator_id or "")
        if row is None or row.password_hash is None:
            return
        row.password_hash = None
        audit(s, ctx, "forget_hash", "operator", row.id)
