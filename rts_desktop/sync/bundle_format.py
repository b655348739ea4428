"""The ``.rtsbundle`` file: an age-encrypted zip with an allow-listed set of members.

Writing: members → zip (deflate) → age (X25519 recipients, or scrypt passphrase) → a
temporary file renamed into place. Reading treats the file as hostile: every check of
SYNC.md "Import" runs before anything is trusted, counting the bytes actually inflated.
Members: ``manifest.json``, ``manifest.sig``, ``changes.jsonl``, ``attachments/<sha256>``
and, in snapshot bundles only, ``rows.jsonl`` (current rows) and ``ledger.json``
(tombstones and erasures).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from rts_desktop import fileio
from rts_desktop.errors import N_, BundleError

SUFFIX = ".rtsbundle"
FORMAT_VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"

#: caps (module-level so tests can lower them)
MAX_FILE_BYTES = 4 * 1024**3
MAX_MEMBERS = 50_000
MAX_MEMBER_BYTES = 1024**3
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_RATIO = 200  # inflated / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024

FIXED_MEMBERS = frozenset(
    {"manifest.json", "manifest.sig", "changes.jsonl", "rows.jsonl", "ledger.json"}
)
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class RawBundle:
    """A decrypted bundle whose container passed the checks (contents not yet trusted)."""

    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]  # every other member, by name

    def manifest(self) -> dict[str, Any]:
        try:
            value = json.loads(self.manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise BundleError(N_("Il manifest del pacchetto non è leggibile.")) from exc
        if not isinstance(value, dict):
            raise BundleError(N_("Il manifest del pacchetto non è leggibile."))
        return value


# ---- writing ------------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_zip(manifest_bytes: bytes, signature: bytes, members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    # level 1: several times faster than the default 6 for a slightly larger file
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("manifest.sig", signature)
        for name in sorted(members):
            zf.writestr(name, members[name])
    return out.getvalue()


def encrypt(data: bytes, *, recipients: list[str] | None, passphrase: str | None) -> bytes:
    if passphrase:
        return age_passphrase.encrypt(data, passphrase)
    if not recipients:
        raise BundleError(N_("Indica almeno un destinatario o una password per il pacchetto."))
    try:
        keys = [x25519.Recipient.from_str(r) for r in recipients]
    except Exception as exc:
        raise BundleError(N_("Chiave del destinatario non valida.")) from exc
    return pyrage.encrypt(data, keys)


def write_atomically(path: Path, data: bytes) -> None:
    """Write a bundle all or nothing (its folder is created if needed)."""
    fileio.write_atomically(path, data, create_folder=True)


# ---- reading ------------------------------------------------------------------------------


def decrypt(data: bytes, identities: list[x25519.Identity], passphrase: str | None) -> bytes:
    if not data.startswith(AGE_MAGIC):
        raise BundleError(N_("Il file non è un pacchetto RTS (.rtsbundle) o è danneggiato."))
    header = data[:4096]
    scrypt = b"\n-> scrypt " in header
    if scrypt and not passphrase:
        raise BundleError(N_("Il pacchetto è protetto da password: indicala per importarlo."))
    try:
        if scrypt:
            return age_passphrase.decrypt(data, passphrase or "")
        return pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if scrypt:
            raise BundleError(
                N_("Password del pacchetto errata (o pacchetto danneggiato).")
            ) from exc
        if "no matching keys" in text:
            raise BundleError(
                N_("Il pacchetto non è destinato a questo portatile (chiave di cifratura diversa).")
            ) from exc
        raise BundleError(
            N_("Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.")
        ) from exc
    except Exception as exc:  # header parse errors of a truncated or altered file
        raise BundleError(
            N_("Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.")
        ) from exc


def check_member_name(name: str) -> None:
    """Refuse paths that could escape or confuse a file system, then apply the allow-list."""
    bad = (
        not name
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(ord(c) < 32 or ord(c) == 127 for c in name)
    )
    parts = name.split("/")
    bad = bad or any(p in ("", ".", "..") or p != p.rstrip(" .") for p in parts)
    bad = bad or any(p.split(".")[0].upper() in _RESERVED for p in parts)
    if bad:
        raise BundleError(
            N_("Il pacchetto contiene un nome di file pericoloso: {name!r}.").format(name=name)
        )
    if name not in FIXED_MEMBERS and not _ATTACHMENT.fullmatch(name):
        raise BundleError(
            N_("Il pacchetto contiene un file non previsto: {name!r}.").format(name=name)
        )


def _check_info(info: zipfile.ZipInfo) -> None:
    check_member_name(info.filename)
    mode = info.external_attr >> 16
    if info.is_dir() or (mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG)):
        raise BundleError(
            N_("Il pacchetto contiene un collegamento o una cartella: {name!r}.").format(
                name=info.filename
            )
        )
    if info.flag_bits & 0x1:
        raise BundleError(N_("Il pacchetto contiene un file cifrato non previsto."))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(N_("Il pacchetto usa una compressione non supportata."))
    if info.file_size > MAX_MEMBER_BYTES:
        raise BundleError(N_("Il pacchetto contiene un file troppo grande."))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, counting what is really inflated (declared sizes can lie)."""
    limit = min(info.file_size, MAX_MEMBER_BYTES, budget)
    out = bytearray()
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            out += chunk
            if len(out) > limit:
                raise BundleError(N_("Il pacchetto supera i limiti di dimensione (zip bomb?)."))
            if len(out) > RATIO_FLOOR and len(out) > MAX_RATIO * max(info.compress_size, 1):
                raise BundleError(N_("Il pacchetto ha un rapporto di compressione sospetto."))
    return bytes(out)


def open_zip(data: bytes) -> RawBundle:
    """Every container check of the import, in the order of SYNC.md."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(N_("Il contenuto del pacchetto non è un archivio valido.")) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleError(N_("Il pacchetto contiene troppi file ({n}).").format(n=len(infos)))
        seen: set[str] = set()
        for info in infos:
            _check_info(info)
            if info.filename in seen:
                raise BundleError(
                    N_("Il pacchetto contiene due volte lo stesso file: {name!r}.").format(
                        name=info.filename
                    )
                )
            seen.add(info.filename)
        if not {"manifest.json", "manifest.sig"} <= seen:
            raise BundleError(N_("Il pacchetto non ha un manifest firmato."))
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise BundleError(N_("Il pacchetto supera i limiti di dimensione (zip bomb?)."))
        budget = MAX_TOTAL_BYTES
        contents: dict[str, bytes] = {}
        try:
            for info in infos:
                contents[info.filename] = _read_member(zf, info, budget)
                budget -= len(contents[info.filename])
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise BundleError(N_("Il contenuto del pacchetto è danneggiato.")) from exc
    manifest = contents.pop("manifest.json")
    signature = contents.pop("manifest.sig")
    return RawBundle(manifest, signature, contents)


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError(N_("Il pacchetto è troppo grande."))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise BundleError(N_("File non trovato: {path}.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise BundleError(N_("{path} è una cartella, non un pacchetto.").format(path=path)) from exc


def verify_members(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    """Every member listed in the signed manifest, with the right size and sha256."""
    listed = manifest.get("members")
    if not isinstance(listed, dict):
        raise BundleError(N_("Il manifest del pacchetto non è leggibile."))
    for name in members:
        if name not in listed:
            raise BundleError(
                N_("Il pacchetto contiene un file non elencato nel manifest: {name!r}.").format(
                    name=name
                )
            )
    for name, meta in listed.items():
        if name not in members:
            raise BundleError(N_("Manca un file del pacchetto: {name!r}.").format(name=name))
        data = members[name]
        if (
            not isinstance(meta, dict)
            or meta.get("size") != len(data)
            or meta.get("sha256") != sha256(data)
        ):
            raise BundleError(
                N_("Il file {name!r} del pacchetto non corrisponde al manifest (alterato).").format(
                    name=name
                )
            )
        if name.startswith("attachments/") and name.split("/", 1)[1] != sha256(data):
            raise BundleError(
                N_("L'allegato {name!r} non corrisponde alla sua impronta.").format(name=name)
            )
