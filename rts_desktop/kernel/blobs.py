"""The attachment store: content-addressed files written before the rows that point at them.

A file lives once at ``files_dir / sha256[:2] / sha256``. It is written to a temporary file
in ``files_dir / "tmp"``, flushed and fsynced, renamed into place with ``os.replace`` and
its folder fsynced, so a final path never holds a 0-byte or half-written file.

Files go in *before* the transaction that inserts their rows commits, inside
:func:`new_blobs`: if the transaction then fails, the files this action created are
removed again (not the ones that were already there: the same content can be shared by
many records), so a failure leaves neither a row without its file nor a file without its row::

    with new_blobs(db.files_dir) as blobs, db.session(ctx) as s:
        sha, size = blobs.put(data)
        s.add(Document(sha256=sha, size=size, ...))
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rts_desktop.kernel.fileio import fsync_folder, make_folders

TMP_FOLDER = "tmp"


def blob_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


class NewBlobs:
    """The files one action adds to the store; :meth:`discard` removes them again."""

    def __init__(self, files_dir: Path) -> None:
        self.files_dir = files_dir
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
                for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                    size += len(chunk)
                    if check is not None:
                        check(size)
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if check is not None:
                check(size)
            sha = digest.hexdigest()
            if sha256 is not None and sha != sha256:
                raise ValueError(f"content does not match its sha256 {sha256}")
            target = blob_path(self.files_dir, sha)
            if _complete(target, size):
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
def new_blobs(files_dir: Path) -> Iterator[NewBlobs]:
    """Files written in the block stay if it ends normally and go if it raises.

    Open it *outside* the database session, so the session's commit happens inside it.
    """
    blobs = NewBlobs(files_dir)
    try:
        yield blobs
    except BaseException:
        blobs.discard()
        raise
