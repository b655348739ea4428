"""Canonical per-table state hash: equal knowledge with different hashes means divergence."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy.orm import Session

from rts_desktop.sync.history import synced_tables


def table_hash(s: Session, table_name: str) -> str:
    """sha256 over the rows sorted by id, each as canonical JSON of its synced fields.

    Values are read as stored (every device writes them through the same column types),
    which keeps the hash cheap enough to put in every bundle.
    """
    table = synced_tables()[table_name]
    digest = hashlib.sha256()
    cols = [c.name for c in table.c if c.key != "version"]
    names = ", ".join(f'"{c}"' for c in cols)
    result = s.connection().exec_driver_sql(f'SELECT {names} FROM "{table.name}" ORDER BY id')
    for row in result:
        digest.update(json.dumps(list(row), ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def state_hashes(s: Session) -> dict[str, str]:
    return {name: table_hash(s, name) for name in synced_tables()}


def diverged_tables(mine: dict[str, str], theirs: dict[str, str]) -> list[str]:
    return sorted(t for t, h in theirs.items() if t in mine and mine[t] != h)
