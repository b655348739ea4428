"""Writing files people keep (PDFs, .ics, bundles): all or nothing, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rts_desktop.kernel.errors import N_, ValidationError


def write_atomically(path: Path, data: bytes, *, create_folder: bool = False) -> None:
    """Write to a temporary file beside ``path``, flush to disk, then rename over ``path``.

    A missing folder is created when ``create_folder``, otherwise refused with
    ``ValidationError("out")`` (a mistyped path should not silently make folders).
    """
    folder = path.resolve().parent
    if create_folder:
        folder.mkdir(parents=True, exist_ok=True)
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


def make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; returns those created, outermost first
    (so a failed action can remove exactly what it made)."""
    missing = []
    p = folder
    while not p.is_dir():
        missing.append(p)
        p = p.parent
    made = []
    for d in reversed(missing):
        try:
            d.mkdir()
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
