"""The same work on PostgreSQL and on SQLite in one run: single service operations, the first
page of the Casi list, two reports, then 8 concurrent clients doing an educator's mix.

    python bench/bench_server.py [--scale 0.1] [--clients 8] [--seconds 20]

Both databases are built here with the large demo (``generate_large``) at ``--scale``
(1.0 = DESIGN.md §7, 15,000 cases; the default 0.1 = 1,500 cases keeps the run to a few
minutes on the 2-core machine). PostgreSQL is a throw-away server started for the run by
``tests/engines.py`` (``RTS_TEST_PG_URL`` names a running one instead); SQLite is one file.

Part 1, per engine: median of ``--repeat`` runs of each operation as an operator of the
demo, beside a bare ``SELECT 1`` round trip on the same engine (the baseline, same run),
the ratio PostgreSQL / SQLite and the SQL statements one call sends (each one a round trip
to the server; the pool's pre-ping not counted).

Part 2: ``--clients`` processes, each with its own ``Database`` (its own engine and
connections) and its own educator, loop for ``--seconds`` without think time over the mix: open a case file (three times), add a note (twice), move
an appointment (once). Reported per engine and operation: operations per second, median and
p95 latency, refused operations; beside the same mix run by one client alone (same run).
No assertions: figures to read (target, DESIGN.md §7: p95 ≤ 100 ms on PostgreSQL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from sqlalchemy import event, select, text

from rts_desktop.db import Database, init_database, open_database
from rts_desktop.demo.large import generate_large
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Case, CaseEducator, Event, Operator
from rts_desktop.models.vocab import NoteKind, Role
from rts_desktop.reports.registry import REPORTS
from rts_desktop.reports.table import ReportFilter
from rts_desktop.services.calendar import events
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import case_pages, notes
from rts_desktop.services.housing import stays
from rts_desktop.services.housing.availability import place_offers
from rts_desktop.ui.cases.case_data import load_case_file

ENGINES = ("postgresql", "sqlite")
MIX = (
    "apri caso",
    "apri caso",
    "apri caso",
    "aggiungi nota",
    "aggiungi nota",
    "sposta appuntamento",
)
REPORT_KINDS = ("occupancy", "stays")
NOTE = "Colloquio in ufficio: aggiornati gli obiettivi della settimana."


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm: the first call fills the caches and the connection pool
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def statements(db: Database, fn: Callable[[], Any]) -> int:
    """How many SQL statements one call of ``fn`` sends (round trips to a server)."""
    sent = [0]

    def count(*_args: Any) -> None:
        sent[0] += 1

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return sent[0]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- the databases --------------------------------------------------------------------------


def build(engine: str, folder: Path, scale: float, today: dt.date) -> tuple[str, float]:
    """A new database on ``engine`` with the large demo at ``scale``; its URL and build time."""
    if engine == "sqlite":
        url = f"sqlite:///{folder / 'bench.db'}"
    else:
        from tests.engines import server

        url = server().create_empty()
    started = time.perf_counter()
    db = init_database(url, device_name="Server di prova")
    generate_large(db, today=today, scale=scale)
    db.close()
    return url, time.perf_counter() - started


def operator(db: Database, role: Role) -> ActingContext:
    """The context of the first active operator of ``role``, in id order."""
    with db.session(write=False) as s:
        stmt = select(Operator.id).where(Operator.role == role, Operator.active.is_(True))
        first = s.scalars(stmt.order_by(Operator.id)).first()
    assert first is not None
    return db.context(first, role=role)


@dataclass(frozen=True)
class Work:
    """What one operator works on: her cases (open, noted) and appointments (moved)."""

    cases: list[str]
    events: list[str]


def work_for(db: Database, ctx: ActingContext, today: dt.date) -> Work:
    """Up to 20 of her active cases and of her single (not recurring) appointments ahead."""
    with db.session(write=False) as s:
        mine = select(CaseEducator.case_id).where(CaseEducator.operator_id == ctx.operator_id)
        case_ids = list(
            s.scalars(
                select(Case.id)
                .where(Case.id.in_(mine), Case.status == "attivo")
                .order_by(Case.id)
                .limit(20)
            )
        )
        event_ids = list(
            s.scalars(
                select(Event.id)
                .where(
                    Event.organizer_id == ctx.operator_id,
                    Event.rrule.is_(None),
                    Event.cancelled.is_(False),
                    Event.starts_at > dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC),
                )
                .order_by(Event.id)
                .limit(20)
            )
        )
    return Work(case_ids, event_ids)


# --- the operations -------------------------------------------------------------------------


def open_case(db: Database, ctx: ActingContext, case_id: str) -> None:
    """What opening a case file reads: the case (audited) and every tab's content."""
    load_case_file(db, ctx, cases.get_case(db, ctx, case_id))


def add_note(db: Database, ctx: ActingContext, case_id: str) -> None:
    notes.add_note(db, ctx, case_id, NoteKind.LIBERA, ctx.today(), NOTE)


def move_appointment(db: Database, ctx: ActingContext, event_id: str, step: int) -> None:
    """An hour later on odd calls, back on even ones: the calendar stays as it was."""
    event = events.get_event(db, event_id)
    shift = dt.timedelta(hours=1 if step % 2 else -1)
    events.move_event(db, ctx, event_id, event.starts_at + shift)


def book_and_cancel(db: Database, ctx: ActingContext, case_id: str, today: dt.date) -> None:
    """Book a free bed a year ahead for a month, then cancel the booking (as planned)."""
    start = today + dt.timedelta(days=400)
    end = start + dt.timedelta(days=30)
    offer = next(o for o in place_offers(db, start, end, ctx=ctx) if o.free)
    room = next(r for r in offer.rooms if r.free)
    stay = stays.plan_stay(db, ctx, case_id, offer.id, room.id, 1, start, end)
    stays.cancel_stay(db, ctx, stay.id)


def bookable_case(db: Database, ctx: ActingContext, today: dt.date) -> str:
    """An active case that may take a new stay (tried with a real booking, cancelled)."""
    with db.session(write=False) as s:
        ids = list(s.scalars(select(Case.id).where(Case.status == "attivo").order_by(Case.id)))
    for case_id in ids[:200]:
        try:
            book_and_cancel(db, ctx, case_id, today)
        except Exception:
            continue
        return case_id
    raise LookupError("no active case may take a stay")


def single_operations(
    url: str, who: str, today: dt.date, repeat: int
) -> dict[str, tuple[float | str, int]]:
    """Median time and SQL statements of each operation on one database: the educator
    ``who`` reads and writes, a coordinator books and reads the list and the reports
    (``"n/a …"`` when one fails)."""
    db = open_database(url)
    coord = operator(db, Role.COORDINATORE)
    educator = db.context(who, role=Role.EDUCATORE)
    work = work_for(db, educator, today)
    case_id, event_id = work.cases[0], work.events[0]
    booking = bookable_case(db, coord, today)
    steps = iter(range(10**9))
    end = dt.date(today.year - 1, 12, 31)
    year = ReportFilter(dt.date(end.year, 1, 1), end)

    def bare() -> None:
        with db.session(write=False) as s:
            s.execute(text("SELECT 1"))

    def first_page() -> None:
        case_pages.case_page(db, case_pages.CaseQuery(), today, ctx=coord)

    def report(kind: str) -> Callable[[], None]:
        build_report = REPORTS[kind].builder()

        def run() -> None:
            with db.session(write=False) as s:
                build_report(s, year, coord)

        return run

    timed: dict[str, Callable[[], None]] = {
        "SELECT 1 (riferimento)": bare,
        "apri scheda caso (dati)": lambda: open_case(db, educator, case_id),
        "  la stessa, coordinatore": lambda: open_case(db, coord, case_id),
        "aggiungi nota": lambda: add_note(db, educator, case_id),
        "sposta appuntamento": lambda: move_appointment(db, educator, event_id, next(steps)),
        "prenota + annulla inserimento": lambda: book_and_cancel(db, coord, booking, today),
        "Casi, prima pagina": first_page,
        **{f"report {kind}, 1 anno": report(kind) for kind in REPORT_KINDS},
    }
    found: dict[str, tuple[float | str, int]] = {}
    for name, fn in timed.items():
        try:
            found[name] = (median_time(fn, repeat), statements(db, fn))
        except Exception as error:
            found[name] = (f"n/a: {type(error).__name__}", 0)
    db.close()
    return found


# --- concurrent clients ---------------------------------------------------------------------


def educators_with_work(url: str, today: dt.date, count: int) -> list[str]:
    """``count`` educators (repeated when fewer) with active cases and appointments ahead."""
    db = open_database(url)
    with db.session(write=False) as s:
        stmt = select(Operator.id).where(Operator.role == Role.EDUCATORE, Operator.active.is_(True))
        ids = list(s.scalars(stmt.order_by(Operator.id)))
    chosen = []
    for operator_id in ids:
        work = work_for(db, db.context(operator_id, role=Role.EDUCATORE), today)
        if work.cases and work.events:
            chosen.append(operator_id)
    db.close()
    return [chosen[n % len(chosen)] for n in range(count)]


def client(
    url: str, who: str, today: dt.date, seconds: float, go: Any, ready: Any, out: Any
) -> None:
    """One office PC: its own engine, its own educator, the mix in a loop until time is up."""
    times: dict[str, list[float]] = {name: [] for name in MIX}
    refused: dict[str, int] = dict.fromkeys(MIX, 0)
    reasons: Counter[str] = Counter()
    try:
        db = open_database(url)
        ctx = db.context(who, role=Role.EDUCATORE)
        work = work_for(db, ctx, today)
        open_case(db, ctx, work.cases[0])  # connected and warm before the start
    except Exception as error:
        ready.put(f"{type(error).__name__}: {str(error).splitlines()[0][:200]}")
        out.put((times, refused, reasons))
        return
    ready.put("ready")
    go.wait()
    stop = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < stop:
        name = MIX[n % len(MIX)]
        case_id = work.cases[n % len(work.cases)]
        start = time.perf_counter()
        try:
            if name == "apri caso":
                open_case(db, ctx, case_id)
            elif name == "aggiungi nota":
                add_note(db, ctx, case_id)
            else:
                move_appointment(db, ctx, work.events[n % len(work.events)], n // len(MIX))
            times[name].append(time.perf_counter() - start)
        except Exception as error:
            refused[name] += 1
            why = str(error).splitlines()[0][:90] if str(error) else ""
            reasons[f"{name}: {type(error).__name__} {why}"] += 1
        n += 1
    db.close()
    out.put((times, refused, reasons))


def clients(url: str, who: list[str], today: dt.date, seconds: float) -> dict[str, Any]:
    """One client process per educator in ``who``, started together; latencies merged."""
    spawn = mp.get_context("spawn")
    ready, out, go = spawn.Queue(), spawn.Queue(), spawn.Event()
    procs = [
        spawn.Process(target=client, args=(url, i, today, seconds, go, ready, out)) for i in who
    ]
    for p in procs:
        p.start()
    for _ in procs:  # every process imported, connected and warm: then all start at once
        said = ready.get(timeout=300)
        if said != "ready":
            print(f"  un client non è partito: {said}")
    go.set()
    times: dict[str, list[float]] = {name: [] for name in MIX}
    refused: dict[str, int] = dict.fromkeys(MIX, 0)
    reasons: Counter[str] = Counter()
    for _ in procs:
        got, lost, why = out.get(timeout=seconds + 300)
        reasons.update(why)
        for name in MIX:
            times[name] += got[name]
            refused[name] += lost[name]
    for p in procs:
        p.join()
    return {"times": times, "refused": refused, "reasons": reasons, "seconds": seconds}


# --- the tables -----------------------------------------------------------------------------


def cell(value: float | str) -> str:
    return ms(value) if isinstance(value, float) else f"{value[:24]:>24}"


def print_single(found: dict[str, dict[str, tuple[float | str, int]]]) -> None:
    pg, lite = found["postgresql"], found["sqlite"]
    print(f"\n{'operazione':<32}{'PostgreSQL':>13}{'SQLite':>13}{'PG/SQLite':>11}{'SQL':>6}")
    for name in pg:
        (a, on_pg), (b, on_lite) = pg[name], lite[name]
        sent = str(on_pg or on_lite or "—")  # a failed call sent nothing worth counting
        ratio = f"{a / b:9.2f}×" if isinstance(a, float) and isinstance(b, float) else "       n/a"
        print(f"{name:<32}{cell(a):>13}{cell(b):>13}{ratio:>11}{sent:>6}")


def print_clients(engine: str, many: dict[str, Any], one: dict[str, Any], count: int) -> None:
    print(f"\n{engine}: {count} client contemporanei per {many['seconds']:.0f} s, senza pause")
    print(
        f"{'operazione':<22}{'op/s':>8}{'mediana':>12}{'p95':>12}{'rifiutate':>11}"
        f"{'1 client: mediana':>19}{'rapporto':>10}"
    )
    total = 0
    for name in dict.fromkeys(MIX):
        times, alone = many["times"][name], one["times"][name]
        total += len(times)
        if not times:
            print(f"{name:<22}{'n/a':>8}   refused {many['refused'][name]}")
            continue
        med, single = statistics.median(times), statistics.median(alone or [float("nan")])
        print(
            f"{name:<22}{len(times) / many['seconds']:8.1f}{ms(med):>12}{ms(p95(times)):>12}"
            f"{many['refused'][name]:>11}{ms(single):>19}{med / single:9.2f}×"
        )
    alone = sum(len(v) for v in one["times"].values())
    print(
        f"{'totale':<22}{total / many['seconds']:8.1f} op/s "
        f"(1 client da solo: {alone / one['seconds']:.1f} op/s)"
    )
    for why, n in many["reasons"].most_common(5):
        print(f"  rifiutate {n:>4}× {why}")


def _load() -> str:
    return ", ".join(f"{n:.1f}" for n in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1, help="1.0 = 15,000 cases")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    today = dt.date.today()
    print(f"carico della macchina (1, 5, 15 min): {_load()}; {os.cpu_count()} core")
    folder = Path(tempfile.mkdtemp(prefix="rts-bench-server-"))
    try:
        urls: dict[str, str] = {}
        for engine in ENGINES:
            urls[engine], took = build(engine, folder, args.scale, today)
            print(f"{engine}: demo data scale {args.scale} built in {took:.1f} s")
        who = {engine: educators_with_work(urls[engine], today, args.clients) for engine in ENGINES}
        single = {
            engine: single_operations(urls[engine], who[engine][0], today, args.repeat)
            for engine in ENGINES
        }
        print_single(single)
        for engine in ENGINES:
            one = clients(urls[engine], who[engine][:1], today, args.seconds / 2)
            many = clients(urls[engine], who[engine], today, args.seconds)
            print_clients(engine, many, one, args.clients)
        print(f"\ncarico della macchina alla fine: {_load()}")
    finally:
        from tests.engines import stop_server

        stop_server()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
