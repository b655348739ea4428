"""The test administrator and opening a protected database as them, as the CLI does."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from rts_desktop.db import Database

#: the administrator every ``rts-desktop init`` in the tests creates (RTS_PASSWORD)
TEST_ADMIN, TEST_PASSWORD = "admin", "password-di-prova"


def url_of(path: Path) -> str:
    """The URL of the test database "at" ``path`` on the suite's engine (tests/engines.py)."""
    from tests.engines import url_for

    return url_for(path)


def login(path: Path, username: str = TEST_ADMIN, password: str = TEST_PASSWORD) -> Database:
    """The database at ``path`` (encrypted, made by ``init``), opened by logging in."""
    from rts_desktop.services.operators.login import open_as

    return open_as(url_of(path), username, password)[0]


def create(path: Path, device_name: str = "Laptop di prova") -> Database:
    """A new encrypted database with the test administrator (what ``init`` makes)."""
    from rts_desktop.services.operators.login import create_database

    return create_database(url_of(path), TEST_ADMIN, TEST_PASSWORD, device_name=device_name).db


@contextlib.contextmanager
def shared_database(folder: Path) -> Iterator[Database]:
    """A database made once for a module's tests (``folder`` from ``tmp_path_factory``),
    with the data folders and the cheap Argon2 of the function-scoped fixtures, which are
    not in place yet when a module's fixture runs."""
    import pytest

    from rts_desktop.kernel import keyring

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RTS_DATA_DIR", str(folder / "data"))
        patch.setenv("RTS_CONFIG_DIR", str(folder / "config"))
        patch.setattr(keyring, "CURRENT", keyring.Argon2Params(1, 8, 1))
        db = create(folder / "rts.db")
    try:
        yield db
    finally:
        db.close()


def raw_connect(path: Path, key: bytes):
    """A SQLCipher connection for looking at the tables behind the app's back."""
    from rts_desktop.db.backup import connect_file

    return connect_file(path, key)


def data_key(path: Path, username: str = TEST_ADMIN, password: str = TEST_PASSWORD) -> bytes:
    """The data key of the encrypted database at ``path``, from its key file (no login, so
    nothing is written)."""
    from rts_desktop.kernel.keyring import KeyRing, keys_path_for

    return KeyRing.load(keys_path_for(path)).unlock(username, password)


class ServerConnection:
    """A psycopg connection to a test's server database that takes SQLite's ``?``
    placeholders, so a test reads and edits tables behind the app's back on either engine."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        info: dict = {"dbname": parsed.database, "user": parsed.username}
        if parsed.host:
            info["host"] = parsed.host
        if parsed.port:
            info["port"] = parsed.port
        info.update(parsed.query)
        self._con = psycopg.connect(**info)

    def execute(self, sql: str, params: tuple | list = ()):  # type: ignore[no-untyped-def]
        return self._con.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))

    def commit(self) -> None:
        self._con.commit()

    def __enter__(self) -> ServerConnection:  # as sqlite3's: a transaction, not a close
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self._con.commit()
        else:
            self._con.rollback()

    def close(self) -> None:
        self._con.close()


def _server_connection(path: Path) -> ServerConnection | None:
    """On PostgreSQL the raw connection to the database of ``path`` (None on SQLite)."""
    from tests import engines

    return ServerConnection(url_of(path)) if engines.on_postgresql() else None


def rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """What a query returns from the encrypted database at ``path``, read behind the app."""
    con = _server_connection(path) or raw_connect(path, data_key(path))
    try:
        return list(con.execute(sql, params))
    finally:
        con.close()


def connect(path: Path, password: str = TEST_PASSWORD):
    """A connection to the encrypted database at ``path`` with its data key (on
    PostgreSQL: to the server database of ``path``, the password unused)."""
    return _server_connection(path) or raw_connect(path, data_key(path, TEST_ADMIN, password))


def as_operator(db: Database, ctx, role, case_id: str | None = None, username: str = "op"):
    """``ctx`` acting as a new operator of ``role`` who sees ``case_id``: an educator is
    assigned to it, a social worker follows it (the case visibility rules)."""
    import dataclasses
    import datetime as dt

    from rts_desktop.models.vocab import Role
    from rts_desktop.services import operators
    from rts_desktop.services.cases import case as cases
    from rts_desktop.services.cases import sharing

    made = operators.create_operator(db, ctx, username, username.title(), str(role))
    if case_id is not None:
        if role == Role.ASSISTENTE_SOCIALE:
            sharing.set_case_social_worker(db, ctx, case_id, made.id)
        elif role == Role.EDUCATORE:
            cases.assign_educator(db, ctx, case_id, made.id, dt.date(2026, 1, 1))
    return dataclasses.replace(ctx, role=role, operator_id=made.id)


PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 4 KiB pages, IV (16) and HMAC (64) at the end


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if len(page) != PAGE:
        return b""
    start = 16 if first else 0  # page 1 begins with the salt, in clear
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return body.update(page[start : PAGE - RESERVE]) + body.finalize()


def decrypted_bytes(path: Path, key: bytes) -> bytes:
    """Every page of the encrypted database at ``path`` and of its WAL, decrypted with its
    data key as an attacker holding the key would (free pages and old frames included):
    what an erasure must leave nothing of."""
    out = bytearray()
    if path.exists():
        raw = path.read_bytes()
        for i in range(0, len(raw), PAGE):
            out += _decrypt_page(raw[i : i + PAGE], key, i == 0)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        for i in range(32, len(raw), 24 + PAGE):  # WAL header, then (frame header, page)
            number = int.from_bytes(raw[i : i + 4], "big")
            out += _decrypt_page(raw[i + 24 : i + 24 + PAGE], key, number == 1)
    return bytes(out)


#: what a login itself writes (its audit entry, the sync bookkeeping of that entry)
_LOGIN_WRITES = {
    "audit_entries": "action NOT IN ('login', 'unlock')",
    "changes": "table_name != 'audit_entries'",
}
_BOOKKEEPING = {"knowledge", "audit_chain", "alembic_version"}
_CLOCKS = {"seq", "last_seq", "at", "hlc", "hlc_wall_ms", "hlc_counter"}


def content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in the encrypted database at ``path``, leaving out what a login
    writes: "nothing written" for a command that logged in and then refused its input."""
    con = connect(path)
    server = isinstance(con, ServerConnection)
    try:
        listing = (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            if server
            else "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        tables = [
            r[0]
            for r in con.execute(listing)
            if r[0] not in _BOOKKEEPING and not r[0].startswith("sqlite_")
        ]
        found = {}
        for table in sorted(tables):
            where = _LOGIN_WRITES.get(table, "TRUE" if server else "1")
            cols = (
                _columns(con, table)
                if server
                else [c[1] for c in con.execute(f"PRAGMA table_info({table})")]
            )
            keep = ", ".join(c for c in cols if c not in _CLOCKS)
            found[table] = sorted(
                con.execute(f"SELECT {keep} FROM {table} WHERE {where}"),
                key=repr,
            )
        return found
    finally:
        con.close()


def _columns(con: ServerConnection, table: str) -> list[str]:
    sql = (
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position"
    )
    return [r[0] for r in con.execute(sql, (table,))]


@contextlib.contextmanager
def as_test_admin() -> Iterator[None]:
    """The test identity (and cheap Argon2) for a module-scoped fixture, which the
    function-scoped autouse one in ``conftest`` does not reach."""
    import pytest

    from rts_desktop.kernel import keyring

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyring, "CURRENT", keyring.Argon2Params(1, 8, 1))
        mp.setenv("RTS_USER", TEST_ADMIN)
        mp.setenv("RTS_PASSWORD", TEST_PASSWORD)
        yield
