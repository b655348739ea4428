"""Commands that print or write documents: ``occupancy``, ``export-ics``, ``print-plan``,
``print-plans``, ``screenshot``. ``print-plan`` prints in the language ``--doc-lang`` names
(Italian unless told), whatever the language of the command line."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    open_db,
    out_folder_exists,
    parse_day,
)
from rts_desktop.kernel.i18n import LANGUAGES, SOURCE_LANGUAGE, translator

_tr = translator("cli")


def add_doc_lang(p: argparse.ArgumentParser) -> None:
    """``--doc-lang it|en``: the language of the document written (Italian by default)."""
    p.add_argument(
        "--doc-lang",
        choices=tuple(LANGUAGES),
        default=SOURCE_LANGUAGE,
        help=_tr("lingua del documento: it o en (predefinita: it)"),
    )


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "screenshot", parents=[common], help=_tr("immagine di una vista (per README e revisioni)")
    )
    p.add_argument("--view", default="main", help=_tr("vista da riprendere (main)"))
    p.add_argument("--out", type=Path, required=True, help=_tr("file .png da scrivere"))
    p.add_argument("--size", default="1280x800", help=_tr("dimensioni finestra LxA"))

    p = sub.add_parser(
        "occupancy", parents=[common], help=_tr("posti liberi per alloggio e stanza")
    )
    p.add_argument("--date", help=_tr("giorno AAAA-MM-GG (predefinito: oggi)"))
    p.add_argument("--json", action="store_true", help=_tr("risultato in JSON"))

    p = sub.add_parser("export-ics", parents=[common], help=_tr("esporta il calendario in .ics"))
    p.add_argument("--educator", help=_tr("nome utente o nome e cognome dell'educatore"))
    p.add_argument("--apartment", help=_tr("codice dell'alloggio"))
    p.add_argument("--from", dest="date_from", required=True, help=_tr("primo giorno AAAA-MM-GG"))
    p.add_argument("--to", dest="date_to", required=True, help=_tr("ultimo giorno AAAA-MM-GG"))
    p.add_argument("--out", type=Path, required=True, help=_tr("file .ics da scrivere"))

    p = sub.add_parser(
        "print-plan", parents=[common], help=_tr("stampa in PDF il progetto di un caso")
    )
    p.add_argument("--case", required=True, help=_tr("codice del caso (es. RTS-2026-0042)"))
    p.add_argument("--out", type=Path, required=True, help=_tr("file .pdf da scrivere"))
    p.add_argument(
        "--version", type=int, help=_tr("numero di versione (predefinito: quella condivisa)")
    )
    add_doc_lang(p)

    p = sub.add_parser(
        "print-plans",
        parents=[common],
        help=_tr("stampa i progetti con verifica prima di una data"),
    )
    p.add_argument("--due-before", required=True, help=_tr("giorno AAAA-MM-GG"))
    p.add_argument("--out-dir", type=Path, required=True, help=_tr("cartella dei PDF"))
    p.add_argument("--processes", type=int, default=2, help=_tr("processi in parallelo (2)"))


def cmd_screenshot(args: argparse.Namespace) -> int:
    from rts_desktop.kernel.errors import N_, ValidationError

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError(args.size)
    except ValueError:
        raise ValidationError(
            "size",
            N_("dimensioni non valide: {v} (usa LxA, es. 1280x800)").format(v=args.size),
        ) from None
    out_folder_exists(args.out)
    # rendered offscreen unless told otherwise: it runs on machines without a display too
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from rts_desktop.ui.app import screenshot

    db, ctx = open_db(args)
    try:
        return screenshot(db, ctx, args.view, args.out, (width, height))
    finally:
        db.close()


def cmd_occupancy(args: argparse.Namespace) -> int:
    import datetime as dt

    from rts_desktop.services.housing.occupancy_report import occupancy_json, occupancy_table

    day = parse_day("date", args.date) if args.date else dt.date.today()
    db, ctx = open_db(args)
    try:
        if args.json:
            print(json.dumps(occupancy_json(db, day, ctx=ctx), ensure_ascii=False, indent=2))
        else:
            print(occupancy_table(db, day, ctx=ctx))
    finally:
        db.close()
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    from rts_desktop.kernel.fileio import write_atomically
    from rts_desktop.services.calendar.ics_export import export_ics

    first, last = parse_day("from", args.date_from), parse_day("to", args.date_to)
    out_folder_exists(args.out)
    db, ctx = open_db(args)
    try:
        data, count = export_ics(
            db, first, last, educator=args.educator, apartment_code=args.apartment, ctx=ctx
        )
    finally:
        db.close()
    write_atomically(args.out, data)
    print(_tr("Calendario esportato: {path} (%n appuntamenti)", n=count).format(path=args.out))
    return EXIT_OK


def cmd_print_plan(args: argparse.Namespace) -> int:
    from rts_desktop.documents.language import document_language
    from rts_desktop.kernel.fileio import write_atomically
    from rts_desktop.services.plans.printing import find_plan, plan_pdf

    out_folder_exists(args.out)
    db, ctx = open_db(args)
    try:
        with document_language(args.doc_lang):
            data = plan_pdf(db, ctx, find_plan(db, args.case, args.version))
    finally:
        db.close()
    write_atomically(args.out.resolve(), data)
    print(_tr("Progetto stampato: {path}").format(path=args.out))
    return EXIT_OK


def cmd_print_plans(args: argparse.Namespace) -> int:
    from rts_desktop.kernel.errors import N_, ValidationError
    from rts_desktop.services.plans.printing_batch import print_plans_due

    before = parse_day("due-before", args.due_before)
    if not args.out_dir.is_dir():
        raise ValidationError("out-dir", N_("Cartella inesistente: {p}.").format(p=args.out_dir))
    if not 1 <= args.processes <= 64:
        raise ValidationError("processes", N_("--processes va da 1 a 64."))
    db, ctx = open_db(args)
    try:
        report = print_plans_due(db, ctx, before, args.out_dir, processes=args.processes)
    finally:
        db.close()
    print(report.summary())
    for failure in report.failed:
        print(f"  {failure.case_code}: {failure.message}")
    return EXIT_OK if not report.failed else EXIT_FAILURE


COMMANDS = {
    "screenshot": cmd_screenshot,
    "occupancy": cmd_occupancy,
    "export-ics": cmd_export_ics,
    "print-plan": cmd_print_plan,
    "print-plans": cmd_print_plans,
}
