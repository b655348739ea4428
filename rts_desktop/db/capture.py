"""Change capture: every flush of synced records appends change rows (SYNC.md).

Hooked on the ORM's ``before_flush`` so no service can forget it: each inserted, updated or
deleted synced record gets one ``Change`` with a gap-free per-origin ``seq``, an HLC, the
``base_version`` it was based on, the new ``fields`` and the ``old`` values, in the same
transaction as the write. The record's ``version`` becomes the change id.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.interfaces import MANYTOONE
from sqlalchemy.orm.util import identity_key

from rts_desktop.db.aggregates import ChangeCollector
from rts_desktop.db.hlc import HlcState, format_hlc, tick
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.ids import new_id
from rts_desktop.models import Base, Change, Device, Tombstone, is_synced

CTX_KEY = "rts_ctx"
READONLY_KEY = "rts_readonly"
CHANGED_KEY = "rts_changed_records"
#: bump the major when a synced field is renamed or removed, the minor when one is added
SYNC_SCHEMA_VERSION = "1.4"


def encode_value(value: Any) -> Any:
    """A column value as JSON: dates ISO, instants ISO UTC with ``Z``."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@cache
def sync_fields(mapper: Mapper[Any]) -> tuple[str, ...]:
    """The synced field names of a mapped class: every column but the version."""
    return tuple(attr.key for attr in mapper.column_attrs if attr.key != "version")


def sync_schema() -> dict[str, list[str]]:
    """Table → synced fields, for the schema file and bundle manifests."""
    schema: dict[str, list[str]] = {}
    for mapper in Base.registry.mappers:
        if is_synced(mapper.class_):
            schema[mapper.local_table.name] = list(sync_fields(mapper))
    return dict(sorted(schema.items()))


@cache
def _table_order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def _fill_pending(obj: Any, mapper: Mapper[Any]) -> None:
    """Give a new object its id, scalar defaults and foreign keys before the flush does."""
    state = inspect(obj)
    for rel in mapper.relationships:
        if rel.direction is MANYTOONE:
            target = state.dict.get(rel.key)
            if target is not None:
                for local, remote in rel.local_remote_pairs:
                    if getattr(obj, local.key) is None:
                        setattr(obj, local.key, getattr(target, remote.key))
    for column in mapper.columns:
        if getattr(obj, column.key) is None and column.default is not None:
            default = column.default
            if default.is_scalar:
                setattr(obj, column.key, default.arg)
            elif default.is_callable:
                setattr(obj, column.key, default.arg(None))


class Recorder:
    """Allocates seq and HLC for this device and writes the change rows."""

    def __init__(self, session: Session, ctx: ActingContext) -> None:
        self.session = session
        self.ctx = ctx
        # locked until the transaction ends: on a server database every PC writes as the
        # same device, and two writers must not take the same seq (SQLite: no-op, a write
        # session already holds the only write lock); a row already in the
        # session (loaded before the lock) is read again as the lock found it, unless this
        # transaction already changed it
        loaded = session.identity_map.get(identity_key(Device, ctx.device_id))
        device = session.get(
            Device,
            ctx.device_id,
            with_for_update=True,
            populate_existing=loaded is None or loaded not in session.dirty,
        )
        if device is None or not device.is_self:
            raise RuntimeError(f"device {ctx.device_id} is not this installation")
        self.device = device

    def record(
        self, obj: Any, op: str, fields: dict[str, Any], old: dict[str, Any], base: str | None
    ) -> str:
        device = self.device
        state = tick(
            HlcState(device.hlc_wall_ms, device.hlc_counter),
            int(self.ctx.now().timestamp() * 1000),
        )
        device.hlc_wall_ms, device.hlc_counter = state.wall_ms, state.counter
        device.last_seq += 1
        change_id = new_id()
        table = inspect(obj).mapper.local_table.name
        hlc = format_hlc(state, device.id)
        self.session.add(
            Change(
                change_id=change_id,
                origin_device=device.id,
                seq=device.last_seq,
                hlc=hlc,
                author=self.ctx.operator_id,
                table_name=table,
                record_id=obj.id,
                op=op,
                base_version=base or None,
                fields=dumps(fields),
                old=dumps(old),
            )
        )
        if op == "delete":
            self.session.merge(
                Tombstone(table_name=table, record_id=obj.id, change_id=change_id, hlc=hlc)
            )
        collector = self.session.info.setdefault(CHANGED_KEY, ChangeCollector())
        collector.add_row(self.session, table, obj, old if op == "update" else {})
        return change_id


def _row(obj: Any, mapper: Mapper[Any]) -> dict[str, Any]:
    return {key: encode_value(getattr(obj, key)) for key in sync_fields(mapper)}


def _diff(obj: Any, mapper: Mapper[Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    fields: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for key in sync_fields(mapper):
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        new_value = hist.added[0] if hist.added else None
        old_value = hist.deleted[0] if hist.deleted else None
        if new_value == old_value:
            continue
        fields[key] = encode_value(new_value)
        old[key] = encode_value(old_value)
    return fields, old


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    order = _table_order()

    def sort_key(obj: Any) -> tuple[int, str]:
        return order[inspect(obj).mapper.local_table.name], str(obj.id or "")

    new = [o for o in session.new if is_synced(o)]
    for obj in new:
        _fill_pending(obj, inspect(obj).mapper)
    dirty = [o for o in session.dirty if is_synced(o) and session.is_modified(o)]
    deleted = [o for o in session.deleted if is_synced(o)]
    if not (new or dirty or deleted):
        return
    if session.info.get(READONLY_KEY):
        raise RuntimeError("write attempted in a read-only session")
    ctx = session.info.get(CTX_KEY)
    if ctx is None:
        raise RuntimeError("synced records written outside a service session")
    with session.no_autoflush:
        recorder = Recorder(session, ctx)
        for obj in sorted(new, key=sort_key):
            mapper = inspect(obj).mapper
            obj.version = recorder.record(obj, "insert", _row(obj, mapper), {}, None)
        for obj in sorted(dirty, key=sort_key):
            mapper = inspect(obj).mapper
            if getattr(obj, "__append_only__", False):
                raise RuntimeError(f"{mapper.local_table.name} is append-only")
            fields, old = _diff(obj, mapper)
            if fields:
                obj.version = recorder.record(obj, "update", fields, old, obj.version)
        for obj in sorted(deleted, key=sort_key, reverse=True):
            mapper = inspect(obj).mapper
            if getattr(obj, "__append_only__", False):
                raise RuntimeError(f"{mapper.local_table.name} is append-only")
            recorder.record(obj, "delete", {}, _row(obj, mapper), obj.version)


def install() -> None:
    """Attach the capture to every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
