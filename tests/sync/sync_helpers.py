"""Several devices (databases) in one test, enrolled with each other, exchanging bundles."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData, select

from rts_desktop.db import Database, init_database
from rts_desktop.db.capture import encode_value
from rts_desktop.db.dialects import missing_parents
from rts_desktop.db.migrate import open_database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Conflict
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.sync.history import synced_tables
from rts_desktop.sync.knowledge import current_vector
from tests import engines

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
_TEMPLATE: dict[str, Path] = {}


@dataclass
class Dev:
    name: str
    db: Database
    ctx: ActingContext
    folder: Path

    @property
    def id(self) -> str:
        return self.db.device_id


def _template(root: Path) -> Path:
    """A migrated, device-less database file copied for each device (init is slow)."""
    if "path" not in _TEMPLATE or not _TEMPLATE["path"].exists():
        folder = root / "_template"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "template.db"
        open_database(f"sqlite:///{path}", create=True).close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


def make_device(root: Path, name: str, clock: dt.datetime = NOW) -> Dev:
    """A device on the suite's engine (on PostgreSQL: a server database is a device too)."""
    folder = root / name
    folder.mkdir(parents=True)
    path = folder / "rts.db"
    if not engines.on_postgresql():
        shutil.copy(_template(root), path)
    db = init_database(engines.url_for(path), device_name=name)
    ctx = ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: clock)
    return Dev(name, db, ctx, folder)


def enrol_all(devices: list[Dev]) -> None:
    codes = {d.name: api.enrolment_code(d.db) for d in devices}
    for d in devices:
        for other in devices:
            if other is not d:
                api.enrol_device(d.db, d.ctx, codes[other.name])


def export(src: Dev, dst: Dev, *, snapshot: bool = False, tag: str = "") -> Path:
    out = src.folder / f"to-{dst.name}-{tag or len(list(src.folder.glob('*.rtsbundle')))}"
    return api.export_bundle(src.db, src.ctx, out, for_device=dst.id, snapshot=snapshot).path


def send(src: Dev, dst: Dev, *, snapshot: bool = False) -> api.ImportReport:
    return api.import_bundle(dst.db, dst.ctx, export(src, dst, snapshot=snapshot))


def rows(db: Database, *, versions: bool = True) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with db.session(write=False) as s:
        for name, table in synced_tables().items():
            cols = [c for c in table.c if versions or c.key != "version"]
            found = [
                {c.key: encode_value(v) for c, v in zip(cols, r, strict=True)}
                for r in s.execute(select(*cols).order_by(table.c.id))
            ]
            if found:
                out[name] = found
    return out


def open_conflicts(db: Database) -> list[tuple]:
    with db.session(write=False) as s:
        return sorted(
            (c.id, c.table_name, c.record_id, c.field, c.candidates)
            for c in s.scalars(select(Conflict).where(Conflict.status == "open"))
        )


def vector(db: Database) -> dict[str, int]:
    with db.session(write=False) as s:
        return current_vector(s)


def canonical(db: Database) -> str:
    return json.dumps(
        {"rows": rows(db), "conflicts": open_conflicts(db), "vector": vector(db)},
        sort_keys=True,
        default=str,
    )


def dump_text(db: Database) -> str:
    """Every row of every table as text: SQLite's own dump, or the same rows read from a
    server (each table ordered by its primary key)."""
    if db.engine.dialect.name == "sqlite":
        raw = db.engine.raw_connection()
        try:
            return "\n".join(raw.driver_connection.iterdump())  # type: ignore[union-attr]
        finally:
            raw.close()
    lines: list[str] = []
    with db.engine.connect() as conn:
        meta = MetaData()
        meta.reflect(conn)
        for table in meta.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(select(table).order_by(*order)):
                lines.append(f"{table.name} {tuple(row)!r}")
    return "\n".join(lines)


def dangling(db: Database) -> set[tuple[str, str]]:
    """Records pointed at but missing (a foreign-key check on either engine)."""
    with db.session(write=False) as s:
        return missing_parents(s, None)


def db_digest(dev: Dev) -> tuple[str, str]:
    """The database's logical content and the attachment store's files, as digests."""
    dump = dump_text(dev.db)
    files = (
        sorted(
            (str(p.relative_to(dev.db.files_dir)), hashlib.sha256(p.read_bytes()).hexdigest())
            for p in dev.db.files_dir.rglob("*")
            if p.is_file()
        )
        if dev.db.files_dir.exists()
        else []
    )
    dirs = sorted(str(p) for p in dev.db.files_dir.rglob("*")) if dev.db.files_dir.exists() else []
    return hashlib.sha256(dump.encode()).hexdigest(), json.dumps([files, dirs])


def forge(
    src: Dev,
    dst: Dev,
    *,
    edit_manifest=None,
    edit_members=None,
    signer: Dev | None = None,
    resign: bool = True,
) -> bytes:
    """An encrypted bundle from ``src`` to ``dst`` altered before (re)signing: for attacks."""
    import io
    import zipfile

    import pyrage
    from pyrage import x25519

    from rts_desktop.db.capture import dumps
    from rts_desktop.sync import bundle_format as bf
    from rts_desktop.sync.export import build_bundle
    from rts_desktop.sync.keys import ensure_identity, sign

    built = build_bundle(src.db, src.ctx, for_device=dst.id, snapshot=False)
    with zipfile.ZipFile(io.BytesIO(built.zip_bytes)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest_bytes, signature = members.pop("manifest.json"), members.pop("manifest.sig")
    if edit_members:
        members = edit_members(members)
    manifest = json.loads(manifest_bytes)
    manifest["members"] = {n: {"sha256": bf.sha256(d), "size": len(d)} for n, d in members.items()}
    if edit_manifest:
        edit_manifest(manifest)
    if resign:
        manifest_bytes = dumps(manifest).encode()
        with (signer or src).db.session(None) as s:
            signature = sign(ensure_identity(s), manifest_bytes)
    data = bf.build_zip(manifest_bytes, signature, members)
    with dst.db.session(write=False) as s:
        from rts_desktop.models import Device

        recipient = s.get(Device, dst.id)
    with dst.db.session(None) as s:
        recipient_text = ensure_identity(s).age_recipient
    del recipient
    return pyrage.encrypt(data, [x25519.Recipient.from_str(recipient_text)])


def encrypt_for(dst: Dev, zip_bytes: bytes) -> bytes:
    import pyrage
    from pyrage import x25519

    from rts_desktop.sync.keys import ensure_identity

    with dst.db.session(None) as s:
        recipient = ensure_identity(s).age_recipient
    return pyrage.encrypt(zip_bytes, [x25519.Recipient.from_str(recipient)])


def person(dev: Dev, first="Amina", last="Diallo", **kw):
    return create_beneficiary(
        dev.db, dev.ctx, BeneficiaryInput(first_name=first, last_name=last, **kw), confirm_new=True
    )


def protect(dev: Dev) -> Path:
    """Give ``dev``'s database the test administrator, as ``init`` does to a plaintext one,
    so that the command line can log in to it: on SQLite it is encrypted and ``dev.db``
    reopened; a server database keeps the password in its table. The path for ``--db``."""
    from rts_desktop.services.operators import create_operator
    from rts_desktop.services.operators.login import protect_existing, set_password
    from tests.accounts import TEST_ADMIN, TEST_PASSWORD

    if engines.on_postgresql():
        admin = str(Role.AMMINISTRATORE)
        create_operator(dev.db, dev.db.context(), TEST_ADMIN, "Amministratore", admin)
        set_password(dev.db, dev.db.context(), TEST_ADMIN, TEST_PASSWORD)
        return Path(engines.db_arg(dev.db))
    url = dev.db.url
    dev.db.close()
    dev.db = protect_existing(url, TEST_ADMIN, TEST_PASSWORD).db
    assert dev.db.path is not None
    return dev.db.path
