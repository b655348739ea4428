"""Login time with the real Argon2id parameters, against opening the same database with
its data key already known (what a login adds to a start-up); target: login <= 0.5 s.

A small encrypted database with an administrator is made once; then, in the same run,
each repeat times (a) ``open_database`` with the data key, (b) ``open_as`` with the
password (Argon2id derivation, unwrap, the operator check, the audited login entry),
(c) the lock screen's ``verify``. Each line prints the baseline, the time and the ratio.

Usage: python bench/bench_login.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rts_desktop.db import open_database
from rts_desktop.kernel import keyring
from rts_desktop.services.operators import login

TARGET_S = 0.5
PASSWORD = "password-del-banco-di-prova"


def median_s(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    p = keyring.CURRENT
    print(f"Argon2id: m={p.memory_kib // 1024} MiB, t={p.time_cost}, p={p.parallelism}")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'rts.db'}"
        made = login.create_database(url, "admin", PASSWORD, device_name="Banco")
        key, who = made.db.key, made.admin
        made.db.close()
        assert key is not None

        def with_key() -> None:
            open_database(url, key=key).close()

        def with_password() -> None:
            db, _who = login.open_as(url, "admin", PASSWORD)
            db.close()

        db = open_database(url, key=key)
        baseline = median_s(with_key, args.repeat)
        timed = median_s(with_password, args.repeat)
        unlock = median_s(lambda: login.verify(db, who, PASSWORD), args.repeat)
        db.close()
    ok = timed <= TARGET_S
    print(f"{'':28} {'baseline':>10} {'time':>10} {'ratio':>7}")
    print(f"{'login (open_as)':28} {baseline:>9.3f}s {timed:>9.3f}s {timed / baseline:>6.2f}x")
    print(f"{'unlock (verify)':28} {baseline:>9.3f}s {unlock:>9.3f}s {unlock / baseline:>6.2f}x")
    print(f"login <= {TARGET_S} s: {'ok' if ok else 'NO'} ({timed:.3f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
