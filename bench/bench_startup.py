"""Start to main window on a database, against a bare PySide6 hello window; resident memory.

Each run is a fresh process (what a person waits for) going through the app's own start-up
(``rts_desktop.ui.app.start``): the main window's frame is shown, then the database is
opened and attached and the first page built; the baseline shows a QLabel. The child prints
the time when the frame was on screen, the time when the window was ready (first page and
Scadenze filled in) and its peak resident memory after the areas' first loads finished.

    QT_QPA_PLATFORM=offscreen python bench/bench_startup.py --db /tmp/rts-large.db
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

APP = r"""
import resource, sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from rts_desktop.ui.app import start
marks = {}

def sign_in(_window):
    # the login itself (Argon2) is measured in bench_login.py; here a coordinator is in
    from rts_desktop.db import open_database
    from rts_desktop.kernel.roles import Role
    from rts_desktop.services.operators.login import Identity
    return open_database("sqlite:///" + sys.argv[2]), Identity(None, "bench", "Bench", Role.COORDINATORE)

app, window, db = start(sign_in, on_frame=lambda: marks.setdefault("frame", time.time() - t0))
app.processEvents()
ready = time.time() - t0
def finish():
    window.env.runner.wait(60_000)
    app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{marks['frame']:.4f} {ready:.4f} {rss:.1f}")
    app.quit()
QTimer.singleShot(0, finish)
app.exec()
"""

HELLO = r"""
import resource, sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Ciao")
label.show()
app.processEvents()
shown = time.time() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{shown:.4f} {rss:.1f}")
"""


def run(code: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
    return [float(x) for x in out[-3:]] if code is APP else [float(x) for x in out[-2:]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/rts-large.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    run(HELLO)  # warm the file cache
    run(APP, args.db)
    hello = [run(HELLO) for _ in range(args.runs)]
    app = [run(APP, args.db) for _ in range(args.runs)]
    h = statistics.median(t for t, _ in hello)
    frame = statistics.median(f for f, _, _ in app)
    ready = statistics.median(r for _, r, _ in app)
    rss = max(m for _, _, m in app)
    print(f"bare hello window: {h * 1000:.0f} ms (median of {args.runs})")
    print(f"main window on screen: {frame * 1000:.0f} ms  ratio {frame / h:.2f}  (target ≤ 2.0)")
    print(
        f"ready on {args.db} (first page, Scadenze): {ready * 1000:.0f} ms  ratio {ready / h:.2f}"
    )
    print(f"peak resident memory after first loads: {rss:.0f} MiB  (target ≤ 250 MiB)")


if __name__ == "__main__":
    main()
