"""What the Sync view needs around ``rts_desktop.sync.api``: people-readable conflicts,
the history of imported bundles, and the changes the sync core does not announce itself.

The sync core writes its bookkeeping tables (conflicts, imported bundles, pending changes)
outside change capture, so the change hub would stay silent after an import or a
resolution; the wrappers here announce ``Aggregate.SYNC`` (and, after an import,
everything) so the badge and the other views refresh.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.aggregates import aggregates_of
from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.kernel.progress import Progress
from rts_desktop.models import Device, ImportedBundle, Operator
from rts_desktop.sync import api
from rts_desktop.sync.badge import badge_counts
from rts_desktop.sync.history import synced_tables
from rts_desktop.sync.labels import ROME, field_label, moment_text, table_label, value_text

_UNSET: Any = object()
SYNC_STATE = Changes.whole_of(Aggregate.SYNC)


# ---- overview ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncOverview:
    status: api.SyncStatus
    devices: tuple[api.DeviceDTO, ...]
    peers: int  # enrolled, not revoked
    code: str


def overview(db: Database) -> SyncOverview:
    """This device, the known devices and what waits (keys are created on first use)."""
    code = api.enrolment_code(db)
    devices = tuple(_local(d) for d in api.list_devices(db))
    peers = sum(1 for d in devices if not d.is_self and d.revoked_at is None)
    return SyncOverview(api.sync_status(db), devices, peers, code)


def _rome(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.astimezone(ROME) if moment is not None and moment.tzinfo else moment


def _local(d: api.DeviceDTO) -> api.DeviceDTO:
    """The device with its times in Rome time, as people read them."""
    return replace(
        d,
        enrolled_at=_rome(d.enrolled_at) or d.enrolled_at,
        revoked_at=_rome(d.revoked_at),
        last_sent_at=_rome(d.last_sent_at),
        last_received_at=_rome(d.last_received_at),
    )


# ---- conflicts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateView:
    letter: str
    value: Any
    text: str
    action: str  # "Modifica", "Eliminazione", ...
    device_name: str
    author_name: str
    when: dt.datetime | None


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table_name: str
    record_id: str
    field: str | None
    table_label: str
    record_label: str
    field_label: str
    base_text: str
    candidates: tuple[CandidateView, ...]
    interim: int
    editable: bool


def hlc_time(hlc: str | None) -> dt.datetime | None:
    if not hlc:
        return None
    try:
        wall_ms = int(hlc.split(".", 1)[0])
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).astimezone(ROME)


def _names(s: Session) -> tuple[dict[str, str], dict[str, str]]:
    devices = {d.id: d.name for d in s.scalars(select(Device))}
    operators = {i: n for i, n in s.execute(select(Operator.id, Operator.full_name))}
    return devices, operators


def _row(s: Session, table: Table, record_id: str) -> dict[str, Any] | None:
    found = s.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(found) if found is not None else None


def describe_record(s: Session, table_name: str, record_id: str) -> str:
    """The record in human terms: code and name where it has them, else what it belongs to."""
    tables = synced_tables()
    table = tables.get(table_name)
    row = _row(s, table, record_id) if table is not None else None
    if row is None:
        return N_("record eliminato ({id})").format(id=record_id[:8])
    if table_name == "beneficiaries":
        return f"{row['code']} – {row['last_name']} {row['first_name']}"
    if table_name == "operators":
        return str(row["full_name"])
    if table_name == "households":
        return str(row["name"])
    if table_name == "events":
        return str(row["title"])
    parts = [str(row[k]) for k in ("code", "name", "title") if row.get(k)]
    owners = (
        ("case_id", "cases", "code"),
        ("beneficiary_id", "beneficiaries", None),
        ("apartment_id", "apartments", "code"),
        ("household_id", "households", "name"),
    )
    for column, owner_table, attr in owners:
        if row.get(column) and not parts:
            owner = _row(s, tables[owner_table], row[column])
            if owner is None:
                continue
            if attr is None:
                parts.append(f"{owner['code']} – {owner['last_name']} {owner['first_name']}")
            else:
                parts.append(str(owner[attr]))
    return " – ".join(parts) if parts else record_id[:8]


def _candidate(
    i: int, c: Any, table: str, field: str | None, devices: dict[str, str], ops: dict[str, str]
) -> CandidateView:
    if field is not None:
        text, action = value_text(table, field, c.value), N_("Modifica")
    elif c.op == "delete":
        text, action = N_("Eliminato"), N_("Eliminazione")
    elif c.op == "keep":
        text, action = N_("Ancora in uso: da conservare"), N_("Conservazione")
    else:
        text, action = N_("Modificato (da conservare)"), N_("Modifica")
    return CandidateView(
        chr(ord("A") + i) if i < 26 else str(i + 1),
        c.value,
        text,
        action,
        devices.get(c.device or "", c.device or "—"),
        ops.get(c.author or "", N_("sistema") if not c.author else c.author[:8]),
        hlc_time(c.hlc),
    )


def conflict_rows(db: Database) -> list[ConflictRow]:
    """Open conflicts, oldest first, described for people."""
    before = badge_counts(db)[1]
    found = api.list_conflicts(db)  # may close conflicts settled by a hand edit
    if len(found) != before:
        db.announce(SYNC_STATE)
    with db.session(write=False) as s:
        devices, ops = _names(s)
        return [
            ConflictRow(
                c.id,
                c.table_name,
                c.record_id,
                c.field,
                table_label(c.table_name),
                describe_record(s, c.table_name, c.record_id),
                field_label(c.field) if c.field else N_("Intero record"),
                value_text(c.table_name, c.field, c.base_value) if c.field else "",
                tuple(
                    _candidate(i, cand, c.table_name, c.field, devices, ops)
                    for i, cand in enumerate(c.candidates)
                ),
                c.interim,
                c.field is not None,
            )
            for c in found
        ]


def edit_text(row: ConflictRow) -> str:
    """The interim value as the edit dialog pre-fills it (the form ``parse_value`` reads)."""
    value = row.candidates[row.interim].value if row.candidates else None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, str):
        return moment_text(value) or value
    return str(value)


def resolve(
    db: Database,
    ctx: ActingContext,
    conflict_id: str,
    *,
    keep: int | None = None,
    value: Any = _UNSET,
) -> api.ConflictDTO:
    """Close a conflict (see ``api.resolve_conflict``) and tell the views."""
    if value is _UNSET:
        done = api.resolve_conflict(db, ctx, conflict_id, keep=keep)
    else:
        done = api.resolve_conflict(db, ctx, conflict_id, value=value)
    db.announce(Changes.whole_of(Aggregate.SYNC, *aggregates_of(done.table_name)))
    return done


# ---- bundles -----------------------------------------------------------------------------


def needs_passphrase(path: Path) -> bool:
    """Whether the bundle file is protected by a password rather than this device's key."""
    try:
        with Path(path).open("rb") as f:
            return b"\n-> scrypt " in f.read(4096)
    except OSError:
        return False


def prepare_bundle(
    db: Database,
    ctx: ActingContext,
    out_path: Path,
    *,
    device_id: str | None,
    snapshot: bool = False,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> api.ExportReport:
    """Write a bundle for ``device_id`` (or a snapshot for a new laptop when None)."""
    step = progress or Progress()
    step.step(0, 2, N_("Preparazione del pacchetto…"))
    report = api.export_bundle(
        db, ctx, out_path, for_device=device_id, snapshot=snapshot, passphrase=passphrase
    )
    step.step(2, 2, N_("Pacchetto pronto."))
    db.announce(SYNC_STATE)
    return report


def import_bundle_file(
    db: Database,
    ctx: ActingContext,
    path: Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> api.ImportReport:
    """Import a bundle; on success every view is told (the import's session announces
    everything: it may touch any table)."""
    step = progress or Progress()
    step.step(0, 2, N_("Verifica e importazione del pacchetto…"))
    report = api.import_bundle(db, ctx, path, passphrase=passphrase or None)
    step.step(2, 2, N_("Importazione completata."))
    return report


def _as_code(source: str | Path) -> str | Path:
    """A registration file's JSON as a one-line code (the core's parser drops every blank of
    JSON text, spaces inside the device name included; the base64 code keeps them)."""
    try:
        text = source.read_text("utf-8") if isinstance(source, Path) else source
    except (OSError, UnicodeDecodeError):
        return source
    if not text.lstrip().startswith("{"):
        return source
    try:
        compact = json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)
    except ValueError:
        return source
    return "RTS1-" + base64.urlsafe_b64encode(compact.encode("utf-8")).decode("ascii")


def enrol(db: Database, ctx: ActingContext, source: str | Path) -> api.DeviceDTO:
    """Trust a peer from its code, its registration file or the file's text."""
    device = api.enrol_device(db, ctx, _as_code(source))
    db.announce(SYNC_STATE)
    return device


def revoke(db: Database, ctx: ActingContext, device_id: str) -> api.DeviceDTO:
    device = api.revoke_device(db, ctx, device_id)
    db.announce(SYNC_STATE)
    return device


def save_enrolment_file(db: Database, ctx: ActingContext, path: Path) -> Path:
    """This device's registration file at ``path`` (the shape ``env.ops.write`` runs)."""
    return api.write_enrolment_file(db, path)


@dataclass(frozen=True)
class ImportedRow:
    bundle_id: str
    imported_at: dt.datetime
    origin_name: str
    kind: str
    new: int
    updated: int
    deleted: int
    unchanged: int
    conflicts: int
    pending: int


def imported_bundles(db: Database, limit: int = 200) -> list[ImportedRow]:
    """Bundles imported here, newest first, with their report counts."""
    with db.session(write=False) as s:
        devices = {d.id: d.name for d in s.scalars(select(Device))}
        rows = s.scalars(
            select(ImportedBundle).order_by(ImportedBundle.imported_at.desc()).limit(limit)
        )
        out = []
        for b in rows:
            try:
                report = json.loads(b.report)
            except ValueError:
                report = {}
            count = lambda k, r=report: int(r.get(k) or 0)  # noqa: E731
            when = b.imported_at if b.imported_at.tzinfo else b.imported_at.replace(tzinfo=dt.UTC)
            out.append(
                ImportedRow(
                    b.bundle_id,
                    when.astimezone(ROME),
                    devices.get(b.origin_device, report.get("origin_name") or b.origin_device),
                    b.kind,
                    count("new"),
                    count("updated"),
                    count("deleted"),
                    count("unchanged"),
                    count("conflicts"),
                    count("pending"),
                )
            )
        return out
