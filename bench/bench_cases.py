"""Case list and case file on the large dataset: list load, keystroke filter, case-file open,
and the global person search (Ctrl+F) per keystroke: the query itself, and the time the GUI
thread spends per keystroke now that the query runs on the background runner.

    QT_QPA_PLATFORM=offscreen python bench/bench_cases.py [--db /tmp/rts-large.db]

Baseline in the same run: a bare QTableView over a QStringListModel + QSortFilterProxyModel
filtering the same search keys (what Qt gives for free). No assertions: figures to read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, QStringListModel
from PySide6.QtWidgets import QApplication, QTableView

from rts_desktop.db import open_database
from rts_desktop.services.cases import case_list
from rts_desktop.ui.app import make_app
from rts_desktop.ui.cases.case_data import load_case_file
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.page import CasesPage
from rts_desktop.ui.common.global_search import GlobalSearch
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import SyncRunner, ThreadRunner

TYPED = "mohamed ali"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def keystrokes(set_text, text: str) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for n in range(1, len(text) + 1):
        start = time.perf_counter()
        set_text(text[:n])
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    set_text("")
    QApplication.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/rts-large.db")
    args = parser.parse_args()
    make_app()
    db = open_database(f"sqlite:///{args.db}")
    env = UiEnv(db, db.context(), SyncRunner())
    today = env.ctx.today()

    start = time.perf_counter()
    rows = case_list.list_case_rows(db, today)
    load = time.perf_counter() - start
    print(f"cases: {len(rows)}")
    print(f"list rows query (service):     {ms(load)}")

    start = time.perf_counter()
    page = CasesPage(env)
    page.resize(1100, 700)
    page.show()
    QApplication.processEvents()
    print(f"case page open (load + show):  {ms(time.perf_counter() - start)}")

    ours = keystrokes(page.search.setText, TYPED)
    print(f"keystroke filter, median:      {ms(statistics.median(ours))}  (max {ms(max(ours))})")

    strings = QStringListModel([r.search_key for r in rows])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(strings)
    bare = QTableView()
    bare.setModel(proxy)
    bare.resize(1100, 700)
    bare.show()
    QApplication.processEvents()

    def proxy_filter(text: str) -> None:
        proxy.setFilterRegularExpression(QRegularExpression(QRegularExpression.escape(text)))

    base = keystrokes(proxy_filter, TYPED)
    print(
        f"baseline QSortFilterProxyModel: {ms(statistics.median(base))}  "
        f"(ratio ours/baseline {statistics.median(ours) / statistics.median(base):.2f})"
    )

    active = [r for r in rows if r.status == "attivo"][:10]
    opens = []
    for r in active:
        start = time.perf_counter()
        window = CaseFileWindow(env, r.id)
        window.show()
        QApplication.processEvents()
        opens.append(time.perf_counter() - start)
        window.close()
    start = time.perf_counter()
    for r in active:
        load_case_file(db, env.ctx, r.id)
    data_only = (time.perf_counter() - start) / max(len(active), 1)
    print(
        f"case file open, median:        {ms(statistics.median(opens))}  (data only {ms(data_only)})"
    )
    global_search(env)
    db.close()


def global_search(env: UiEnv) -> None:
    """Ctrl+F: query per keystroke (as it ran on the GUI thread before) vs GUI-thread time."""
    from rts_desktop.services.cases import people

    for text in ("mohamed ali", "xqz"):
        query = [
            _timed(lambda t=text[:n]: people.search_people(env.db, t, limit=15))
            for n in range(2, len(text) + 1)
        ]
        print(
            f"search_people {text!r} per keystroke: median {ms(statistics.median(query))}  "
            f"(max {ms(max(query))}; a frame is 16 ms)"
        )
    runner = ThreadRunner()
    box = GlobalSearch(UiEnv(env.db, env.ctx, runner))
    box.show()
    gui = []
    for n in range(2, len("mohamed ali") + 1):
        start = time.perf_counter()
        box.setText("mohamed ali"[:n])
        box.lookup(box.text())
        gui.append(time.perf_counter() - start)
        QApplication.processEvents()
    while box._running:  # the latest text is looked up when the running query answers
        runner.wait()
        QApplication.processEvents()
    print(f"global search hits for the full text: {len(box.hits)}")
    print(f"global search GUI thread per keystroke (runner): median {ms(statistics.median(gui))}")
    box.close()


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
