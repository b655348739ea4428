"""An open database: engine, sessions, where its backups and attachments live."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from rts_desktop import config
from rts_desktop.context import ActingContext
from rts_desktop.db.changes_hub import Changes, ChangesHub
from rts_desktop.db.engine import WRITE_OPTION, sqlite_path
from rts_desktop.models import Device
from rts_desktop.sync import capture


def files_dir_for(path: Path | None) -> Path:
    """Where the attachments of the SQLite database at ``path`` live (beside it)."""
    if path is not None:
        return path.with_name(path.stem + "-files")
    return config.data_dir() / "files"


@dataclass
class Database:
    url: str
    engine: Engine
    hub: ChangesHub = field(default_factory=ChangesHub)

    def __post_init__(self) -> None:
        capture.install()
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._device_id: str | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / "backups" if self.path else config.data_dir() / "backups"

    @property
    def files_dir(self) -> Path:
        """Content-addressed attachment store (``<sha256[:2]>/<sha256>``)."""
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
    def session(self, ctx: ActingContext | None = None, *, write: bool = True) -> Iterator[Session]:
        """One session per user action: commit on success, roll back on any error.

        Write sessions start with ``BEGIN IMMEDIATE`` on SQLite; read sessions refuse writes.
        After a commit the hub announces the tables that changed.
        """
        maker = self._write if write else self._read
        with maker() as s:
            s.info[capture.CTX_KEY] = ctx
            s.info[capture.READONLY_KEY] = not write
            try:
                yield s
                if write:
                    s.commit()
                # a read session just closes: loaded values stay readable, nothing expires
            except BaseException:
                s.rollback()
                raise
            changed = frozenset(s.info.get(capture.CHANGED_KEY, ()))
        if changed:
            self.hub.emit(Changes(changed))

    def close(self) -> None:
        self.engine.dispose()
