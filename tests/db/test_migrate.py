"""The startup sequence: upgrade from the first revision, refusals that leave files untouched,
restore on failure, and models that match the migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine

from rts_desktop.db import migrate, open_database
from rts_desktop.db.migrate import alembic_config, head_revision
from rts_desktop.kernel.errors import CorruptDatabase, DatabaseTooNew, MigrationFailed, NotADatabase
from rts_desktop.migrations import server_security
from rts_desktop.models import Base
from rts_desktop.services.cases import case_index


@pytest.fixture
def db(plain_db):
    """Here the database is a plaintext one (the first version's)."""
    return plain_db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_first_revision_db(path: Path) -> None:
    """A database as the first release created it, with a person in it."""
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO beneficiaries (id, version, code, first_name, last_name) "
            "VALUES ('b1', 'v1', 'BEN-2025-00001', 'Ștefan', 'Mureșan')"
        )
    engine.dispose()


def test_upgrade_from_first_revision_backs_up_and_migrates_data(tmp_path):
    path = tmp_path / "old.db"
    make_first_revision_db(path)
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert (
            conn.exec_driver_sql("SELECT search_name FROM beneficiaries").scalar()
            == "muresan stefan"
        )
    db.close()
    backups = list((tmp_path / "backups").glob("old-*-pre-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()


def test_failed_upgrade_restores_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    make_first_revision_db(path)

    def broken_upgrade(engine):
        real_upgrade(engine)
        raise RuntimeError("disco pieno")

    real_upgrade = migrate._upgrade
    monkeypatch.setattr(migrate, "_upgrade", broken_upgrade)
    with pytest.raises(MigrationFailed, match="disco pieno"):
        open_database(f"sqlite:///{path}")
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert con.execute("SELECT first_name FROM beneficiaries").fetchone()[0] == "Ștefan"
    con.close()


@pytest.mark.sqlite_only  # a SQLite file
def test_newer_database_is_refused_untouched(db, db_path):
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew, match="più recente"):
        open_database(f"sqlite:///{db_path}")
    assert digest(db_path) == before


@pytest.mark.parametrize(
    "content", [b"", b"hello, this is a letter\n", b"PK\x03\x04" + b"\0" * 200]
)
def test_not_a_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "letter.db"
    path.write_bytes(content)
    with pytest.raises(NotADatabase):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.db"]


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotADatabase, match="non di RTS"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


@pytest.mark.sqlite_only  # a SQLite file
def test_corrupt_database_is_refused_untouched(db, db_path):
    db.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(CorruptDatabase, match="danneggiato"):
        open_database(f"sqlite:///{db_path}")
    assert digest(db_path) == before


def test_models_match_the_migrations(db):
    """Every model table as the migrations make it; the case-list index tables are derived
    data made by their migration alone (``services/cases/case_index.py``)."""

    def models_only(name: str | None, type_: str, _parent: object) -> bool:
        if name in server_security.SERVER_ONLY:  # the server's own guards (migration 0015)
            return False
        return not (type_ == "table" and name is not None and name.startswith(case_index.PREFIX))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": models_only})
        diff = compare_metadata(context, expected_schema(db))
    assert diff == []


def expected_schema(db) -> MetaData:
    """The models' tables; on PostgreSQL every foreign key deferrable, as the migrations
    make them there (``migrations/postgresql.py``: an import checks them at its commit)."""
    if db.engine.dialect.name != "postgresql":
        return Base.metadata
    copy = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    for table in copy.tables.values():
        for fk in table.foreign_key_constraints:
            fk.deferrable = True
    return copy


@pytest.mark.sqlite_only  # a SQLite file
def test_pragmas_are_set(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_revisions_from_file_names_match_alembics_graph():
    """Startup reads the head from the file names (no Alembic import): they must agree."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert chain == sorted(chain)  # one line of revisions, numbered in order


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "rts.db"
    open_database(f"sqlite:///{path}", create=True).close()
    code = (
        "import sys\n"
        "from rts_desktop.db import open_database\n"
        f"open_database({f'sqlite:///{path}'!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
