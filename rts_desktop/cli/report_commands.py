"""``report``: the service reports and ESF indicators, to a file (XLSX, CSV, PDF) or as
JSON, and ``report participants``: the pseudonymised list for the municipality. The file
is written in the language ``--doc-lang`` names (Italian unless told)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_OK, open_db, out_folder_exists, parse_day
from rts_desktop.cli.output_commands import add_doc_lang
from rts_desktop.kernel.i18n import translator

_tr = translator("cli")

KINDS = (
    "esf",
    "occupancy",
    "stays",
    "exits",
    "plans",
    "attendance",
    "autonomy",
    "contributions",
    "referrals",
    "data-quality",
    "participants",
)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help=_tr("report del servizio e indicatori FSE (xlsx, csv, pdf o JSON)"),
        description=_tr(
            "Un report del periodo, contando solo i casi che l'operatore vede. "
            "participants: l'elenco pseudonimizzato dei partecipanti (solo coordinatori)."
        ),
    )
    p.add_argument("kind", choices=KINDS, metavar="REPORT", help=", ".join(KINDS))
    p.add_argument("--from", dest="date_from", required=True, help=_tr("primo giorno AAAA-MM-GG"))
    p.add_argument("--to", dest="date_to", required=True, help=_tr("ultimo giorno AAAA-MM-GG"))
    p.add_argument(
        "--period",
        default="2021-2027",
        choices=("2014-2020", "2021-2027"),
        help=_tr("programmazione FSE degli indicatori (2021-2027)"),
    )
    p.add_argument("--municipio", type=int, help=_tr("solo i casi di un Municipio (1-9)"))
    p.add_argument("--out", type=Path, help=_tr("file .xlsx, .csv o .pdf da scrivere"))
    p.add_argument("--json", action="store_true", help=_tr("stampa le cifre in JSON"))
    p.add_argument(
        "--key-file",
        type=Path,
        help=_tr(
            "participants: chiave di pseudonimizzazione (creata se manca; predefinita "
            "nella cartella dei dati)"
        ),
    )
    add_doc_lang(p)


def _filter(args: argparse.Namespace) -> Any:
    from rts_desktop.reports.registry import check_filter
    from rts_desktop.reports.table import ReportFilter

    flt = ReportFilter(
        parse_day("from", args.date_from),
        parse_day("to", args.date_to),
        args.municipio,
        args.period,
    )
    check_filter(flt)
    return flt


def _check_out(args: argparse.Namespace) -> None:
    from rts_desktop.kernel.errors import N_, ValidationError
    from rts_desktop.reports.export import EXPORT_SUFFIXES

    if args.out is None and not (args.json and args.kind != "participants"):
        raise ValidationError("out", N_("Indica --out FILE (o --json per le sole cifre)."))
    if args.out is not None:
        out_folder_exists(args.out)
        if args.kind == "participants" and args.out.suffix.lower() != ".csv":
            raise ValidationError("out", N_("L'elenco dei partecipanti si esporta in .csv."))
        if args.out.suffix.lower() not in EXPORT_SUFFIXES:
            raise ValidationError("out", N_("Formato non previsto: usa .xlsx, .csv o .pdf."))


def _participants(args: argparse.Namespace, flt: Any) -> int:
    from rts_desktop.documents.language import document_language
    from rts_desktop.reports.participants import default_key_file, export_participants, read_key

    key_file = args.key_file or default_key_file()
    db, ctx = open_db(args)
    try:
        from rts_desktop.kernel.access import require

        require(ctx, "reports.participants")
        key, created = read_key(key_file)
        if created:
            print(
                _tr(
                    "Nuova chiave di pseudonimizzazione in {path}: conservala per avere gli "
                    "stessi pseudonimi nelle prossime esportazioni."
                ).format(path=key_file)
            )
        with document_language(args.doc_lang):
            count = export_participants(db, ctx, flt, args.out, key)
    finally:
        db.close()
    print(_tr("Partecipanti esportati: {path} ({count})").format(path=args.out, count=count))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from rts_desktop.documents.language import document_language

    flt = _filter(args)
    _check_out(args)
    if args.kind == "participants":
        return _participants(args, flt)
    from rts_desktop.reports.export import export_reports
    from rts_desktop.reports.registry import run_report

    db, ctx = open_db(args)
    try:
        with document_language(args.doc_lang):
            report = run_report(db, ctx, args.kind, flt)
    finally:
        db.close()
    if args.out is not None:
        written = export_reports([report], args.out, lang=args.doc_lang)
        names = ", ".join(str(p) for p in written)
        print(
            _tr("Report scritto: {paths}").format(paths=names),
            file=sys.stderr if args.json else sys.stdout,
        )
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    return EXIT_OK


COMMANDS = {"report": cmd_report}
