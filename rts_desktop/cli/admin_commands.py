"""``init``, ``demo-data``, ``check``, ``backup``, ``restore``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_FAILURE, EXIT_OK, database_url, open_db
from rts_desktop.kernel.i18n import text_of, translator

_tr = translator("cli")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help=_tr(
            "crea il database cifrato con il suo amministratore (o aggiorna/cifra uno esistente)"
        ),
    )
    p.add_argument("--device-name", help=_tr("nome di questo portatile (es. «Laptop via Padova»)"))
    p.add_argument(
        "--admin",
        default="admin",
        metavar=_tr("NOME"),
        help=_tr("nome utente dell'amministratore (predefinito: admin); password da RTS_PASSWORD"),
    )
    p.add_argument(
        "--full-name", default="Amministratore", help=_tr("nome e cognome dell'amministratore")
    )
    p.add_argument(
        "--recovery-key-out",
        type=Path,
        metavar="FILE",
        help=_tr("scrivi la chiave di recupero in FILE (0600) invece di mostrarla"),
    )

    p = sub.add_parser(
        "demo-data", parents=[common], help=_tr("riempi un database vuoto di dati dimostrativi")
    )
    p.add_argument("--size", choices=("small", "large"), required=True)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument(
        "--today", help=_tr("giorno AAAA-MM-GG a cui riferire i dati (predefinito: oggi)")
    )

    p = sub.add_parser(
        "check",
        parents=[common],
        help=_tr("integrità, chiavi esterne, allegati, catena del registro e conteggi"),
    )
    p.add_argument("--json", action="store_true", help=_tr("risultato in JSON"))

    p = sub.add_parser(
        "backup", parents=[common], help=_tr("copia di sicurezza completa (database e allegati)")
    )
    p.add_argument(
        "--out", type=Path, help=_tr("file .rtsbackup da scrivere (predefinito: cartella backups)")
    )

    p = sub.add_parser(
        "restore", parents=[common], help=_tr("ripristina database e allegati da un backup")
    )
    p.add_argument("file", type=Path, help=_tr("file di backup (.rtsbackup, o .db solo database)"))
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help=_tr("chiave di recupero (o RTS_RECOVERY_KEY): serve se il database è danneggiato"),
    )


def _maintainer(args: argparse.Namespace) -> Any:
    """The database, opened by a coordinator or administrator (``database.maintain``)."""
    from rts_desktop.services.operators import require_maintainer

    db, ctx = open_db(args)
    try:
        require_maintainer(db, ctx)
    except BaseException:
        db.close()
        raise
    return db


def cmd_init(args: argparse.Namespace) -> int:
    from rts_desktop.cli.setup import init_command

    return init_command(args)


def cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from rts_desktop.cli.admin import demo_data
    from rts_desktop.cli.common import parse_day

    today = parse_day("today", args.today) if args.today else None
    db = _maintainer(args)
    try:
        started = time.perf_counter()
        counts = demo_data(db, args.size, args.seed, today=today)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    main_tables = ("beneficiaries", "cases", "apartments", "rooms", "events", "notes")
    summary = ", ".join(f"{t} {counts.get(t, 0)}" for t in main_tables)
    print(
        _tr("Dati dimostrativi «{size}» creati in {seconds} s: {summary}").format(
            size=args.size, seconds=f"{elapsed:.1f}", summary=summary
        )
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import check

    db = _maintainer(args)
    try:
        report = check(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK if report.ok else EXIT_FAILURE
    _print_check(report)
    return EXIT_OK if report.ok else EXIT_FAILURE


def _print_check(report: Any) -> None:
    outcome = _tr("ok") if report.ok else _tr("PROBLEMI")
    print(
        _tr("Controllo: {outcome} (revisione {rev})").format(outcome=outcome, rev=report.revision)
    )
    names = {
        "integrity": _tr("integrità"),
        "foreign_keys": _tr("chiavi esterne"),
        "attachments": _tr("allegati"),
        "audit_chain": _tr("catena registro"),
    }
    for name, passed in report.checks.items():
        print(f"  {names[name]:<16} {_tr('ok') if passed else _tr('NON SUPERATO')}")
    for problem in [p for p in report.integrity if p != "ok"] + report.foreign_keys:
        print(f"    {problem}")
    att = report.attachments
    for doc_id in att.missing:
        print("    " + _tr("documento {id}: file mancante").format(id=doc_id))
    for doc_id in att.damaged:
        print("    " + _tr("documento {id}: file alterato (sha256 diverso)").format(id=doc_id))
    print("  " + _tr("allegati controllati: {n}").format(n=att.checked))
    bad = report.audit_chain.first_bad
    if bad is not None:
        if bad.seq is not None:
            line = _tr("registro accessi: anello {seq}, voce {entry}: {problem}")
        else:
            line = _tr("registro accessi: voce {entry}: {problem}")
        print("    " + line.format(seq=bad.seq, entry=bad.entry_id, problem=text_of(bad.message)))
    print("  " + _tr("anelli del registro controllati: {n}").format(n=report.audit_chain.links))
    for table, n in report.counts.items():
        if n:
            print(f"  {table:<24} {n:>9}")
    if report.size_bytes is not None:
        size = f"{report.size_bytes / 1_048_576:.1f}"
        print(_tr("Dimensione su disco: {size} MiB").format(size=size))


def cmd_backup(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import backup

    db = _maintainer(args)
    try:
        made = backup(db, args.out)
    finally:
        db.close()
    print(_tr("Backup completo salvato: {path}").format(path=made))
    return EXIT_OK


def _restore_keys(args: argparse.Namespace) -> tuple[bytes | None, bytes | None]:
    """(key of the backup, key of the database in place). A coordinator or administrator
    logs in to the database in place; one too damaged to open takes the recovery key; on
    a laptop with none yet an encrypted backup is opened by its own key file, with the
    password of one of its operators."""
    from rts_desktop.cli.common import PASSWORD_ENV, password_prompt, secret, username
    from rts_desktop.cli.setup import recovery_key_from
    from rts_desktop.db.archive import archive_keys, is_archive
    from rts_desktop.db.engine import sqlite_path
    from rts_desktop.kernel.errors import N_, DatabaseError
    from rts_desktop.kernel.keyring import KeyRing, WrongSecret
    from rts_desktop.services.operators import require_maintainer
    from rts_desktop.services.operators.login import LoginFailed, keyring_for, open_as

    url = database_url(args)
    target = sqlite_path(url)
    name = username(args)
    password = secret(PASSWORD_ENV, password_prompt(name))
    current = None
    if target is None or target.exists():
        try:
            db, who = open_as(url, name, password)
        except DatabaseError:
            # damaged: nobody's role can be read, so it takes the recovery key (kept by
            # the administrator) to replace it; its key file still holds the data key
            ring = keyring_for(url)
            if ring is None:
                raise
            current = ring.unlock_recovery(recovery_key_from(args.recovery_key_file))
        else:
            try:
                require_maintainer(db, who.context(db))
                current = db.key
                _remember_restorer(args, db)
            finally:
                db.close()
    data = archive_keys(args.file) if args.file.is_file() and is_archive(args.file) else None
    if data is None:
        return current, current
    try:
        return KeyRing.from_bytes(args.file, data).unlock(name, password), current
    except WrongSecret:
        raise LoginFailed(N_("La password di {u} non apre questo backup.").format(u=name)) from None


def _remember_restorer(args: argparse.Namespace, db: Any) -> None:
    from rts_desktop.cli.common import username
    from rts_desktop.services.operators import list_operators

    name = username(args).lower().strip()
    args.restorer = next((o for o in list_operators(db) if o.username == name), None)


def _keep_restorer(args: argparse.Namespace, key: bytes | None) -> None:
    """A backup from before logins existed has no operators: whoever restored it into this
    installation keeps their account (else nobody could open the restored database)."""
    from rts_desktop.db import open_database
    from rts_desktop.services.operators import create_operator, list_operators

    who = getattr(args, "restorer", None)
    if who is None or key is None:
        return
    db = open_database(database_url(args), key=key)
    try:
        if all(o.username != who.username for o in list_operators(db, active_only=False)):
            create_operator(db, db.context(), who.username, who.full_name, str(who.role))
    finally:
        db.close()


def cmd_restore(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import restore

    key, current_key = _restore_keys(args)
    safety = restore(database_url(args), args.file, key, current_key=current_key)
    _keep_restorer(args, key)
    print(
        _tr("Database ripristinato da {file} (copia dello stato precedente: {safety})").format(
            file=args.file, safety=safety
        )
    )
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "demo-data": cmd_demo_data,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
