"""The ``.rtsbundle`` file: an age-encrypted zip with an allow-listed set of members.

Writing: members → zip (deflate) → age (X25519 recipients, or scrypt passphrase) → a
temporary file renamed into place. Reading treats the file as hostile: every check of
SYNC.md "Import" runs before anything is trusted, counting the bytes actually inflated.
Members: ``manifest.json``, ``manifest.sig``, ``changes.jsonl``, ``attachments/<sha256>``
and, in snapshot bundles only, ``rows.jsonl`` (current rows) and ``ledger.json``
(tombstones and erasures).

Memory stays bounded whatever the file holds: the file is decrypted by streaming into a
temporary file of the attachment store (the zip needs seeking), every member's name and
declared size is checked before anything is read, then each member is read once in chunks,
counted and hashed without being kept (only the manifest, under its own small cap, and the
signature are kept). A member is read again only when it is used: ``changes.jsonl``,
``rows.jsonl`` and ``ledger.json`` into memory to be parsed (after the signature and the
hashes were checked), attachments chunk by chunk into the store, verified as they are copied.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from rts_desktop.kernel import fileio
from rts_desktop.kernel.errors import N_, BundleError

SUFFIX = ".rtsbundle"
FORMAT_VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"

#: caps (module-level so tests can lower them)
MAX_FILE_BYTES = 4 * 1024**3
#: pyrage 1.4 decrypts scrypt (passphrase) files only in memory (``passphrase.decrypt``
#: takes and returns bytes; ``decrypt_io``/``decrypt_file`` accept X25519, SSH and plugin
#: identities only), so a passphrase bundle costs about three times its size in memory
#: while it is decrypted: such files are capped, the X25519 path streams and is not.
MAX_PASSPHRASE_FILE_BYTES = 256 * 1024**2
#: scrypt needs 2**log_n KiB of memory before the passphrase can even be checked; the
#: sender picks log_n (~1 s of work on its machine: 18-20), rage would accept up to its own
#: calibration + 4 (16 times the memory): capped here, 20 = 1 GiB.
MAX_SCRYPT_LOG_N = 20
MAX_MEMBERS = 50_000
MAX_MEMBER_BYTES = 1024**3
MAX_MANIFEST_BYTES = 16 * 1024**2  # 50,000 members listed take ~7 MiB
MAX_SIGNATURE_BYTES = 1024  # an Ed25519 signature is 64 bytes
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_RATIO = 200  # inflated / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024

FIXED_MEMBERS = frozenset(
    {"manifest.json", "manifest.sig", "changes.jsonl", "rows.jsonl", "ledger.json"}
)
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
_CHUNK = 1024 * 1024
_SCRYPT_STANZA = re.compile(rb"\n-> scrypt \S+ (\d{1,4})\n")
_DAMAGED = N_("Il contenuto del pacchetto è danneggiato.")
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error)


@dataclass(frozen=True)
class RawBundle:
    """A decrypted bundle whose container passed the checks (contents not yet trusted)."""

    manifest_bytes: bytes
    signature: bytes
    members: Members  # every other member, by name (read again when used)

    def manifest(self) -> dict[str, Any]:
        try:
            value = json.loads(self.manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
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
        _check_passphrase_file(b"", len(data))  # else it could not be imported
        out = age_passphrase.encrypt(data, passphrase)
        _check_passphrase_file(out[:4096], len(out))
        return out
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


@contextlib.contextmanager
def open_bundle(
    path: Path,
    identities: list[x25519.Identity],
    passphrase: str | None,
    tmp_dir: Path,
) -> Iterator[RawBundle]:
    """The bundle at ``path``, decrypted into a temporary file in ``tmp_dir``, its container
    checked (SYNC.md "Import", up to the signature); valid inside the ``with`` block only.

    The temporary file (0600) is gone when the block ends, however it ends; folders this
    made are removed again if the block raises, so a refused import leaves the store as it
    was. Raises ``BundleError`` with the reason.
    """
    size = _check_file(path)
    made = fileio.make_folders(tmp_dir)
    try:
        if shutil.disk_usage(tmp_dir).free < size:  # the decrypted zip is about as large
            raise _no_space(size)
        with _temp_file(tmp_dir) as plain:
            _decrypt_into(path, size, plain, identities, passphrase)
            try:
                zf = zipfile.ZipFile(plain)
            except _ZIP_ERRORS as exc:
                raise BundleError(
                    N_("Il contenuto del pacchetto non è un archivio valido.")
                ) from exc
            with zf:
                yield _scan(zf)
    except BaseException:
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty
        raise


def _temp_file(tmp_dir: Path) -> IO[bytes]:
    """Mode 0600; on POSIX it has no name from the start, on Windows it goes when closed:
    decrypted personal data never outlives the import, even after a crash."""
    return tempfile.TemporaryFile(dir=tmp_dir, prefix="bundle-", suffix=".tmp")


def _check_file(path: Path) -> int:
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise BundleError(N_("File non trovato: {path}.").format(path=path)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise BundleError(N_("{path} è una cartella, non un pacchetto.").format(path=path))
    if st.st_size > MAX_FILE_BYTES:
        raise BundleError(N_("Il pacchetto è troppo grande."))
    return st.st_size


def _damaged() -> BundleError:
    return BundleError(
        N_("Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.")
    )


def _check_passphrase_file(header: bytes, size: int) -> None:
    """The caps of a passphrase bundle, checked before decrypting (see the constants)."""
    if size > MAX_PASSPHRASE_FILE_BYTES:
        raise BundleError(
            N_(
                "Il pacchetto protetto da password supera {n} MiB, il massimo per questo tipo "
                "di pacchetto: preparalo per il dispositivo destinatario (senza password)."
            ).format(n=MAX_PASSPHRASE_FILE_BYTES // 1024**2)
        )
    found = _SCRYPT_STANZA.search(header)
    if found and int(found.group(1)) > MAX_SCRYPT_LOG_N:
        raise BundleError(
            N_(
                "Il pacchetto protetto da password richiederebbe troppa memoria per essere "
                "aperto (scrypt 2^{n}): preparalo per il dispositivo destinatario (senza "
                "password)."
            ).format(n=int(found.group(1)))
        )


def _no_space(needed: int) -> BundleError:
    return BundleError(
        N_(
            "Spazio su disco insufficiente per importare il pacchetto: servono circa {n} MiB "
            "liberi."
        ).format(n=max(1, needed // 1024**2))
    )


class _Writer:
    """Where the decrypted stream goes: remembers a failure of the disk (full, say), to
    tell it apart from a damaged file."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            return self.out.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self.out.flush()


def _decrypt_into(
    path: Path,
    size: int,
    out: IO[bytes],
    identities: list[x25519.Identity],
    passphrase: str | None,
) -> None:
    """Decrypt the file at ``path`` (``size`` bytes) into ``out``: X25519 by streaming,
    a passphrase in memory (see ``MAX_PASSPHRASE_FILE_BYTES``)."""
    with open(path, "rb") as src:
        header = src.read(4096)
        if not header.startswith(AGE_MAGIC):
            raise BundleError(N_("Il file non è un pacchetto RTS (.rtsbundle) o è danneggiato."))
        scrypt = b"\n-> scrypt " in header
        if scrypt and not passphrase:
            raise BundleError(N_("Il pacchetto è protetto da password: indicala per importarlo."))
        if scrypt:
            _check_passphrase_file(header, size)
        src.seek(0)
        writer = _Writer(out)
        try:
            if scrypt:
                writer.write(age_passphrase.decrypt(src.read(), passphrase or ""))
            else:
                pyrage.decrypt_io(src, writer, identities)
        except pyrage.DecryptError as exc:
            text = str(exc).lower()
            if scrypt:
                raise BundleError(
                    N_("Password del pacchetto errata (o pacchetto danneggiato).")
                ) from exc
            if "no matching keys" in text:
                raise BundleError(
                    N_(
                        "Il pacchetto non è destinato a questo portatile (chiave di cifratura "
                        "diversa)."
                    )
                ) from exc
            raise _damaged() from exc
        except Exception as exc:  # a truncated or altered payload, or the disk
            if writer.error is not None and writer.error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise _no_space(size) from exc
            if writer.error is not None:
                raise
            raise _damaged() from exc
    out.flush()


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


def _cap(name: str) -> int:
    if name == "manifest.json":
        return MAX_MANIFEST_BYTES
    if name == "manifest.sig":
        return MAX_SIGNATURE_BYTES
    return MAX_MEMBER_BYTES


def _too_big(name: str) -> BundleError:
    if name == "manifest.json":
        return BundleError(
            N_("Il manifest del pacchetto è troppo grande (al massimo {n} MiB).").format(
                n=MAX_MANIFEST_BYTES // 1024**2
            )
        )
    return BundleError(N_("Il pacchetto contiene un file troppo grande."))


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
    if info.file_size > _cap(info.filename):
        raise _too_big(info.filename)


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> Iterator[bytes]:
    """The member's bytes in chunks, counting what is really inflated (declared sizes can
    lie): never more than its declared size, its cap and ``budget``."""
    limit = min(info.file_size, budget)
    read = 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(_CHUNK):
                read += len(chunk)
                if read > _cap(info.filename):
                    raise _too_big(info.filename)
                if read > limit:
                    raise BundleError(N_("Il pacchetto supera i limiti di dimensione (zip bomb?)."))
                if read > RATIO_FLOOR and read > MAX_RATIO * max(info.compress_size, 1):
                    raise BundleError(N_("Il pacchetto ha un rapporto di compressione sospetto."))
                yield chunk
    except _ZIP_ERRORS as exc:
        raise BundleError(_DAMAGED) from exc


@dataclass(frozen=True)
class Member:
    """A member read once by streaming: its real size and sha256; its bytes stay in the
    decrypted zip and are streamed again, verified, when used."""

    name: str
    size: int
    sha256: str
    _zf: zipfile.ZipFile = field(repr=False, compare=False)
    _info: zipfile.ZipInfo = field(repr=False, compare=False)

    def chunks(self) -> Iterator[bytes]:
        """The bytes again in chunks; a difference from the first reading raises."""
        digest = hashlib.sha256()
        size = 0
        for chunk in _stream(self._zf, self._info, self.size):
            size += len(chunk)
            digest.update(chunk)
            yield chunk
        if size != self.size or digest.hexdigest() != self.sha256:
            raise BundleError(_DAMAGED)

    def read(self) -> bytes:
        out = io.BytesIO()
        for chunk in self.chunks():
            out.write(chunk)
        return out.getvalue()


class Members(Mapping[str, bytes]):
    """Name → bytes, read from the zip on access (for the members that are parsed);
    :meth:`member` gives size and sha256 without reading (attachments are streamed)."""

    def __init__(self, members: dict[str, Member]) -> None:
        self._members = members

    def member(self, name: str) -> Member:
        return self._members[name]

    def __getitem__(self, name: str) -> bytes:
        return self._members[name].read()

    def __contains__(self, name: object) -> bool:  # Mapping's would read the member
        return name in self._members

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


def _measure(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> Member:
    digest = hashlib.sha256()
    size = 0
    for chunk in _stream(zf, info, budget):
        size += len(chunk)
        digest.update(chunk)
    return Member(info.filename, size, digest.hexdigest(), zf, info)


def _scan(zf: zipfile.ZipFile) -> RawBundle:
    """Every container check of the import, in the order of SYNC.md: the entries first
    (names, kinds, declared sizes), then each member read once, counted and hashed."""
    try:
        infos = zf.infolist()
    except _ZIP_ERRORS as exc:
        raise BundleError(_DAMAGED) from exc
    if len(infos) > MAX_MEMBERS:
        raise BundleError(N_("Il pacchetto contiene troppi file ({n}).").format(n=len(infos)))
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        _check_info(info)
        if info.filename in by_name:
            raise BundleError(
                N_("Il pacchetto contiene due volte lo stesso file: {name!r}.").format(
                    name=info.filename
                )
            )
        by_name[info.filename] = info
    if not {"manifest.json", "manifest.sig"} <= by_name.keys():
        raise BundleError(N_("Il pacchetto non ha un manifest firmato."))
    declared = sum(i.file_size for i in infos)
    if declared > MAX_TOTAL_BYTES:
        raise BundleError(N_("Il pacchetto supera i limiti di dimensione (zip bomb?)."))
    budget = MAX_TOTAL_BYTES
    kept: dict[str, bytes] = {}
    for name in ("manifest.json", "manifest.sig"):
        kept[name] = b"".join(_stream(zf, by_name.pop(name), budget))
        budget -= len(kept[name])
    members: dict[str, Member] = {}
    for name, info in by_name.items():
        members[name] = _measure(zf, info, budget)
        budget -= members[name].size
    return RawBundle(kept["manifest.json"], kept["manifest.sig"], Members(members))


def verify_members(manifest: dict[str, Any], members: Members) -> None:
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
        found = members.member(name)
        if (
            not isinstance(meta, dict)
            or meta.get("size") != found.size
            or meta.get("sha256") != found.sha256
        ):
            raise BundleError(
                N_("Il file {name!r} del pacchetto non corrisponde al manifest (alterato).").format(
                    name=name
                )
            )
        if name.startswith("attachments/") and name.split("/", 1)[1] != found.sha256:
            raise BundleError(
                N_("L'allegato {name!r} non corrisponde alla sua impronta.").format(name=name)
            )
