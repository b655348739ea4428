"""Writing files people keep (PDFs, .ics, bundles): all or nothing, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rts_desktop.errors import N_, ValidationError


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
