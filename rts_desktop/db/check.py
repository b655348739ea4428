"""Integrity and foreign-key checks, and row counts, for ``check`` and after migrations."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from rts_desktop.models import Base


@dataclass
class CheckResult:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys


def run_checks(engine: Engine, *, counts: bool = True, quick: bool = False) -> CheckResult:
    """``PRAGMA integrity_check`` + ``foreign_key_check`` (SQLite) and per-table counts."""
    result = CheckResult(integrity=["ok"])
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            pragma = "quick_check" if quick else "integrity_check"
            result.integrity = [row[0] for row in conn.exec_driver_sql(f"PRAGMA {pragma}")]
            result.foreign_keys = [
                f"{row[0]} rowid {row[1]} → {row[2]}"
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]
        if counts:
            for table in Base.metadata.sorted_tables:
                result.counts[table.name] = conn.scalar(select(func.count()).select_from(table))
    return result
