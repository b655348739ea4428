"""``retention``: what the retention policy asks for today, and doing it with ``--apply``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from rts_desktop.cli.common import EXIT_OK, open_db
from rts_desktop.kernel.i18n import text_of, translator

_tr = translator("cli")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "retention",
        parents=[common],
        help=_tr("conservazione dei dati: cosa va cancellato oggi (con --apply lo cancella)"),
    )
    p.add_argument("--apply", action="store_true", help=_tr("esegui le cancellazioni dovute"))
    p.add_argument("--json", action="store_true", help=_tr("risultato in JSON"))


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
    print(
        _tr(
            "Conservazione: dati particolari {special} anni, persona {person} anni dalla "
            "chiusura dell'ultimo caso"
        ).format(special=policy.special_years, person=policy.person_years)
    )
    if not items:
        print(_tr("Nulla da cancellare oggi."))
    if args.apply:
        line = _tr(
            "Eseguito: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}"
        )
    else:
        line = _tr("Da fare: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}")
    for i in items:
        what = f"{text_of(CATEGORY_LABELS[i.category]):<24}"
        print("  " + line.format(what=what, code=i.code, closed=i.closed_on, due=i.due_on))
    return EXIT_OK


COMMANDS = {"retention": cmd_retention}
