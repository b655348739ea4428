"""``init``, ``demo-data``, ``check``, ``backup``, ``restore``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_FAILURE, EXIT_OK, database_url, open_db


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="crea il database (o lo aggiorna)")
    p.add_argument("--device-name", help="nome di questo portatile (es. «Laptop via Padova»)")

    p = sub.add_parser(
        "demo-data", parents=[common], help="riempi un database vuoto di dati dimostrativi"
    )
    p.add_argument("--size", choices=("small", "large"), required=True)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--today", help="giorno AAAA-MM-GG a cui riferire i dati (predefinito: oggi)")

    p = sub.add_parser(
        "check",
        parents=[common],
        help="integrità, chiavi esterne, allegati, catena del registro e conteggi",
    )
    p.add_argument("--json", action="store_true", help="risultato in JSON")

    p = sub.add_parser(
        "backup", parents=[common], help="copia di sicurezza completa (database e allegati)"
    )
    p.add_argument(
        "--out", type=Path, help="file .rtsbackup da scrivere (predefinito: cartella backups)"
    )

    p = sub.add_parser(
        "restore", parents=[common], help="ripristina database e allegati da un backup"
    )
    p.add_argument("file", type=Path, help="file di backup (.rtsbackup, o .db solo database)")


def cmd_init(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import init

    url = database_url(args)
    db, created = init(url, args.device_name)
    try:
        state = "creato" if created else "già presente, aggiornato"
        print(f"Database {state}: {db.path or url} (dispositivo {db.device_id})")
    finally:
        db.close()
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from rts_desktop.cli.admin import demo_data
    from rts_desktop.cli.common import parse_day

    today = parse_day("today", args.today) if args.today else None
    db = open_db(args)
    try:
        started = time.perf_counter()
        counts = demo_data(db, args.size, args.seed, today=today)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    main_tables = ("beneficiaries", "cases", "apartments", "rooms", "events", "notes")
    summary = ", ".join(f"{t} {counts.get(t, 0)}" for t in main_tables)
    print(f"Dati dimostrativi «{args.size}» creati in {elapsed:.1f} s: {summary}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import check

    db = open_db(args)
    try:
        report = check(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK if report.ok else EXIT_FAILURE
    print(f"Controllo: {'ok' if report.ok else 'PROBLEMI'} (revisione {report.revision})")
    names = {
        "integrity": "integrità",
        "foreign_keys": "chiavi esterne",
        "attachments": "allegati",
        "audit_chain": "catena registro",
    }
    for name, passed in report.checks.items():
        print(f"  {names[name]:<16} {'ok' if passed else 'NON SUPERATO'}")
    for problem in [p for p in report.integrity if p != "ok"] + report.foreign_keys:
        print(f"    {problem}")
    att = report.attachments
    for doc_id in att.missing:
        print(f"    documento {doc_id}: file mancante")
    for doc_id in att.damaged:
        print(f"    documento {doc_id}: file alterato (sha256 diverso)")
    print(f"  allegati controllati: {att.checked}")
    bad = report.audit_chain.first_bad
    if bad is not None:
        where = f"anello {bad.seq}, " if bad.seq is not None else ""
        print(f"    registro accessi: {where}voce {bad.entry_id}: {bad.message}")
    print(f"  anelli del registro controllati: {report.audit_chain.links}")
    for table, n in report.counts.items():
        if n:
            print(f"  {table:<24} {n:>9}")
    if report.size_bytes is not None:
        print(f"Dimensione su disco: {report.size_bytes / 1_048_576:.1f} MiB")
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_backup(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import backup

    db = open_db(args)
    try:
        made = backup(db, args.out)
    finally:
        db.close()
    print(f"Backup completo salvato: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from rts_desktop.cli.admin import restore

    safety = restore(database_url(args), args.file)
    print(f"Database ripristinato da {args.file} (copia dello stato precedente: {safety})")
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "demo-data": cmd_demo_data,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
