"""Knowledge vectors: per origin device, the highest gap-free ``seq`` applied here.

Changes from one origin are only ever applied in ``seq`` order and only after everything
their author had seen (causal delivery), so the set of changes a device holds is exactly
"every seq up to the vector". The vector of the author when it wrote a change is therefore
its complete causal context: change X happened before change C iff C's context covers X.
Local changes get their context "sealed" lazily: the knowledge of other origins only moves
on import, so every unsealed local change was written under the current vector.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rts_desktop.db.capture import dumps
from rts_desktop.models import Change, Device, Knowledge

Vector = dict[str, int]


def self_device(s: Session) -> Device:
    return s.scalars(select(Device).where(Device.is_self.is_(True))).one()


def current_vector(s: Session) -> Vector:
    """Every origin with something applied here, this device included."""
    me = self_device(s)
    vector = {k.origin_device: k.max_seq for k in s.scalars(select(Knowledge)) if k.max_seq > 0}
    if me.last_seq > 0:
        vector[me.id] = me.last_seq
    return dict(sorted(vector.items()))


def seal_contexts(s: Session) -> None:
    """Store the causal context of local changes that do not have one yet."""
    me = self_device(s)
    others = {k: v for k, v in current_vector(s).items() if k != me.id}
    s.execute(
        update(Change)
        .where(Change.origin_device == me.id, Change.context.is_(None))
        .values(context=dumps(others))
    )


def set_knowledge(s: Session, origin: str, seq: int) -> None:
    row = s.get(Knowledge, origin)
    if row is None:
        s.add(Knowledge(origin_device=origin, max_seq=seq))
    elif seq > row.max_seq:
        row.max_seq = seq


def parse_context(text: str | None) -> Vector:
    return json.loads(text) if text else {}


def covers(vector: Vector, other: Vector) -> bool:
    """True when ``vector`` has seen everything ``other`` has."""
    return all(vector.get(origin, 0) >= seq for origin, seq in other.items())


def merged(a: Vector, b: Vector) -> Vector:
    out = dict(a)
    for origin, seq in b.items():
        out[origin] = max(out.get(origin, 0), seq)
    return dict(sorted(out.items()))


def clean_vector(value: Any) -> Vector:
    """A vector read from a bundle, or ValueError."""
    if not isinstance(value, dict):
        raise ValueError("vector")
    out: Vector = {}
    for origin, seq in value.items():
        if not isinstance(origin, str) or len(origin) > 36 or not origin:
            raise ValueError("vector origin")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("vector seq")
        out[origin] = seq
    return out
