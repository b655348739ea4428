"""The engine the suite runs on: SQLite files (default) or a throwaway PostgreSQL server.

``pytest --engine=postgresql`` (or ``RTS_TEST_ENGINE=postgresql``) starts one server for
the session: ``initdb`` + ``pg_ctl`` in a temporary folder, listening only on a Unix socket
there (run as the ``postgres`` user when the suite runs as root, which PostgreSQL refuses),
with durability off. ``RTS_TEST_PG_URL`` (a superuser URL, e.g.
``postgresql+psycopg://postgres@/postgres?host=/var/run/postgresql``) uses a running
server instead. The schema is migrated once into a template database; every database a
test asks for is a ``CREATE DATABASE ... TEMPLATE`` copy of it, dropped after the test.

A test names its database by a path (``db_path``, as on SQLite): :func:`url_for` gives the
URL of that path's database on the chosen engine, the same URL every time in one test.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

SQLITE, POSTGRESQL = "sqlite", "postgresql"
ENGINES = (SQLITE, POSTGRESQL)
TEMPLATE = "rts_template"
HBA = "local all postgres trust\nlocal all all scram-sha-256\n"
INITDB_OPTIONS = ("-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")

#: set once by ``tests/conftest.py`` from ``--engine`` / ``RTS_TEST_ENGINE``
ENGINE = os.environ.get("RTS_TEST_ENGINE", SQLITE)

_server: PgServer | None = None
_urls: dict[Path, str] = {}


def on_postgresql() -> bool:
    return ENGINE == POSTGRESQL


def _pg_bin() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    if not versions:
        raise RuntimeError("PostgreSQL not found: install the 'postgresql' package")
    return versions[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgServer:
    """A PostgreSQL server for the session and a superuser connection to it."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        given = os.environ.get("RTS_TEST_PG_URL")
        if given:
            self.base_url = given
        else:
            self.base_url = self._start()
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(self.base_url)
        self._url = url
        self._admin = psycopg.connect(**self._conninfo("postgres"), autocommit=True)
        self._template_ready = False

    def _conninfo(self, dbname: str) -> dict[str, Any]:
        url = self._url
        info: dict[str, Any] = {"dbname": dbname, "user": url.username or "postgres"}
        if url.password:
            info["password"] = url.password
        if url.host:
            info["host"] = url.host
        if url.port:
            info["port"] = url.port
        for name, value in url.query.items():
            info[name] = value
        return info

    def _start(self) -> str:
        bin_dir = _pg_bin()
        folder = Path(tempfile.mkdtemp(prefix="rts-pg-"))
        self._folder = folder
        run_as: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            user = pwd.getpwnam("postgres")
            os.chown(folder, user.pw_uid, user.pw_gid)
            run_as = ["runuser", "-u", "postgres", "--"]
        port = _free_port()
        data = folder / "data"
        subprocess.run(
            [*run_as, str(bin_dir / "initdb"), "-D", str(data), *INITDB_OPTIONS],
            check=True,
            capture_output=True,
        )
        # the superuser as before; every other role (the operators' login roles of
        # migration 0015) gives its password, so the suite checks them for real
        hba = data / "pg_hba.conf"
        hba.write_text(HBA)
        if run_as:
            os.chown(hba, user.pw_uid, user.pw_gid)
        options = (
            f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        pg_ctl = [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data)]
        subprocess.run(
            [*pg_ctl, "-l", str(folder / "log"), "-w", "-o", options, "start"],
            check=True,
            capture_output=True,
        )
        self._stop_cmd = [*pg_ctl, "-m", "immediate"]
        atexit.register(self.stop)
        return f"postgresql+psycopg://postgres@/postgres?host={folder}&port={port}"

    def url(self, dbname: str) -> str:
        return self._url.set(database=dbname).render_as_string(hide_password=False)

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from rts_desktop.db.migrate import open_database

        self.drop(TEMPLATE)
        self._admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
        open_database(self.url(TEMPLATE), create=True).close()
        self._template_ready = True

    def create(self) -> str:
        """A new database with the current schema (a copy of the template); its URL."""
        self._ensure_template()
        name = f"rts_{uuid.uuid4().hex[:16]}"
        self._admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        return self.url(name)

    def create_empty(self) -> str:
        """A new database without tables (what ``init`` finds on a fresh server)."""
        name = f"rts_{uuid.uuid4().hex[:16]}"
        self._admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def copy(self, dbname: str) -> str:
        """A new database holding what ``dbname`` holds now (nobody may be connected to
        it: PostgreSQL copies a database only while it is idle); its URL."""
        name = f"rts_{uuid.uuid4().hex[:16]}"
        self._admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{dbname}"')
        return self.url(name)

    def drop(self, dbname: str) -> None:
        self._admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._admin.close()
        if self._folder is not None:
            subprocess.run([*self._stop_cmd, "stop"], capture_output=True, check=False)
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def server() -> PgServer:
    global _server
    if _server is None:
        _server = PgServer()
    return _server


def stop_server() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None


def url_for(path: Path, *, schema: bool = True) -> str:
    """The URL of the database a test keeps "at" ``path`` on the chosen engine: the SQLite
    file itself, or a fresh PostgreSQL database (migrated unless ``schema`` is False)."""
    if not on_postgresql():
        return f"sqlite:///{path}"
    path = Path(os.path.abspath(path))
    found = _urls.get(path)
    if found is None:
        found = server().create() if schema else server().create_empty()
        _urls[path] = found
    return found


def copy_to(source_url: str, path: Path) -> str:
    """A copy of the closed database at ``source_url`` kept "at" ``path``, with its
    attachments: the file and its folder on SQLite, a template copy on PostgreSQL."""
    if not on_postgresql():
        from rts_desktop.db.database import files_dir_for
        from rts_desktop.db.engine import sqlite_path

        source = sqlite_path(source_url)
        assert source is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, path)
        if files_dir_for(source).is_dir():
            shutil.copytree(files_dir_for(source), files_dir_for(path))
        return f"sqlite:///{path}"
    from sqlalchemy.engine import make_url

    from rts_desktop.db.database import server_files_dir

    path = Path(os.path.abspath(path))
    url = server().copy(make_url(source_url).database or "")
    _urls[path] = url
    if server_files_dir(source_url).is_dir():
        shutil.copytree(server_files_dir(source_url), server_files_dir(url))
    return url


def db_arg(db: Any) -> str:
    """What a test gives the command line's ``--db`` for ``db``: its file on SQLite, the
    path it was made "at" on PostgreSQL (see :func:`resolve_url_on_engine`)."""
    if db.path is not None:
        return str(db.path)
    for path, url in _urls.items():
        if url == db.url:
            return str(path)
    raise LookupError("a database the test did not make through tests/engines.py")


def resolve_url_on_engine(real: Any) -> Any:
    """``cli.admin.resolve_url`` sending ``--db PATH`` to that path's server database."""

    def resolve(db_path: str | None, db_url: str | None) -> str:
        if db_path and not db_url:
            return url_for(Path(db_path).expanduser())
        return real(db_path, db_url)

    return resolve


def made_databases() -> set[Path]:
    """The paths whose databases exist now (before a test: the wider fixtures' ones)."""
    return set(_urls)


def drop_test_databases(kept: set[Path] | None = None) -> None:
    """After a test: its PostgreSQL databases go (those of ``kept``, made by a module's or
    the session's fixture before it, stay until that fixture's end or the server's)."""
    kept = kept or set()
    if _server is None:
        _urls.clear()
        return
    from sqlalchemy.engine import make_url

    for path in [p for p in _urls if p not in kept]:
        _server.drop(make_url(_urls.pop(path)).database or "")
