"""Sync commands: ``export-bundle``, ``import-bundle``, ``sync-status``,
``sync-force-pending``, ``devices``.

Exit codes: 0 done, 2 refused (one line on stderr saying why), 3 imported with conflicts
or pending changes left. ``--json`` prints the result as JSON on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_ATTENTION, EXIT_OK, open_db, out_folder_exists
from rts_desktop.kernel.i18n import translator

PASSPHRASE_ENV = "RTS_BUNDLE_PASSPHRASE"
MAX_PASSPHRASE_FILE = 4096
_tr = translator("cli")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export-bundle", parents=[common], help=_tr("prepara un pacchetto di sincronizzazione")
    )
    p.add_argument(
        "--to", "--out", dest="out", type=Path, required=True, help=_tr("file da scrivere")
    )
    p.add_argument(
        "--for-device",
        "--for",
        dest="for_device",
        metavar=_tr("DISPOSITIVO"),
        help=_tr("id o nome"),
    )
    p.add_argument(
        "--snapshot", action="store_true", help=_tr("pacchetto completo (portatile nuovo)")
    )
    p.add_argument(
        "--snapshot-for", metavar=_tr("DISPOSITIVO"), help=_tr("come --snapshot --for-device")
    )
    p.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar=_tr("FILE_O_CHIAVE"),
        help=_tr("destinatario in più (chiave age, codice RTS1- o file; ripetibile)"),
    )
    _passphrase_options(p)

    p = sub.add_parser(
        "import-bundle", parents=[common], help=_tr("importa un pacchetto di sincronizzazione")
    )
    p.add_argument("file", type=Path, help=_tr("pacchetto da importare"))
    _passphrase_options(p)

    p = sub.add_parser("sync-status", parents=[common], help=_tr("stato della sincronizzazione"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "sync-force-pending",
        parents=[common],
        help=_tr("applica le modifiche in attesa da più di N giorni (coordinatori)"),
    )
    p.add_argument("--days", type=int, default=7, help=_tr("giorni di attesa (predefinito 7)"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "devices", parents=[common], help=_tr("portatili registrati per la sincronizzazione")
    )
    actions = p.add_subparsers(dest="devices_action", metavar=_tr("AZIONE"))
    listing = actions.add_parser("list", parents=[common], help=_tr("elenca i dispositivi"))
    listing.add_argument("--json", action="store_true")
    code = actions.add_parser(
        "code", parents=[common], help=_tr("mostra il codice di registrazione di questo portatile")
    )
    code.add_argument("--out", type=Path, help=_tr("scrivi il codice in un file JSON"))
    enrol = actions.add_parser(
        "enrol", parents=[common], help=_tr("registra un portatile dal suo codice o file")
    )
    enrol.add_argument("source", help=_tr("codice RTS1-... o file JSON"))
    revoke = actions.add_parser(
        "revoke", parents=[common], help=_tr("revoca un portatile (smarrito)")
    )
    revoke.add_argument("device", help=_tr("id o nome del dispositivo"))
    actions.add_parser(
        "new-series",
        parents=[common],
        help=_tr("nuova serie per i codici dei casi emessi da questo portatile"),
    )


def _passphrase_options(p: argparse.ArgumentParser) -> None:
    """The bundle password's options (one or the other) and ``--json``."""
    secret = p.add_mutually_exclusive_group()
    secret.add_argument(
        "--passphrase-file", type=Path, help=_tr("file con la password del pacchetto")
    )
    secret.add_argument(
        "--passphrase",
        action="store_true",
        help=_tr("password da {env} o chiesta").format(env=PASSPHRASE_ENV),
    )
    p.add_argument("--json", action="store_true", help=_tr("risultato in JSON"))


def _passphrase(args: argparse.Namespace) -> str | None:
    """The bundle password: from ``--passphrase-file`` (first line), or with
    ``--passphrase`` from the environment or a prompt."""
    from rts_desktop.kernel.errors import N_, ValidationError

    path: Path | None = args.passphrase_file
    if path is not None:
        try:
            if path.stat().st_size > MAX_PASSPHRASE_FILE:
                raise ValidationError("passphrase-file", N_("File della password troppo grande."))
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise ValidationError(
                "passphrase-file", N_("File della password illeggibile: {p}").format(p=path)
            ) from None
        if not lines or not lines[0]:
            raise ValidationError("passphrase-file", N_("Il file della password è vuoto."))
        return lines[0]
    if not args.passphrase:
        return None
    return os.environ.get(PASSPHRASE_ENV) or getpass.getpass(_tr("Password del pacchetto: "))


def _device_id(db: Any, ref: str) -> str:
    from rts_desktop.kernel.errors import N_, NotFound
    from rts_desktop.sync.api import list_devices

    found = [d for d in list_devices(db) if ref in (d.id, d.name) and not d.is_self]
    if len(found) != 1:
        raise NotFound(N_("Dispositivo non trovato o ambiguo: {ref}.").format(ref=ref))
    return found[0].id


def _with_db(args: argparse.Namespace, body: Any) -> int:
    db, ctx = open_db(args)
    try:
        return int(body(db, ctx))
    finally:
        db.close()


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from rts_desktop.kernel.errors import N_, ValidationError
    from rts_desktop.sync.api import export_bundle
    from rts_desktop.sync.devices import recipient_keys

    snapshot = args.snapshot or args.snapshot_for is not None
    target_ref = args.snapshot_for or args.for_device
    if args.snapshot_for and args.for_device and args.snapshot_for != args.for_device:
        raise ValidationError("for-device", N_("Indica un solo dispositivo destinatario."))
    if not snapshot and target_ref is None:
        raise ValidationError(
            "for-device", N_("Indica --for-device DISPOSITIVO oppure --snapshot.")
        )
    if args.recipient and (args.passphrase_file or args.passphrase):
        raise ValidationError("recipient", N_("Usa --recipient oppure una password, non entrambi."))
    out_folder_exists(args.out)
    extra = [key for ref in args.recipient for key in recipient_keys(ref)]
    passphrase = _passphrase(args)

    def body(db: Any, ctx: Any) -> int:
        target = _device_id(db, target_ref) if target_ref else None
        report = export_bundle(
            db,
            ctx,
            args.out,
            for_device=target,
            snapshot=snapshot,
            recipients=extra,
            passphrase=passphrase,
        )
        if args.json:
            data = {k: str(v) if isinstance(v, Path) else v for k, v in report.__dict__.items()}
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(
                _tr("Pacchetto scritto: {path} ({items}, {files}, {size} KiB)").format(
                    path=report.path,
                    items=_tr("%n elementi", n=report.changes or report.rows),
                    files=_tr("%n allegati", n=report.attachments),
                    size=f"{report.size / 1024:.0f}",
                )
            )
        return EXIT_OK

    return _with_db(args, body)


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from rts_desktop.sync.api import import_bundle

    passphrase = _passphrase(args)

    def body(db: Any, ctx: Any) -> int:
        report = import_bundle(db, ctx, args.file, passphrase=passphrase)
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
        elif report.already_imported:
            print(_tr("Pacchetto già importato: nessuna modifica."))
        else:
            print(
                _tr(
                    "Importato da {origin}: {new} nuovi, {updated} aggiornati, {deleted} "
                    "eliminati, {unchanged} già presenti, {conflicts} conflitti, "
                    "{pending} in attesa."
                ).format(
                    origin=report.origin_name,
                    new=report.new,
                    updated=report.updated,
                    deleted=report.deleted,
                    unchanged=report.unchanged,
                    conflicts=report.conflicts,
                    pending=report.pending,
                )
            )
            if report.divergence:
                print(
                    _tr(
                        "Attenzione: i due portatili risultano divergenti ({what}): "
                        "prepara un pacchetto completo."
                    ).format(what=", ".join(report.divergence))
                )
        return EXIT_ATTENTION if (report.conflicts or report.pending) else EXIT_OK

    return _with_db(args, body)


def cmd_sync_status(args: argparse.Namespace) -> int:
    from rts_desktop.sync.api import sync_status

    def body(db: Any, ctx: Any) -> int:
        status = sync_status(db)
        if args.json:
            print(json.dumps(status.as_json(), ensure_ascii=False))
        else:
            print(
                _tr("Dispositivo: {name} ({id})").format(
                    name=status.device_name, id=status.device_id
                )
            )
            print(
                _tr("Conflitti aperti: {conflicts}; modifiche in attesa: {pending}").format(
                    conflicts=status.open_conflicts, pending=status.pending
                )
            )
            for w in status.waiting_for:
                print(
                    "  "
                    + _tr("in attesa di modifiche da {name}: {n}").format(
                        name=w.device_name, n=w.changes
                    )
                )
            for origin, seq in status.vector.items():
                print(f"  {origin}: {seq}")
        return EXIT_ATTENTION if (status.open_conflicts or status.pending) else EXIT_OK

    return _with_db(args, body)


def cmd_sync_force_pending(args: argparse.Namespace) -> int:
    from rts_desktop.kernel.errors import N_, ValidationError
    from rts_desktop.sync.api import force_apply_pending

    if not 0 <= args.days <= 3650:
        raise ValidationError("days", N_("--days va da 0 a 3650."))

    def body(db: Any, ctx: Any) -> int:
        report = force_apply_pending(db, ctx, older_than_days=args.days)
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            print(
                _tr(
                    "Modifiche applicate: {applied}; conflitti: {conflicts}; "
                    "ancora in attesa: {waiting}"
                ).format(
                    applied=report.applied,
                    conflicts=report.conflicts,
                    waiting=report.still_waiting,
                )
            )
        return EXIT_ATTENTION if (report.conflicts or report.still_waiting) else EXIT_OK

    return _with_db(args, body)


def _enrol_source(text: str) -> str | Path:
    """A pasted code is never tried as a path (a long code is not a valid file name)."""
    from rts_desktop.sync.devices import CODE_PREFIX

    stripped = text.strip()
    if stripped.startswith((CODE_PREFIX, "{")):
        return stripped
    return Path(stripped).expanduser()


def _devices_json(devices: list[Any]) -> str:
    stamps = ("enrolled_at", "revoked_at", "last_sent_at", "last_received_at")
    return json.dumps(
        [{**d.__dict__, **{k: str(getattr(d, k) or "") for k in stamps}} for d in devices],
        ensure_ascii=False,
    )


def cmd_devices(args: argparse.Namespace) -> int:
    from rts_desktop.cli.common import out_folder_exists
    from rts_desktop.sync import api

    action = args.devices_action or "list"
    if action == "code" and args.out:
        out_folder_exists(args.out)

    def body(db: Any, ctx: Any) -> int:
        if action == "code":
            if args.out:
                api.write_enrolment_file(db, args.out)
                print(_tr("Codice scritto in {path}").format(path=args.out))
            else:
                print(api.enrolment_code(db))
        elif action == "enrol":
            d = api.enrol_device(db, ctx, _enrol_source(args.source))
            print(
                _tr("Registrato: {name} ({id}), impronta {fingerprint}").format(
                    name=d.name, id=d.id, fingerprint=d.fingerprint
                )
            )
        elif action == "new-series":
            series = api.new_code_series(db, ctx)
            print(_tr("Nuova serie dei codici: {series}").format(series=series))
        elif action == "revoke":
            d = api.revoke_device(db, ctx, _device_id(db, args.device))
            print(_tr("Revocato: {name} ({id})").format(name=d.name, id=d.id))
        elif getattr(args, "json", False):
            print(_devices_json(api.list_devices(db)))
        else:
            for d in api.list_devices(db):
                state = _device_state(d)
                print(f"{d.id}  {d.name:<30} {d.fingerprint or '-':<20} {state}")
        return EXIT_OK

    return _with_db(args, body)


def _device_state(d: Any) -> str:
    if d.is_self:
        return _tr("questo portatile")
    return _tr("revocato") if d.revoked_at else ""


COMMANDS = {
    "export-bundle": cmd_export_bundle,
    "import-bundle": cmd_import_bundle,
    "sync-status": cmd_sync_status,
    "sync-force-pending": cmd_sync_force_pending,
    "devices": cmd_devices,
}
