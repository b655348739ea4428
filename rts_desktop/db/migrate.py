"""The startup sequence: open, refuse newer, back up, upgrade, check, restore on failure.

Alembic is imported only to migrate (or to read a server database's revision): opening an
up-to-date SQLite file compares its revision with the migration files' names, which saves
a tenth of a second at every start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from rts_desktop.db.backup import (
    connect_file,
    database_errors,
    looks_like_sqlite,
    restore_sqlite,
    timestamped_backup,
)
from rts_desktop.db.check import run_checks
from rts_desktop.db.database import Database, files_dir_for, keys_file_for
from rts_desktop.db.engine import make_engine, sqlite_path
from rts_desktop.kernel import config, fileio
from rts_desktop.kernel.errors import (
    N_,
    CorruptDatabase,
    DatabaseError,
    DatabaseTooNew,
    MigrationFailed,
    NotADatabase,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _revisions() -> list[str]:
    """Revision ids in order: each migration file is named after its id ("0005_....py"),
    one after the other (a test checks this against Alembic's own graph)."""
    files = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return sorted(f.name[:4] for f in files)


def head_revision() -> str:
    return _revisions()[-1]


def known_revisions() -> set[str]:
    return set(_revisions())


def probe_sqlite(path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision of a SQLite file, read without writing a byte to it.

    With ``key`` the file must be a SQLCipher database encrypted with it: a plaintext file
    or a wrong key is refused (``NotADatabase``) with a clear message.
    """
    plain = looks_like_sqlite(path)
    if key is None and not plain:
        raise NotADatabase(
            N_("{path} non è un database RTS Desktop (o è cifrato e serve la chiave).").format(
                path=path
            )
        )
    if key is not None and plain:
        raise NotADatabase(
            N_("Il database {path} non è cifrato: va prima convertito.").format(path=path)
        )
    try:
        con = connect_file(path, key, readonly=True)
        try:
            try:
                tables = {
                    row[0]
                    for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
            except database_errors() as exc:
                if key is None:
                    raise
                raise NotADatabase(
                    N_(
                        "Il database {path} non si apre con questa chiave: la chiave è errata "
                        "oppure il file è danneggiato o non è di RTS Desktop "
                        "(usa 'rts-desktop restore')."
                    ).format(path=path)
                ) from exc
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabase(
                        N_("{path} è un database SQLite ma non di RTS Desktop.").format(path=path)
                    )
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except database_errors() as exc:
        raise CorruptDatabase(
            N_("Il database {path} è danneggiato ({err}); usa 'rts-desktop restore'.").format(
                path=path, err=exc
            )
        ) from exc
    return row[0] if row else None


def _current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # batch migrations copy tables: foreign keys are checked once at the end instead
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        finally:
            conn.invalidate()  # never hand a connection with foreign keys off back to the pool


def open_database(
    url: str,
    *,
    create: bool = False,
    key: bytes | None = None,
    on_engine: Callable[[Engine], None] | None = None,
) -> Database:
    """Open (and when needed migrate) the database at ``url``.

    Refuses files that are not RTS databases, corrupt ones and ones from a newer version,
    without touching them. Before migrating an existing SQLite database it takes an online
    backup, and restores it if the upgrade or the checks after it fail.

    ``key`` (32 bytes): the SQLite database is SQLCipher-encrypted with it (created so when
    new; a wrong key raises ``NotADatabase``); migrations, backups and attachments use it.
    ``on_engine`` sees the engine before its first connection (a server sign-in gives it
    the password there, never in the URL).
    """
    path = sqlite_path(url)
    fresh = False
    current: str | None = None
    if path is not None:
        if path.is_dir():
            raise NotADatabase(N_("{path} è una cartella, non un database.").format(path=path))
        if not path.exists():
            if not create:
                raise DatabaseError(
                    N_("Database non trovato: {path} (crealo con 'rts-desktop init').").format(
                        path=path
                    )
                )
            fileio.make_folders(path.parent)
            fileio.create_private_file(path)  # 0600 before SQLite opens it
            fresh = True
        else:
            current = probe_sqlite(path, key)
    head = head_revision()
    if path is None or not fresh:
        refuse_newer(current if path is not None else None, path)
    if path is not None:
        tighten_sqlite(path)
    engine = make_engine(url, key=key)
    if on_engine is not None:
        on_engine(engine)
    if path is None:
        current = _current_revision(engine)
        refuse_newer(current, None)
    if current != head:
        _migrate(engine, path, current, fresh, head, key)
    return Database(url, engine, key=key)


def tighten_sqlite(path: Path) -> None:
    """Owner-only access for a SQLite database and what the app keeps beside it (a file
    an older version left 0644 included): the file and its journals 0600, the attachment
    and backup folders 0700 (which closes what is inside them), and the data folder when
    the database lives there. A folder the user chose for the database is left alone."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        fileio.make_private(Path(str(path) + suffix))
    fileio.make_private(keys_file_for(path))  # wrapped keys only, still private
    fileio.make_private(files_dir_for(path))
    fileio.make_private(path.parent / "backups")
    if path.parent.absolute() == config.data_dir().absolute():
        fileio.make_private(path.parent)


def refuse_newer(current: str | None, path: Path | None) -> None:
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew(
            N_(
                "Il database {path} è stato creato da una versione più recente di RTS Desktop "
                "(revisione {rev}): aggiorna l'applicazione."
            ).format(path=path or "", rev=current)
        )


def _migrate(
    engine: Engine,
    path: Path | None,
    current: str | None,
    fresh: bool,
    head: str,
    key: bytes | None = None,
) -> None:
    backup = None
    if path is not None and current is not None:
        backup = timestamped_backup(path, path.parent / "backups", f"pre-{head}", key)
    try:
        _upgrade(engine)
        result = run_checks(engine, counts=False)
        if not result.ok:
            raise MigrationFailed(
                N_("Controllo dopo l'aggiornamento fallito: {err}").format(
                    err="; ".join(result.integrity + result.foreign_keys)[:300]
                )
            )
    except Exception as exc:
        engine.dispose()
        if backup is not None and path is not None:
            restore_sqlite(backup, path, key)
        elif fresh and path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        if isinstance(exc, MigrationFailed):
            raise
        raise MigrationFailed(
            N_("Aggiornamento del database non riuscito, ripristinato il backup: {err}").format(
                err=exc
            )
        ) from exc
