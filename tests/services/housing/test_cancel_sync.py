"""A cancelled planned stay travels to the other laptops as a deletion; a proroga written
meanwhile on another laptop makes a conflict, never a silent loss or resurrection."""

from __future__ import annotations

import datetime as dt

import pytest

from rts_desktop.services.housing import stays
from tests.services.housing.test_housing import make_apartment, make_case, room
from tests.sync.sync_helpers import canonical, enrol_all, make_device, open_conflicts, send

D = dt.date


@pytest.fixture
def pair(tmp_path):
    devs = [make_device(tmp_path, n) for n in ("a", "b")]
    enrol_all(devs)
    yield devs
    for d in devs:
        d.db.close()


def _planned(dev):
    apartment = make_apartment(dev.db, dev.ctx)
    case = make_case(dev.db, dev.ctx)
    stay = stays.plan_stay(
        dev.db, dev.ctx, case.id, apartment.id, room(apartment, "Camera 2").id, 2,
        D(2026, 12, 1), D(2027, 3, 1),
    )  # fmt: skip
    stays.extend_stay(dev.db, dev.ctx, stay.id, D(2027, 4, 1), "Attesa alloggio ERP")
    return case, stay


def test_the_cancellation_reaches_the_other_laptop(pair):
    a, b = pair
    case, stay = _planned(a)
    send(a, b)
    assert [s.id for s in stays.case_stays(b.db, case.id)] == [stay.id]
    stays.cancel_stay(a.db, a.ctx, stay.id)
    report = send(a, b)
    assert report.conflicts == 0
    assert stays.case_stays(b.db, case.id) == []
    send(b, a)
    assert canonical(a.db) == canonical(b.db)


def test_a_proroga_meanwhile_is_a_conflict(pair):
    a, b = pair
    _case, stay = _planned(a)
    send(a, b)
    stays.cancel_stay(a.db, a.ctx, stay.id)
    stays.extend_stay(b.db, b.ctx, stay.id, D(2027, 5, 1), "Lavoro trovato a maggio")
    report = send(b, a)
    assert report.conflicts >= 1
    assert "stays" in {table for _id, table, *_rest in open_conflicts(a.db)}
