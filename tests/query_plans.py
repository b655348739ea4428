"""SQLite's query plan of every SELECT a piece of work sends, for tests that hold a bench
figure to the indexes it relies on (a reworded expression or a dropped index would silently
fall back to reading a whole table)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from rts_desktop.db import Database
from tests.accounts import connect


def plans(db: Database, db_path: Path, run: Callable[[], Any]) -> dict[str, str]:
    """The query plan of every SELECT that ``run`` sends to SQLite, by statement."""
    sent: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    with connect(db_path) as con:
        return {
            statement: " ".join(r[3] for r in con.execute(f"EXPLAIN QUERY PLAN {statement}", p))
            for statement, p in sent
            if statement.lstrip().startswith("SELECT")
        }
