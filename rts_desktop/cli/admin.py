"""Administration used by the CLI (and later the GUI): init, demo data, check, backup, restore.

No Qt here; every function returns plain data for the caller to print or show.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rts_desktop.db import Database, init_database, open_database
from rts_desktop.db.archive import SUFFIX, is_archive, swap_files, unpack, write_archive
from rts_desktop.db.attachments import AttachmentReport, check_attachments
from rts_desktop.db.audit_chain import ChainReport, verify_chain
from rts_desktop.db.backup import backup_sqlite, database_errors, prune_backups, restore_sqlite
from rts_desktop.db.check import run_checks
from rts_desktop.db.database import files_dir_for, keys_file_for
from rts_desktop.db.encryption import encrypt_database, is_encrypted
from rts_desktop.db.engine import normalise_url, sqlite_path
from rts_desktop.db.migrate import head_revision, probe_sqlite, refuse_newer
from rts_desktop.kernel import config, fileio
from rts_desktop.kernel.errors import N_, DatabaseError, NotADatabase, ValidationError
from rts_desktop.models import Beneficiary


def resolve_url(db_path: str | None, db_url: str | None) -> str:
    """The database URL from ``--db`` / ``--db-url`` (default: the user's data folder)."""
    if db_url:
        from sqlalchemy.engine import make_url

        db_url = normalise_url(db_url)
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        try:
            make_url(db_url).get_dialect()
        except (ArgumentError, NoSuchModuleError, ValueError):
            raise ValidationError(
                "db-url",
                N_("URL del database non valido o driver non installato: {u}").format(
                    u=db_url.split("@")[-1]
                ),
            ) from None
        return db_url
    path = Path(db_path) if db_path else config.default_db_path()
    return f"sqlite:///{path.expanduser().resolve()}"


def init(url: str, device_name: str | None = None) -> tuple[Database, bool]:
    """Create the database (or bring an existing one up to date); True when newly created."""
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    return init_database(url, device_name), created


def demo_data(db: Database, size: str, seed: int, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with demo data; refuses a database that already holds people."""
    from rts_desktop import demo

    if size not in ("small", "large"):
        raise ValidationError("size", N_("Dimensione non prevista: usa small o large."))
    with db.session(write=False) as s:
        if s.scalar(select(func.count()).select_from(Beneficiary)):
            raise ValidationError(
                "db",
                N_(
                    "Il database contiene già dei dati: i dati dimostrativi vanno in un database vuoto."
                ),
            )
    if size == "small":
        return demo.generate_small(db, seed=seed, today=today)
    return demo.generate_large(db, seed=seed, today=today)


@dataclass
class CheckReport:
    revision: str
    integrity: list[str]
    foreign_keys: list[str]
    counts: dict[str, int]
    size_bytes: int | None
    path: str | None
    attachments: AttachmentReport
    audit_chain: ChainReport

    @property
    def checks(self) -> dict[str, bool]:
        """Each check by name: True when it passed."""
        return {
            "integrity": self.integrity == ["ok"],
            "foreign_keys": not self.foreign_keys,
            "attachments": self.attachments.ok,
            "audit_chain": self.audit_chain.ok,
        }

    @property
    def ok(self) -> bool:
        return all(self.checks.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": self.checks,
            "failed": [name for name, passed in self.checks.items() if not passed],
            "revision": self.revision,
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "attachments": self.attachments.as_json(),
            "audit_chain": self.audit_chain.as_json(),
            "counts": self.counts,
            "size_bytes": self.size_bytes,
            "path": self.path,
        }


def check(db: Database) -> CheckReport:
    """Integrity, foreign keys, the attachment store and the audit log's hash chain, with
    row counts and size."""
    result = run_checks(db.engine)
    path = db.path
    size = None
    if path is not None:
        size = sum(
            Path(str(path) + suffix).stat().st_size
            for suffix in ("", "-wal")
            if Path(str(path) + suffix).exists()
        )
    return CheckReport(
        revision=head_revision(),
        integrity=result.integrity,
        foreign_keys=result.foreign_keys,
        counts=result.counts,
        size_bytes=size,
        path=str(path) if path else None,
        attachments=check_attachments(db),
        audit_chain=verify_chain(db.engine),
    )


def _database_copy(path: Path, folder: Path, key: bytes | None = None) -> Path:
    """A consistent copy of the live database (online backup) in ``folder``; encrypted
    with ``key`` like the database when it is."""
    fd, name = tempfile.mkstemp(prefix=".rts-copy-", suffix=".db", dir=folder)
    os.close(fd)
    try:
        return backup_sqlite(path, Path(name), key)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def write_backup(
    path: Path, files_dir: Path, out: Path, *, raw: bool = False, key: bytes | None = None
) -> Path:
    """Database and attachments in one archive at ``out`` (``raw``: the file's bytes as
    they are, for a damaged database that the online backup cannot read). The archive is
    owner-only (0600) wherever it goes. With ``key`` (an encrypted database) the copy is
    SQLCipher with the same key, the attachments go in encrypted as stored, and the
    wrapped-keys file ``<stem>.keys`` beside the database goes in too."""
    fileio.make_folders(out.parent)
    if raw:
        fd, name = tempfile.mkstemp(prefix=".rts-copy-", suffix=".db", dir=out.parent)
        os.close(fd)
        copy = Path(name)
        try:
            shutil.copyfile(path, copy)
        except BaseException:
            copy.unlink(missing_ok=True)
            raise
    else:
        copy = _database_copy(path, out.parent, key)
    try:
        revision = "" if raw else (probe_sqlite(copy, key) or "")
        encrypted = key is not None or (raw and is_encrypted(copy))
        keys = keys_file_for(path)
        write_archive(
            copy,
            files_dir,
            out,
            revision,
            encrypted=encrypted,
            keys_file=keys if encrypted else None,
        )
    finally:
        copy.unlink(missing_ok=True)
    return out


def backup(db: Database, out: Path | None = None, keep: int | None = None) -> Path:
    """A complete backup (database and attachments) to ``out`` or to the backups folder
    (then old ones are pruned)."""
    path = db.path
    if path is None:
        raise DatabaseError(
            N_(
                "Il backup da riga di comando è per i database SQLite: per un server "
                "PostgreSQL usa pg_dump."
            )
        )
    if out is not None:
        out = out.expanduser()
        if out.exists():
            raise ValidationError("out", N_("Il file {path} esiste già.").format(path=out))
        if not out.resolve().parent.is_dir():
            raise ValidationError("out", N_("Cartella inesistente: {p}.").format(p=out.parent))
        return write_backup(path, db.files_dir, out, key=db.key)
    made = write_backup(
        path, db.files_dir, _stamped(db.backup_dir, path.stem, "manuale"), key=db.key
    )
    prune_backups(db.backup_dir, path.stem, keep or config.Settings().get(config.BACKUP_KEEP))
    return made


def _stamped(folder: Path, stem: str, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{stem}-{stamp}-{label}{SUFFIX}"


def restore(
    url: str, source: Path, key: bytes | None = None, *, current_key: bytes | None = None
) -> Path:
    """Replace the database (and, from a complete backup, its attachments) with ``source``
    after checking it whole; the current state is kept in a complete backup first.

    ``key``: the data key of the installation. An encrypted backup needs it (its wrapped
    keys file, when it holds one, is restored beside the database); a plaintext backup
    restored with a key is encrypted with it once in place. ``current_key``: the data key
    of the database being replaced, for its safety copy (default ``key``)."""
    target = sqlite_path(url)
    if target is None:
        raise DatabaseError(
            N_(
                "Il ripristino da riga di comando è per i database SQLite: per un server "
                "PostgreSQL usa pg_restore."
            )
        )
    if not source.is_file():
        raise ValidationError("file", N_("File di backup non trovato: {path}").format(path=source))
    fileio.make_folders(target.parent)
    unpacked = unpack(source, target, key) if is_archive(source) else None
    try:
        database = unpacked.database if unpacked else source
        source_key = key if is_encrypted(database) else None
        revision = probe_sqlite(database, source_key)
        if revision is None:
            raise ValidationError(
                "file", N_("{path} non contiene un database RTS Desktop.").format(path=source)
            )
        refuse_newer(revision, source)  # before touching anything
        safety = _keep_current(target, key if current_key is None else current_key)
        restore_sqlite(database, target, source_key)
        if unpacked:
            swap_files(unpacked.files_dir, files_dir_for(target))
            if unpacked.keys is not None:
                os.replace(unpacked.keys, keys_file_for(target))
                unpacked.keys = None
    finally:
        if unpacked:
            unpacked.discard()
    if key is not None and source_key is None:
        encrypt_database(target, key)  # a plaintext backup into an encrypted installation
    # bring it to the current schema through the normal startup sequence
    open_database(url, key=key).close()
    return safety or target


def _keep_current(target: Path, key: bytes | None = None) -> Path | None:
    """A complete backup of what is about to be replaced (its raw bytes when damaged or
    when it does not open with ``key``)."""
    if not target.exists():
        return None
    files = files_dir_for(target)
    current_key = key if is_encrypted(target) else None
    try:
        return write_backup(
            target,
            files,
            _stamped(target.parent / "backups", target.stem, "prima-del-ripristino"),
            key=current_key,
        )
    except (*database_errors(), NotADatabase):
        # the current file is damaged (the usual reason to restore): keep its bytes aside
        out = _stamped(target.parent / "backups", target.stem, "danneggiato")
        return write_backup(target, files, out, raw=True)


def ensure_demo_database() -> str:
    """The demo database URL, created and filled with the small dataset on first use:
    encrypted like any other, with an account per role (``DEMO_ACCOUNTS``, README)."""
    from rts_desktop.demo.accounts import DEMO_PASSWORD, add_demo_accounts
    from rts_desktop.kernel.keyring import KeyRing, keys_path_for
    from rts_desktop.services.operators.login import create_database

    path = config.demo_db_path()
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    # built under another name and renamed at the end: an interrupted first start leaves
    # no half-filled demo behind; the attachments folder moves with the database
    tmp = path.with_name(f"{path.stem}-new{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    keys_path_for(tmp).unlink(missing_ok=True)
    made = create_database(f"sqlite:///{tmp}", "admin", DEMO_PASSWORD, device_name="Demo")
    db = made.db
    try:
        demo_data(db, "small", seed=2026)
        ring = KeyRing.load(keys_path_for(tmp))
        for username in add_demo_accounts(db):
            ring.set_password(username, DEMO_PASSWORD, db.key)
        ring.save()
        tmp_files = db.files_dir
    finally:
        db.close()
    final_files = path.with_name(path.stem + "-files")
    if tmp_files.exists():
        shutil.rmtree(final_files, ignore_errors=True)
        os.replace(tmp_files, final_files)
    os.replace(keys_path_for(tmp), keys_path_for(path))  # the key file first, as always
    os.replace(tmp, path)
    return url
