"""The key file beside an encrypted database: its data key, wrapped once per operator
password and once by the recovery key.

The database (SQLCipher), its backups and its attachments are encrypted with one random
32-byte **data key**. The data key never touches the disk in clear: ``<db stem>.keys``
holds it wrapped (AES-256-GCM) by

- a key derived from each operator's password with Argon2id (the parameters and salt are
  stored with each slot, so a slot made with older parameters still opens and is re-wrapped
  with the current ones, see :meth:`KeyRing.needs_rewrap`);
- the **recovery key** (32 random bytes shown once as ``RTSR-…`` groups), through HKDF.

Changing a password re-wraps the same data key: nothing is re-encrypted. The slot's
associated data names it (``password:<username>`` or ``recovery``), so slots cannot be
swapped between operators. Opening a slot is the password check: a wrong password fails
the GCM tag, and nothing else in the file says whether a username exists.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.exceptions import Argon2Error
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rts_desktop.kernel import fileio
from rts_desktop.kernel.errors import N_, RtsError

FORMAT = "rts-keys"
VERSION = 1
KEY_BYTES = 32
RECOVERY_PREFIX = "RTSR"


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost: ``memory_kib`` KiB of memory, ``time_cost`` passes, ``parallelism`` lanes."""

    time_cost: int = 3
    memory_kib: int = 131072  # 128 MiB: ~0.25 s on a 2-core laptop (docs/performance.md)
    parallelism: int = 2

    def as_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        """Parameters read from a key file, which may come from a backup (untrusted): costs
        outside sane bounds (a slot asking for 64 GiB, say) are refused, not tried."""
        try:
            params = cls(int(data["t"]), int(data["m"]), int(data["p"]))
        except (KeyError, TypeError, ValueError):
            raise KeyFileError(N_("File delle chiavi danneggiato.")) from None
        if not (  # at most a few times today's cost: a hostile file must not stall a login
            1 <= params.time_cost <= 10
            and 8 * params.parallelism <= params.memory_kib <= 1024 * 1024
            and 1 <= params.parallelism <= 8
        ):
            raise KeyFileError(N_("File delle chiavi con parametri non ammessi."))
        return params


#: the parameters new slots are made with (tests lower them to stay fast)
CURRENT = Argon2Params()


class KeyFileError(RtsError):
    """The key file is missing, unreadable or not ours."""

    exit_code = 4


class WrongSecret(RtsError):
    """The password or recovery key does not open any slot."""

    exit_code = 4


def keys_path_for(db_path: Path) -> Path:
    """Where the key file of the SQLite database at ``db_path`` lives (beside it)."""
    return db_path.with_name(db_path.stem + ".keys")


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """32 random bytes as ``RTSR-XXXX-XXXX-…`` (base32, groups of four, easy to copy)."""
    text = base64.b32encode(secrets.token_bytes(KEY_BYTES)).decode().rstrip("=")
    groups = [text[i : i + 4] for i in range(0, len(text), 4)]
    return "-".join([RECOVERY_PREFIX, *groups])


def _recovery_bytes(recovery_key: str) -> bytes:
    clean = "".join(recovery_key.split()).upper().replace("-", "")
    if clean.startswith(RECOVERY_PREFIX):
        clean = clean[len(RECOVERY_PREFIX) :]
    try:
        raw = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES:
        raise WrongSecret(N_("Chiave di recupero non valida: controlla di averla copiata tutta."))
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def norm(username: str) -> str:
    """A username as slots and the lockout book know it ("  Giulia" is "giulia")."""
    return username.lower().strip()


def _password_kek(password: str, salt: bytes, params: Argon2Params) -> bytes:
    try:
        return hash_secret_raw(
            password.encode("utf-8"),
            salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    except Argon2Error:
        raise KeyFileError(N_("File delle chiavi danneggiato.")) from None


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"rts recovery v1"
    ).derive(_recovery_bytes(recovery_key))


def _seal(kek: bytes, data_key: bytes, label: str) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, label.encode("utf-8"))
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _open(kek: bytes, slot: dict[str, Any], label: str) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), label.encode("utf-8")
        )
    except (InvalidTag, AttributeError, KeyError, TypeError, ValueError):
        return None


def _password_label(username: str) -> str:
    return f"password:{norm(username)}"


class KeyRing:
    """The slots of one key file; changes are written with :meth:`save` (atomically, 0600)."""

    def __init__(self, path: Path, data: dict[str, Any] | None = None) -> None:
        self.path = path
        self._data: dict[str, Any] = data or {
            "format": FORMAT,
            "version": VERSION,
            "passwords": {},
            "recovery": None,
        }

    # -- file -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyRing:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(
                N_("File delle chiavi mancante: {p} (va tenuto accanto al database).").format(
                    p=path
                )
            ) from None
        except OSError:
            raise KeyFileError(N_("File delle chiavi illeggibile: {p}.").format(p=path)) from None
        return cls.from_bytes(path, raw)

    @classmethod
    def from_bytes(cls, path: Path, raw: bytes) -> KeyRing:
        """A key file's content (from disk or from a backup), checked; ``path`` names it."""
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise KeyFileError(N_("File delle chiavi illeggibile: {p}.").format(p=path)) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileError(N_("{p} non è un file delle chiavi di RTS Desktop.").format(p=path))
        if data.get("version") != VERSION or not isinstance(data.get("passwords"), dict):
            raise KeyFileError(
                N_("File delle chiavi di una versione sconosciuta: {p}.").format(p=path)
            )
        return cls(path, data)

    @staticmethod
    def exists_for(db_path: Path) -> bool:
        return keys_path_for(db_path).is_file()

    def save(self) -> None:
        text = json.dumps(self._data, indent=1, sort_keys=True).encode("utf-8")
        fileio.write_atomically(self.path, text)

    # -- slots ------------------------------------------------------------------------
    @property
    def usernames(self) -> list[str]:
        return sorted(self._data["passwords"])

    def has_password(self, username: str) -> bool:
        return norm(username) in self._data["passwords"]

    @property
    def has_recovery(self) -> bool:
        return bool(self._data.get("recovery"))

    def set_password(
        self, username: str, password: str, data_key: bytes, params: Argon2Params | None = None
    ) -> None:
        """Wrap ``data_key`` by ``password`` for ``username`` (a new slot or a re-wrap)."""
        params = params or CURRENT
        salt = secrets.token_bytes(16)
        slot = _seal(_password_kek(password, salt, params), data_key, _password_label(username))
        slot |= {"salt": _b64(salt), "kdf": "argon2id", **params.as_json()}
        self._data["passwords"][norm(username)] = slot

    def remove_password(self, username: str) -> None:
        self._data["passwords"].pop(norm(username), None)

    def set_recovery(self, recovery_key: str, data_key: bytes) -> None:
        salt = secrets.token_bytes(16)
        slot = _seal(_recovery_kek(recovery_key, salt), data_key, "recovery")
        self._data["recovery"] = slot | {"salt": _b64(salt)}

    def unlock(self, username: str, password: str) -> bytes:
        """The data key, or :class:`WrongSecret` (same message for an unknown username)."""
        slot = self._data["passwords"].get(norm(username))
        failed = WrongSecret(N_("Nome utente o password errati."))
        if slot is None:
            # the same work as a real attempt: timing does not tell which usernames exist
            _password_kek(password, b"\0" * 16, CURRENT)
            raise failed
        if not isinstance(slot, dict):
            raise KeyFileError(N_("File delle chiavi danneggiato."))
        params = Argon2Params.from_json(slot)
        try:
            salt = _unb64(slot["salt"])
        except (AttributeError, KeyError, TypeError, ValueError):
            raise KeyFileError(N_("File delle chiavi danneggiato.")) from None
        if len(salt) < 8:
            raise KeyFileError(N_("File delle chiavi danneggiato."))
        key = _open(_password_kek(password, salt, params), slot, _password_label(username))
        if key is None:
            raise failed
        return key

    def needs_rewrap(self, username: str) -> bool:
        """True when the slot was made with other Argon2 parameters than :data:`CURRENT`."""
        slot = self._data["passwords"].get(norm(username))
        return slot is not None and Argon2Params.from_json(slot) != CURRENT

    def unlock_recovery(self, recovery_key: str) -> bytes:
        slot = self._data.get("recovery")
        key = None
        if slot:
            try:
                salt = _unb64(slot["salt"])
            except (AttributeError, KeyError, TypeError, ValueError):
                raise KeyFileError(N_("File delle chiavi danneggiato.")) from None
            key = _open(_recovery_kek(recovery_key, salt), slot, "recovery")
        if key is None:
            raise WrongSecret(N_("La chiave di recupero non apre questo database."))
        return key


def create_keyring(db_path: Path) -> tuple[KeyRing, bytes, str]:
    """A new key file for a database about to be created: (ring, data key, recovery key).

    The ring is not saved yet: the caller adds the administrator's slot first."""
    data_key, recovery = new_data_key(), new_recovery_key()
    ring = KeyRing(keys_path_for(db_path))
    ring.set_recovery(recovery, data_key)
    return ring, data_key, recovery


__all__ = [
    "CURRENT",
    "Argon2Params",
    "KeyFileError",
    "KeyRing",
    "WrongSecret",
    "create_keyring",
    "keys_path_for",
    "new_recovery_key",
]
