"""This device's key pairs: Ed25519 to sign bundles, an age X25519 identity to receive them.

The private halves live in the local-only ``local_keys`` table (never synced, never put in a
bundle); the public halves are on this device's ``devices`` row and in its enrolment code.
Keys are created on first use, so databases made before sync existed simply get them later.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.kernel.context import utc_now
from rts_desktop.models import Device
from rts_desktop.models.sync import LocalKey


@dataclass(frozen=True)
class Identity:
    device_id: str
    name: str
    signing_key: Ed25519PrivateKey
    age_identity: x25519.Identity
    signing_public_key: str
    age_recipient: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def public_key_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return _b64(raw)


def ensure_identity(s: Session) -> Identity:
    """This device's keys, created (in ``s``) the first time they are needed."""
    from cryptography.hazmat.primitives import serialization

    device = s.scalars(select(Device).where(Device.is_self.is_(True))).one()
    row = s.get(LocalKey, device.id)
    if row is None:
        signing = Ed25519PrivateKey.generate()
        ident = x25519.Identity.generate()
        raw = signing.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        row = LocalKey(
            device_id=device.id,
            signing_private_key=_b64(raw),
            age_identity=str(ident),
            created_at=utc_now(),
        )
        s.add(row)
        device.signing_public_key = public_key_text(signing)
        device.age_recipient = str(ident.to_public())
        s.flush()
    signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.signing_private_key))
    ident = x25519.Identity.from_str(row.age_identity)
    return Identity(
        device_id=device.id,
        name=device.name,
        signing_key=signing,
        age_identity=ident,
        signing_public_key=public_key_text(signing),
        age_recipient=str(ident.to_public()),
    )


def sign(identity: Identity, data: bytes) -> bytes:
    return identity.signing_key.sign(data)


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` of ``data`` was made by the holder of ``public_key``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def valid_public_key(text: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except ValueError:
        return False
    return True


def valid_recipient(text: str) -> bool:
    try:
        x25519.Recipient.from_str(text)
    except Exception:  # pyrage raises its own RecipientError
        return False
    return True
