"""Encryption of attachment files with the database's data key (AES-256-GCM).

A stored file is ``MAGIC`` (4 bytes) + ``VERSION`` (1 byte) + a random 12-byte nonce +
the ciphertext and its 16-byte tag. The key is a subkey of the 32-byte data key, derived
by HKDF-SHA256 with ``info=b"rts attachments v1"`` (the database itself is keyed with the
data key: no key is used for two purposes). The associated data is the header and the
file's name, the sha256 of its plaintext: a file moved under another content's name does
not decrypt. Files stay content-addressed by the sha256 of the plaintext, so dedup, the
checks and sync by sha256 work as before.

Attachments are capped (``MAX_DOCUMENT_BYTES``, 50 MB): a file is encrypted and
decrypted whole in memory.
"""

from __future__ import annotations

import contextlib
import functools
import os
from pathlib import Path

from rts_desktop.kernel.errors import N_, RtsError

MAGIC = b"RTSB"
VERSION = 1
HEADER = MAGIC + bytes([VERSION])
NONCE_SIZE = 12
TAG_SIZE = 16
OVERHEAD = len(HEADER) + NONCE_SIZE + TAG_SIZE
KEY_SIZE = 32
_INFO = b"rts attachments v1"


class BlobDamaged(RtsError):
    """An attachment file does not decrypt (wrong key, edited or truncated)."""

    exit_code = 2


def check_key(key: bytes) -> bytes:
    if not isinstance(key, bytes) or len(key) != KEY_SIZE:
        raise ValueError("the data key must be 32 bytes")
    return key


@functools.lru_cache(maxsize=8)
def attachment_key(data_key: bytes) -> bytes:
    """The attachment subkey of ``data_key`` (HKDF-SHA256, info ``rts attachments v1``)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=_INFO)
    return hkdf.derive(check_key(data_key))


def is_sealed(data: bytes) -> bool:
    """True when ``data`` starts like an encrypted attachment."""
    return data[: len(HEADER)] == HEADER


def stored_size(size: int, key: bytes | None) -> int:
    """The size on disk of a ``size``-byte attachment."""
    return size + OVERHEAD if key is not None else size


def seal(data_key: bytes, sha256: str, plaintext: bytes) -> bytes:
    """``plaintext`` encrypted for the store (its name, ``sha256``, is authenticated)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    aad = HEADER + sha256.encode("ascii")
    return HEADER + nonce + AESGCM(attachment_key(data_key)).encrypt(nonce, plaintext, aad)


def unseal(data_key: bytes, sha256: str, stored: bytes) -> bytes:
    """The plaintext of a stored attachment; ``BlobDamaged`` when it does not decrypt."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(stored) < OVERHEAD or not is_sealed(stored):
        raise BlobDamaged(N_("L'allegato {sha} non è cifrato o è danneggiato.").format(sha=sha256))
    nonce = stored[len(HEADER) : len(HEADER) + NONCE_SIZE]
    aad = HEADER + sha256.encode("ascii")
    try:
        return AESGCM(attachment_key(data_key)).decrypt(
            nonce, stored[len(HEADER) + NONCE_SIZE :], aad
        )
    except InvalidTag:
        raise BlobDamaged(
            N_("L'allegato {sha} non si decifra: chiave errata o file danneggiato.").format(
                sha=sha256
            )
        ) from None


def wipe_file(path: Path) -> None:
    """Overwrite ``path`` with zeros, fsync it and unlink it (missing: nothing to do).

    Best effort only: SSDs and copy-on-write file systems may keep the old blocks
    elsewhere, which is why plaintext copies are kept for as short a time as possible.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with contextlib.suppress(OSError), path.open("r+b") as fh:
        chunk = b"\x00" * (1024 * 1024)
        left = size
        while left > 0:
            left -= fh.write(chunk[: min(left, len(chunk))])
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink(missing_ok=True)
