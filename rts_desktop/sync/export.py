"""Preparing bundles: incremental "for device X" (relaying every origin) and snapshots.

An incremental bundle holds every change, from any origin, beyond the vector X last
acknowledged (the sender knowledge of X's latest bundle imported here): without an
acknowledgement everything is sent again, duplicates being harmless on import.
A snapshot holds the current rows, the whole change history (so later merges see the
same causal past), tombstones, the erasure ledger, open conflicts and the vector.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop import __version__
from rts_desktop.db import Database
from rts_desktop.db.capture import SYNC_SCHEMA_VERSION, dumps, encode_value
from rts_desktop.db.hlc import HlcState, format_hlc, tick
from rts_desktop.kernel.blobs import blob_path, read_blob_file
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, BundleError
from rts_desktop.kernel.ids import new_id
from rts_desktop.models import Change, Conflict, Device, Erasure, SentBundle, Tombstone
from rts_desktop.sync import bundle_format as bf
from rts_desktop.sync import rowcodec
from rts_desktop.sync.history import from_change, line_from_row, synced_tables
from rts_desktop.sync.keys import ensure_identity, sign
from rts_desktop.sync.knowledge import Vector, current_vector, parse_context, seal_contexts
from rts_desktop.sync.state_hash import HASH_FORMAT, state_hashes

EXPIRY_DAYS = 60


@dataclass(frozen=True)
class BuiltBundle:
    bundle_id: str
    kind: str
    target_device: str | None
    manifest: dict[str, Any]
    zip_bytes: bytes


def _jsonl(items: list[dict[str, Any]]) -> bytes:
    return "".join(dumps(i) + "\n" for i in items).encode("utf-8")


def _changes_since(s: Session, since: Vector, vector: Vector) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for origin in sorted(vector):
        rows = s.scalars(
            select(Change)
            .where(Change.origin_device == origin, Change.seq > since.get(origin, 0))
            .order_by(Change.seq)
        )
        lines.extend(from_change(c).as_json() for c in rows)
    return lines


def _attachments(s: Session, db: Database, shas: set[str]) -> dict[str, bytes]:
    """The files behind ``shas`` that still belong to a document here."""
    table = synced_tables()["documents"]
    out: dict[str, bytes] = {}
    for sha in sorted(shas):
        if not sha or s.scalar(select(table.c.id).where(table.c.sha256 == sha).limit(1)) is None:
            continue
        path = blob_path(db.files_dir, sha)
        if path.is_file():
            out[f"attachments/{sha}"] = read_blob_file(path, sha, db.key)  # decrypted
    return out


def _history(s: Session) -> bytes:
    """Every change, sorted by (origin, seq), one JSON line each."""
    changes = Change.__table__
    result = s.execute(select(changes).order_by(changes.c.origin_device, changes.c.seq))
    return b"".join(
        rowcodec.dumps_bytes(line_from_row(row).as_json()) + b"\n" for row in result.mappings()
    )


def _snapshot_members(s: Session) -> tuple[dict[str, bytes], dict[str, int], set[str]]:
    parts: list[bytes] = []
    counts: dict[str, int] = {}
    shas: set[str] = set()
    with rowcodec.no_gc():
        for name, table in synced_tables().items():
            n = 0
            for row in rowcodec.iter_rows(s, table):
                parts.append(rowcodec.dumps_bytes({"row": row, "table": name}))
                n += 1
                if name == "documents":
                    shas.add(row["sha256"])
            counts[name] = n
    parts.append(b"")
    rows = b"\n".join(parts)
    history = _history(s)
    ledger = {
        "tombstones": [
            {
                "table_name": t.table_name,
                "record_id": t.record_id,
                "change_id": t.change_id,
                "hlc": t.hlc,
            }
            for t in s.scalars(select(Tombstone))
        ],
        "erasures": [
            {"table_name": e.table_name, "record_id": e.record_id, "change_id": e.change_id}
            for e in s.scalars(select(Erasure))
        ],
        "conflicts": [
            {
                "id": c.id,
                "table_name": c.table_name,
                "record_id": c.record_id,
                "field": c.field,
                "base_value": c.base_value,
                "candidates": json.loads(c.candidates),
                "created_hlc": c.created_hlc,
            }
            for c in s.scalars(select(Conflict).where(Conflict.status == "open"))
        ],
    }
    members = {
        "rows.jsonl": rows,
        "changes.jsonl": history,
        "ledger.json": dumps(ledger).encode("utf-8"),
    }
    return members, counts, shas


def record_sent(db: Database, ctx: ActingContext, built: BuiltBundle) -> None:
    """Remember a bundle once its file is written (the Sync view shows the last one)."""
    with db.session(ctx) as s:
        s.add(
            SentBundle(
                bundle_id=built.bundle_id,
                target_device=built.target_device,
                kind=built.kind,
                created_at=ctx.now(),
                vector=dumps(built.manifest["to_vector"]),
            )
        )


def build_bundle(
    db: Database, ctx: ActingContext, *, for_device: str | None, snapshot: bool
) -> BuiltBundle:
    """Collect, sign and zip a bundle (this device's keys are created on first use)."""
    with db.session(ctx) as s:
        ident = ensure_identity(s)
        seal_contexts(s)
        target = s.get(Device, for_device) if for_device else None
        if for_device and (target is None or target.is_self):
            raise BundleError(N_("Dispositivo destinatario sconosciuto: registralo prima."))
        if target is not None and target.revoked_at is not None:
            raise BundleError(N_("Il dispositivo {name} è revocato.").format(name=target.name))
        vector = current_vector(s)
        since: Vector = {}
        if snapshot:
            members, counts, shas = _snapshot_members(s)
        else:
            since = parse_context(target.known_vector) if target is not None else {}
            lines = _changes_since(s, since, vector)
            if any(line["op"] == "snapshot" for line in lines):
                raise BundleError(
                    N_(
                        "Il dispositivo destinatario non ha i dati iniziali: prepara per lui "
                        "un pacchetto completo (snapshot)."
                    )
                )
            counts = {}
            shas = set()
            for line in lines:
                counts[line["table_name"]] = counts.get(line["table_name"], 0) + 1
                if line["table_name"] == "documents":
                    shas.add(str(line["fields"].get("sha256") or ""))
            members = {"changes.jsonl": _jsonl(lines)}
        members.update(_attachments(s, db, shas))
        me = s.get(Device, ident.device_id)
        assert me is not None
        clock = tick(HlcState(me.hlc_wall_ms, me.hlc_counter), int(ctx.now().timestamp() * 1000))
        bundle_id = new_id()
        kind = "snapshot" if snapshot else "incremental"
        manifest = {
            "format_version": bf.FORMAT_VERSION,
            "app_version": __version__,
            "sync_schema_version": SYNC_SCHEMA_VERSION,
            "bundle_id": bundle_id,
            "origin_device": ident.device_id,
            "origin_name": ident.name,
            "target_device": for_device,
            "created_hlc": format_hlc(clock, ident.device_id),
            "created_at": encode_value(ctx.now()),
            "expires": (ctx.today() + dt.timedelta(days=EXPIRY_DAYS)).isoformat(),
            "kind": kind,
            "from_vector": since,
            "to_vector": vector,
            "knowledge_vector": vector,
            "counts": counts,
            # only when the target already has everything (an empty bundle): then its
            # vector equals ours and it compares hashes; hashing costs a full scan
            "state_hash": state_hashes(s) if not snapshot and since == vector else {},
            "state_hash_format": HASH_FORMAT,
            "members": {n: {"sha256": bf.sha256(d), "size": len(d)} for n, d in members.items()},
        }
        manifest_bytes = dumps(manifest).encode("utf-8")
        zip_bytes = bf.build_zip(manifest_bytes, sign(ident, manifest_bytes), members)
        return BuiltBundle(bundle_id, kind, for_device, manifest, zip_bytes)
