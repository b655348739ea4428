"""The Elenco alloggi paged from SQL at the large dataset's size and ten times it, in one run.

    QT_QPA_PLATFORM=offscreen python bench/bench_apartment_list.py --db LARGE.db [--work DIR]

``LARGE.db`` is a plaintext database from ``bench/generate_large.py --scale 1.0`` (15,000
cases, 1,500 apartments); it is only read. The bench makes two copies in ``--work`` (a
temporary folder by default): one as it is, and one with nine more copies of every
apartment, with its rooms, status history, stays and repairs (new ids and codes suffixed
``-1``…``-9``), inserted directly with SQL as a script would: the apartments of a service
with 150,000 cases.

Figures per size: the time to the first rows (the page query, the model filled and the table
painted: what a person waits for), the next page, a page in the order of a derived column
(free places: computed for every apartment), the totals (after, on the worker) and a
keystroke of the filter that matches nothing. Baseline from the same run: the whole list
as it was read before (``list_apartments``, every apartment). No assertions: figures to read.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from bench_lists import copy_database, median_time, ms
from PySide6.QtWidgets import QApplication, QTableView

from rts_desktop.db import Database, open_database
from rts_desktop.services.housing.apartment_pages import (
    ApartmentQuery,
    ApartmentSort,
    apartment_page,
    apartment_totals,
)
from rts_desktop.services.housing.apartments import list_apartments
from rts_desktop.ui.common.paged_model import PagedModel
from rts_desktop.ui.housing.apartment_list import NUMBERS, SORTS, columns

COPIES = 9
#: table → the columns that name an apartment's own records (suffixed in each copy)
OWN = {
    "apartments": ("id", "code"),
    "rooms": ("id", "apartment_id"),
    "apartment_status": ("id", "apartment_id"),
    "stays": ("id", "apartment_id", "room_id"),
    "maintenance_requests": ("id", "apartment_id"),
}


def grow(path: Path, copies: int) -> int:
    """Insert ``copies`` copies of every apartment and its records; apartments afterwards."""
    con = sqlite3.connect(path)
    for table, own in OWN.items():
        names = [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
        chosen = ", ".join(f"{c} || '-' || n" if c in own else c for c in names)
        con.execute(
            f"INSERT INTO {table} ({', '.join(names)}) "
            f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {copies}) "
            f"SELECT {chosen} FROM {table}, k"
        )
    con.commit()
    total = int(con.execute("SELECT count(*) FROM apartments").fetchone()[0])
    con.close()
    return total


def count(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM apartments").fetchone()[0])
    finally:
        con.close()


def measure(label: str, db: Database) -> dict[str, float]:
    today = db.context().today()
    first_query = ApartmentQuery()
    figures = {
        "whole": median_time(lambda: list_apartments(db, today), 5),
        "page": median_time(lambda: apartment_page(db, first_query, today)),
    }
    first = apartment_page(db, first_query, today)
    figures["next"] = median_time(lambda: apartment_page(db, first_query, today, after=first.after))
    by_free = ApartmentQuery(sort=ApartmentSort.FREE, descending=True)
    figures["derived"] = median_time(lambda: apartment_page(db, by_free, today), 5)
    figures["totals"] = median_time(lambda: apartment_totals(db, first_query, today), 5)
    figures["miss"] = median_time(lambda: apartment_page(db, ApartmentQuery("zzz"), today))
    model = PagedModel(columns(), SORTS, (ApartmentSort.CODE, False), NUMBERS)
    table = QTableView()
    table.setModel(model)
    table.resize(1100, 700)
    table.show()
    QApplication.processEvents()

    def shown() -> None:
        model.set_page(apartment_page(db, first_query, today))
        table.viewport().repaint()

    figures["rows"] = median_time(shown)
    table.close()
    print(f"\n{label}")
    print(f"  whole list, as read before:          {ms(figures['whole'])}")
    print(f"  first page (service):                {ms(figures['page'])}")
    print(f"  first rows (query + model + paint):  {ms(figures['rows'])}")
    print(f"  next page (keyset):                  {ms(figures['next'])}")
    print(f"  first page by free places:           {ms(figures['derived'])}")
    print(f"  totals (after):                      {ms(figures['totals'])}")
    print(f"  filter that matches nothing:         {ms(figures['miss'])}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a 15,000-case plaintext database")
    parser.add_argument("--work", type=Path, default=None, help="folder for the two copies")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-apartments-"))
    small_path, big_path = work / "apartments-1x.db", work / "apartments-10x.db"
    for path in (small_path, big_path):
        if not path.exists():
            copy_database(args.db, path)
    small_count, big_count = count(small_path), count(big_path)
    if big_count == small_count:
        start = time.perf_counter()
        big_count = grow(big_path, COPIES)
        print(f"grown to {big_count} apartments by SQL in {time.perf_counter() - start:.1f} s")
    small = open_database(f"sqlite:///{small_path}")
    big = open_database(f"sqlite:///{big_path}")
    a = measure(f"{small_count} apartments", small)
    b = measure(f"{big_count} apartments", big)
    print("\nratios 10× / 1× (target ≤ 1.5 for the first rows):")
    for key, name in (
        ("page", "first page (service)"),
        ("rows", "first rows (query + model + paint)"),
        ("next", "next page"),
        ("derived", "first page by free places"),
        ("totals", "totals"),
        ("whole", "whole list, as read before"),
    ):
        print(f"  {name:38s} {b[key] / a[key]:5.2f}")
    small.close()
    big.close()


if __name__ == "__main__":
    main()
