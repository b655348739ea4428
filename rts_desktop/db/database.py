"""An open database: engine, sessions, where its backups and attachments live."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from rts_desktop.db import audit_chain, capture, live
from rts_desktop.db.aggregates import ChangeCollector
from rts_desktop.db.contention import as_conflict
from rts_desktop.db.dialects import notify
from rts_desktop.db.engine import WRITE_OPTION, sqlite_path
from rts_desktop.db.server_roles import Credentials
from rts_desktop.kernel import config
from rts_desktop.kernel.changes import Changes, ChangesHub
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Device

#: while an operation runs (``collect_changes``), its sessions hand their changes here
_collecting: ContextVar[list[Changes] | None] = ContextVar("rts_collecting", default=None)
#: a session whose commit counts as changing everything (a bundle import)
EVERYTHING_KEY = "rts_changes_everything"
Post = Callable[[Callable[[], None]], None]


def mark_everything(s: Session) -> None:
    """The commit of ``s`` changes any record (a bundle import): every view reloads, here
    and on the other PCs of a server database."""
    s.info[EVERYTHING_KEY] = True


def _call(fn: Callable[[], None]) -> None:
    fn()


@contextmanager
def collect_changes() -> Iterator[list[Changes]]:
    """Keep the changes of the sessions committed inside the block instead of announcing
    them: the operation that opened it returns them, and its caller announces them."""
    box: list[Changes] = []
    token = _collecting.set(box)
    try:
        yield box
    finally:
        _collecting.reset(token)


def files_dir_for(path: Path | None) -> Path:
    """Where the attachments of the SQLite database at ``path`` live (beside it)."""
    if path is not None:
        return path.with_name(path.stem + "-files")
    return config.data_dir() / "files"


def server_files_dir(url: str) -> Path:
    """Where this PC keeps the attachments of the server database at ``url``."""
    parsed = make_url(url)
    where = f"{parsed.host or ''}|{parsed.port or ''}|{parsed.database or ''}|{parsed.query}"
    return config.data_dir() / "files" / hashlib.sha256(where.encode()).hexdigest()[:16]


def keys_file_for(path: Path) -> Path:
    """The wrapped-keys file beside the SQLite database at ``path`` (``<stem>.keys``)."""
    return path.with_name(path.stem + ".keys")


class Database:
    """An open database. ``key`` is the SQLCipher data key (None: a plaintext or server
    database); it is never shown by ``repr`` nor logged."""

    def __init__(
        self,
        url: str,
        engine: Engine,
        hub: ChangesHub | None = None,
        *,
        key: bytes | None = None,
    ) -> None:
        self.url = url
        self.engine = engine
        self.hub = hub if hub is not None else ChangesHub()
        self._key = key
        capture.install()
        audit_chain.install()
        self._bind(engine)
        self._device_id: str | None = None
        #: names this open database in the live updates (its own are not heard back)
        self.instance_id = uuid.uuid4().hex
        self._server = self.engine.dialect.name == "postgresql"
        self._live: live.LiveListener | None = None
        self._post: Post = _call
        #: a server database opened as an operator's login role: her password
        self.credentials: Credentials | None = None

    def _bind(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    def _password(self) -> str | None:
        return self.credentials.password if self.credentials is not None else None

    def use_engine(self, engine: Engine) -> None:
        """Go on through ``engine`` (a server database, now as another operator's login
        role): the old one is closed."""
        old = self.engine
        self._bind(engine)
        old.dispose()

    def __repr__(self) -> str:
        state = "cifrato" if self._key is not None else "in chiaro"
        return f"<Database {self.engine.url!r} {state}>"

    @property
    def key(self) -> bytes | None:
        """The data key the database and its attachments are encrypted with (read-only)."""
        return self._key

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / "backups" if self.path else config.data_dir() / "backups"

    @property
    def files_dir(self) -> Path:
        """Content-addressed attachment store (``<sha256[:2]>/<sha256>``); for a server
        database one folder per server database in the data folder (two databases opened
        on one PC never mix their attachments)."""
        if self.path is None:
            return server_files_dir(self.url)
        return files_dir_for(self.path)

    @property
    def device_id(self) -> str:
        """This installation's device id (created by ``init``)."""
        if self._device_id is None:
            with self._read() as s:
                found = s.scalar(select(Device.id).where(Device.is_self.is_(True)))
            if found is None:
                raise RuntimeError("database has no device: run init")
            self._device_id = found
        return self._device_id

    def context(self, operator_id: str | None = None, **kwargs: object) -> ActingContext:
        return ActingContext(device_id=self.device_id, operator_id=operator_id, **kwargs)  # type: ignore[arg-type]

    @contextmanager
    def session(
        self, ctx: ActingContext | None = None, *, write: bool = True, as_device: bool = False
    ) -> Iterator[Session]:
        """One session per user action: commit on success, roll back on any error.

        ``ctx`` None is the system writing (bookkeeping, no synced record); with
        ``as_device`` the system may write synced records too, as this device with no
        operator (a password hash on a database without a key file).

        Write sessions start with ``BEGIN IMMEDIATE`` on SQLite; read sessions refuse writes.
        After a commit the hub announces the records that changed (or the running operation
        keeps them, see ``collect_changes``); on a server database the same transaction
        tells the other PCs (``db/live.py``).
        """
        maker = self._write if write else self._read
        with maker() as s:
            s.info[capture.CTX_KEY] = self.context() if ctx is None and as_device else ctx
            s.info[capture.READONLY_KEY] = not write
            try:
                yield s
                if write:
                    if self._server:
                        s.flush()  # every row captured before the changes are sent
                        self._send(s, _changes_of(s))
                    s.commit()
                # a read session just closes: loaded values stay readable, nothing expires
            except BaseException as exc:
                s.rollback()
                conflict = as_conflict(exc)
                if conflict is not None:
                    raise conflict from exc
                raise
            changes = _changes_of(s)
        if changes:
            self._deliver(changes)

    def announce(self, changes: Changes) -> None:
        """Tell the views (and on a server database the other PCs) what changed outside a
        session's capture, or hand it to the operation collecting it."""
        if self._server and changes:
            with self.engine.connect() as conn:
                self._send(conn, changes)
                conn.commit()
        self._deliver(changes)

    def _deliver(self, changes: Changes) -> None:
        box = _collecting.get()
        if box is not None:
            box.append(changes)
        else:
            self.hub.emit(changes)

    def _send(self, conn: Session | Connection, changes: Changes) -> None:
        if changes:
            notify(conn, live.CHANNEL, live.encode(changes, self.instance_id))

    def listen(self, post: Post | None = None) -> bool:
        """Hear what the other PCs commit on this server database and tell the hub; False
        on SQLite (nothing to hear). ``post(fn)`` runs ``fn`` where the hub's subscribers
        live (the GUI thread); without it they hear on the listener's thread. Calling it
        again only changes ``post``."""
        if not self._server:
            return False
        self._post = post or _call
        if self._live is None:
            self._live = live.LiveListener(
                live.connector(lambda: self.engine, self._password),
                self.instance_id,
                self._heard,
            )
            self._live.start()
        return True

    @property
    def listener(self) -> live.LiveListener | None:
        """The listener started by ``listen`` (None before, and on SQLite)."""
        return self._live

    def _heard(self, changes: Changes) -> None:
        self._post(lambda: self.hub.emit(changes))

    def close(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None
        self.engine.dispose()


def _changes_of(s: Session) -> Changes:
    collector: ChangeCollector | None = s.info.get(capture.CHANGED_KEY)
    changes = collector.changes() if collector is not None else Changes()
    if s.info.get(EVERYTHING_KEY):
        changes = changes.merged(Changes.all())
    return changes
