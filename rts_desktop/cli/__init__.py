"""Command line: the GUI by default, headless administration as subcommands.

Exit codes: 0 ok, 1 failure, 2 bad input (one line on stderr, never a traceback, nothing
written), 3 conflicts or pending changes left after an import, 4 login failed or the
operator's role does not allow the command. Global options work before
or after the command name (:mod:`rts_desktop.cli.options`). Help and messages speak the
language of ``--lang`` or of the setting (:mod:`rts_desktop.cli.language`).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from rts_desktop import __version__
from rts_desktop.cli import (
    admin_commands,
    audit_commands,
    gdpr_commands,
    output_commands,
    report_commands,
    retention_commands,
    setup,
    sync_commands,
)
from rts_desktop.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, fail, log
from rts_desktop.cli.language import UnknownLanguage, choose
from rts_desktop.cli.options import add_top_level, merge, sub_parent
from rts_desktop.kernel.i18n import translator

_tr = translator("cli")


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line with exit code 2."""

    def error(self, message: str) -> NoReturn:
        line = _tr("{prog}: {message} (vedi --help)").format(prog=self.prog, message=message)
        self.exit(EXIT_BAD_INPUT, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rts-desktop",
        description=_tr(
            "RTS Desktop – Residenzialità Temporanea Sociale. Senza comando avvia l'interfaccia."
        ),
    )
    add_top_level(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_tr("mostra la versione del programma ed esci"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_tr("apri il database dimostrativo (creato al primo uso)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_tr(
            "prova l'installazione (database cifrato, accesso, PDF, traduzioni, finestra) ed esci"
        ),
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar=_tr("COMANDO"))
    common = sub_parent()
    for group in (
        admin_commands,
        setup,
        output_commands,
        report_commands,
        sync_commands,
        gdpr_commands,
        retention_commands,
        audit_commands,
    ):
        group.add_parsers(sub, common)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    **admin_commands.COMMANDS,
    **setup.COMMANDS,
    **output_commands.COMMANDS,
    **report_commands.COMMANDS,
    **sync_commands.COMMANDS,
    **gdpr_commands.COMMANDS,
    **retention_commands.COMMANDS,
    **audit_commands.COMMANDS,
}


def run_gui(args: argparse.Namespace) -> int:
    from rts_desktop.ui.app import run

    return run(lambda window: _sign_in_for_gui(args, window), getattr(args, "bundle", None))


BUNDLE_SUFFIX = ".rtsbundle"


def opened_bundle(words: list[str]) -> tuple[list[str], Path | None]:
    """``rts-desktop FILE.rtsbundle`` (a bundle opened from the file manager, after any
    global options): the words without it, and the bundle; otherwise the words as given."""
    if words and words[-1].lower().endswith(BUNDLE_SUFFIX) and not words[-1].startswith("-"):
        before = words[:-1]
        if not any(w in COMMANDS for w in before):
            return before, Path(words[-1])
    return words, None


def _sign_in_for_gui(args: argparse.Namespace, window: Any) -> Any:
    """The database the window attaches to, opened by whoever signs in (called once the
    window's frame is on screen): the demo one (its accounts are recalled on the login
    window), or the chosen one; the first start creates it with its administrator."""
    from rts_desktop.cli.admin import ensure_demo_database, resolve_url
    from rts_desktop.ui.login.session import sign_in

    if args.demo:
        from rts_desktop.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

        names = ", ".join(["admin", *DEMO_ACCOUNTS])
        hint = _tr("Database dimostrativo: utenti {names}; password {password} per tutti.").format(
            names=names, password=DEMO_PASSWORD
        )
        return sign_in(window, ensure_demo_database(), hint=hint)
    return sign_in(window, resolve_url(args.db, args.db_url))


def _setup_logging() -> None:
    """Details of unexpected errors go to a log file in the data folder, never to the
    user's terminal (the file follows ``RTS_DATA_DIR`` when it changes, as in tests).
    The data folder is the app's own: it and the log are owner-only (0700, 0600)."""
    from rts_desktop.kernel import config, fileio

    log.propagate = False
    try:
        folder = config.data_dir()
        path = folder / "rts-desktop.log"
        if any(getattr(h, "baseFilename", None) == str(path.absolute()) for h in log.handlers):
            return
        fileio.private_folder(folder)
        fileio.create_private_file(path)  # FileHandler would create it 0644
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    from rts_desktop.kernel.errors import RtsError, is_disk_full, safe_description

    words = list(sys.argv[1:] if argv is None else argv)
    try:
        lang = choose(words)
    except UnknownLanguage as exc:
        return fail(exc.message())
    words, bundle = opened_bundle(words)
    if bundle is not None and not bundle.is_file():
        return fail(_tr("pacchetto non trovato: {path}").format(path=bundle))
    parser = build_parser()
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version, bad usage (already reported in one line)
        return int(exc.code or 0)
    problem = merge(args)
    if problem:
        return fail(_tr("{problem} (vedi --help)").format(problem=problem))
    args.lang = lang
    args.bundle = bundle
    if args.demo and (args.command or args.db or args.db_url):
        return fail(
            _tr("--demo apre il database dimostrativo: non si combina con altri comandi o --db")
        )
    if args.self_test:
        from rts_desktop.cli import self_test

        return self_test.run(args)
    _setup_logging()
    handler = COMMANDS.get(args.command or "", run_gui)
    try:
        return handler(args)
    except RtsError as exc:
        return fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        return fail(_tr("interrotto"), EXIT_FAILURE)
    except BrokenPipeError:  # output piped into head/less that stopped reading: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # one line for people; the log gets the stack and the error's kind, never SQL text or
        # values (a database error's message carries both)
        log.error("unexpected error: %s", safe_description(exc))
        if is_disk_full(exc):
            return fail(
                _tr(
                    "spazio su disco esaurito: libera spazio e riprova "
                    "(nulla è stato scritto a metà)"
                ),
                EXIT_FAILURE,
            )
        return fail(
            _tr("errore imprevisto ({kind}): dettagli nel registro").format(
                kind=type(exc).__name__
            ),
            EXIT_FAILURE,
        )


__all__ = ["COMMANDS", "build_parser", "main"]
