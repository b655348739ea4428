"""Occupancy board on the large dataset: load + layout + paint for a month and a quarter.

Baseline from the same run: a bare QTableView over a plain list model with one row per room
(load of the room names + one paint). Usage: python bench/bench_board.py [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView
from sqlalchemy import select

from rts_desktop.db import open_database
from rts_desktop.models import Room
from rts_desktop.services.housing.board import board_data
from rts_desktop.ui.app import make_app
from rts_desktop.ui.housing.board_rows import BoardLayout
from rts_desktop.ui.housing.board_widget import ZOOMS, BoardWidget


class _Names(QAbstractListModel):
    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.names)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        return self.names[index.row()] if role == Qt.ItemDataRole.DisplayRole else None


def _median(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/rts-large.db")
    args = parser.parse_args()
    make_app()
    db = open_database(f"sqlite:///{args.db}")
    today = dt.date.today()
    list_view = QListView()
    list_view.resize(1280, 700)

    def baseline() -> None:
        with db.session(write=False) as s:
            names = list(s.scalars(select(Room.name)))
        list_view.setModel(_Names(names))
        list_view.grab()

    base = _median(baseline)
    print(
        f"baseline (QListView over {list_view.model().rowCount()} rooms, load+paint): {base:.1f} ms"
    )
    board = BoardWidget(today)
    board.resize(1280, 700)
    holder: dict[str, object] = {}
    for zoom in ("month", "quarter"):
        board.zoom = zoom
        board.start = today - dt.timedelta(days=7)

        def load() -> None:
            start, end = board.start - dt.timedelta(42), board.end + dt.timedelta(42)
            holder["data"] = data = board_data(db, start, end)
            board.set_layout(BoardLayout(data))
            board.viewport().grab()

        total = _median(load)
        paint = _median(lambda: board.viewport().grab(), runs=20)
        data = holder["data"]
        print(
            f"board {zoom:8} ({ZOOMS[zoom]} days, {len(data.apartments)} apartments, "  # type: ignore[attr-defined]
            f"{len(data.stays)} stays): load+layout+paint {total:.1f} ms "  # type: ignore[attr-defined]
            f"(x{total / base:.2f} baseline), repaint {paint:.1f} ms, rows painted {board.painted_rows}"
        )
    db.close()
    sys.stdout.flush()
    os._exit(0)  # skip PySide teardown order issues at interpreter exit


if __name__ == "__main__":
    main()
