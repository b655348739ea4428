"""``init`` (a new encrypted database and its administrator, or protecting an old one),
``operators list/add/disable/passwd`` and ``recover`` (the recovery key, every password
lost)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import (
    EXIT_OK,
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    RECOVERY_ENV,
    database_url,
    open_db,
    out_folder_exists,
    secret,
)
from rts_desktop.kernel.i18n import translator

_tr = translator("cli")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    ops = sub.add_parser(
        "operators", parents=[common], help=_tr("operatori: elenco, nuovi, password")
    )
    actions = ops.add_subparsers(dest="operators_action", metavar=_tr("AZIONE"), required=True)
    p = actions.add_parser("list", parents=[common], help=_tr("elenca gli operatori"))
    p.add_argument("--json", action="store_true", help=_tr("risultato in JSON"))
    p.add_argument("--all", action="store_true", help=_tr("anche i disattivati"))
    p = actions.add_parser(
        "add", parents=[common], help=_tr("nuovo operatore (password da RTS_NEW_PASSWORD)")
    )
    p.add_argument("--username", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument(
        "--role",
        required=True,
        choices=("educatore", "coordinatore", "assistente_sociale", "amministratore"),
    )
    p.add_argument("--email")
    p = actions.add_parser("disable", parents=[common], help=_tr("disattiva un operatore"))
    p.add_argument("username")
    p = actions.add_parser(
        "passwd", parents=[common], help=_tr("nuova password (da RTS_NEW_PASSWORD o richiesta)")
    )
    p.add_argument("username")

    p = sub.add_parser(
        "recover",
        parents=[common],
        help=_tr("password perse: apri con la chiave di recupero (RTS_RECOVERY_KEY) e reimposta"),
    )
    p.add_argument(
        "--admin", default="admin", metavar=_tr("NOME"), help=_tr("amministratore da reimpostare")
    )
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help=_tr("leggi la chiave di recupero da FILE (quello scritto da init --recovery-key-out)"),
    )


def new_password_prompt(name: str) -> str:
    return _tr("Nuova password di {name}: ").format(name=name)


def _recovery_out(path: Path | None, key: str | None) -> None:
    from rts_desktop.kernel.fileio import write_atomically

    if key is None:
        return
    if path is not None:
        write_atomically(path.expanduser(), (key + "\n").encode("ascii"))
        print(
            _tr(
                "Chiave di recupero scritta in {path} (leggibile solo da te): conservala al sicuro."
            ).format(path=path)
        )
        return
    print(_tr("Chiave di recupero (mostrata una sola volta: stampala e conservala in cassaforte):"))
    print(f"  {key}")


def init_command(args: argparse.Namespace) -> int:
    from rts_desktop.db.engine import display_place, sqlite_path
    from rts_desktop.kernel.keyring import KeyRing
    from rts_desktop.services.operators import login

    url = database_url(args)
    if args.recovery_key_out is not None:
        out_folder_exists(args.recovery_key_out)
    path = sqlite_path(url)
    if (path is not None and path.exists() and KeyRing.exists_for(path)) or (
        path is None and login.has_operators(url)
    ):
        if not getattr(args, "user", None):
            args.user = args.admin
        db, _ctx = open_db(args)  # migrated by the startup sequence
        try:
            print(
                _tr("Database già presente, aggiornato: {path} (dispositivo {device})").format(
                    path=db.path or display_place(url), device=db.device_id
                )
            )
        finally:
            db.close()
        return EXIT_OK
    password = secret(PASSWORD_ENV, new_password_prompt(args.admin), confirm=True)
    if path is not None and path.exists():
        made = login.protect_existing(url, args.admin, password, full_name=args.full_name)
        done = _tr("Database già presente, ora cifrato: {path} (dispositivo {device})")
    else:
        made = login.create_database(
            url, args.admin, password, full_name=args.full_name, device_name=args.device_name
        )
        if path is not None:
            done = _tr("Database creato (cifrato): {path} (dispositivo {device})")
        else:
            done = _tr("Database creato: {path} (dispositivo {device})")
    try:
        where = made.db.path or display_place(url)
        print(done.format(path=where, device=made.db.device_id))
        print(_tr("Amministratore: {name}").format(name=made.admin.username))
    finally:
        made.db.close()
    _recovery_out(args.recovery_key_out, made.recovery_key)
    return EXIT_OK


def _operator_id(db: Any, username: str) -> str:
    from rts_desktop.kernel.errors import N_, NotFound
    from rts_desktop.services.operators import list_operators

    for o in list_operators(db, active_only=False):
        if o.username == username.lower().strip():
            return o.id
    raise NotFound(N_("Operatore sconosciuto: {u}.").format(u=username))


def cmd_operators(args: argparse.Namespace) -> int:
    from rts_desktop.kernel.access import require
    from rts_desktop.services import operators
    from rts_desktop.services.operators import login

    action = args.operators_action
    new_password = None
    if action in ("add", "passwd"):
        new_password = secret(NEW_PASSWORD_ENV, _tr("Nuova password: "), confirm=True)
        login.check_password(new_password)
    db, ctx = open_db(args)
    try:
        if action == "list":
            require(ctx, "operators.manage")
            rows = operators.list_operators(db, active_only=not args.all)
            if args.json:
                data = [
                    {"username": o.username, "full_name": o.full_name, "role": str(o.role),
                     "active": o.active}
                    for o in rows
                ]  # fmt: skip
                print(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                for o in rows:
                    state = "" if o.active else "  " + _tr("(disattivato)")
                    print(f"{o.username:<24} {o.role:<20} {o.full_name}{state}")
        elif action == "add":
            assert new_password is not None
            require(ctx, "operators.passwords")  # before anything is written
            made = operators.create_operator(
                db, ctx, args.username, args.full_name, args.role, email=args.email
            )
            login.set_password(db, ctx, made.username, new_password)
            print(
                _tr("Operatore {name} creato ({role})").format(name=made.username, role=made.role)
            )
        elif action == "disable":
            operators.deactivate_operator(db, ctx, _operator_id(db, args.username))
            login.forget_password(db, args.username)
            print(_tr("Operatore {name} disattivato").format(name=args.username.lower()))
        else:
            assert new_password is not None
            target = args.username.lower().strip()
            if target == _own_username(db, ctx):
                old = secret(PASSWORD_ENV, _tr("Password attuale: "))
                login.change_own_password(db, ctx, old, new_password)
            else:
                login.set_password(db, ctx, target, new_password)
            print(_tr("Password di {name} cambiata").format(name=target))
    finally:
        db.close()
    return EXIT_OK


def _own_username(db: Any, ctx: Any) -> str | None:
    from rts_desktop.services.operators import list_operators

    for o in list_operators(db, active_only=False):
        if o.id == ctx.operator_id:
            return o.username
    return None


def recovery_key_from(path: Path | None) -> str:
    from rts_desktop.kernel.errors import N_, ValidationError

    if path is None:
        return secret(RECOVERY_ENV, _tr("Chiave di recupero: "))
    try:
        text = path.expanduser().read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(
            "recovery_key_file",
            N_("Non riesco a leggere la chiave di recupero da {p}.").format(p=path),
        ) from None
    if len(text) > 4096:
        raise ValidationError(
            "recovery_key_file", N_("{p} non è una chiave di recupero.").format(p=path)
        )
    return text.strip()


def cmd_recover(args: argparse.Namespace) -> int:
    from rts_desktop.services.operators import login

    url = database_url(args)
    recovery = recovery_key_from(args.recovery_key_file)
    new_password = secret(NEW_PASSWORD_ENV, new_password_prompt(args.admin), confirm=True)
    login.check_password(new_password)
    db = login.open_with_recovery(url, recovery)
    try:
        login.reset_admin_password(db, args.admin, new_password)
    finally:
        db.close()
    print(
        _tr("Password di {name} reimpostata con la chiave di recupero").format(
            name=args.admin.lower()
        )
    )
    return EXIT_OK


COMMANDS = {"operators": cmd_operators, "recover": cmd_recover}
