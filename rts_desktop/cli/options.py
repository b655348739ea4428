"""Global options (``--db``, ``--db-url``, ``--user``) accepted before **or** after the command name.

argparse copies a subcommand's defaults over the values given before the command, so a
top-level ``--db`` was silently lost when the subcommand declared the same option. Here the
top-level parser owns the real destinations; every subcommand declares the same flags under
its own destination with ``SUPPRESS`` defaults, and :func:`merge` folds them together,
refusing (exit 2) the same option given twice with different values or two that exclude
each other.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

SUB_PREFIX = "sub_"


@dataclass(frozen=True)
class GlobalOption:
    flag: str
    dest: str
    metavar: str
    help: str


GLOBAL_OPTIONS: tuple[GlobalOption, ...] = (
    GlobalOption("--db", "db", "PATH", "file del database SQLite"),
    GlobalOption("--db-url", "db_url", "URL", "URL SQLAlchemy (es. postgresql+psycopg://...)"),
    GlobalOption(
        "--user",
        "user",
        "NOME",
        "operatore che esegue il comando (o RTS_USER); password da RTS_PASSWORD o richiesta",
    ),
)
#: options of which at most one may be given
EXCLUSIVE: tuple[tuple[str, str], ...] = (("db", "db_url"),)


def add_top_level(parser: argparse.ArgumentParser) -> None:
    """The options as the top-level parser knows them (defaults ``None``)."""
    for opt in GLOBAL_OPTIONS:
        parser.add_argument(opt.flag, dest=opt.dest, metavar=opt.metavar, help=opt.help)


def sub_parent() -> argparse.ArgumentParser:
    """A parent parser giving a subcommand the same options, without defaults of its own."""
    parent = argparse.ArgumentParser(add_help=False)
    for opt in GLOBAL_OPTIONS:
        parent.add_argument(
            opt.flag,
            dest=SUB_PREFIX + opt.dest,
            metavar=opt.metavar,
            help=opt.help,
            default=argparse.SUPPRESS,
        )
    return parent


def merge(args: argparse.Namespace) -> str | None:
    """Fold the subcommand's copies into the global values; an error message, or None."""
    for opt in GLOBAL_OPTIONS:
        after = getattr(args, SUB_PREFIX + opt.dest, None)
        if after is None:
            continue
        delattr(args, SUB_PREFIX + opt.dest)
        before = getattr(args, opt.dest, None)
        if before is not None and before != after:
            return f"{opt.flag} indicato due volte con valori diversi"
        setattr(args, opt.dest, after)
    for a, b in EXCLUSIVE:
        if getattr(args, a, None) is not None and getattr(args, b, None) is not None:
            flags = {o.dest: o.flag for o in GLOBAL_OPTIONS}
            return f"usa {flags[a]} oppure {flags[b]}, non entrambi"
    return None
