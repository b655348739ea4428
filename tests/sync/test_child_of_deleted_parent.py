"""A person kept by a delete-vs-child conflict stays kept through later, unrelated imports
and resolutions (acceptance test 13; found by test_convergence).

The device that deleted the person keeps it because a document number added elsewhere still
points at it. Every later merge first releases such kept records and then re-keeps those still
referenced: the re-check must look at the released record, or the child is left dangling and
the next bundle is refused with a FOREIGN KEY error.
"""

from __future__ import annotations

from sqlalchemy import func, select

from rts_desktop.models import Beneficiary, Identifier
from rts_desktop.services.cases.people import add_identifier
from rts_desktop.sync import api
from tests.sync.sync_helpers import canonical, dangling, open_conflicts, person, send


def _count(dev, model) -> int:
    with dev.db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def _no_dangling(dev) -> None:
    assert dangling(dev.db) == set()


def _kept_person(trio):
    """a deletes a person while b adds a document number to it; a receives the number."""
    a, b, c = trio
    p = person(a)
    send(a, b)
    add_identifier(b.db, b.ctx, p.id, "passaporto", "P1")
    with a.db.session(a.ctx) as s:
        s.delete(s.get(Beneficiary, p.id))
    report = send(b, a)
    assert report.conflicts == 1
    (conflict,) = api.list_conflicts(a.db)
    assert conflict.field is None and conflict.record_id == p.id
    return a, b, c, p


def test_unrelated_bundle_after_a_kept_parent_imports(trio):
    a, b, c, p = _kept_person(trio)
    person(b, "Luca", "Rossi")  # something new that does not touch the kept person
    person(c, "Ștefan", "Rossi")
    send(b, a)  # refused with "viola una regola del database (FOREIGN KEY)" before the fix
    send(c, a)
    _no_dangling(a)
    assert _count(a, Beneficiary) == 3 and _count(a, Identifier) == 1
    (conflict,) = api.list_conflicts(a.db)  # still open: nothing silently decided
    assert conflict.record_id == p.id
    for _ in range(2):  # everyone sends to everyone
        for src in trio:
            for dst in trio:
                if src is not dst:
                    send(src, dst)
    for dev in trio:
        _no_dangling(dev)
        assert _count(dev, Beneficiary) == 3 and _count(dev, Identifier) == 1
    assert open_conflicts(a.db) == open_conflicts(b.db) == open_conflicts(c.db) != []
    assert canonical(a.db) == canonical(b.db) == canonical(c.db)


def test_resolving_another_conflict_keeps_the_kept_parent(trio):
    a, b, _ = trio
    p = person(a)
    q = person(a, "Luca", "Rossi")
    send(a, b)
    with a.db.session(a.ctx) as s:
        s.get(Beneficiary, q.id).phone = "111"
        s.delete(s.get(Beneficiary, p.id))
    with b.db.session(b.ctx) as s:
        s.get(Beneficiary, q.id).phone = "222"
    add_identifier(b.db, b.ctx, p.id, "passaporto", "P1")
    send(b, a)  # one bundle: the phone conflict and the child that keeps p
    field_conflict = next(c for c in api.list_conflicts(a.db) if c.field == "phone")
    # the resolution merges q only; before the fix its commit left the child dangling
    api.resolve_conflict(a.db, a.ctx, field_conflict.id, keep=0)
    _no_dangling(a)
    (left,) = api.list_conflicts(a.db)
    assert left.record_id == p.id and left.field is None
    assert _count(a, Identifier) == 1


def test_restoring_the_kept_parent_syncs_everywhere(trio):
    a, b, c, _ = _kept_person(trio)
    person(b, "Luca", "Rossi")
    send(b, a)
    (conflict,) = api.list_conflicts(a.db)
    keep = next(i for i, cand in enumerate(conflict.candidates) if cand.op != "delete")
    api.resolve_conflict(a.db, a.ctx, conflict.id, keep=keep)
    for src, dst in [(a, b), (a, c), (b, c), (c, a), (b, a)]:
        send(src, dst)
    for dev in trio:
        _no_dangling(dev)
        assert api.list_conflicts(dev.db) == []
        assert _count(dev, Identifier) == 1
    assert canonical(a.db) == canonical(b.db) == canonical(c.db)
