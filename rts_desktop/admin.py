"""Administration used by the CLI (and later the GUI): init, demo data, check, backup, restore.

No Qt here; every function returns plain data for the caller to print or show.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rts_desktop import config
from rts_desktop.db import Database, init_database, open_database
from rts_desktop.db.backup import prune_backups, restore_sqlite, timestamped_backup
from rts_desktop.db.check import run_checks
from rts_desktop.db.engine import sqlite_path
from rts_desktop.db.migrate import head_revision, probe_sqlite, refuse_newer
from rts_desktop.errors import N_, DatabaseError, ValidationError
from rts_desktop.models import Beneficiary


def resolve_url(db_path: str | None, db_url: str | None) -> str:
    """The database URL from ``--db`` / ``--db-url`` (default: the user's data folder)."""
    if db_url:
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
    ok: bool
    revision: str
    integrity: list[str]
    foreign_keys: list[str]
    counts: dict[str, int]
    size_bytes: int | None
    path: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "revision": self.revision,
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "counts": self.counts,
            "size_bytes": self.size_bytes,
            "path": self.path,
        }


def check(db: Database) -> CheckReport:
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
        ok=result.ok,
        revision=head_revision(),
        integrity=result.integrity,
        foreign_keys=result.foreign_keys,
        counts=result.counts,
        size_bytes=size,
        path=str(path) if path else None,
    )


def backup(db: Database, out: Path | None = None, keep: int | None = None) -> Path:
    """An online backup to ``out`` or to the backups folder (then old ones are pruned)."""
    path = db.path
    if path is None:
        raise DatabaseError(N_("Il backup da riga di comando è disponibile per i database SQLite."))
    if out is not None:
        if out.exists():
            raise ValidationError("out", N_("Il file {path} esiste già.").format(path=out))
        from rts_desktop.db.backup import backup_sqlite

        return backup_sqlite(path, out)
    made = timestamped_backup(path, db.backup_dir, "manuale")
    prune_backups(db.backup_dir, path.stem, keep or config.Settings().get(config.BACKUP_KEEP))
    return made


def restore(url: str, source: Path) -> Path:
    """Replace the database with ``source`` after checking it; the current file is backed up."""
    target = sqlite_path(url)
    if target is None:
        raise DatabaseError(
            N_("Il ripristino da riga di comando è disponibile per i database SQLite.")
        )
    if not source.is_file():
        raise ValidationError("file", N_("File di backup non trovato: {path}").format(path=source))
    revision = probe_sqlite(source)
    if revision is None:
        raise ValidationError(
            "file", N_("{path} non contiene un database RTS Desktop.").format(path=source)
        )
    refuse_newer(revision, source)  # before touching anything
    safety = None
    if target.exists():
        try:
            safety = timestamped_backup(target, target.parent / "backups", "prima-del-ripristino")
        except sqlite3.DatabaseError:
            # the current file is damaged (the usual reason to restore): keep its bytes aside
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = target.parent / "backups" / f"{target.stem}-{stamp}-danneggiato.db"
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, safety)
    restore_sqlite(source, target)
    # bring it to the current schema through the normal startup sequence
    open_database(url).close()
    return safety or target


def ensure_demo_database() -> str:
    """The demo database URL, created and filled with the small dataset on first use."""
    path = config.demo_db_path()
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    # built under another name and renamed at the end: an interrupted first start leaves
    # no half-filled demo behind; the attachments folder moves with the database
    tmp = path.with_name(f"{path.stem}-new{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    db = init_database(f"sqlite:///{tmp}", device_name="Demo")
    try:
        demo_data(db, "small", seed=2026)
        tmp_files = db.files_dir
    finally:
        db.close()
    final_files = path.with_name(path.stem + "-files")
    if tmp_files.exists():
        shutil.rmtree(final_files, ignore_errors=True)
        os.replace(tmp_files, final_files)
    os.replace(tmp, path)
    return url
