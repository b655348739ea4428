"""Operators as PostgreSQL login roles (server mode; docs/server.md).

Every operator has a login role ``op_<username>``, member of her app role's group
(``rts_educator``...); the app connects as that role after sign-in, so the server's
row-level security sees who acts. Coordinators and administrators are also members of
``rts_device`` (bundle imports). No operator's role may create roles: two functions of the
server make and re-key them, checking who asks (migration 0018,
``rts_desktop/migrations/server_logins.py``). Passwords reach the server only as
SCRAM-SHA-256 verifiers computed here: the clear password never appears in a statement
(nor in the server's log).

Role statements are transactional on PostgreSQL: they commit or roll back with the
operation that creates, disables or re-keys the operator.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from rts_desktop.migrations.server_security import LOGIN_PREFIX

SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)


def login_role(username: str) -> str:
    """The login role of the operator called ``username``."""
    return LOGIN_PREFIX + username.lower().strip()


def scram_verifier(password: str, *, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677)."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def is_server(conn: Connection | Session) -> bool:
    """True on a PostgreSQL database prepared with the roles (migration 0015)."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return False
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'rts_operator'"))
    return found.first() is not None


def sync_login(s: Session, username: str, role: str, active: bool) -> None:
    """Create or bring up to date the login role of an operator: LOGIN when ``active``,
    member of the group of ``role`` only, and of ``rts_device`` for managers. The server's
    ``rts_sync_login`` does it and checks the caller (migration 0018): no operator's role
    may create roles itself."""
    if not is_server(s):
        return
    s.execute(
        text("SELECT rts_sync_login(:u, :r, :a)"),
        {"u": username.lower().strip(), "r": role, "a": active},
    )


def set_login_password(s: Session, username: str, password: str) -> None:
    """The operator's login role gets ``password``, as a SCRAM verifier computed here, set
    by the server's ``rts_set_login_password`` (an administrator, or she herself)."""
    if not is_server(s):
        return
    s.execute(
        text("SELECT rts_set_login_password(:u, :v)"),
        {"u": username.lower().strip(), "v": scram_verifier(password)},
    )


def signs_in_as_role(url: str) -> bool:
    """A server URL naming no user: each operator connects as her own login role."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.username


def login_url(url: str, username: str) -> str:
    """``url`` connecting as the operator's login role (the password is given apart)."""
    parsed = make_url(url).set(username=login_role(username), password=None)
    return parsed.render_as_string(hide_password=False)


class Credentials:
    """The password the pool's next connections use (changed with the operator's)."""

    def __init__(self, password: str) -> None:
        self.password = password

    def attach(self, engine: Engine) -> None:
        @event.listens_for(engine, "do_connect")
        def _password(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
            cparams["password"] = self.password

    def __repr__(self) -> str:
        return "<Credentials>"


def can_connect(url: str, username: str, password: str) -> bool:
    """Whether the server accepts ``password`` for the operator's login role (a short
    connection of its own: the lock screen and the password change ask it)."""
    import psycopg

    parsed = make_url(login_url(url, username))
    info: dict[str, Any] = {"dbname": parsed.database, "user": parsed.username}
    if parsed.host:
        info["host"] = parsed.host
    if parsed.port:
        info["port"] = parsed.port
    info.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    try:
        psycopg.connect(**info, password=password, connect_timeout=10).close()
    except psycopg.OperationalError:
        return False
    return True
