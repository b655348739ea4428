"""Bench: build the large demo, then the integrity + counts check on it, with baselines.

    python bench/bench_demo_check.py [--dir DIR] [--seed N] [--scale F]

Prints, from the same run:
- ``generate_large`` (init excluded) against a raw ``sqlite3`` ``executemany`` of the same
  number of rows into one plain table (same load pragmas), and the ratio;
- ``run_checks`` (integrity_check + foreign_key_check + per-table counts through SQLAlchemy)
  against a bare ``PRAGMA integrity_check`` on the same file, and the ratio;
- the size of the database on disk.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from rts_desktop.db import init_database
from rts_desktop.db.check import run_checks
from rts_desktop.demo import generate_large


def raw_insert(path: Path, rows: int) -> float:
    """Seconds to executemany ``rows`` uuid-keyed rows of ~350 bytes into a plain table."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("CREATE TABLE t (id TEXT PRIMARY KEY, version TEXT, a TEXT, b TEXT, n INTEGER)")
    payload = "x" * 200
    data = [
        (
            f"{i:08x}-0000-7000-8000-{i:012x}",
            "0190a000-0000-7000-8000-000000000000",
            payload,
            "y" * 40,
            i,
        )
        for i in range(rows)
    ]
    started = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", data)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def raw_integrity(path: Path) -> float:
    con = sqlite3.connect(path)
    started = time.perf_counter()
    result = con.execute("PRAGMA integrity_check").fetchall()
    elapsed = time.perf_counter() - started
    con.close()
    assert result == [("ok",)], result
    return elapsed


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: temp)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "large.db"
        for old in folder.glob("large.db*"):
            old.unlink()
        db = init_database(f"sqlite:///{path}", device_name="Banco di prova")
        started = time.perf_counter()
        counts = generate_large(db, seed=args.seed, scale=args.scale)
        generate = time.perf_counter() - started
        rows = sum(counts.values())

        integrity = raw_integrity(path)  # first: both checks then read a warm page cache
        started = time.perf_counter()
        result = run_checks(db.engine)
        check = time.perf_counter() - started
        db.close()
        assert result.ok, (result.integrity[:5], result.foreign_keys[:5])
        size = size_of(path)

        base_path = folder / "baseline.db"
        for old in folder.glob("baseline.db*"):
            old.unlink()
        insert = raw_insert(base_path, rows)
        base_integrity = raw_integrity(base_path)
        base_size = size_of(base_path)

    print(f"rows                        {rows:>12,}")
    print(f"generate_large              {generate:9.1f} s   (target < 120 s)")
    print(f"  baseline raw executemany  {insert:9.1f} s   ratio {generate / insert:5.1f}x")
    print(f"run_checks (integrity+fk+counts) {check:6.1f} s")
    print(f"  baseline integrity_check  {integrity:9.1f} s   ratio {check / integrity:5.1f}x")
    print(f"  plain-table integrity     {base_integrity:9.1f} s")
    print(f"database size on disk       {size / 2**20:9.1f} MiB")
    print(f"  plain-table size          {base_size / 2**20:9.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
