"""Live updates between PCs on a server database: committed changes travel by LISTEN/NOTIFY.

The sender is ``Database.session``: before it commits, the transaction runs
``pg_notify('rts_changes', payload)`` with the ``Changes`` it wrote (NOTIFY is transactional,
so only committed changes travel). The payload is JSON::

    {"v": 1, "from": "<instance id>", "ids": {"stays": ["…"]}, "whole": ["cases"], "all": false}

PostgreSQL refuses payloads of 8000 bytes or more: a bigger one names its aggregates as
``whole`` instead of their ids.

The receiver is ``LiveListener``: a thread with its own connection (not one of the pool) that
listens on the channel, skips what its own instance sent, decodes the rest (a payload is
untrusted input: garbage and unknown aggregates are logged and dropped) and hands the
``Changes`` to ``deliver``. When the server goes away it reconnects with a growing pause and
then delivers ``everything``, since it may have missed changes meanwhile.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from rts_desktop.kernel.changes import Aggregate, Changes

log = logging.getLogger(__name__)

CHANNEL = "rts_changes"
#: PostgreSQL's limit is "shorter than 8000 bytes"
MAX_PAYLOAD = 7999
FORMAT = 1


def encode(changes: Changes, sender: str) -> str:
    """The payload announcing ``changes`` from the instance ``sender`` (under the limit)."""
    payload = _dumps(changes, sender)
    if len(payload.encode()) <= MAX_PAYLOAD:
        return payload
    payload = _dumps(Changes(whole=changes.whole | frozenset(changes.ids)), sender)
    if len(payload.encode()) <= MAX_PAYLOAD:
        return payload
    return _dumps(Changes.all(), sender)  # only a sender id absurdly long gets here


def _dumps(changes: Changes, sender: str) -> str:
    body: dict[str, Any] = {"v": FORMAT, "from": sender}
    if changes.everything:
        body["all"] = True
    else:
        ids = {str(a): sorted(v) for a, v in changes.ids.items() if v}
        if ids:
            body["ids"] = ids
        if changes.whole:
            body["whole"] = sorted(str(a) for a in changes.whole)
    return json.dumps(body, separators=(",", ":"), sort_keys=True)


def decode(payload: str) -> tuple[str, Changes]:
    """The sender and the changes of a payload; ``ValueError`` when it is not one.

    Aggregates this version does not know (a newer PC's) are dropped with a log line."""
    try:
        body = json.loads(payload)
    except (ValueError, RecursionError):
        raise ValueError("not JSON") from None
    if not isinstance(body, dict) or body.get("v") != FORMAT:
        raise ValueError("not a changes payload")
    sender = body.get("from")
    if not isinstance(sender, str):
        raise ValueError("no sender")
    if body.get("all") is True:
        return sender, Changes.all()
    ids_in = body.get("ids", {})
    whole_in = body.get("whole", [])
    if not isinstance(ids_in, dict) or not isinstance(whole_in, list):
        raise ValueError("malformed aggregates")
    ids: dict[Aggregate, frozenset[str]] = {}
    for name, values in ids_in.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError("malformed ids")
        aggregate = _aggregate(name)
        if aggregate is not None and values:
            ids[aggregate] = frozenset(values)
    whole = frozenset(a for a in map(_aggregate, whole_in) if a is not None)
    return sender, Changes(ids, whole)


def _aggregate(name: object) -> Aggregate | None:
    try:
        return Aggregate(name)
    except ValueError:
        log.info("live update names an unknown aggregate %.40r: ignored", name)
        return None


Connect = Callable[[], Any]
Deliver = Callable[[Changes], None]


class LiveListener:
    """Hears the changes other instances commit and hands them to ``deliver`` (called on the
    listener's own thread: the caller marshals them where its subscribers live)."""

    def __init__(
        self,
        connect: Connect,
        instance_id: str,
        deliver: Deliver,
        *,
        poll: float = 0.25,
        backoff: tuple[float, float] = (0.25, 8.0),
    ) -> None:
        self._connect = connect
        self.instance_id = instance_id
        self._deliver = deliver
        self._poll = poll
        self._backoff = backoff
        self._stop = threading.Event()
        #: set while a connection is listening (tests wait on it)
        self.listening = threading.Event()
        #: times the listener (re)connected; the pid of its server process
        self.connections = 0
        self.backend_pid: int | None = None
        self._thread = threading.Thread(target=self._run, name="rts-live-updates", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and wait for the thread (it wakes at least every ``poll``)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("live updates listener did not stop within %ss", timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        pause = self._backoff[0]
        missed = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # the server is down or unreachable: try again later
                log.info("live updates: cannot connect (%s), retrying", type(exc).__name__)
                self._stop.wait(pause)
                pause = min(pause * 2, self._backoff[1])
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self.backend_pid = conn.info.backend_pid
                self.connections += 1
                pause = self._backoff[0]
                self.listening.set()
                if missed:  # changes committed while we were away were not heard
                    self._hand(Changes.all())
                missed = True
                while not self._stop.is_set():
                    for notice in conn.notifies(timeout=self._poll):
                        self._heard(notice.payload)
            except Exception as exc:
                log.info("live updates: connection lost (%s), reconnecting", type(exc).__name__)
                self._stop.wait(pause)
            finally:
                self.listening.clear()
                try:
                    conn.close()
                except Exception:
                    log.debug("live updates: closing the connection failed", exc_info=True)

    def _heard(self, payload: str) -> None:
        try:
            sender, changes = decode(payload)
        except ValueError as exc:
            log.warning("live update ignored (%s): %.80r", exc, payload)
            return
        if sender != self.instance_id:
            self._hand(changes)

    def _hand(self, changes: Changes) -> None:
        try:
            self._deliver(changes)
        except Exception:  # a subscriber's failure must not stop the updates
            log.exception("live update delivery failed")


def connector(engine: Callable[[], Any], password: Callable[[], str | None]) -> Connect:
    """Opens a dedicated autocommit psycopg connection to the database of ``engine()`` (the
    same arguments the pool uses, and the signed-in operator's ``password()`` when her login
    role connects without one in the URL), with TCP keepalives so a vanished server is
    noticed. Both are asked at each (re)connection: after a switch of user it listens as
    the new operator."""

    def connect() -> Any:
        import psycopg

        current = engine()
        cargs, cparams = current.dialect.create_connect_args(current.url)
        params = {
            "connect_timeout": 5,
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            **cparams,
        }
        secret = password()
        if secret is not None:
            params["password"] = secret
        return psycopg.connect(*cargs, autocommit=True, **params)

    return connect
