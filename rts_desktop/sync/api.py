"""What the CLI and the Sync view call: bundles, status, conflicts, devices, erasure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.capture import Recorder
from rts_desktop.db.maintenance import secure_delete
from rts_desktop.db.operations import Op, operation
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, BundleError, NotFound, ValidationError
from rts_desktop.models import Beneficiary, Change, Device, Erasure
from rts_desktop.models.sync import LocalKey
from rts_desktop.sync import bundle_format as bf
from rts_desktop.sync.devices import (
    DeviceDTO,
    enrol_device,
    enrolment_code,
    list_devices,
    new_code_series,
    revoke_device,
    write_enrolment_file,
)
from rts_desktop.sync.erasure import apply_erasure
from rts_desktop.sync.export import build_bundle, record_sent
from rts_desktop.sync.history import from_change
from rts_desktop.sync.importer import (
    ImportReport,
    Staging,
    recover_staged,
    referenced_shas,
    remove_blobs,
    run_import,
)
from rts_desktop.sync.knowledge import seal_contexts
from rts_desktop.sync.pending import ForceApplyReport, force_apply_pending
from rts_desktop.sync.resolve import ConflictDTO, list_conflicts, resolve_conflict
from rts_desktop.sync.status import SyncStatus, sync_status
from rts_desktop.sync.validate import already_imported, check_bundle

__all__ = [
    "ConflictDTO",
    "DeviceDTO",
    "ErasureReport",
    "ExportReport",
    "ForceApplyReport",
    "ImportReport",
    "SyncStatus",
    "enrol_device",
    "enrolment_code",
    "erase_beneficiary",
    "erase_beneficiary_report",
    "export_bundle",
    "force_apply_pending",
    "import_bundle",
    "list_conflicts",
    "list_devices",
    "new_code_series",
    "recover_interrupted_import",
    "resolve_conflict",
    "revoke_device",
    "sync_status",
    "write_enrolment_file",
]


@dataclass(frozen=True)
class ExportReport:
    path: Path
    bundle_id: str
    kind: str
    target_device: str | None
    changes: int
    rows: int
    attachments: int
    size: int


def export_bundle(
    db: Database,
    ctx: ActingContext,
    out_path: Path,
    *,
    for_device: str | None = None,
    snapshot: bool = False,
    recipients: list[str] | None = None,
    passphrase: str | None = None,
) -> ExportReport:
    """Write a signed, encrypted bundle to ``out_path`` (``.rtsbundle`` added if missing).

    Encrypted to ``for_device``'s enrolled key plus any ``recipients`` (age public keys),
    or with ``passphrase`` (scrypt, for emergencies).
    """
    require(ctx, "sync.exchange")
    if for_device is None and not snapshot:
        raise ValidationError("for_device", N_("Scegli il dispositivo a cui è destinato."))
    if passphrase is not None and len(passphrase) < 8:
        raise ValidationError("passphrase", N_("La password deve avere almeno 8 caratteri."))
    if not passphrase:
        # the target device's own key, plus any recipient given (``--recipient`` adds)
        with db.session(write=False) as s:
            target = s.get(Device, for_device) if for_device else None
            own = [target.age_recipient] if target is not None and target.age_recipient else []
        recipients = list(dict.fromkeys(own + list(recipients or [])))
        if not recipients:
            raise ValidationError(
                "recipients",
                N_("Indica il destinatario (dispositivo registrato) o una password."),
            )
    out = Path(out_path)
    if out.suffix != bf.SUFFIX:
        out = out.with_name(out.name + bf.SUFFIX)
    built = build_bundle(db, ctx, for_device=for_device, snapshot=snapshot)
    data = bf.encrypt(built.zip_bytes, recipients=recipients, passphrase=passphrase)
    bf.write_atomically(out, data)
    record_sent(db, ctx, built)
    counts = built.manifest["counts"]
    members = built.manifest["members"]
    changes = sum(counts.values()) if not snapshot else 0
    return ExportReport(
        path=out,
        bundle_id=built.bundle_id,
        kind=built.kind,
        target_device=for_device,
        changes=changes,
        rows=sum(counts.values()) if snapshot else 0,
        attachments=sum(1 for n in members if n.startswith("attachments/")),
        size=len(data),
    )


def _identities(db: Database) -> list[Any]:
    from pyrage import x25519

    with db.session(write=False) as s:
        rows = list(s.scalars(select(LocalKey.age_identity)))
    return [x25519.Identity.from_str(r) for r in rows]


def import_bundle(
    db: Database, ctx: ActingContext, path: Path, *, passphrase: str | None = None
) -> ImportReport:
    """Validate everything, then apply in one transaction; nothing is written on failure.

    Raises ``BundleError`` with the reason; the bundle file is never modified or deleted.
    """
    require(ctx, "sync.exchange")
    recover_staged(db)
    tmp_dir = db.files_dir / "tmp"  # the decrypted zip: gone when the block ends
    with bf.open_bundle(Path(path), _identities(db), passphrase, tmp_dir) as raw:
        bundle = check_bundle(db, ctx, raw, source=Path(path).name)
        if already_imported(db, bundle.bundle_id):
            return ImportReport(
                bundle.bundle_id,
                bundle.origin,
                bundle.origin_name,
                bundle.kind,
                unchanged=len(bundle.lines),
                already_imported=True,
            )
        staging = Staging(db.files_dir, bundle.bundle_id, key=db.key)
        try:
            staging.stage(bundle.attachments)
            report, erased = run_import(db, ctx, bundle)
        except BaseException:
            staging.discard()
            raise
    staging.install(referenced_shas(db, set(staging.staged)))
    if erased:
        remove_blobs(db, erased)
    return report


def recover_interrupted_import(db: Database) -> None:
    """At startup: finish or undo the attachment step of an import cut short by a crash."""
    recover_staged(db)


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed: the records purged and the attachment files deleted."""

    purged: int
    files_removed: int


def erase_beneficiary(
    db: Database, ctx: ActingContext, beneficiary_id: str, *, reason: str | None = None
) -> int:
    """GDPR art. 17: purge a person's personal values here and, through sync, everywhere.

    Returns how many records were purged (the person and the rows pointing at them). The
    person's attachment files go once the erasure is committed. ``reason`` (why the person
    is erased, e.g. their request) goes into the audit entry's detail.
    """
    return erase_beneficiary_report(db, ctx, beneficiary_id, reason=reason).purged


def erase_beneficiary_report(
    db: Database, ctx: ActingContext, beneficiary_id: str, *, reason: str | None = None
) -> ErasureReport:
    """:func:`erase_beneficiary`, also saying how many attachment files it deleted."""
    purged, shas = erase_records(db, ctx, beneficiary_id, reason)
    removed = remove_blobs(db, shas) if shas else 0
    return ErasureReport(purged, removed)


@operation("erase", "beneficiary", permission="person.erase")
def erase_records(op: Op, beneficiary_id: str, reason: str | None = None) -> tuple[int, set[str]]:
    """The erasure's transaction: (records purged, attachment files to delete after it).

    The session's connection runs with SQLite's ``secure_delete``, so the pages and cells it
    frees are overwritten with zeros rather than left holding the erased values."""
    s = op.s
    secure_delete(s)
    person = s.get(Beneficiary, beneficiary_id)
    if person is None:
        raise NotFound(N_("Beneficiario non trovato ({id}).").format(id=beneficiary_id))
    if s.get(Erasure, ("beneficiaries", beneficiary_id)) is not None:
        raise ValidationError(
            "beneficiary_id", N_("I dati di questa persona sono già stati cancellati.")
        )
    change_id = Recorder(s, op.ctx).record(person, "erase", {}, {}, person.version)
    s.flush()
    s.expunge(person)
    seal_contexts(s)
    row = s.get(Change, change_id)
    assert row is not None
    shas: set[str] = set()
    scope = apply_erasure(s, from_change(row), shas)
    op.audit(beneficiary_id, reason)
    return len(scope), shas


def bundle_error_exit(exc: BundleError) -> int:
    return exc.exit_code
