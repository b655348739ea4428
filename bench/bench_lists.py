"""The Casi list paged from SQL at 15,000 and 150,000 cases, in one run.

    QT_QPA_PLATFORM=offscreen python bench/bench_lists.py --db LARGE.db [--work DIR]

``LARGE.db`` is a plaintext database from ``bench/generate_large.py --scale 1.0`` (15,000
cases); it is only read. The bench makes two copies in ``--work`` (a temporary folder by
default): one as it is, and one grown to 150,000 cases by inserting, for each case, nine
copies of its ``cases`` row (new id, code suffixed ``-1``…``-9``, same household, no stays)
directly with SQL, as a bundle import or a script would; the triggers of migration 0011 note
them and the first read computes their index rows (timed apart, once).

Figures per size: the time to the first rows (the page query, the model filled and the
table painted: what a person waits for; the counts and the filter choices come after, on
the worker, and are timed apart), the next page, and the search per keystroke, including
texts that match nothing. Baselines from the same run: the bare first-page query of the
``cases`` table (``ORDER BY referral_date DESC LIMIT 100`` on its own, no joins, no
index of ours) and a bare ``QSortFilterProxyModel`` filtering the 15,000 search keys in
memory (what the list did per keystroke before). No assertions: figures to read.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, QStringListModel
from PySide6.QtWidgets import QApplication, QTableView

from rts_desktop.db import Database, open_database
from rts_desktop.services.cases import case_index, case_pages
from rts_desktop.services.cases.case_pages import CaseQuery
from rts_desktop.ui.cases.list_model import CaseListModel
from rts_desktop.ui.cases.page import CasesPage
from rts_desktop.ui.env import UiEnv

COPIES = 9
REPEAT = 15
#: per keystroke: a common name, and texts that match nothing (short ones included)
TYPED = ("mohamed ali", "xqzw", "zzz nessuno")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def median_time(fn: Callable[[], Any], repeat: int = REPEAT) -> float:
    fn()  # warm: the first read of a page pulls it into the cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


def grow(path: Path, copies: int) -> int:
    """Insert ``copies`` copies of every case row; the number of cases afterwards."""
    con = sqlite3.connect(path)
    columns = [row[1] for row in con.execute("PRAGMA table_info(cases)")]
    chosen = ", ".join(
        {
            "id": "lower(hex(randomblob(16)))",
            "code": "code || '-' || n",
        }.get(c, c)
        for c in columns
    )
    con.execute(
        f"INSERT INTO cases ({', '.join(columns)}) "
        f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {copies}) "
        f"SELECT {chosen} FROM cases, k"
    )
    con.commit()
    total = int(con.execute("SELECT count(*) FROM cases").fetchone()[0])
    con.close()
    return total


def count_cases(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        con.close()


class FirstRowsRunner:
    """Runs the first piece of work at once and keeps the rest (counts, choices) until
    ``drain``: in the app they run on the worker after the rows are shown."""

    def __init__(self) -> None:
        self.kept: list[tuple[Callable[[Any], Any], Callable[[Any], None]]] = []
        self.first = True

    def run(self, work, *, on_success, on_error, on_progress=None):  # type: ignore[no-untyped-def]
        if self.first:
            self.first = False
            on_success(work(None))
        else:
            self.kept.append((work, on_success))

    def drain(self) -> None:
        while self.kept:
            work, on_success = self.kept.pop(0)
            on_success(work(None))


class InlineRunner(FirstRowsRunner):
    """Runs every piece of work at once (per keystroke: the page and its count)."""

    def run(self, work, *, on_success, on_error, on_progress=None):  # type: ignore[no-untyped-def]
        on_success(work(None))


def measure(label: str, db: Database) -> dict[str, float]:
    today = db.context().today()
    figures: dict[str, float] = {}
    with db.session(write=False) as s:
        conn = s.connection()
        figures["bare"] = median_time(
            lambda: conn.exec_driver_sql(
                "SELECT id, code, status FROM cases ORDER BY referral_date DESC, code DESC "
                "LIMIT 101"
            ).all()
        )
    figures["page"] = median_time(lambda: case_pages.case_page(db, CaseQuery(), today))
    first = case_pages.case_page(db, CaseQuery(), today)
    figures["next"] = median_time(
        lambda: case_pages.case_page(db, CaseQuery(), today, after=first.after)
    )
    model = CaseListModel(today)
    table = QTableView()
    table.setModel(model)
    table.resize(1100, 700)
    table.show()
    QApplication.processEvents()

    def shown() -> None:
        model.set_page(case_pages.case_page(db, CaseQuery(), today))
        table.viewport().repaint()

    figures["rows"] = median_time(shown)
    table.close()
    figures["count"] = median_time(lambda: case_pages.count_cases(db, CaseQuery()), 5)
    figures["choices"] = median_time(lambda: case_pages.case_choices(db), 3)

    opens = []
    for _ in range(6):
        runner = FirstRowsRunner()
        start = time.perf_counter()
        page = CasesPage(UiEnv(db, db.context(), runner))  # type: ignore[arg-type]
        page.resize(1100, 700)
        page.show()
        QApplication.processEvents()
        opens.append(time.perf_counter() - start)
        runner.drain()
        page.close()
    figures["page_open"] = statistics.median(opens[1:])  # the first pays Qt's own warm-up

    print(f"\n{label}")
    print(f"  bare first-page query of cases:      {ms(figures['bare'])}")
    print(f"  first page (service):                {ms(figures['page'])}")
    print(f"  first rows (query + model + paint):  {ms(figures['rows'])}")
    print(f"  Casi page open to first rows shown:  {ms(figures['page_open'])}")
    print(f"  next page (keyset):                  {ms(figures['next'])}")
    print(f"  count of every case (after):         {ms(figures['count'])}")
    print(f"  filter choices (after):              {ms(figures['choices'])}")
    for text in TYPED:
        keys = keystrokes(db, today, text)
        for prefix, took in keys:
            figures[f"key:{prefix}"] = took
        median = statistics.median(t for _p, t in keys)
        detail = "  ".join(f"{p!r} {t * 1000:.1f}" for p, t in keys)
        print(f"  search {text!r} per keystroke: median {ms(median)}")
        print(f"      page + count per prefix, ms: {detail}")
    return figures


def keystrokes(db: Database, today: Any, text: str) -> list[tuple[str, float]]:
    """Each prefix typed into the real page: the page query, the model, the count."""
    page = CasesPage(UiEnv(db, db.context(), InlineRunner()))  # type: ignore[arg-type]
    page.resize(1100, 700)
    page.show()
    QApplication.processEvents()
    found = []
    for n in range(1, len(text) + 1):
        times = []
        for _ in range(5):
            page.search.setText(text[: n - 1])
            QApplication.processEvents()
            start = time.perf_counter()
            page.search.setText(text[:n])
            QApplication.processEvents()
            times.append(time.perf_counter() - start)
        found.append((text[:n], statistics.median(times)))
    page.close()
    return found


def proxy_baseline(db: Database) -> float:
    """The bare in-memory filter of the 15,000 keys, per no-match keystroke."""
    with db.session(write=False) as s:
        keys = list(
            s.scalars(
                case_index.rows_table.select().with_only_columns(case_index.rows_table.c.search_key)
            )
        )
    strings = QStringListModel(keys)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(strings)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1100, 700)
    view.show()
    QApplication.processEvents()
    times = []
    for text in ("xqzw", "zzz nessuno"):
        for n in range(1, len(text) + 1):
            start = time.perf_counter()
            proxy.setFilterRegularExpression(
                QRegularExpression(QRegularExpression.escape(text[:n]))
            )
            QApplication.processEvents()
            times.append(time.perf_counter() - start)
            proxy.setFilterRegularExpression(QRegularExpression())
            QApplication.processEvents()
    view.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a 15,000-case plaintext database")
    parser.add_argument("--work", type=Path, default=None, help="folder for the two copies")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-lists-"))
    small_path, big_path = work / "cases-15k.db", work / "cases-150k.db"
    for path in (small_path, big_path):
        if not path.exists():
            start = time.perf_counter()
            copy_database(args.db, path)
            print(f"copy to {path.name}: {time.perf_counter() - start:.1f} s")
    cases, big_cases = count_cases(small_path), count_cases(big_path)
    if big_cases == cases:
        start = time.perf_counter()
        big_cases = grow(big_path, COPIES)
        print(f"grown to {big_cases} cases by SQL in {time.perf_counter() - start:.1f} s")
    small = open_database(f"sqlite:///{small_path}")
    big = open_database(f"sqlite:///{big_path}")
    for label, db in (("15k", small), ("150k", big)):
        start = time.perf_counter()
        done = 0
        with db.session(write=True) as s:
            done = case_index.refresh(s.connection())
        print(f"index rows computed ({label}): {done} in {time.perf_counter() - start:.1f} s")

    a = measure(f"{cases} cases", small)
    b = measure(f"{big_cases} cases", big)
    base = proxy_baseline(small)
    print("\nratios 150k / 15k (target ≤ 1.5):")
    for key, name in (
        ("page", "first page (service)"),
        ("rows", "first rows (query + model + paint)"),
        ("page_open", "Casi page open to first rows"),
        ("next", "next page"),
        ("bare", "bare first-page query of cases"),
    ):
        print(f"  {name:38s} {b[key] / a[key]:5.2f}")
    misses = [k for k in a if k.startswith("key:") and ("xq" in k or "zzz" in k)]
    worst = max(max(a[k], b[k]) for k in misses)
    long_misses = [k for k in misses if len(k) - 4 >= 3]
    print(
        f"\nno-match keystroke (3+ characters), median: 15k {ms(statistics.median(a[k] for k in long_misses))}"
        f", 150k {ms(statistics.median(b[k] for k in long_misses))}; worst of any no-match prefix {ms(worst)}"
    )
    print(f"bare QSortFilterProxyModel no-match keystroke over the 15,000 keys: {ms(base)}")
    small.close()
    big.close()


if __name__ == "__main__":
    main()
