"""Live updates between PCs: what one open database commits reaches the other's hub."""

from __future__ import annotations

import datetime as dt
import queue
import threading
import time

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from rts_desktop.db import open_database
from rts_desktop.db.dialects import notify
from rts_desktop.db.live import CHANNEL, MAX_PAYLOAD, encode
from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.services.housing import stays
from tests import engines
from tests.services.housing.test_housing import make_apartment, make_case, room

pytestmark = pytest.mark.skipif(not engines.on_postgresql(), reason="a server database")
D = dt.date
LISTENER_THREAD = "rts-live-updates"
WAIT = 2.0  # generous on a loaded machine; the latency itself is measured apart


@pytest.fixture(autouse=True)
def _no_listener_left():
    """Every listener a test started is stopped with its database (torn down after it)."""
    yield
    assert not [t for t in threading.enumerate() if t.name == LISTENER_THREAD and t.is_alive()]


class Heard:
    """What a hub told its subscribers, from any thread."""

    def __init__(self, db) -> None:
        self.queue: queue.Queue[Changes] = queue.Queue()
        db.hub.subscribe(self.queue.put)

    def next(self, timeout: float = WAIT) -> Changes:
        return self.queue.get(timeout=timeout)

    def settle(self, quiet: float = 0.3) -> None:
        """Forget what was heard so far (setup writes still in flight included)."""
        while not self.nothing(quiet):
            pass

    def nothing(self, within: float = 0.5) -> bool:
        try:
            self.queue.get(timeout=within)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def other(db):
    """A second PC: the same server database opened again, hearing the first one."""
    second = open_database(db.url)
    assert second.listen()
    assert second.listener.listening.wait(WAIT)
    yield second
    second.close()


def test_a_booking_reaches_the_other_pc_with_its_ids(db, ctx, other):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    heard = Heard(other)
    heard.settle()
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 1").id, 1, D(2026, 11, 26), D(2027, 1, 1)
    )
    changes = heard.next()
    assert changes.ids_of(Aggregate.STAYS) == {stay.id}
    assert apt.id in changes.ids_of(Aggregate.APARTMENTS)
    assert case.id in changes.ids_of(Aggregate.CASES)
    assert changes.initiator is None


def test_own_changes_are_not_heard_back(db, ctx, other):
    db.listen()
    assert db.listener.listening.wait(WAIT)
    mine = Heard(db)
    theirs = Heard(other)
    make_apartment(db, ctx)
    first = mine.next()  # the hub heard it once, from the session itself
    assert first.touches(Aggregate.APARTMENTS)
    assert theirs.next().touches(Aggregate.APARTMENTS)
    assert mine.nothing()


def test_a_rolled_back_write_sends_nothing(db, ctx, other):
    heard = Heard(other)
    with pytest.raises(RuntimeError), db.session(ctx) as s:
        notify(s, CHANNEL, encode(Changes.all(), "someone"))
        raise RuntimeError("the action failed")
    assert heard.nothing()


def test_an_oversized_change_travels_as_whole_aggregates(db, other):
    heard = Heard(other)
    many = Changes.of(people=[f"{i:036d}" for i in range(400)], cases=["c1"])
    assert len(encode(many, db.instance_id)) <= MAX_PAYLOAD
    db.announce(many)
    changes = heard.next()
    assert changes.whole == {Aggregate.PEOPLE, Aggregate.CASES} and not changes.everything
    assert changes.ids_of(Aggregate.PEOPLE) is None


def test_garbage_payloads_are_ignored(db, other, caplog):
    heard = Heard(other)
    with db.engine.connect() as conn:
        for payload in ("not json", "[1,2]", '{"v":1}', '{"v":1,"from":"x","ids":{"cases":3}}'):
            notify(conn, CHANNEL, payload)
        notify(conn, CHANNEL, '{"v":1,"from":"x","ids":{"rockets":["r"],"cases":["c"]}}')
        conn.commit()
    assert heard.next() == Changes.of(cases=["c"])  # the unknown aggregate dropped
    assert other.listener.running
    assert "live update ignored" in caplog.text


def test_a_lost_connection_reconnects_and_reloads_everything(db, ctx, other):
    heard = Heard(other)
    listener = other.listener
    killed = listener.backend_pid
    with db.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": killed})
        conn.commit()
    assert heard.next(timeout=5) == Changes.all()  # what was missed meanwhile
    assert listener.backend_pid != killed and listener.connections == 2
    apt = make_apartment(db, ctx)
    assert heard.next().ids_of(Aggregate.APARTMENTS) == {apt.id}


def test_closing_stops_the_listener_thread(db):
    second = open_database(db.url)
    second.listen()
    assert second.listener.listening.wait(WAIT)
    listener = second.listener
    started = time.monotonic()
    second.close()
    assert not listener.running and time.monotonic() - started < 1.0
    assert _listening_backends(db) == 0


def _listening_backends(db, within: float = 2.0) -> int:
    """The server processes of this database still listening (a closed connection's
    process leaves the server's list a moment after the client let go of it)."""
    deadline = time.monotonic() + within
    while True:
        with db.engine.connect() as conn:
            found = conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND query = :q"
                ),
                {"q": f"LISTEN {CHANNEL}"},
            )
        if not found or time.monotonic() > deadline:
            return int(found or 0)
        time.sleep(0.05)


def test_latency_from_commit_to_the_other_hub(db, ctx, other):
    """Real writes, from the instant each transaction starts committing (its flush and the
    audit links done) to the instant the other PC's hub tells its subscribers (printed with
    ``-s``; the commit's own return is within a tenth of a millisecond of the arrival)."""
    commits: list[float] = []
    arrivals: list[float] = []
    other.hub.subscribe(lambda _c: arrivals.append(time.perf_counter()))

    def committed(_session) -> None:
        commits.append(time.perf_counter())

    event.listen(Session, "before_commit", committed)
    try:
        for i in range(50):
            make_apartment(db, ctx, code=f"MI-{i:03d}", rooms=(("Camera 1", 1),))
            deadline = time.monotonic() + WAIT
            while len(arrivals) < i + 1 and time.monotonic() < deadline:
                time.sleep(0.001)
    finally:
        event.remove(Session, "before_commit", committed)
    assert len(arrivals) == 50 and len(commits) == 50  # one transaction per apartment
    timings = sorted(a - c for a, c in zip(arrivals, commits, strict=True))
    median = timings[len(timings) // 2]
    print(f"live update latency: median {median * 1000:.2f} ms, max {timings[-1] * 1000:.1f} ms")
    assert median < 1.0
