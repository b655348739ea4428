"""Command line: the GUI by default, headless administration as subcommands.

Exit codes: 0 ok, 1 failure, 2 bad input (one line on stderr, never a traceback),
3 conflicts or pending changes left after an import.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from rts_desktop import __version__

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
log = logging.getLogger("rts_desktop")


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (vedi --help)\n")


def _db_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="file del database SQLite")
    where.add_argument(
        "--db-url", metavar="URL", help="URL SQLAlchemy (es. postgresql+psycopg://...)"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _db_options()
    parser = _Parser(
        prog="rts-desktop",
        description="RTS Desktop – Residenzialità Temporanea Sociale. Senza comando avvia l'interfaccia.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="apri il database dimostrativo (creato al primo uso)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMANDO")

    p = sub.add_parser("init", parents=[common], help="crea il database (o lo aggiorna)")
    p.add_argument("--device-name", help="nome di questo portatile (es. «Laptop via Padova»)")

    p = sub.add_parser(
        "demo-data", parents=[common], help="riempi un database vuoto di dati dimostrativi"
    )
    p.add_argument("--size", choices=("small", "large"), required=True)
    p.add_argument("--seed", type=int, default=2026)

    p = sub.add_parser("check", parents=[common], help="controllo di integrità e conteggi")
    p.add_argument("--json", action="store_true", help="risultato in JSON")

    p = sub.add_parser("backup", parents=[common], help="copia di sicurezza del database")
    p.add_argument("--out", type=Path, help="file di destinazione (predefinito: cartella backups)")

    p = sub.add_parser("restore", parents=[common], help="ripristina il database da un backup")
    p.add_argument("file", type=Path, help="file di backup")

    p = sub.add_parser(
        "screenshot", parents=[common], help="immagine di una vista (per README e revisioni)"
    )
    p.add_argument("--view", default="main", help="vista da riprendere (main)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--size", default="1280x800", help="dimensioni finestra LxA")

    p = sub.add_parser("occupancy", parents=[common], help="posti liberi per alloggio e stanza")
    p.add_argument("--date", help="giorno AAAA-MM-GG (predefinito: oggi)")
    p.add_argument("--json", action="store_true", help="risultato in JSON")

    p = sub.add_parser("export-ics", parents=[common], help="esporta il calendario in .ics")
    p.add_argument("--educator", help="nome utente o nome e cognome dell'educatore")
    p.add_argument("--apartment", help="codice dell'alloggio")
    p.add_argument("--from", dest="date_from", required=True, help="primo giorno AAAA-MM-GG")
    p.add_argument("--to", dest="date_to", required=True, help="ultimo giorno AAAA-MM-GG")
    p.add_argument("--out", type=Path, required=True, help="file .ics da scrivere")

    p = sub.add_parser("print-plan", parents=[common], help="stampa in PDF il progetto di un caso")
    p.add_argument("--case", required=True, help="codice del caso (es. RTS-2026-0042)")
    p.add_argument("--out", type=Path, required=True, help="file .pdf da scrivere")
    p.add_argument("--version", type=int, help="numero di versione (predefinito: quella condivisa)")

    p = sub.add_parser(
        "print-plans", parents=[common], help="stampa i progetti con verifica prima di una data"
    )
    p.add_argument("--due-before", required=True, help="giorno AAAA-MM-GG")
    p.add_argument("--out-dir", type=Path, required=True, help="cartella dei PDF")
    p.add_argument("--processes", type=int, default=2, help="processi in parallelo (2)")
    from rts_desktop.sync.cli_commands import add_parsers as add_sync_parsers

    add_sync_parsers(sub, common)
    return parser


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from rts_desktop.admin import resolve_url
    from rts_desktop.db import open_database

    return open_database(resolve_url(args.db, args.db_url))


def cmd_init(args: argparse.Namespace) -> int:
    from rts_desktop.admin import init, resolve_url

    url = resolve_url(args.db, args.db_url)
    db, created = init(url, args.device_name)
    try:
        state = "creato" if created else "già presente, aggiornato"
        print(f"Database {state}: {db.path or url} (dispositivo {db.device_id})")
    finally:
        db.close()
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from rts_desktop.admin import demo_data

    db = _open(args)
    try:
        started = time.perf_counter()
        counts = demo_data(db, args.size, args.seed)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    main_tables = ("beneficiaries", "cases", "apartments", "rooms", "events", "notes")
    summary = ", ".join(f"{t} {counts.get(t, 0)}" for t in main_tables)
    print(f"Dati dimostrativi «{args.size}» creati in {elapsed:.1f} s: {summary}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from rts_desktop.admin import check

    db = _open(args)
    try:
        report = check(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"Integrità: {'ok' if report.ok else 'PROBLEMI'} (revisione {report.revision})")
        for problem in [p for p in report.integrity if p != "ok"] + report.foreign_keys:
            print(f"  {problem}")
        for table, n in report.counts.items():
            if n:
                print(f"  {table:<24} {n:>9}")
        if report.size_bytes is not None:
            print(f"Dimensione su disco: {report.size_bytes / 1_048_576:.1f} MiB")
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_backup(args: argparse.Namespace) -> int:
    from rts_desktop.admin import backup

    db = _open(args)
    try:
        made = backup(db, args.out)
    finally:
        db.close()
    print(f"Backup salvato: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from rts_desktop.admin import resolve_url, restore

    safety = restore(resolve_url(args.db, args.db_url), args.file)
    print(f"Database ripristinato da {args.file} (copia dello stato precedente: {safety})")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from rts_desktop.admin import resolve_url

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        print(
            f"rts-desktop: dimensioni non valide: {args.size} (usa LxA, es. 1280x800)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    # rendered offscreen unless told otherwise: it runs on machines without a display too
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from rts_desktop.ui.app import screenshot

    url = resolve_url(args.db, args.db_url)
    return screenshot(url, args.view, args.out, (width, height))


def cmd_occupancy(args: argparse.Namespace) -> int:
    import datetime as dt

    from rts_desktop.services.occupancy_report import occupancy_json, occupancy_table

    try:
        day = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        print(f"rts-desktop: data non valida: {args.date} (usa AAAA-MM-GG)", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = _open(args)
    try:
        if args.json:
            print(json.dumps(occupancy_json(db, day), ensure_ascii=False, indent=2))
        else:
            print(occupancy_table(db, day))
    finally:
        db.close()
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    import datetime as dt

    from rts_desktop.fileio import write_atomically
    from rts_desktop.services.ics_export import export_ics

    try:
        first, last = (dt.date.fromisoformat(d) for d in (args.date_from, args.date_to))
    except ValueError:
        print("rts-desktop: data non valida (usa AAAA-MM-GG)", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = _open(args)
    try:
        data, count = export_ics(
            db, first, last, educator=args.educator, apartment_code=args.apartment
        )
    finally:
        db.close()
    write_atomically(args.out, data)
    print(f"Calendario esportato: {args.out} ({count} appuntamenti)")
    return EXIT_OK


def cmd_print_plan(args: argparse.Namespace) -> int:
    from rts_desktop.fileio import write_atomically
    from rts_desktop.services.printing_plans import find_plan, plan_pdf

    if not args.out.resolve().parent.is_dir():
        print(f"rts-desktop: cartella inesistente: {args.out.parent}", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = _open(args)
    try:
        data = plan_pdf(db, db.context(), find_plan(db, args.case, args.version))
    finally:
        db.close()
    write_atomically(args.out.resolve(), data)
    print(f"Progetto stampato: {args.out}")
    return EXIT_OK


def cmd_print_plans(args: argparse.Namespace) -> int:
    import datetime as dt

    from rts_desktop.services.printing_batch import print_plans_due

    try:
        before = dt.date.fromisoformat(args.due_before)
    except ValueError:
        print(f"rts-desktop: data non valida: {args.due_before} (usa AAAA-MM-GG)", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not args.out_dir.is_dir():
        print(f"rts-desktop: cartella inesistente: {args.out_dir}", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = _open(args)
    try:
        report = print_plans_due(
            db, db.context(), before, args.out_dir, processes=max(1, args.processes)
        )
    finally:
        db.close()
    print(report.summary())
    for failure in report.failed:
        print(f"  {failure.case_code}: {failure.message}", file=sys.stderr)
    return EXIT_OK if not report.failed else EXIT_FAILURE


def run_gui(args: argparse.Namespace) -> int:
    from rts_desktop.ui.app import run

    return run(lambda: _open_for_gui(args))


def _open_for_gui(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The database the window attaches to (called once the window's frame is on screen):
    the demo one, or the chosen one, created on first start and migrated when needed."""
    from rts_desktop.admin import ensure_demo_database, init, resolve_url
    from rts_desktop.db import open_database

    if args.demo:
        return open_database(ensure_demo_database())
    return init(resolve_url(args.db, args.db_url))[0]


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo-data": cmd_demo_data,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "screenshot": cmd_screenshot,
    "occupancy": cmd_occupancy,
    "export-ics": cmd_export_ics,
    "print-plan": cmd_print_plan,
    "print-plans": cmd_print_plans,
}


def _handler(name: str | None) -> Callable[[argparse.Namespace], int]:
    from rts_desktop.sync.cli_commands import COMMANDS as SYNC_COMMANDS

    return COMMANDS.get(name or "") or SYNC_COMMANDS.get(name or "") or run_gui


def _setup_logging() -> None:
    """Details of unexpected errors go to a log file, never to the user's terminal."""
    from rts_desktop import config

    log.propagate = False
    try:
        folder = config.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "rts-desktop.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    from rts_desktop.errors import RtsError

    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, bad usage (already reported in one line)
        return int(exc.code or 0)
    if not log.handlers:
        _setup_logging()
    handler = _handler(args.command)
    try:
        return handler(args)
    except RtsError as exc:
        print(f"rts-desktop: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rts-desktop: interrotto", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # output piped into head/less that stopped reading: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # one line for people; the traceback goes to the log
        log.exception("unexpected error")
        print(f"rts-desktop: errore imprevisto: {exc}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
