"""Commands about a person's data protection rights: ``person-export`` (GDPR art. 15) and
``erase`` (GDPR art. 17)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_OK, open_db
from rts_desktop.kernel.i18n import translator

_tr = translator("cli")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "person-export",
        parents=[common],
        help=_tr("esporta tutti i dati di una persona (accesso, art. 15 GDPR)"),
    )
    p.add_argument("--person", required=True, help=_tr("codice della persona (es. BEN-2024-00001)"))
    p.add_argument(
        "--out", type=Path, required=True, help=_tr("cartella da creare (nuova o vuota)")
    )
    p = sub.add_parser(
        "erase",
        parents=[common],
        help=_tr("cancella i dati personali di una persona (oblio, art. 17 GDPR)"),
    )
    p.add_argument("--person", required=True, help=_tr("codice della persona (es. BEN-2024-00002)"))
    p.add_argument("--reason", required=True, help=_tr("motivo, scritto nel registro accessi"))


def cmd_person_export(args: argparse.Namespace) -> int:
    from rts_desktop.services.cases.person_export_folder import check_out_folder, export_person_to

    check_out_folder(args.out)  # before the database is opened: a wrong --out costs nothing
    db, ctx = open_db(args)
    try:
        written = export_person_to(db, ctx, args.person, args.out)
    finally:
        db.close()
    print(
        _tr("Dati di {code} esportati in {out} ({rows}, {files})").format(
            code=written.person_code,
            out=args.out,
            rows=_tr("%n righe", n=written.rows),
            files=_tr("%n allegati", n=written.attachments),
        )
    )
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from rts_desktop.db.maintenance import purge_free_space
    from rts_desktop.kernel.errors import N_, ValidationError
    from rts_desktop.services.cases.person_export import find_person
    from rts_desktop.sync.api import erase_beneficiary_report

    reason = " ".join(str(args.reason or "").split())
    if not reason:  # checked before the database is opened
        raise ValidationError("reason", N_("Indica il motivo della cancellazione (--reason)."))
    db, ctx = open_db(args)
    try:
        with db.session(write=False) as s:
            person = find_person(s, args.person)
            person_id, code = person.id, person.code
        report = erase_beneficiary_report(db, ctx, person_id, reason=reason)
        purge_free_space(db)  # committed: now no freed page nor WAL frame keeps old values
    finally:
        db.close()
    print(
        _tr("Dati di {code} cancellati ({rows}, {files})").format(
            code=code,
            rows=_tr("%n righe eliminate", n=report.purged),
            files=_tr("%n allegati rimossi", n=report.files_removed),
        )
    )
    return EXIT_OK


COMMANDS = {"person-export": cmd_person_export, "erase": cmd_erase}
