"""``audit``: the audit log (registro accessi), filtered, as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_OK, open_db, out_folder_exists, parse_day
from rts_desktop.kernel.i18n import noop, translate, translator

_tr = translator("cli")
#: the table's headings, translated where they are printed
COLUMNS = (
    noop("cli", "quando"),
    noop("cli", "operatore"),
    noop("cli", "dispositivo"),
    noop("cli", "azione"),
    noop("cli", "entità"),
    noop("cli", "codice/id"),
    noop("cli", "finalità"),
    noop("cli", "dettaglio"),
)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "audit", parents=[common], help=_tr("registro accessi: chi ha fatto cosa, quando e perché")
    )
    p.add_argument("--case", help=_tr("codice del caso (es. RTS-2026-0042): il caso e i suoi dati"))
    p.add_argument("--operator", help=_tr("nome utente o nome e cognome dell'operatore"))
    p.add_argument("--from", dest="date_from", help=_tr("primo giorno AAAA-MM-GG"))
    p.add_argument("--to", dest="date_to", help=_tr("ultimo giorno AAAA-MM-GG"))
    p.add_argument("--action", help=_tr("azione (es. read, create, update)"))
    p.add_argument("--limit", type=int, help=_tr("al massimo N voci, le più recenti"))
    p.add_argument("--json", action="store_true", help=_tr("risultato in JSON (una lista)"))
    p.add_argument(
        "--csv", type=Path, help=_tr("scrivi anche un file CSV per Excel (UTF-8 con BOM, «;»)")
    )


def cmd_audit(args: argparse.Namespace) -> int:
    from itertools import islice

    from rts_desktop.kernel.errors import N_, ValidationError
    from rts_desktop.kernel.fileio import write_atomically
    from rts_desktop.services import audit_log

    first = parse_day("from", args.date_from) if args.date_from else None
    last = parse_day("to", args.date_to) if args.date_to else None
    if args.limit is not None and args.limit < 1:
        raise ValidationError("limit", N_("indica un numero maggiore di zero"))
    if args.csv is not None:
        out_folder_exists(args.csv)
    wanted = audit_log.AuditFilter(
        case=args.case, operator=args.operator, date_from=first, date_to=last, action=args.action
    )
    db, ctx = open_db(args)
    try:
        rows = list(islice(audit_log.read_all(db, ctx, wanted), args.limit))
    finally:
        db.close()
    if args.csv is not None:
        write_atomically(args.csv, audit_log.csv_bytes(rows))
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
    else:
        print(_table(rows, audit_log.local_time))
    return EXIT_OK


def _table(rows: list[Any], when: Any) -> str:
    lines = [
        (
            when(r.at),
            r.operator or "—",
            r.device or r.device_id[:8],
            r.action,
            r.entity,
            r.code or r.entity_id or "",
            r.purpose or "",
            " ".join((r.detail or "").split())[:60],
        )
        for r in rows
    ]
    header = [translate("cli", c) for c in COLUMNS]  # i18n: dynamic
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for line in lines:
        out.append("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    out.append(_tr("%n voci", n=len(rows)))
    return "\n".join(out)


COMMANDS = {"audit": cmd_audit}
