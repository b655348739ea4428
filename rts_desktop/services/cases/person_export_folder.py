"""Writing an art. 15 export (:mod:`person_export`) as a folder: ``persona.json``,
``persona.pdf`` and ``allegati/``, complete or not at all (built in a hidden sibling folder,
then renamed into place); every file owner-only (0600)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rts_desktop.db import Database
from rts_desktop.kernel import fileio
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, RtsError, ValidationError
from rts_desktop.services.cases.person_export import (
    ATTACHMENTS_DIR,
    JSON_NAME,
    PDF_NAME,
    Attachment,
    PersonExport,
    person_export,
)


@dataclass(frozen=True)
class Written:
    """Where an export was written and what it holds (for the message shown after)."""

    folder: Path
    person_code: str
    rows: int
    attachments: int


# --- the folder ------------------------------------------------------------------------------


def check_out_folder(out: Path) -> Path:
    """``out`` resolved, refused (ValidationError "out") unless it is new or an empty folder
    inside a folder that exists."""
    path = out.expanduser().resolve()
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise ValidationError("out", N_("La cartella esiste e non è vuota: {p}.").format(p=out))
    if not path.parent.is_dir():
        raise ValidationError("out", N_("Cartella inesistente: {p}.").format(p=out.parent))
    return path


def write_export(export: PersonExport, out: Path) -> Path:
    """Write the folder complete or not at all: built in a hidden sibling, then renamed."""
    path = check_out_folder(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent))
    try:
        data = json.dumps(export.as_json(), ensure_ascii=False, indent=2, sort_keys=False)
        fileio.write_atomically(tmp / JSON_NAME, data.encode("utf-8"))
        fileio.write_atomically(tmp / PDF_NAME, export.pdf)
        folder = tmp / ATTACHMENTS_DIR
        fileio.make_folders(folder)
        for item in export.attachments:
            if item.key is None:
                _copy_file(item.source, folder / item.filename)
            else:  # an encrypted store: the export holds the decrypted content
                fileio.write_atomically(folder / item.filename, _content(item))
        fileio.fsync_folder(folder)
        if path.exists():
            path.rmdir()  # the empty folder the user named: replaced by the complete one
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    fileio.fsync_folder(path.parent)
    return path


def _content(item: Attachment) -> bytes:
    if not item.source.is_file():
        raise RtsError(
            N_("File dell'allegato mancante nell'archivio: {p}.").format(p=item.source.name)
        )
    return item.content()


def _copy_file(source: Path, target: Path) -> None:
    if not source.is_file():
        raise RtsError(N_("File dell'allegato mancante nell'archivio: {p}.").format(p=source.name))
    with source.open("rb") as src, fileio.open_private(target) as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def export_person_to(
    db: Database, ctx: ActingContext, person_code_or_id: str, out: Path
) -> Written:
    """Export one person into the new folder ``out`` (checked before anything is read)."""
    check_out_folder(out)
    export = person_export(db, ctx, person_code_or_id)
    folder = write_export(export, out)
    return Written(
        folder,
        export.person_code,
        sum(len(r) for r in export.rows.values()),
        len(export.attachments),
    )


def new_folder_in(parent: Path, person_code: str, day: dt.date) -> Path:
    """A folder name not yet taken inside ``parent``: ``estratto-<code>-<day>`` (``-2``…)."""
    base = f"estratto-{person_code}-{day.isoformat()}"
    candidate, n = parent / base, 2
    while candidate.exists():
        candidate = parent / f"{base}-{n}"
        n += 1
    return candidate
