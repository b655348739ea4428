"""Everything checked about a decrypted bundle before the import transaction starts."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.capture import SYNC_SCHEMA_VERSION
from rts_desktop.db.hlc import ahead_ms, parse_hlc
from rts_desktop.kernel import config
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, BundleError, ValidationError
from rts_desktop.models import Device
from rts_desktop.models.stored_rules import check_stored
from rts_desktop.models.vocab import LEGACY_ETHOS
from rts_desktop.sync import bundle_format as bf
from rts_desktop.sync import rowcodec
from rts_desktop.sync.history import Line, decode_value, parse_line, synced_tables
from rts_desktop.sync.keys import verify
from rts_desktop.sync.knowledge import Vector, clean_vector

#: sync schema major → function upcasting a change line of that major to the next one
UPCASTERS: dict[int, Any] = {}


def _ethos_codes(obj: Any) -> Any:
    """Schema < 1.3: a case's ``ethos_entry`` in the 7-value list of the first versions
    becomes its ETHOS operational category (migration 0009 does the same to the rows)."""
    if isinstance(obj, dict) and obj.get("table_name") == "cases":
        for part in ("fields", "old"):
            values = obj.get(part)
            if isinstance(values, dict) and values.get("ethos_entry") in LEGACY_ETHOS:
                values["ethos_entry"] = LEGACY_ETHOS[values["ethos_entry"]]
    return obj


#: (major, minor) → upcaster applied to lines of an older minor of the same major
MINOR_UPCASTERS: dict[tuple[int, int], Any] = {(1, 3): _ethos_codes}


@dataclass
class CheckedBundle:
    manifest: dict[str, Any]
    origin: str
    origin_name: str
    kind: str
    bundle_id: str
    knowledge: Vector
    lines: list[Line]
    rows: dict[str, list[tuple[Any, ...]]]  # snapshots: table → rows in stored form
    ledger: dict[str, Any]
    attachments: dict[str, bf.Member]  # sha256 → member, streamed from the bundle when staged


def _version(text: Any) -> tuple[int, int]:
    try:
        major, minor = str(text).split(".")
        return int(major), int(minor)
    except ValueError as exc:
        raise BundleError(N_("Versione dello schema del pacchetto non valida.")) from exc


def check_signature(db: Database, manifest: dict[str, Any], raw: bf.RawBundle) -> Device:
    origin = manifest.get("origin_device")
    name = str(manifest.get("origin_name") or "?")
    with db.session(write=False) as s:
        device = s.get(Device, origin) if isinstance(origin, str) else None
        if device is not None and device.is_self:
            raise BundleError(N_("Questo pacchetto è stato preparato da questo stesso portatile."))
        if device is None or not device.signing_public_key:
            raise BundleError(
                N_(
                    "Pacchetto di un dispositivo non registrato ({name}): registralo prima di "
                    "importare."
                ).format(name=name)
            )
        if device.revoked_at is not None:
            raise BundleError(
                N_("Pacchetto di un dispositivo revocato ({name}): rifiutato.").format(
                    name=device.name
                )
            )
        if not verify(device.signing_public_key, raw.signature, raw.manifest_bytes):
            raise BundleError(
                N_(
                    "Firma del pacchetto non valida: è stato alterato o non viene da {name}."
                ).format(name=device.name)
            )
        s.expunge(device)
        return device


def check_schema(manifest: dict[str, Any]) -> tuple[int, int]:
    ours = _version(SYNC_SCHEMA_VERSION)
    theirs = _version(manifest.get("sync_schema_version"))
    fmt = manifest.get("format_version")
    app = str(manifest.get("app_version") or "?")
    if theirs[0] > ours[0] or not isinstance(fmt, int) or fmt > bf.FORMAT_VERSION:
        raise BundleError(
            N_(
                "Il pacchetto viene da una versione più recente di RTS Desktop: aggiorna "
                "l'applicazione alla versione ≥ {app} (il file non è stato modificato)."
            ).format(app=app)
        )
    if theirs[0] < ours[0] and any(m not in UPCASTERS for m in range(theirs[0], ours[0])):
        raise BundleError(N_("Il pacchetto viene da una versione troppo vecchia di RTS Desktop."))
    return theirs


def _refused(
    member: str, number: int, table: str, record: str, exc: ValidationError
) -> BundleError:
    return BundleError(
        N_(
            "Pacchetto rifiutato: riga {n} di {member}, tabella {table}, campo {field}, "
            "record {record}: {message}"
        ).format(
            n=number,
            member=member,
            table=table,
            field=exc.field,
            record=record,
            message=exc.message,
        )
    )


def decoded(table: Any, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values as the columns take them; a value of the wrong kind names its field."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        try:
            out[key] = decode_value(table, key, value)
        except (ValueError, TypeError, AttributeError):
            raise ValidationError(key, N_("Valore non valido per questo campo.")) from None
    return out


def _check_values(line: Line) -> None:
    """The line's values by the rules the forms apply (inserts: the whole record)."""
    table = synced_tables().get(line.table_name)
    if table is None:
        return  # a table of a newer minor schema: kept in the history, not applied
    check_stored(
        line.table_name,
        line.fields,
        partial(decoded, table),
        whole=line.op == "insert",
    )


def parse_changes(data: bytes, schema: tuple[int, int]) -> list[Line]:
    lines: list[Line] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(N_("Il file changes.jsonl non è testo UTF-8.")) from exc
    previous: tuple[str, int] | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = rowcodec.loads(raw)
            for major in range(schema[0], _version(SYNC_SCHEMA_VERSION)[0]):
                obj = UPCASTERS[major](obj)
            for version, upcast in MINOR_UPCASTERS.items():
                if schema < version:
                    obj = upcast(obj)
            line = parse_line(obj)
            if line.op != "snapshot":
                _check_values(line)
        except ValidationError as exc:
            raise _refused("changes.jsonl", number, line.table_name, line.record_id, exc) from None
        except (ValueError, TypeError, KeyError) as exc:
            raise BundleError(N_("Riga {n} di changes.jsonl non valida.").format(n=number)) from exc
        key = (line.origin_device, line.seq)
        if previous is not None and key <= previous:
            raise BundleError(
                N_("Riga {n} di changes.jsonl fuori ordine o ripetuta.").format(n=number)
            )
        previous = key
        lines.append(line)
    return lines


def _parse_rows(data: bytes) -> dict[str, list[tuple[Any, ...]]]:
    """Table → rows of a snapshot in stored form (``rowcodec.row_storer``); tables we lack
    are dropped (a newer minor schema)."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    tables = synced_tables()
    decoders = {name: rowcodec.row_storer(table) for name, table in tables.items()}
    json_decoders = {name: partial(decoded, table) for name, table in tables.items()}
    with rowcodec.no_gc():
        for number, raw in enumerate(data.decode("utf-8", "strict").split("\n"), start=1):
            if not raw.strip():
                continue
            try:
                obj = rowcodec.loads(raw)
                table, row = obj["table"], obj["row"]
                if not isinstance(table, str) or not isinstance(row, dict):
                    raise ValueError(number)
                if not isinstance(row.get("id"), str) or not isinstance(row.get("version"), str):
                    raise ValueError(number)
                decode = decoders.get(table)
                if decode is None:
                    continue  # a table of a newer minor schema
                try:
                    check_stored(table, row, json_decoders[table], whole=True)
                except ValidationError as exc:
                    raise _refused("rows.jsonl", number, table, str(row["id"]), exc) from None
                rows.setdefault(table, []).append(decode(row))
            except (ValueError, TypeError, KeyError) as exc:
                raise BundleError(
                    N_("Riga {n} di rows.jsonl non valida.").format(n=number)
                ) from exc
    return rows


def check_clock(
    manifest: dict[str, Any], lines: list[Line], now_ms: int, source: str, origin: str
) -> None:
    """Refuse a bundle whose clock runs more than the set bound ahead of this laptop's:
    accepting it would drag the local clock into its future for good."""
    hours = config.Settings().get(config.SYNC_MAX_CLOCK_AHEAD_HOURS)
    bound = max(1, hours) * 3_600_000
    stamps = [str(manifest.get("created_hlc"))] + [ln.hlc for ln in lines]
    ahead = max(ahead_ms(parse_hlc(t)[0], now_ms) for t in stamps)
    if ahead > bound:
        raise BundleError(
            N_(
                "Pacchetto {file} di {origin} rifiutato: il suo orologio è avanti di {h} ore "
                "rispetto a questo portatile (al massimo {max}). Controlla data e ora del "
                "portatile che lo ha preparato."
            ).format(file=source or "?", origin=origin, h=ahead // 3_600_000, max=max(1, hours))
        )


def check_bundle(
    db: Database, ctx: ActingContext, raw: bf.RawBundle, *, source: str = ""
) -> CheckedBundle:
    """Signature, member hashes, schema, target, expiry, clock and every line, in that
    order; ``source`` is the file's name for messages."""
    manifest = raw.manifest()
    device = check_signature(db, manifest, raw)
    bf.verify_members(manifest, raw.members)
    schema = check_schema(manifest)
    kind = manifest.get("kind")
    bundle_id = manifest.get("bundle_id")
    if kind not in ("incremental", "snapshot") or not isinstance(bundle_id, str):
        raise BundleError(N_("Il manifest del pacchetto non è leggibile."))
    try:
        expires = dt.date.fromisoformat(str(manifest.get("expires")))
        knowledge = clean_vector(manifest.get("knowledge_vector"))
        parse_hlc(str(manifest.get("created_hlc")))
    except ValueError as exc:
        raise BundleError(N_("Il manifest del pacchetto non è leggibile.")) from exc
    target = manifest.get("target_device")
    if target is not None and target != db.device_id:
        raise BundleError(
            N_(
                "Il pacchetto è destinato a un altro dispositivo: rifiutato (pacchetto destinato "
                "a un altro dispositivo)."
            )
        )
    if ctx.today() > expires:
        raise BundleError(
            N_("Il pacchetto è scaduto il {date}: chiedine uno nuovo.").format(
                date=expires.strftime("%d/%m/%Y")
            )
        )
    snapshot_only = {"rows.jsonl", "ledger.json"} & set(raw.members)
    if kind == "incremental" and snapshot_only:
        raise BundleError(
            N_("Il pacchetto contiene un file non previsto: {name!r}.").format(
                name=sorted(snapshot_only)[0]
            )
        )
    lines = parse_changes(raw.members.get("changes.jsonl", b""), schema)
    check_clock(manifest, lines, int(ctx.now().timestamp() * 1000), source, device.name)
    rows: dict[str, list[tuple[Any, ...]]] = {}
    ledger: dict[str, Any] = {}
    if kind == "snapshot":
        try:
            rows = _parse_rows(raw.members.get("rows.jsonl", b""))
            ledger = json.loads(raw.members.get("ledger.json", b"{}"))
            if not isinstance(ledger, dict):
                raise ValueError("ledger")
        except (ValueError, UnicodeDecodeError) as exc:
            raise BundleError(N_("Il registro del pacchetto completo non è valido.")) from exc
    attachments = {
        name.split("/", 1)[1]: raw.members.member(name)
        for name in raw.members
        if name.startswith("attachments/")
    }
    return CheckedBundle(
        manifest,
        device.id,
        device.name,
        str(kind),
        bundle_id,
        knowledge,
        lines,
        rows,
        ledger,
        attachments,
    )


def already_imported(db: Database, bundle_id: str) -> bool:
    from rts_desktop.models import ImportedBundle

    with db.session(write=False) as s:
        return (
            s.scalar(select(ImportedBundle.bundle_id).where(ImportedBundle.bundle_id == bundle_id))
            is not None
        )
