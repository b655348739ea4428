"""The audit log's hash chain: canonical form of an entry, its hash, and linking.

Each audit entry gets one local link (table ``audit_chain``, never synced): ``hash`` is the
sha256 of the entry's canonical JSON together with the previous link's hash, so editing,
deleting or reordering an entry breaks the chain from that entry on. Plain SQL through two
small callables, so the same code links from a SQLAlchemy connection, a migration or a raw
SQLite connection (the bulk demo load).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

ENTRIES = "audit_entries"
CHAIN = "audit_chain"
#: the previous hash of the first link
GENESIS = "0" * 64
#: the entry's fields that the hash covers, in the order the queries select them
FIELDS = (
    "id",
    "at",
    "operator_id",
    "device_id",
    "action",
    "entity",
    "entity_id",
    "purpose",
    "detail",
)
SELECT_FIELDS = ", ".join(f"e.{name}" for name in FIELDS)

#: ``rows(sql, params)``: the result rows; ``many(sql, list_of_params)``: executemany
Rows = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]
Many = Callable[[str, list[dict[str, Any]]], object]


def iso_utc(value: Any) -> str | None:
    """An instant as ISO UTC with ``Z`` (stored naive-UTC text or a datetime)."""
    if value is None:
        return None
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(entry: Mapping[str, Any], prev_hash: str) -> str:
    """The canonical JSON the hash is computed over."""
    data = {name: entry.get(name) for name in FIELDS}
    data["at"] = iso_utc(data["at"])
    data["prev_hash"] = prev_hash
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(canonical(entry, prev_hash).encode("utf-8")).hexdigest()


def _as_entry(row: Sequence[Any]) -> dict[str, Any]:
    return dict(zip(FIELDS, row, strict=True))


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def unlinked_entries(rows: Rows, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Entries without a link (all of them, or only among ``ids``), in (at, id) order."""
    base = (
        f"SELECT {SELECT_FIELDS} FROM {ENTRIES} e "
        f"WHERE NOT EXISTS (SELECT 1 FROM {CHAIN} c WHERE c.entry_id = e.id)"
    )
    if ids is None:
        found = [_as_entry(r) for r in rows(base, {})]
    else:
        found = []
        for chunk in _chunks(sorted(set(ids))):
            marks = ", ".join(f":id{i}" for i in range(len(chunk)))
            params = {f"id{i}": v for i, v in enumerate(chunk)}
            found += [_as_entry(r) for r in rows(f"{base} AND e.id IN ({marks})", params)]
    found.sort(key=lambda e: (iso_utc(e["at"]) or "", e["id"]))
    return found


def link_entries(rows: Rows, many: Many, ids: Sequence[str] | None = None) -> int:
    """Give every unlinked entry (or every unlinked one among ``ids``) its link, after the
    last link, in (at, id) order; returns how many were linked."""
    entries = unlinked_entries(rows, ids)
    if not entries:
        return 0
    last = rows(f"SELECT hash FROM {CHAIN} ORDER BY seq DESC LIMIT 1", {})
    prev = str(last[0][0]) if last else GENESIS
    links = []
    for entry in entries:
        digest = entry_hash(entry, prev)
        links.append({"entry_id": entry["id"], "prev_hash": prev, "hash": digest})
        prev = digest
    many(
        f"INSERT INTO {CHAIN} (entry_id, prev_hash, hash) VALUES (:entry_id, :prev_hash, :hash)",
        links,
    )
    return len(links)
