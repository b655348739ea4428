"""Commands about a person's data protection rights: ``person-export`` (GDPR art. 15)."""

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


def cmd_person_export(args: argparse.Namespace) -> int:
    from rts_desktop.services.cases.person_export_folder import check_out_folder, export_person_to

    check_out_folder(args.out)  # before the database is opened: a wrong --out costs nothing
    db = open_db(args)
    try:
        written = export_person_to(db, db.context(), args.person, args.out)
    finally:
        db.close()
    rows = "1 riga" if written.rows == 1 else f"{written.rows} righe"
    files = "1 allegato" if written.attachments == 1 else f"{written.attachments} allegati"
    print(f"Dati di {written.person_code} esportati in {args.out} ({rows}, {files})")
    return EXIT_OK


COMMANDS = {"person-export": cmd_person_export}
