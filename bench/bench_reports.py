"""Each report on the large dataset for one year and for ten years, beside a bare
``SELECT count(*)`` over the same rows (the participant sheets of the period) in the same
run: the reports are computed in SQL, so they should stay within a small multiple of it.

    python bench/bench_reports.py [--db /tmp/rts-large.db] [--today 2026-12-01]

Targets (DESIGN.md §7): each report ≤ 1 s for one year, ≤ 3 s for ten years. No
assertions: figures to read (best of three runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from sqlalchemy import func, select

from rts_desktop.db import open_database
from rts_desktop.models import ParticipantSheet
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import ReportFilter


def best(call, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/rts-large.db")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 1))
    args = parser.parse_args()
    db = open_database(f"sqlite:///{args.db}")
    ctx = db.context()
    end = dt.date(args.today.year - 1, 12, 31)
    periods = {
        "1 anno": (dt.date(end.year, 1, 1), end),
        "10 anni": (dt.date(end.year - 9, 1, 1), end),
    }
    print(f"{'report':<15}{'periodo':<9}{'tempo':>10}{'count(*)':>11}{'rapporto':>10}")
    for name, (start, stop) in periods.items():
        flt = ReportFilter(start, stop)
        with db.session(write=False) as s:
            count = select(func.count()).where(ParticipantSheet.date.between(start, stop))

            def bare() -> None:
                s.scalar(count)  # noqa: B023 - the same session and statement

            baseline = best(bare)
            for kind, spec in REPORTS.items():
                build = spec.builder()
                took = best(lambda b=build, f=flt: b(s, f, ctx))  # type: ignore[misc]
                ratio = took / baseline if baseline else float("nan")
                print(
                    f"{kind:<15}{name:<9}{took * 1000:8.1f} ms{baseline * 1000:8.2f} ms"
                    f"{ratio:9.0f}×"
                )
    db.close()


if __name__ == "__main__":
    main()
