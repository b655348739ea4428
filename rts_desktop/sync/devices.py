"""Devices: this laptop's enrolment code, enrolling peers from theirs, listing, revoking.

An enrolment code carries only public data (device id, name, Ed25519 public key, age
recipient), as a small JSON file or as one line of text ``RTS1-<base64url JSON>`` that can
be read over the phone or pasted into an e-mail; the receiving coordinator checks the
name and the fingerprint shown before enrolling.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.codes import code_series, renew_code_series, valid_series
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, NotFound, ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.models import Device, ImportedBundle, SentBundle
from rts_desktop.sync.keys import ensure_identity, valid_public_key, valid_recipient

CODE_PREFIX = "RTS1-"


@dataclass(frozen=True)
class DeviceDTO:
    id: str
    name: str
    is_self: bool
    fingerprint: str | None
    age_recipient: str | None
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None
    last_sent_at: dt.datetime | None
    last_received_at: dt.datetime | None


def fingerprint(public_key: str | None) -> str | None:
    """Short form of a signing key people can compare (e.g. ``3F2A-91C0-7B44-E1D2``)."""
    if not public_key:
        return None
    digest = hashlib.sha256(public_key.encode("ascii")).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def _dto(s: Session, d: Device) -> DeviceDTO:
    sent = s.scalar(
        select(SentBundle.created_at)
        .where(SentBundle.target_device == d.id)
        .order_by(SentBundle.created_at.desc())
        .limit(1)
    )
    got = s.scalar(
        select(ImportedBundle.imported_at)
        .where(ImportedBundle.origin_device == d.id)
        .order_by(ImportedBundle.imported_at.desc())
        .limit(1)
    )
    return DeviceDTO(
        d.id,
        d.name,
        d.is_self,
        fingerprint(d.signing_public_key),
        d.age_recipient,
        d.enrolled_at,
        d.revoked_at,
        sent,
        got,
    )


def enrolment_data(db: Database) -> dict[str, str]:
    """This device's public identity (keys created on first use)."""
    with db.session(None) as s:
        me = ensure_identity(s)
        return {
            "device_id": me.device_id,
            "name": me.name,
            "signing_public_key": me.signing_public_key,
            "age_recipient": me.age_recipient,
            "code_series": code_series(s),
        }


def enrolment_code(db: Database) -> str:
    raw = json.dumps(enrolment_data(db), separators=(",", ":"), ensure_ascii=False)
    return CODE_PREFIX + base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def write_enrolment_file(db: Database, path: Path) -> Path:
    """The enrolment code as a JSON file: all of it or nothing (a full disk leaves none)."""
    text = json.dumps(enrolment_data(db), indent=2, ensure_ascii=False)
    write_atomically(path, text.encode("utf-8"))
    return path


def parse_enrolment(source: str | Path) -> dict[str, str]:
    """Enrolment data from a code, a JSON text or a JSON file; ValidationError("code")."""
    bad = ValidationError("code", N_("Codice di registrazione del dispositivo non valido."))
    if isinstance(source, Path):
        try:
            source = source.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise bad from exc
    text = source.strip()
    try:
        if text.startswith(CODE_PREFIX):
            # a code pasted from an e-mail may be broken over lines: drop all white space
            body = "".join(text[len(CODE_PREFIX) :].split())
            text = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode("utf-8")
        data: Any = json.loads(text)
    except ValueError as exc:
        raise bad from exc
    if not isinstance(data, dict):
        raise bad
    out = {k: data.get(k) for k in ("device_id", "name", "signing_public_key", "age_recipient")}
    if not all(isinstance(v, str) and v.strip() for v in out.values()):
        raise bad
    if len(out["device_id"]) != 36 or len(out["name"]) > 100:
        raise bad
    if not valid_public_key(out["signing_public_key"]) or not valid_recipient(out["age_recipient"]):
        raise bad
    clean = {k: str(v).strip() for k, v in out.items()}
    series = data.get("code_series", "")  # absent in the codes of older versions
    if not isinstance(series, str) or (series and not valid_series(series)):
        raise bad
    clean["code_series"] = series
    return clean


def _check_series(s: Session, device_id: str, series: str) -> None:
    """Refuse a peer whose code series a known device already uses (their codes would
    clash); "" is the server's plain series, which only one database has."""
    if not series:
        return
    other = s.scalar(
        select(Device).where(Device.code_series == series, Device.id != device_id).limit(1)
    )
    if other is not None:
        raise ValidationError(
            "code",
            N_(
                "Il dispositivo usa la stessa serie di codici ({series}) di «{name}»: "
                "sul dispositivo da registrare scegli una nuova serie "
                "(rts-desktop devices new-series) e ripeti la registrazione."
            ).format(series=series, name=other.name),
        )


def enrol_device(db: Database, ctx: ActingContext, source: str | Path) -> DeviceDTO:
    """Trust a peer: its bundles will be accepted, bundles for it encrypted to it."""
    require(ctx, "devices.manage")
    data = parse_enrolment(source)
    with db.session(ctx) as s:
        device = s.get(Device, data["device_id"])
        if device is not None and device.is_self:
            raise ValidationError("code", N_("Questo è il codice di questo stesso portatile."))
        code_series(s)  # this device's own series is given before it is compared
        _check_series(s, data["device_id"], data["code_series"])
        if device is None:
            device = Device(
                id=data["device_id"],
                name=data["name"],
                is_self=False,
                enrolled_at=ctx.now(),
                last_seq=0,
                hlc_wall_ms=0,
                hlc_counter=0,
            )
            s.add(device)
        elif device.signing_public_key and device.signing_public_key != data["signing_public_key"]:
            raise ValidationError(
                "code", N_("Il dispositivo è già registrato con chiavi diverse: revocalo prima.")
            )
        device.name = data["name"]
        device.signing_public_key = data["signing_public_key"]
        device.age_recipient = data["age_recipient"]
        device.code_series = data["code_series"] or device.code_series
        device.revoked_at = None
        s.flush()
        return _dto(s, device)


def new_code_series(db: Database, ctx: ActingContext) -> str:
    """Give this laptop a new code series (after an enrolment refused for a clash); the
    codes it already issued stay as they are."""
    require(ctx, "devices.manage")
    if not db.url.startswith("sqlite"):
        raise ValidationError("code", N_("Il server usa i codici senza serie: non ne ha una."))
    with db.session(ctx) as s:
        return renew_code_series(s)


def list_devices(db: Database) -> list[DeviceDTO]:
    with db.session(write=False) as s:
        rows = s.scalars(select(Device).order_by(Device.is_self.desc(), Device.name))
        return [_dto(s, d) for d in rows]


def revoke_device(db: Database, ctx: ActingContext, device_id: str) -> DeviceDTO:
    """Stop trusting a peer (a lost laptop): its bundles are refused from now on."""
    require(ctx, "devices.manage")
    with db.session(ctx) as s:
        device = s.get(Device, device_id)
        if device is None:
            raise NotFound(N_("Dispositivo non trovato ({id}).").format(id=device_id))
        if device.is_self:
            raise ValidationError("device_id", N_("Non puoi revocare questo stesso portatile."))
        device.revoked_at = ctx.now()
        s.flush()
        return _dto(s, device)


def recipient_keys(ref: str) -> list[str]:
    """Age recipients from ``--recipient``: a key (``age1...``), an enrolment code, or a
    file holding an enrolment (JSON) or age keys one per line (``#`` comments allowed)."""
    text = ref.strip()
    if text.startswith("age1"):
        if not valid_recipient(text):
            raise ValidationError("recipient", N_("Chiave del destinatario non valida."))
        return [text]
    if text.startswith(CODE_PREFIX):
        return [parse_enrolment(text)["age_recipient"]]
    path = Path(text).expanduser()
    try:
        if not path.is_file() or path.stat().st_size > 1024 * 1024:
            raise ValidationError(
                "recipient",
                N_("--recipient: né una chiave age né un file leggibile: {ref}").format(ref=ref),
            )
        content = path.read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "recipient", N_("File del destinatario illeggibile: {ref}").format(ref=ref)
        ) from exc
    if content.startswith(("{", CODE_PREFIX)):
        return [parse_enrolment(content)["age_recipient"]]
    keys = [ln.strip() for ln in content.splitlines() if ln.strip() and not ln.startswith("#")]
    if not keys or not all(valid_recipient(k) for k in keys):
        raise ValidationError(
            "recipient", N_("Il file {ref} non contiene chiavi age valide.").format(ref=ref)
        )
    return keys
