"""Sync subcommands for the CLI: ``export-bundle``, ``import-bundle``, ``sync-status``,
``sync-force-pending``, ``devices``. ``cli.py`` calls :func:`add_parsers` and dispatches to :data:`COMMANDS`.

Exit codes: 0 done, 2 refused (one line on stderr saying why), 3 imported with conflicts
or pending changes left. ``--json`` prints the result as JSON on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_REFUSED, EXIT_ATTENTION = 0, 2, 3
PASSPHRASE_ENV = "RTS_BUNDLE_PASSPHRASE"


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    """Add the sync subcommands to the CLI's subparsers (with the --db options parent)."""
    p = subparsers.add_parser(
        "export-bundle", parents=[common_parent], help="prepara un pacchetto di sincronizzazione"
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--for",
        dest="for_device",
        metavar="DISPOSITIVO",
        help="id o nome del portatile destinatario",
    )
    target.add_argument(
        "--snapshot-for", metavar="DISPOSITIVO", help="pacchetto completo per un portatile nuovo"
    )
    p.add_argument("--out", type=Path, required=True, help="file .rtsbundle da scrivere")
    p.add_argument(
        "--recipient", action="append", default=[], help="chiave age del destinatario (ripetibile)"
    )
    p.add_argument(
        "--passphrase",
        action="store_true",
        help=f"cifra con una password (da {PASSPHRASE_ENV} o chiesta)",
    )
    p.add_argument("--json", action="store_true")

    p = subparsers.add_parser(
        "import-bundle", parents=[common_parent], help="importa un pacchetto di sincronizzazione"
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--passphrase",
        action="store_true",
        help=f"il pacchetto è protetto da password (da {PASSPHRASE_ENV} o chiesta)",
    )
    p.add_argument("--json", action="store_true")

    p = subparsers.add_parser(
        "sync-status", parents=[common_parent], help="stato della sincronizzazione"
    )
    p.add_argument("--json", action="store_true")

    p = subparsers.add_parser(
        "sync-force-pending",
        parents=[common_parent],
        help="applica le modifiche in attesa da più di N giorni (coordinatori)",
    )
    p.add_argument("--days", type=int, default=7, help="giorni di attesa (predefinito 7)")
    p.add_argument("--json", action="store_true")

    p = subparsers.add_parser(
        "devices", parents=[common_parent], help="portatili registrati per la sincronizzazione"
    )
    actions = p.add_subparsers(dest="devices_action", metavar="AZIONE")
    actions.add_parser("list", help="elenca i dispositivi").add_argument(
        "--json", action="store_true"
    )
    code = actions.add_parser("code", help="mostra il codice di registrazione di questo portatile")
    code.add_argument("--out", type=Path, help="scrivi il codice in un file JSON")
    enrol = actions.add_parser("enrol", help="registra un portatile dal suo codice o file")
    enrol.add_argument("source", help="codice RTS1-... o file JSON")
    revoke = actions.add_parser("revoke", help="revoca un portatile (smarrito)")
    revoke.add_argument("device", help="id o nome del dispositivo")


def _open(args: argparse.Namespace) -> Any:
    from rts_desktop.admin import resolve_url
    from rts_desktop.db import open_database

    return open_database(resolve_url(args.db, args.db_url))


def _ctx(db: Any) -> Any:
    from rts_desktop.context import ActingContext

    return ActingContext(device_id=db.device_id)


def _passphrase(wanted: bool) -> str | None:
    if not wanted:
        return None
    return os.environ.get(PASSPHRASE_ENV) or getpass.getpass("Password del pacchetto: ")


def _fail(message: str) -> int:
    print(f"rts-desktop: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _device_id(db: Any, ref: str) -> str:
    from rts_desktop.errors import N_, NotFound
    from rts_desktop.sync.api import list_devices

    found = [d for d in list_devices(db) if ref in (d.id, d.name) and not d.is_self]
    if len(found) != 1:
        raise NotFound(N_("Dispositivo non trovato o ambiguo: {ref}.").format(ref=ref))
    return found[0].id


def _run(args: argparse.Namespace, body: Callable[[Any], int]) -> int:
    from rts_desktop.errors import RtsError

    db = _open(args)
    try:
        return body(db)
    except RtsError as exc:
        return _fail(str(exc))
    finally:
        db.close()


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from rts_desktop.sync.api import export_bundle

    def body(db: Any) -> int:
        snapshot = args.snapshot_for is not None
        target = _device_id(db, args.snapshot_for if snapshot else args.for_device)
        report = export_bundle(
            db,
            _ctx(db),
            args.out,
            for_device=target,
            snapshot=snapshot,
            recipients=args.recipient or None,
            passphrase=_passphrase(args.passphrase),
        )
        if args.json:
            data = {k: str(v) if isinstance(v, Path) else v for k, v in report.__dict__.items()}
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(
                f"Pacchetto scritto: {report.path} ({report.changes or report.rows} elementi, "
                f"{report.attachments} allegati, {report.size / 1024:.0f} KiB)"
            )
        return EXIT_OK

    return _run(args, body)


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from rts_desktop.sync.api import import_bundle

    def body(db: Any) -> int:
        report = import_bundle(db, _ctx(db), args.file, passphrase=_passphrase(args.passphrase))
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
        elif report.already_imported:
            print("Pacchetto già importato: nessuna modifica.")
        else:
            print(
                f"Importato da {report.origin_name}: {report.new} nuovi, {report.updated} "
                f"aggiornati, {report.deleted} eliminati, {report.unchanged} già presenti, "
                f"{report.conflicts} conflitti, {report.pending} in attesa."
            )
            if report.divergence:
                print(
                    "Attenzione: i due portatili risultano divergenti ("
                    + ", ".join(report.divergence)
                    + "): prepara un pacchetto completo."
                )
        return EXIT_ATTENTION if (report.conflicts or report.pending) else EXIT_OK

    return _run(args, body)


def cmd_sync_status(args: argparse.Namespace) -> int:
    from rts_desktop.sync.api import sync_status

    def body(db: Any) -> int:
        status = sync_status(db)
        if args.json:
            print(json.dumps(status.as_json(), ensure_ascii=False))
        else:
            print(f"Dispositivo: {status.device_name} ({status.device_id})")
            print(
                f"Conflitti aperti: {status.open_conflicts}; modifiche in attesa: {status.pending}"
            )
            for w in status.waiting_for:
                print(f"  in attesa di modifiche da {w.device_name}: {w.changes}")
            for origin, seq in status.vector.items():
                print(f"  {origin}: {seq}")
        return EXIT_ATTENTION if (status.open_conflicts or status.pending) else EXIT_OK

    return _run(args, body)


def cmd_sync_force_pending(args: argparse.Namespace) -> int:
    from rts_desktop.sync.api import force_apply_pending

    def body(db: Any) -> int:
        report = force_apply_pending(db, _ctx(db), older_than_days=args.days)
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            print(
                f"Modifiche applicate: {report.applied}; conflitti: {report.conflicts}; "
                f"ancora in attesa: {report.still_waiting}"
            )
        return EXIT_ATTENTION if (report.conflicts or report.still_waiting) else EXIT_OK

    return _run(args, body)


def cmd_devices(args: argparse.Namespace) -> int:
    from rts_desktop.sync import api

    def body(db: Any) -> int:
        action = args.devices_action or "list"
        if action == "code":
            if args.out:
                api.write_enrolment_file(db, args.out)
                print(f"Codice scritto in {args.out}")
            else:
                print(api.enrolment_code(db))
        elif action == "enrol":
            source: str | Path = Path(args.source) if Path(args.source).is_file() else args.source
            d = api.enrol_device(db, _ctx(db), source)
            print(f"Registrato: {d.name} ({d.id}), impronta {d.fingerprint}")
        elif action == "revoke":
            d = api.revoke_device(db, _ctx(db), _device_id(db, args.device))
            print(f"Revocato: {d.name} ({d.id})")
        else:
            devices = api.list_devices(db)
            if getattr(args, "json", False):
                print(
                    json.dumps(
                        [
                            {
                                **d.__dict__,
                                "enrolled_at": str(d.enrolled_at),
                                "revoked_at": str(d.revoked_at or ""),
                                "last_sent_at": str(d.last_sent_at or ""),
                                "last_received_at": str(d.last_received_at or ""),
                            }
                            for d in devices
                        ],
                        ensure_ascii=False,
                    )
                )
            for d in devices if not getattr(args, "json", False) else []:
                state = "questo portatile" if d.is_self else ("revocato" if d.revoked_at else "")
                print(f"{d.id}  {d.name:<30} {d.fingerprint or '-':<20} {state}")
        return EXIT_OK

    return _run(args, body)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export-bundle": cmd_export_bundle,
    "import-bundle": cmd_import_bundle,
    "sync-status": cmd_sync_status,
    "sync-force-pending": cmd_sync_force_pending,
    "devices": cmd_devices,
}
