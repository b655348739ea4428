"""Build the large demo database (DESIGN.md §7) and print how long it took.

    python bench/generate_large.py --db PATH [--seed N] [--today YYYY-MM-DD] [--scale F]

The database is created through the real init path (migrations, device identity); the
file must not exist yet. Target: under two minutes on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from rts_desktop.db import init_database
from rts_desktop.demo import generate_large


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="new SQLite file to create")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = DESIGN.md §7 sizes")
    args = parser.parse_args(argv)
    if args.db.exists():
        print(f"{args.db} esiste già: indica un file nuovo.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    db = init_database(f"sqlite:///{args.db}", device_name="Banco di prova")
    initialised = time.perf_counter()

    def progress(message: str) -> None:
        print(f"{time.perf_counter() - initialised:7.1f} s  {message}", flush=True)

    counts = generate_large(
        db, seed=args.seed, today=args.today, progress=progress, scale=args.scale
    )
    finished = time.perf_counter()
    db.close()
    size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
    print(f"init            {initialised - started:7.1f} s")
    print(f"generate_large  {finished - initialised:7.1f} s  ({sum(counts.values()):,} rows)")
    print(f"total           {finished - started:7.1f} s  (target < 120 s)")
    print(f"size on disk    {size / 2**20:7.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
