"""Calendar week / month views on the large dataset: load (query + expansion + names) and paint.

Target (DESIGN.md §7): ≤ 50 ms load + paint. Baseline from the same run: a raw SQL read of the
same range's event rows (no recurrence expansion, no participants) painted as plain rectangles.

    QT_QPA_PLATFORM=offscreen python bench/bench_calendar.py [--db /tmp/rts-large.db]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections import Counter

from PySide6.QtGui import QColor, QPainter, QPixmap
from sqlalchemy import text

from rts_desktop.db import open_database
from rts_desktop.services.calendar.queries import EventFilter, occurrences
from rts_desktop.ui.app import make_app
from rts_desktop.ui.calendar.month_grid import MonthGrid
from rts_desktop.ui.calendar.page import load_month, load_range
from rts_desktop.ui.calendar.style import aware
from rts_desktop.ui.calendar.time_grid import TimeGrid
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import SyncRunner

RUNS = 15


def median_ms(fn) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm up (caches, first query plans)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def paint(widget) -> None:  # type: ignore[no-untyped-def]
    pixmap = QPixmap(widget.size())
    widget.render(pixmap)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/rts-large.db")
    parser.add_argument("--day", help="AAAA-MM-GG (default: the busiest recent week)")
    args = parser.parse_args()

    make_app()
    db = open_database(f"sqlite:///{args.db}")
    env = UiEnv(db, db.context(), SyncRunner())
    with db.session(write=False) as s:
        latest = s.execute(text("select max(starts_at) from events")).scalar()
        total = s.execute(text("select count(*) from events")).scalar()
    today = dt.date.fromisoformat(args.day) if args.day else (
        dt.datetime.fromisoformat(str(latest)).date() - dt.timedelta(days=60)
    )  # fmt: skip
    monday = today - dt.timedelta(days=today.weekday())
    week_start = aware(dt.datetime.combine(monday, dt.time(0)))
    busiest = Counter(
        o.organizer_id for o in occurrences(db, week_start, week_start + dt.timedelta(days=7))
    ).most_common(1)[0][0]
    print(f"events in database: {total}; week of {monday:%d/%m/%Y}; educator {busiest}")

    grid = TimeGrid()
    grid.resize(1100, 700)
    month = MonthGrid()
    month.resize(1100, 700)
    first_month = today.replace(day=1)
    month_first = first_month - dt.timedelta(days=first_month.weekday())
    days = [monday + dt.timedelta(days=n) for n in range(7)]

    def week(filters: EventFilter) -> int:
        found, names, marks = load_range(env, monday, days[-1], filters, True, "week")
        grid.set_data(days, found, marks, names.apartments, today)
        paint(grid)
        return len(found)

    def month_view(filters: EventFilter) -> int:
        last = month_first + dt.timedelta(days=41)
        data, marks = load_month(env, month_first, last, filters, True, month.room())
        month.set_data(first_month, data, marks, today, today)
        paint(month)
        return data.total

    def baseline(first: dt.date, last: dt.date) -> None:
        lo = aware(dt.datetime.combine(first, dt.time(0))).astimezone(dt.UTC)
        hi = aware(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0))).astimezone(dt.UTC)
        with db.session(write=False) as s:
            rows = s.execute(
                text("select title, starts_at, ends_at from events where starts_at >= :lo "
                     "and starts_at < :hi"),
                {"lo": lo.replace(tzinfo=None), "hi": hi.replace(tzinfo=None)},
            ).all()  # fmt: skip
        pixmap = QPixmap(1100, 700)
        painter = QPainter(pixmap)
        for n, row in enumerate(rows):
            painter.fillRect(
                10 + (n % 7) * 150, 10 + (n // 7 % 40) * 16, 140, 14, QColor("#cfe3f7")
            )
            painter.drawText(12 + (n % 7) * 150, 22 + (n // 7 % 40) * 16, str(row[0])[:20])
        painter.end()

    cases = [
        ("week, one educator", lambda: week(EventFilter(educator_id=busiest)),
         lambda: baseline(monday, days[-1])),
        ("week, everyone", lambda: week(EventFilter()), lambda: baseline(monday, days[-1])),
        ("month, one educator", lambda: month_view(EventFilter(educator_id=busiest)),
         lambda: baseline(month_first, month_first + dt.timedelta(days=41))),
        ("month, everyone", lambda: month_view(EventFilter()),
         lambda: baseline(month_first, month_first + dt.timedelta(days=41))),
    ]  # fmt: skip
    print(f"{'view':<22}{'shown':>7}{'load+paint ms':>15}{'baseline ms':>13}{'ratio':>8}  target")
    for name, fn, base in cases:
        shown = fn()
        ours, theirs = median_ms(fn), median_ms(base)
        verdict = "ok" if ours <= 50 else "OVER 50 ms"
        print(f"{name:<22}{shown:>7}{ours:>15.1f}{theirs:>13.1f}{ours / theirs:>8.1f}  {verdict}")
    db.close()


if __name__ == "__main__":
    main()
