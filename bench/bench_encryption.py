"""Encryption at rest: the same work on a plaintext and on a SQLCipher copy of one dataset.

A demo dataset (``generate_large`` at ``--scale``) is built once in plaintext, copied and
converted with ``encrypt_database``; then, on each, in the same run: the person search
per keystroke, opening a case file (an audited read: one write transaction), a calendar
month, and a snapshot export + import into a new device of the same kind. Each line
prints the plaintext baseline, the encrypted time and the ratio (target <= 1.3x).

Usage: python bench/bench_encryption.py [--scale 0.05] [--repeat 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from rts_desktop.db import Database, init_database, open_database
from rts_desktop.db.encryption import encrypt_database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Beneficiary, Case
from rts_desktop.models.vocab import Role
from rts_desktop.services.calendar.queries import occurrences
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import people
from rts_desktop.sync import api

TARGET = 1.3


def context(db: Database) -> ActingContext:
    now = dt.datetime.now(dt.UTC)
    return ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: now)


def median_s(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the caches and the pool
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def search(db: Database, text: str) -> Callable[[], object]:
    def run() -> None:
        for n in range(1, len(text) + 1):
            people.search_people(db, text[:n], limit=15)

    return run


def open_case(db: Database, ctx: ActingContext, case_id: str) -> Callable[[], object]:
    def run() -> None:
        try:
            cases.get_case(db, ctx, case_id)
        except Exception:  # an operator-less context refused: the read path alone
            with db.session(write=False) as s:
                cases.load_case(s, case_id)

    return run


def month(db: Database, first: dt.date) -> Callable[[], object]:
    start = dt.datetime.combine(first, dt.time(0), tzinfo=dt.UTC)
    end = start + dt.timedelta(days=42)
    return lambda: occurrences(db, start, end)


def snapshot(root: Path, db: Database, key: bytes | None, tag: str) -> float:
    """Export a snapshot for a new device of the same kind and import it there."""
    other = init_database(f"sqlite:///{root / f'peer-{tag}.db'}", device_name=tag, key=key)
    ctx, octx = context(db), context(other)
    api.enrol_device(db, ctx, api.enrolment_code(other))
    api.enrol_device(other, octx, api.enrolment_code(db))
    started = time.perf_counter()
    out = api.export_bundle(
        db, ctx, root / f"snap-{tag}", for_device=other.device_id, snapshot=True
    )
    api.import_bundle(other, octx, out.path)
    took = time.perf_counter() - started
    other.close()
    return took


def report(label: str, plain: float, encrypted: float) -> None:
    ratio = encrypted / plain if plain else float("nan")
    flag = "ok" if ratio <= TARGET else "OVER"
    print(
        f"{label:<34} plaintext {plain * 1000:9.1f} ms  encrypted {encrypted * 1000:9.1f} ms  "
        f"ratio {ratio:4.2f}x  ({flag}, target <= {TARGET}x)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from rts_desktop.demo.large import generate_large

    root = Path(tempfile.mkdtemp(prefix="rts-bench-enc-"))
    try:
        plain_path, enc_path = root / "plain.db", root / "enc.db"
        db = init_database(f"sqlite:///{plain_path}", device_name="Banco")
        started = time.perf_counter()
        counts = generate_large(db, scale=args.scale)
        print(f"demo data scale {args.scale}: {sum(counts.values()):,} rows "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        db.close()
        shutil.copy(plain_path, enc_path)
        if (root / "plain-files").is_dir():
            shutil.copytree(root / "plain-files", root / "enc-files")
        key = os.urandom(32)
        started = time.perf_counter()
        encrypt_database(enc_path, key)
        print(f"encrypt_database (conversion): {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        plain = open_database(f"sqlite:///{plain_path}")
        t_open_plain = time.perf_counter() - started
        started = time.perf_counter()
        enc = open_database(f"sqlite:///{enc_path}", key=key)
        t_open_enc = time.perf_counter() - started
        report("open_database", t_open_plain, t_open_enc)

        with plain.session(write=False) as s:
            name = s.scalar(select(Beneficiary.last_name).order_by(Beneficiary.code).limit(1))
            case_id = s.scalar(select(Case.id).order_by(Case.id).limit(1))
        first = dt.date.today().replace(day=1)
        assert name and case_id
        text = name[:6].lower()
        for label, make in (
            (f"search {text!r} per keystroke", lambda d: search(d, text)),
            ("open a case file", lambda d: open_case(d, context(d), case_id)),
            ("calendar month (6 weeks)", lambda d: month(d, first)),
        ):
            t_plain = median_s(make(plain), args.repeat)
            t_enc = median_s(make(enc), args.repeat)
            report(label, t_plain, t_enc)
        report(
            "snapshot export + import",
            snapshot(root, plain, None, "plain"),
            snapshot(root, enc, key, "enc"),
        )
        plain.close()
        enc.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
