"""Engine factory: SQLite with the pragmas of DESIGN.md §2, or any SQLAlchemy URL.

With a data key a SQLite database is a SQLCipher one (``sqlcipher3``): every connection
is keyed first with the raw 32-byte key (``PRAGMA key = "x'<hex>'"``, no PBKDF2 per
connection), then gets the usual pragmas. SQLCipher 4's defaults are kept: AES-256 (CBC),
HMAC-SHA512 per page, 4096-byte pages; ``cipher_memory_security`` is already OFF by
default in the bundled SQLCipher 4.x.

A PostgreSQL server (``postgresql+psycopg://...``, psycopg 3) gets a pooled engine with
``pool_pre_ping`` (an office server restarts, a laptop's Wi-Fi drops) and no data key: the
server is protected by TLS and its roles, not by file encryption.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

WRITE_OPTION = "rts_write"

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # laptops lose power
    "PRAGMA busy_timeout=5000",
)


def key_pragma(key: bytes) -> str:
    """The statement that keys a SQLCipher connection with a raw 32-byte key."""
    if not isinstance(key, bytes) or len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def key_connection(dbapi_connection: Any, key: bytes) -> None:
    """Key a fresh ``sqlcipher3`` connection (its very first statement) and silence
    SQLCipher's own log on stderr (a wrong key is reported as our error instead)."""
    dbapi_connection.execute(key_pragma(key))
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


#: pool settings for a server: a desktop app needs few connections (the GUI thread and a
#: worker or two), recycled before a firewall or the server drops idle ones
SERVER_POOL: dict[str, Any] = {
    "pool_size": 5,
    "max_overflow": 5,
    "pool_timeout": 30,
    "pool_recycle": 1800,
    "pool_pre_ping": True,
}


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 (the driver the app ships)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for in-memory or other backends)."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def display_place(url: str) -> str:
    """Where a database is, as people read it (status bar, messages): the SQLite file
    under ``~``, or the server and database name, never a user name or a password."""
    from rts_desktop.kernel.config import display_path

    path = sqlite_path(url)
    if path is not None:
        return display_path(path)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "?"
    host = parsed.host or str(parsed.query.get("host") or "")
    if not host or host.startswith("/"):
        host = "localhost"
    port = parsed.port or parsed.query.get("port")
    if port:
        host = f"{host}:{port}"
    return f"{host}/{parsed.database or ''}"


def make_engine(url: str, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets pragmas and ``BEGIN IMMEDIATE`` for writes.

    With ``key`` (32 bytes) a SQLite database is opened through SQLCipher with that raw
    key; a wrong key fails at the first statement ("file is not a database"), which
    ``open_database`` turns into ``NotADatabase`` before any engine is made. Bound values
    never appear in error messages (they are personal data).
    """
    kwargs.setdefault("hide_parameters", True)
    url = normalise_url(url)
    if not is_sqlite(url):
        if key is not None:
            raise ValueError("a data key is only for SQLite databases")
        if is_postgresql(url):
            for name, value in SERVER_POOL.items():
                kwargs.setdefault(name, value)
        return create_engine(url, **kwargs)
    if key is not None:
        key_pragma(key)  # refuse a malformed key before any connection
        import sqlcipher3.dbapi2

        kwargs["module"] = sqlcipher3.dbapi2
    engine = create_engine(url, **kwargs)

    if key is not None:

        @event.listens_for(engine, "do_connect")
        def _do_connect(dialect: Any, record: Any, cargs: Any, cparams: Any) -> Any:
            # keyed before SQLAlchemy (or anyone) runs a statement on it
            dbapi_connection = dialect.loaded_dbapi.connect(*cargs, **cparams)
            key_connection(dbapi_connection, key)
            return dbapi_connection

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # let SQLAlchemy's "begin" event below decide how transactions start
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine
