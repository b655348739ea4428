"""What every command module shares: exit codes, the one-line error, who runs the command
and opening the database as them."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import Any

from rts_desktop.kernel.i18n import translator

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_ATTENTION, EXIT_LOGIN = 0, 1, 2, 3, 4
log = logging.getLogger("rts_desktop")
USER_ENV, PASSWORD_ENV, NEW_PASSWORD_ENV = "RTS_USER", "RTS_PASSWORD", "RTS_NEW_PASSWORD"
RECOVERY_ENV = "RTS_RECOVERY_KEY"
_tr = translator("cli")


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment, else typed (twice with ``confirm``) at a terminal."""
    from rts_desktop.kernel.errors import N_
    from rts_desktop.services.operators.login import LoginFailed

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise LoginFailed(
            N_("password mancante: impostala in {env} o esegui il comando da un terminale").format(
                env=env
            )
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(_tr("Ripeti: ")) != value:
        raise LoginFailed(N_("le due password non coincidono"))
    return value


def password_prompt(name: str) -> str:
    return _tr("Password di {name}: ").format(name=name)


def username(args: argparse.Namespace) -> str:
    from rts_desktop.kernel.errors import N_
    from rts_desktop.services.operators.login import LoginFailed

    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not name:
        raise LoginFailed(N_("indica chi agisce: --user NOME (o la variabile RTS_USER)"))
    return str(name)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print one line on stderr (a core message in the current language) and return the
    exit code."""
    from rts_desktop.kernel.i18n import text_of

    print(f"rts-desktop: {' '.join(text_of(message).split())}", file=sys.stderr)
    return code


def database_url(args: argparse.Namespace) -> str:
    from rts_desktop.cli.admin import resolve_url

    return resolve_url(args.db, args.db_url)


def open_db(args: argparse.Namespace) -> tuple[Any, Any]:
    """The database named by the global options, opened by the operator running the
    command (``--user`` / ``RTS_USER``, the password from ``RTS_PASSWORD`` or a prompt):
    ``(database, acting context)``. A failed or refused login is exit code 4."""
    from rts_desktop.services.operators.login import open_as

    url = database_url(args)
    name = username(args)
    db, who = open_as(url, name, secret(PASSWORD_ENV, password_prompt(name)))
    return db, who.context(db)


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
