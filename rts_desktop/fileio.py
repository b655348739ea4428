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
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
