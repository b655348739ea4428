"""Writing files people keep (PDFs, .ics, bundles): all or nothing, never half a file.

Everything the app writes holds personal data (special categories among them), so it is
readable by its owner only: files 0600, the folders the app owns 0700 (POSIX; on Windows
``os.chmod`` only sets the read-only flag, and these modes leave it clear). New files go
through :func:`create_private_file` or ``tempfile.mkstemp`` (already 0600), new folders
through :func:`make_folders`; files and folders an older version left 0644/0755 are
tightened with :func:`make_private` / :func:`private_folder`. Folders the user chose (an
``--out`` folder) are never changed, only the files written into them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from rts_desktop.kernel.errors import N_, ValidationError

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def make_private(path: Path) -> None:
    """Owner-only access for a file (0600) or folder (0700) that exists; quiet otherwise
    (missing, not ours, a file system without modes)."""
    if os.name == "nt":
        return
    try:
        mode = PRIVATE_FOLDER_MODE if path.is_dir() else PRIVATE_FILE_MODE
        os.chmod(path, mode)
    except OSError:
        pass


def private_folder(folder: Path) -> list[Path]:
    """Create ``folder`` (an app-owned one: data, backups, attachments) owner-only, or
    tighten it when it exists; returns the folders created, as :func:`make_folders`."""
    made = make_folders(folder)
    if not made:
        make_private(folder)
    return made


def create_private_file(path: Path) -> None:
    """Make ``path`` an owner-only file before anything else opens it (an empty one when
    missing: SQLite then uses it as a new database, and gives its -wal/-shm/-journal the
    same mode); an existing file keeps its content and is tightened."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        make_private(path)
        return
    os.close(fd)


def open_private(path: Path) -> BinaryIO:
    """``open(path, "wb")``, the file owner-only from its first byte (an existing one is
    truncated and tightened)."""
    fd = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE
    )
    try:
        make_private(path)  # os.open keeps an existing file's mode
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def write_atomically(path: Path, data: bytes, *, create_folder: bool = False) -> None:
    """Write to a temporary file beside ``path``, flush to disk, then rename over ``path``.

    A missing folder is created when ``create_folder``, otherwise refused with
    ``ValidationError("out")`` (a mistyped path should not silently make folders).
    The file is 0600 (``mkstemp``): readable by its owner only.
    """
    folder = path.resolve().parent
    if create_folder:
        make_folders(folder)
    elif not folder.is_dir():
        raise ValidationError("out", N_("Cartella inesistente: {p}.").format(p=folder))
    fd, tmp = tempfile.mkstemp(prefix=".rts-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:  # a full disk included: no temporary file left behind
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new entry in ``folder`` durable (not possible on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder: the rename is still atomic
    finally:
        os.close(fd)


def make_folders(folder: Path, *, mode: int = PRIVATE_FOLDER_MODE) -> list[Path]:
    """Create ``folder`` and its missing parents with ``mode`` (owner-only by default: the
    umask can only take bits away); returns those created, outermost first (so a failed action can
    remove exactly what it made). Folders that already exist are left as they are."""
    missing = []
    p = folder
    while not p.is_dir():
        missing.append(p)
        p = p.parent
    made = []
    for d in reversed(missing):
        try:
            d.mkdir(mode)
        except FileExistsError:
            continue
        made.append(d)
        fsync_folder(d.parent)
    return made


def sha256_file(path: Path, chunk: int = 1024 * 1024) -> str:
    """The sha256 of a file, read in chunks (attachments can be large)."""
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()
