"""Global options (``--db``, ``--db-url``, ``--user``, ``--lang``) accepted before **or** after the command name.

argparse copies a subcommand's defaults over the values given before the command, so a
top-level ``--db`` was silently lost when the subcommand declared the same option. Here the
top-level parser owns the real destinations; every subcommand declares the same flags under
its own destination with ``SUPPRESS`` defaults, and :func:`merge` folds them together,
refusing (exit 2) the same option given twice with different values or two that exclude
each other. Help texts are marked here and translated when the parser is built.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from rts_desktop.kernel.i18n import LANGUAGES, noop, translate, translator

SUB_PREFIX = "sub_"
_tr = translator("cli")


@dataclass(frozen=True)
class GlobalOption:
    flag: str
    dest: str
    metavar: str
    #: marked with ``noop("cli", ...)``, translated when the parser is built
    help: str
    choices: tuple[str, ...] | None = None


GLOBAL_OPTIONS: tuple[GlobalOption, ...] = (
    GlobalOption("--db", "db", noop("cli", "PATH"), noop("cli", "file del database SQLite")),
    GlobalOption(
        "--db-url",
        "db_url",
        noop("cli", "URL"),
        noop("cli", "URL SQLAlchemy (es. postgresql+psycopg://...)"),
    ),
    GlobalOption(
        "--user",
        "user",
        noop("cli", "NOME"),
        noop(
            "cli",
            "operatore che esegue il comando (o RTS_USER); password da RTS_PASSWORD o richiesta",
        ),
    ),
    GlobalOption(
        "--lang",
        "lang",
        noop("cli", "LINGUA"),
        noop("cli", "lingua dei messaggi (it o en; predefinita: l'impostazione ui.language)"),
        tuple(LANGUAGES),
    ),
)
#: options of which at most one may be given
EXCLUSIVE: tuple[tuple[str, str], ...] = (("db", "db_url"),)


def add_top_level(parser: argparse.ArgumentParser) -> None:
    """The options as the top-level parser knows them (defaults ``None``)."""
    for opt in GLOBAL_OPTIONS:
        parser.add_argument(opt.flag, dest=opt.dest, **_described(opt))


def sub_parent() -> argparse.ArgumentParser:
    """A parent parser giving a subcommand the same options, without defaults of its own."""
    parent = argparse.ArgumentParser(add_help=False)
    for opt in GLOBAL_OPTIONS:
        parent.add_argument(
            opt.flag,
            dest=SUB_PREFIX + opt.dest,
            default=argparse.SUPPRESS,
            **_described(opt),
        )
    return parent


def _described(opt: GlobalOption) -> dict[str, object]:
    """metavar, help and choices of ``opt`` in the current language."""
    return {
        "metavar": translate("cli", opt.metavar),  # i18n: dynamic
        "help": translate("cli", opt.help),  # i18n: dynamic
        "choices": opt.choices,
    }


def merge(args: argparse.Namespace) -> str | None:
    """Fold the subcommand's copies into the global values; an error message, or None."""
    for opt in GLOBAL_OPTIONS:
        after = getattr(args, SUB_PREFIX + opt.dest, None)
        if after is None:
            continue
        delattr(args, SUB_PREFIX + opt.dest)
        before = getattr(args, opt.dest, None)
        if before is not None and before != after:
            return _tr("{flag} indicato due volte con valori diversi").format(flag=opt.flag)
        setattr(args, opt.dest, after)
    for a, b in EXCLUSIVE:
        if getattr(args, a, None) is not None and getattr(args, b, None) is not None:
            flags = {o.dest: o.flag for o in GLOBAL_OPTIONS}
            return _tr("usa {a} oppure {b}, non entrambi").format(a=flags[a], b=flags[b])
    return None
