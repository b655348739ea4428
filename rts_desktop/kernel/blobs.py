"""The attachment store: content-addressed files written before the rows that point at them.

A file lives once at ``files_dir / sha256[:2] / sha256``. It is written to a temporary file
in ``files_dir / "tmp"``, flushed and fsynced, renamed into place with ``os.replace`` and
its folder fsynced, so a final path never holds a 0-byte or half-written file.

Files go in *before* the transaction that inserts their rows commits, inside
:func:`new_blobs`: if the transaction then fails, the files this action created are
removed again (not the ones that were already there: the same content can be shared by
many records), so a failure leaves neither a row without its file nor a file without its row::

    with new_blobs(db.files_dir, db.key) as blobs, db.session(ctx) as s:
        sha, size = blobs.put(data)
        s.add(Document(sha256=sha, size=size, ...))

With the database's data key the stored file is encrypted (:mod:`rts_desktop.kernel.crypto`)
but keeps its plaintext's sha256 as its name; read it back with :func:`read_blob`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rts_desktop.kernel import crypto
from rts_desktop.kernel.errors import N_
from rts_desktop.kernel.fileio import fsync_folder, make_folders

TMP_FOLDER = "tmp"


def blob_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def read_blob_file(path: Path, sha256: str, key: bytes | None) -> bytes:
    """The plaintext of the stored file at ``path`` (named ``sha256``), checked against
    ``sha256``: ``BlobDamaged`` when it does not decrypt or does not match."""
    data = path.read_bytes()
    if key is not None:
        data = crypto.unseal(key, sha256, data)
    elif crypto.is_sealed(data):
        raise crypto.BlobDamaged(
            N_("L'allegato {sha} è cifrato: serve la chiave.").format(sha=sha256)
        )
    if hashlib.sha256(data).hexdigest() != sha256:
        raise crypto.BlobDamaged(
            N_("L'allegato {sha} non corrisponde alla sua impronta.").format(sha=sha256)
        )
    return data


def read_blob(files_dir: Path, sha256: str, key: bytes | None) -> bytes:
    """The content of attachment ``sha256`` (decrypted with ``key``, sha256 verified).

    Read whole into memory: attachments are capped at ``MAX_DOCUMENT_BYTES`` (50 MB).
    ``FileNotFoundError`` when the file is not in the store.
    """
    return read_blob_file(blob_path(files_dir, sha256), sha256, key)


def write_stored(files_dir: Path, sha256: str, stored: bytes) -> Path:
    """Put ``stored`` (already in its stored form) in the place of attachment ``sha256``
    atomically: a temporary file in ``files_dir/tmp``, flushed and fsynced, renamed into
    place, folder fsynced. Returns the path."""
    target = blob_path(files_dir, sha256)
    make_folders(files_dir / TMP_FOLDER)
    make_folders(target.parent)
    fd, tmp_name = tempfile.mkstemp(dir=files_dir / TMP_FOLDER, prefix="in-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(stored)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_folder(target.parent)
    return target


class NewBlobs:
    """The files one action adds to the store; :meth:`discard` removes them again.

    With ``key`` (the database's data key) each file is stored encrypted.
    """

    def __init__(self, files_dir: Path, key: bytes | None = None) -> None:
        self.files_dir = files_dir
        self.key = key
        self.created: list[Path] = []
        self._made_dirs: list[Path] = []

    def put(
        self,
        chunks: bytes | Iterable[bytes],
        *,
        check: Callable[[int], None] | None = None,
        sha256: str | None = None,
    ) -> tuple[str, int]:
        """Store the content (once per content); returns (sha256, size).

        ``check`` is called with the running size after every chunk and with the final
        size (it may raise to refuse the file); ``sha256``, when known, is verified.
        """
        tmp_dir = self.files_dir / TMP_FOLDER
        self._mkdir(tmp_dir)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="in-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                held: list[bytes] = []  # with a key: encrypted whole (attachments are capped)
                for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                    size += len(chunk)
                    if check is not None:
                        check(size)
                    digest.update(chunk)
                    if self.key is None:
                        out.write(chunk)
                    else:
                        held.append(chunk)
                if check is not None:
                    check(size)
                sha = digest.hexdigest()
                if sha256 is not None and sha != sha256:
                    raise ValueError(f"content does not match its sha256 {sha256}")
                if self.key is not None:
                    out.write(crypto.seal(self.key, sha, b"".join(held)))
                    held.clear()
                out.flush()
                os.fsync(out.fileno())
            target = blob_path(self.files_dir, sha)
            if _complete(target, crypto.stored_size(size, self.key)):
                os.unlink(tmp_name)
                return sha, size
            self._mkdir(target.parent)
            existed = target.exists()  # a broken leftover (wrong size): replaced, not "new"
            os.replace(tmp_name, target)
            fsync_folder(target.parent)
            if not existed:
                self.created.append(target)
            return sha, size
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise

    def discard(self) -> None:
        """Remove the files (and empty folders) this action created."""
        for path in reversed(self.created):
            with contextlib.suppress(OSError):
                path.unlink()
        for folder in reversed(self._made_dirs):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty
        self.created.clear()
        self._made_dirs.clear()

    def _mkdir(self, folder: Path) -> None:
        self._made_dirs += make_folders(folder)


def _complete(target: Path, size: int) -> bool:
    try:
        return target.stat().st_size == size
    except OSError:
        return False


@contextlib.contextmanager
def new_blobs(files_dir: Path, key: bytes | None = None) -> Iterator[NewBlobs]:
    """Files written in the block stay if it ends normally and go if it raises.

    Open it *outside* the database session, so the session's commit happens inside it.
    """
    blobs = NewBlobs(files_dir, key)
    try:
        yield blobs
    except BaseException:
        blobs.discard()
        raise
