"""Change lines: the JSON form of a ``Change`` in a bundle, its validation and causal order."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, Table

from rts_desktop.db.capture import dumps
from rts_desktop.db.hlc import parse_hlc
from rts_desktop.models import Base, Change
from rts_desktop.sync.knowledge import Vector, clean_vector, parse_context

OPS = frozenset({"insert", "update", "delete", "erase", "snapshot"})
RECORD_OPS = ("insert", "update", "delete", "erase")


@dataclass
class Line:
    """One change as carried in ``changes.jsonl`` (and stored in ``pending_changes``)."""

    change_id: str
    origin_device: str
    seq: int
    hlc: str
    author: str | None
    table_name: str
    record_id: str
    op: str
    base_version: str | None
    fields: dict[str, Any]
    old: dict[str, Any]
    context: Vector

    def saw(self, other: Line) -> bool:
        """True when ``other`` happened before this change (its author had applied it)."""
        if other.origin_device == self.origin_device:
            return other.seq < self.seq
        return other.seq <= self.context.get(other.origin_device, 0)

    def as_json(self) -> dict[str, Any]:
        return {
            "change_id": self.change_id,
            "origin_device": self.origin_device,
            "seq": self.seq,
            "hlc": self.hlc,
            "author": self.author,
            "table_name": self.table_name,
            "record_id": self.record_id,
            "op": self.op,
            "base_version": self.base_version,
            "fields": self.fields,
            "old": self.old,
            "context": self.context,
        }

    def to_row(self) -> dict[str, Any]:
        """``as_json`` with the dict-valued columns stored as JSON text."""
        row = self.as_json()
        for key in ("fields", "old", "context"):
            row[key] = dumps(row[key])
        return row


def from_change(c: Change) -> Line:
    return Line(
        change_id=c.change_id,
        origin_device=c.origin_device,
        seq=c.seq,
        hlc=c.hlc,
        author=c.author,
        table_name=c.table_name,
        record_id=c.record_id,
        op=c.op,
        base_version=c.base_version,
        fields=json.loads(c.fields),
        old=json.loads(c.old),
        context=parse_context(c.context),
    )


def line_from_row(row: Any) -> Line:
    """A ``Line`` from a Core row mapping of the changes table."""
    context = row["context"]
    return Line(
        change_id=row["change_id"],
        origin_device=row["origin_device"],
        seq=row["seq"],
        hlc=row["hlc"],
        author=row["author"],
        table_name=row["table_name"],
        record_id=row["record_id"],
        op=row["op"],
        base_version=row["base_version"],
        fields=json.loads(row["fields"]),
        old=json.loads(row["old"]),
        context=json.loads(context) if context else {},
    )


def _text(value: Any, max_len: int, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise ValueError("text")
    return value


def parse_line(raw: Any) -> Line:
    """A change line from a bundle, or ValueError naming nothing (the caller says where)."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    seq = raw.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise ValueError("seq")
    op = raw.get("op")
    if op not in OPS:
        raise ValueError("op")
    fields, old = raw.get("fields"), raw.get("old")
    if not isinstance(fields, dict) or not isinstance(old, dict):
        raise ValueError("fields")
    line = Line(
        change_id=_text(raw.get("change_id"), 36) or "",
        origin_device=_text(raw.get("origin_device"), 36) or "",
        seq=seq,
        hlc=_text(raw.get("hlc"), 64) or "",
        author=_text(raw.get("author"), 36, optional=True),
        table_name=_text(raw.get("table_name"), 60) or "",
        record_id=_text(raw.get("record_id"), 36) or "",
        op=op,
        base_version=_text(raw.get("base_version"), 36, optional=True),
        fields=fields,
        old=old,
        context=clean_vector(raw.get("context") or {}),
    )
    parse_hlc(line.hlc)
    return line


def decode_value(table: Table, key: str, value: Any) -> Any:
    """A JSON value back into what the column takes (dates and instants from ISO text)."""
    if value is None or key not in table.c:
        return value
    col_type = table.c[key].type
    impl = getattr(col_type, "impl", col_type)
    if isinstance(impl, DateTime) or isinstance(col_type, DateTime):
        text = str(value).replace("Z", "+00:00")
        parsed = dt.datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if isinstance(col_type, Date):
        return dt.date.fromisoformat(str(value))
    return value


@cache
def synced_tables() -> dict[str, Table]:
    from rts_desktop.db.capture import sync_schema

    names = sync_schema()
    return {t.name: t for t in Base.metadata.sorted_tables if t.name in names}
