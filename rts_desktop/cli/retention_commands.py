"""``retention``: what the retention policy asks for today, and doing it with ``--apply``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from rts_desktop.cli.common import EXIT_OK, open_db


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "retention",
        parents=[common],
        help="conservazione dei dati: cosa va cancellato oggi (con --apply lo cancella)",
    )
    p.add_argument("--apply", action="store_true", help="esegui le cancellazioni dovute")
    p.add_argument("--json", action="store_true", help="risultato in JSON")


def cmd_retention(args: argparse.Namespace) -> int:
    from rts_desktop.services.retention import (
        CATEGORY_LABELS,
        Policy,
        apply_retention,
        retention_due,
    )

    policy = Policy.from_settings()
    db, ctx = open_db(args)
    try:
        items = (apply_retention if args.apply else retention_due)(db, ctx, policy)
    finally:
        db.close()
    if args.json:
        payload = {
            "applied": args.apply,
            "policy": {"special_years": policy.special_years, "person_years": policy.person_years},
            "items": [i.as_json() for i in items],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    verb = "Eseguito" if args.apply else "Da fare"
    print(
        f"Conservazione: dati particolari {policy.special_years} anni, persona "
        f"{policy.person_years} anni dalla chiusura dell'ultimo caso"
    )
    if not items:
        print("Nulla da cancellare oggi.")
    for i in items:
        print(
            f"  {verb}: {CATEGORY_LABELS[i.category]:<24} {i.code}  chiuso il "
            f"{i.closed_on:%d/%m/%Y}, dovuto dal {i.due_on:%d/%m/%Y}"
        )
    return EXIT_OK


COMMANDS = {"retention": cmd_retention}
