"""Commands about a person's data protection rights: ``person-export`` (GDPR art. 15) and
``erase`` (GDPR art. 17)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_OK, open_db


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "person-export",
        parents=[common],
        help="esporta tutti i dati di una persona (accesso, art. 15 GDPR)",
    )
    p.add_argument("--person", required=True, help="codice della persona (es. BEN-2024-00001)")
    p.add_argument("--out", type=Path, required=True, help="cartella da creare (nuova o vuota)")
    p = sub.add_parser(
        "erase",
        parents=[common],
        help="cancella i dati personali di una persona (oblio, art. 17 GDPR)",
    )
    p.add_argument("--person", required=True, help="codice della persona (es. BEN-2024-00002)")
    p.add_argument("--reason", required=True, help="motivo, scritto nel registro accessi")


def cmd_person_export(args: argparse.Namespace) -> int:
    from rts_desktop.services.cases.person_export_folder import check_out_folder, export_person_to

    check_out_folder(args.out)  # before the database is opened: a wrong --out costs nothing
    db, ctx = open_db(args)
    try:
        written = export_person_to(db, ctx, args.person, args.out)
    finally:
        db.close()
    rows = "1 riga" if written.rows == 1 else f"{written.rows} righe"
    files = "1 allegato" if written.attachments == 1 else f"{written.attachments} allegati"
    print(f"Dati di {written.person_code} esportati in {args.out} ({rows}, {files})")
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
    rows = "1 riga" if report.purged == 1 else f"{report.purged} righe"
    files = "1 allegato" if report.files_removed == 1 else f"{report.files_removed} allegati"
    print(f"Dati di {code} cancellati ({rows} eliminate, {files} rimossi)")
    return EXIT_OK


COMMANDS = {"person-export": cmd_person_export, "erase": cmd_erase}
