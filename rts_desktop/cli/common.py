"""What every command module shares: exit codes, the one-line error, opening the database."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_ATTENTION = 0, 1, 2, 3
log = logging.getLogger("rts_desktop")


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print one line on stderr and return the exit code."""
    print(f"rts-desktop: {' '.join(message.split())}", file=sys.stderr)
    return code


def database_url(args: argparse.Namespace) -> str:
    from rts_desktop.cli.admin import resolve_url

    return resolve_url(args.db, args.db_url)


def open_db(args: argparse.Namespace) -> Any:
    """The database named by the global options, opened through the startup sequence."""
    from rts_desktop.db import open_database

    return open_database(database_url(args))


def out_folder_exists(path: Path) -> None:
    """Refuse an output file in a folder that does not exist (before any work is done)."""
    from rts_desktop.kernel.errors import N_, ValidationError

    if not path.expanduser().resolve().parent.is_dir():
        raise ValidationError("out", N_("Cartella inesistente: {p}.").format(p=path.parent))


def parse_day(field: str, text: str | None) -> Any:
    """A date given as AAAA-MM-GG within the service's years, or ValidationError naming
    the option."""
    import datetime as dt

    from rts_desktop.kernel import validation as v
    from rts_desktop.kernel.errors import N_, ValidationError

    try:
        day = dt.date.fromisoformat(str(text))
    except ValueError:
        raise ValidationError(
            field, N_("data non valida: {v} (usa AAAA-MM-GG)").format(v=text)
        ) from None
    return v.day(field, day)
