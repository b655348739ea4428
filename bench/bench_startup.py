"""Start to main window on a database, against a bare PySide6 hello window; resident memory.

Each run is a fresh process (what a person waits for): the app opens the database, builds
the main window with every area and shows it; the baseline shows a QLabel. The child prints
its elapsed time when the window is exposed, and its peak resident memory after the areas'
first loads have finished.

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
from rts_desktop.ui.app import make_app
from rts_desktop.db import open_database
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.worker import ThreadRunner
app = make_app()
db = open_database("sqlite:///" + sys.argv[2])
runner = ThreadRunner()
window = MainWindow(UiEnv(db, db.context(), runner))
window.show()
app.processEvents()
shown = time.time() - t0
def finish():
    runner.wait(60_000)
    app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{shown:.4f} {rss:.1f}")
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


def run(code: str, *args: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


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
    a = statistics.median(t for t, _ in app)
    rss = max(m for _, m in app)
    print(f"bare hello window: {h * 1000:.0f} ms (median of {args.runs})")
    print(f"main window on {args.db}: {a * 1000:.0f} ms  ratio {a / h:.2f}  (target ≤ 2.0)")
    print(f"peak resident memory after first loads: {rss:.0f} MiB  (target ≤ 250 MiB)")


if __name__ == "__main__":
    main()
