"""What the Sync view shows at a glance: who we are, what we know, what waits."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.models import Device, PendingChange
from rts_desktop.sync.knowledge import Vector, current_vector, self_device
from rts_desktop.sync.resolve import open_conflict_count
from rts_desktop.sync.state_hash import state_hashes


@dataclass(frozen=True)
class Waiting:
    device_id: str
    device_name: str
    changes: int


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    device_name: str
    vector: Vector
    pending: int
    waiting_for: tuple[Waiting, ...]  # "in attesa di modifiche da <dispositivo>"
    open_conflicts: int
    state_hash: str
    table_hashes: dict[str, str]

    def as_json(self) -> dict[str, object]:
        return {
            "device_id": self.device_id,
            "device_name": self.device_name,
            "vector": self.vector,
            "pending": self.pending,
            "waiting_for": [w.__dict__ for w in self.waiting_for],
            "open_conflicts": self.open_conflicts,
            "state_hash": self.state_hash,
        }


def sync_status(db: Database) -> SyncStatus:
    with db.session(write=False) as s:
        me = self_device(s)
        vector = current_vector(s)
        waits: dict[str, int] = {}
        pending = list(s.scalars(select(PendingChange)))
        for p in pending:
            payload = json.loads(p.payload)
            device = p.origin_device
            if p.reason == "causal":
                context = payload.get("context") or {}
                device = next(
                    (o for o, n in sorted(context.items()) if vector.get(o, 0) < n), device
                )
            waits[device] = waits.get(device, 0) + 1
        names = {d.id: d.name for d in s.scalars(select(Device))}
        hashes = state_hashes(s)
        overall = hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()
        return SyncStatus(
            device_id=me.id,
            device_name=me.name,
            vector=vector,
            pending=len(pending),
            waiting_for=tuple(Waiting(d, names.get(d, d), n) for d, n in sorted(waits.items())),
            open_conflicts=open_conflict_count(s),
            state_hash=overall,
            table_hashes=hashes,
        )
