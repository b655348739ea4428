"""The import transaction and the attachment store around it.

Attachments are staged first as ``files_dir/tmp/import-<bundle>-<sha256>`` (written,
flushed, their hash checked), then the database transaction commits, then the staged files
are renamed into ``<sha[:2]>/<sha>``. A failure before the commit deletes the staged files
(the store is as before); a crash between commit and rename leaves staged files that
``recover_staged`` finishes at the next import (their bundle is recorded as imported) or
deletes (it is not). So after a restart it is all or nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.capture import dumps
from rts_desktop.db.database import mark_everything
from rts_desktop.db.dialects import act_as_device, defer_foreign_keys, violated_rule
from rts_desktop.db.hlc import HlcState, parse_hlc, receive
from rts_desktop.kernel import crypto
from rts_desktop.kernel.blobs import blob_path, read_blob_file
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, BundleError
from rts_desktop.kernel.fileio import make_folders, open_private, sha256_file
from rts_desktop.models import Change as ChangeRow
from rts_desktop.models import Conflict, Device, Erasure, ImportedBundle, PendingChange, Tombstone
from rts_desktop.sync.apply import ApplyStats, apply_lines, known_ids
from rts_desktop.sync.bundle_format import Member
from rts_desktop.sync.history import synced_tables
from rts_desktop.sync.knowledge import (
    current_vector,
    merged,
    parse_context,
    seal_contexts,
    self_device,
    set_knowledge,
)
from rts_desktop.sync.rowcodec import insert_rows
from rts_desktop.sync.state_hash import HASH_FORMAT, diverged_tables, state_hashes
from rts_desktop.sync.validate import CheckedBundle

_PREFIX = "import-"


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    origin_device: str
    origin_name: str
    kind: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    pending: int = 0
    attachments: int = 0
    already_imported: bool = False
    divergence: tuple[str, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["divergence"] = list(self.divergence)
        return data


# ---- attachments --------------------------------------------------------------------------


@dataclass
class Staging:
    files_dir: Path
    bundle_id: str
    #: the database's data key: staged files are written already encrypted with it
    key: bytes | None = field(default=None, repr=False)
    staged: dict[str, Path] = field(default_factory=dict)
    made_dirs: list[Path] = field(default_factory=list)

    def _mkdir(self, path: Path) -> None:
        self.made_dirs += make_folders(path)

    def stage(self, attachments: Mapping[str, Member | bytes]) -> None:
        """Copy each new attachment to the staging folder, chunk by chunk from the bundle
        (a member's size and sha256 are verified as it is copied)."""
        for sha, data in sorted(attachments.items()):
            if blob_path(self.files_dir, sha).exists():
                continue
            tmp_dir = self.files_dir / "tmp"
            self._mkdir(tmp_dir)
            path = tmp_dir / f"{_PREFIX}{self.bundle_id}-{sha}"
            self.staged[sha] = path  # before writing: discard() removes a partial copy
            digest = hashlib.sha256()
            held: list[bytes] = []  # with a key: encrypted whole (attachments are capped)
            with open_private(path) as f:  # 0600, like the store it goes into
                for chunk in [data] if isinstance(data, bytes) else data.chunks():
                    digest.update(chunk)
                    if self.key is None:
                        f.write(chunk)
                    else:
                        held.append(chunk)
                if self.key is not None:
                    f.write(crypto.seal(self.key, digest.hexdigest(), b"".join(held)))
                    held.clear()
                f.flush()
                os.fsync(f.fileno())
            if digest.hexdigest() != sha:
                raise BundleError(
                    N_("L'allegato {name!r} non corrisponde alla sua impronta.").format(
                        name=f"attachments/{sha}"
                    )
                )

    def discard(self) -> None:
        for path in self.staged.values():
            path.unlink(missing_ok=True)
        for d in reversed(self.made_dirs):
            with contextlib.suppress(OSError):
                d.rmdir()

    def install(self, wanted: set[str]) -> int:
        done = 0
        for sha, path in self.staged.items():
            if sha in wanted:
                _install(self.files_dir, sha, path)
                done += 1
            else:
                path.unlink(missing_ok=True)
        return done


def _install(files_dir: Path, sha: str, path: Path) -> None:
    target = blob_path(files_dir, sha)
    make_folders(target.parent)  # 0700
    os.replace(path, target)


def referenced_shas(db: Database, shas: set[str]) -> set[str]:
    table = synced_tables()["documents"]
    with db.session(write=False) as s:
        return set(s.scalars(select(table.c.sha256).where(table.c.sha256.in_(list(shas)))))


def remove_blobs(db: Database, shas: set[str]) -> int:
    """Delete erased attachments no document refers to any more; how many files went."""
    keep = referenced_shas(db, shas)
    removed = 0
    for sha in shas - keep:
        path = blob_path(db.files_dir, sha)
        if path.exists():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _staged_intact(path: Path, sha: str, key: bytes | None) -> bool:
    if key is None:
        return sha256_file(path) == sha
    try:
        read_blob_file(path, sha, key)
    except (crypto.BlobDamaged, OSError):
        return False
    return True


def recover_staged(db: Database) -> None:
    """Finish (or undo) the attachment step of an import interrupted by a crash."""
    tmp_dir = db.files_dir / "tmp"
    if not tmp_dir.is_dir():
        return
    staged = [p for p in tmp_dir.iterdir() if p.name.startswith(_PREFIX)]
    if not staged:
        return
    with db.session(write=False) as s:
        done = set(s.scalars(select(ImportedBundle.bundle_id)))
    for path in staged:
        bundle_id, _, sha = path.name[len(_PREFIX) :].rpartition("-")
        ok = _staged_intact(path, sha, db.key)
        if bundle_id in done and ok and not blob_path(db.files_dir, sha).exists():
            _install(db.files_dir, sha, path)
        else:
            path.unlink(missing_ok=True)


# ---- the transaction ----------------------------------------------------------------------


AUDIT_TABLE, OPERATORS_TABLE = "audit_entries", "operators"
#: what a laptop writes before its first snapshot: its first operator and the audit log
KEPT_ACROSS_SNAPSHOT = (OPERATORS_TABLE, AUDIT_TABLE)


@dataclass
class KeptLocal:
    """This laptop's inserts the snapshot has not seen and that survive it."""

    rows: dict[str, list[dict[str, Any]]]


def _kept_local(
    s: Session, me: str, acknowledged: int, tables: Mapping[str, Any]
) -> KeptLocal | None:
    """This laptop's changes the snapshot has not seen, when they are only new operators
    (the administrator ``init`` made) and audit entries (logins, reads: the log is
    append-only): kept across the snapshot. None when any other change would be lost."""
    changes = [
        dict(r)
        for r in s.execute(
            select(ChangeRow.__table__).where(
                ChangeRow.origin_device == me, ChangeRow.seq > acknowledged
            )
        ).mappings()
    ]
    ids = [
        c["record_id"]
        for c in changes
        if c["table_name"] == OPERATORS_TABLE and c["op"] == "insert"
    ]
    # an operator made here may have been updated here too (the password hash of a server
    # database, which has no key file): the row is kept as it is now
    if any(
        c["table_name"] not in KEPT_ACROSS_SNAPSHOT
        or not (
            c["op"] == "insert"
            or (
                c["op"] == "update" and c["table_name"] == OPERATORS_TABLE and c["record_id"] in ids
            )
        )
        for c in changes
    ):
        return None
    operators = tables[OPERATORS_TABLE]
    found = s.execute(select(operators).where(operators.c.id.in_(ids))).mappings() if ids else []
    # the whole local audit log, not only what the bundle says it has not seen: a bundle
    # that claims to know more than it holds must not make entries disappear
    audit = [dict(r) for r in s.execute(select(tables[AUDIT_TABLE])).mappings()]
    return KeptLocal({OPERATORS_TABLE: [dict(r) for r in found], AUDIT_TABLE: audit})


def _restore_kept(s: Session, kept: KeptLocal, tables: Mapping[str, Any]) -> None:
    """Put the kept inserts back over the snapshot (their change rows never left). An
    operator's id is derived from the username (``services.operators.operator_id_for``):
    the administrator ``init`` made here and the office's are one record, already there."""
    operators = tables[OPERATORS_TABLE]
    present = {r.id: r.username for r in s.execute(select(operators.c.id, operators.c.username))}
    taken = set(present.values())
    fresh = [r for r in kept.rows[OPERATORS_TABLE] if r["id"] not in present]
    for row in fresh:
        if row["username"] in taken:
            raise BundleError(
                N_(
                    "Il nome utente {u} esiste già nel pacchetto completo per un'altra "
                    "persona: rinomina l'operatore di questo portatile e riprova."
                ).format(u=row["username"])
            )
    if fresh:
        s.execute(insert(operators), fresh)
    audit = tables[AUDIT_TABLE]
    have = set(s.scalars(select(audit.c.id)))
    missing = [e for e in kept.rows[AUDIT_TABLE] if e["id"] not in have]  # same id: theirs
    for start in range(0, len(missing), 5000):
        s.execute(insert(audit), missing[start : start + 5000])


def _load_snapshot(s: Session, bundle: CheckedBundle, stats: ApplyStats) -> None:
    me = self_device(s)
    local = current_vector(s)
    theirs = bundle.knowledge
    tables = synced_tables()
    kept = _kept_local(s, me.id, theirs.get(me.id, 0), tables)
    if (
        kept is None
        or any(seq > theirs.get(o, 0) for o, seq in local.items() if o != me.id)
        or theirs.get(me.id, 0) > local.get(me.id, 0)
    ):
        raise BundleError(
            N_(
                "Questo portatile ha modifiche che il pacchetto completo non contiene: invia "
                "prima un pacchetto a {name}."
            ).format(name=bundle.origin_name)
        )
    for table in reversed(list(tables.values())):
        s.execute(delete(table))
    for model in (Tombstone, Conflict, Erasure):
        s.execute(delete(model))
    for name, table in tables.items():  # parents first
        rows = bundle.rows.get(name)
        if rows:
            insert_rows(s, table, rows)
            stats.new += len(rows)
    assert kept is not None
    _restore_kept(s, kept, tables)
    known = known_ids(s, [ln.change_id for ln in bundle.lines])
    fresh = [ln.to_row() for ln in bundle.lines if ln.change_id not in known]
    if fresh:
        s.execute(insert(ChangeRow), fresh)
    stats.unchanged = len(known)
    ledger = bundle.ledger
    try:
        for t in ledger.get("tombstones", []):
            s.add(
                Tombstone(**{k: str(t[k]) for k in ("table_name", "record_id", "change_id", "hlc")})
            )
        for e in ledger.get("erasures", []):
            s.add(
                Erasure(
                    table_name=str(e["table_name"]),
                    record_id=str(e["record_id"]),
                    change_id=str(e["change_id"]),
                    erased_at=me.enrolled_at,
                )
            )
        for c in ledger.get("conflicts", []):
            s.add(
                Conflict(
                    id=str(c["id"]),
                    table_name=str(c["table_name"]),
                    record_id=str(c["record_id"]),
                    field=c.get("field"),
                    base_value=c.get("base_value"),
                    candidates=json.dumps(c["candidates"], ensure_ascii=False, sort_keys=True),
                    status="open",
                    created_hlc=str(c["created_hlc"]),
                )
            )
            stats.conflicts += 1
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleError(N_("Il registro del pacchetto completo non è valido.")) from exc
    for origin, seq in theirs.items():
        if origin != me.id:
            set_knowledge(s, origin, seq)
    for p in list(s.scalars(select(PendingChange))):
        if p.seq <= theirs.get(p.origin_device, 0):
            s.delete(p)


def refusal(exc: SQLAlchemyError) -> BundleError:
    """A database error met while applying a bundle, as a clean refusal: which kind of
    rule and which table or constraint (schema names only, never SQL text or values)."""
    what = violated_rule(getattr(exc, "orig", None)) or type(exc).__name__
    return BundleError(
        N_(
            "Pacchetto rifiutato: un suo dato viola una regola del database ({what}); "
            "nessuna modifica è stata fatta."
        ).format(what=what)
    )


def run_import(
    db: Database, ctx: ActingContext, bundle: CheckedBundle
) -> tuple[ImportReport, set[str]]:
    """The one transaction of an import; returns the report and erased attachment hashes.

    Any database error rolls it back and becomes a ``BundleError``.
    """
    try:
        return _run_import(db, ctx, bundle)
    except SQLAlchemyError as exc:
        raise refusal(exc) from None


def _run_import(
    db: Database, ctx: ActingContext, bundle: CheckedBundle
) -> tuple[ImportReport, set[str]]:
    now_ms = int(ctx.now().timestamp() * 1000)
    stats = ApplyStats()
    divergence: list[str] = []
    with db.session(ctx) as s:
        mark_everything(s)  # it may touch any table: every view reloads, on every PC
        defer_foreign_keys(s)
        act_as_device(s)  # a server: the import writes as the device
        seal_contexts(s)
        if bundle.kind == "snapshot":
            _load_snapshot(s, bundle, stats)
        else:
            theirs = bundle.manifest.get("state_hash")
            if (
                theirs
                and isinstance(theirs, dict)
                and bundle.manifest.get("state_hash_format") == HASH_FORMAT
                and current_vector(s) == bundle.knowledge
            ):
                divergence = diverged_tables(state_hashes(s), theirs)
            stats = apply_lines(s, bundle.lines, now_ms)
        me = self_device(s)
        clock = receive(
            HlcState(me.hlc_wall_ms, me.hlc_counter),
            parse_hlc(str(bundle.manifest["created_hlc"]))[0],
            now_ms,
        )
        me.hlc_wall_ms, me.hlc_counter = clock.wall_ms, clock.counter
        origin = s.get(Device, bundle.origin)
        assert origin is not None
        origin.known_vector = dumps(merged(parse_context(origin.known_vector), bundle.knowledge))
        report = ImportReport(
            bundle_id=bundle.bundle_id,
            origin_device=bundle.origin,
            origin_name=bundle.origin_name,
            kind=bundle.kind,
            new=stats.new,
            updated=stats.updated,
            deleted=stats.deleted,
            unchanged=stats.unchanged,
            conflicts=stats.conflicts,
            pending=stats.pending,
            attachments=len(bundle.attachments),
            divergence=tuple(divergence),
        )
        s.add(
            ImportedBundle(
                bundle_id=bundle.bundle_id,
                origin_device=bundle.origin,
                kind=bundle.kind,
                imported_at=ctx.now(),
                report=dumps(report.as_json()),
            )
        )
        s.flush()
    return report, stats.erased_shas
