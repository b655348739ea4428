"""Sync bundles on a demo dataset: snapshot export + import against a raw dump + insert of the
same rows (the baseline, same run), then an incremental bundle of ~500 changes (X25519, no KDF).

Usage: python bench/bench_sync.py [--scale 0.05] [--changes 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rts_desktop.db import init_database
from rts_desktop.db.migrate import open_database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases.people import BeneficiaryInput, update_beneficiary
from rts_desktop.sync import api
from rts_desktop.sync.history import synced_tables


def _device(root: Path, name: str):  # type: ignore[no-untyped-def]
    db = init_database(f"sqlite:///{root / name}.db", device_name=name)
    now = dt.datetime.now(dt.UTC)
    return db, ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: now)


def _raw_copy(src: Path, template: Path, dest: Path) -> tuple[float, int]:
    """Baseline: SELECT every synced row, INSERT it into an empty schema, one transaction."""
    shutil.copy(template, dest)
    started = time.perf_counter()
    source = sqlite3.connect(src)
    target = sqlite3.connect(dest, isolation_level=None)
    target.execute("PRAGMA foreign_keys=OFF")
    target.execute("BEGIN IMMEDIATE")
    n = 0
    for name in synced_tables():
        cur = source.execute(f'SELECT * FROM "{name}"')
        cols = [d[0] for d in cur.description]
        marks = ", ".join("?" for _ in cols)
        rows = cur.fetchall()
        target.executemany(f'INSERT INTO "{name}" ({", ".join(cols)}) VALUES ({marks})', rows)
        n += len(rows)
    target.execute("COMMIT")
    source.close()
    target.close()
    return time.perf_counter() - started, n


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=0.05)
    parser.add_argument("--changes", type=int, default=500)
    args = parser.parse_args()
    from rts_desktop.demo.large import generate_large

    root = Path(tempfile.mkdtemp(prefix="rts-bench-sync-"))
    try:
        template = root / "template.db"
        open_database(f"sqlite:///{template}", create=True).close()
        a, actx = _device(root, "a")
        n, nctx = _device(root, "n")
        for db, ctx, other in ((a, actx, n), (n, nctx, a)):
            api.enrol_device(db, ctx, api.enrolment_code(other))
        started = time.perf_counter()
        counts = generate_large(a, scale=args.scale)
        print(
            f"demo data scale {args.scale}: {sum(counts.values()):,} rows "
            f"in {time.perf_counter() - started:.1f} s"
        )

        started = time.perf_counter()
        out = api.export_bundle(a, actx, root / "snap", for_device=n.device_id, snapshot=True)
        t_export = time.perf_counter() - started
        started = time.perf_counter()
        report = api.import_bundle(n, nctx, out.path)
        t_import = time.perf_counter() - started
        a_path = a.path
        assert a_path is not None
        t_raw, raw_rows = _raw_copy(a_path, template, root / "raw.db")
        total = t_export + t_import
        print(f"snapshot: {report.new:,} rows, bundle {out.size / 1_048_576:.1f} MiB")
        print(f"  export {t_export:.2f} s + import {t_import:.2f} s = {total:.2f} s")
        print(
            f"  baseline raw dump+insert of {raw_rows:,} rows: {t_raw:.2f} s "
            f"-> ratio {total / t_raw:.1f}x (target <= 3x)"
        )

        api.import_bundle(
            a, actx, api.export_bundle(n, nctx, root / "ack", for_device=a.device_id).path
        )
        ids = [
            r[0]
            for r in sqlite3.connect(a_path).execute(
                "SELECT id FROM beneficiaries ORDER BY id LIMIT ?", (args.changes // 2,)
            )
        ]
        for i, pid in enumerate(ids):
            p = api_get(a, actx, pid)
            update_beneficiary(
                a, actx, pid, BeneficiaryInput(p.first_name, p.last_name, phone=f"333{i:07d}")
            )
        started = time.perf_counter()
        inc = api.export_bundle(a, actx, root / "inc", for_device=n.device_id)
        t_export = time.perf_counter() - started
        started = time.perf_counter()
        report = api.import_bundle(n, nctx, inc.path)
        t_import = time.perf_counter() - started
        print(
            f"incremental: {inc.changes} changes, {inc.size / 1024:.0f} KiB: export "
            f"{t_export:.2f} s + import {t_import:.2f} s = {t_export + t_import:.2f} s "
            f"(target <= 0.5 s; updated {report.updated}, new {report.new}, "
            f"conflicts {report.conflicts})"
        )
        a.close()
        n.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def api_get(db, ctx, pid):  # type: ignore[no-untyped-def]
    from rts_desktop.services.cases.people import get_beneficiary

    return get_beneficiary(db, ctx, pid)


if __name__ == "__main__":
    sys.exit(main())
