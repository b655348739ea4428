"""Human codes: an atomic number per database, a series per laptop, checked at enrolment;
a bundle bringing a code that clashes is still imported."""

from __future__ import annotations

import re
import threading

import pytest
from sqlalchemy import select, update

from rts_desktop.db.codes import next_code, random_series, valid_series
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import Case, Device
from rts_desktop.sync import api
from tests import engines
from tests.services.housing.test_housing import make_case
from tests.sync.sync_helpers import enrol_all, make_device, send


def issue(db, prefix: str = "RTS") -> str:
    with db.session(None, as_device=True) as s:
        return next_code(s, prefix, 2026)


def test_code_form_per_engine(db):
    code = issue(db)
    if engines.on_postgresql():
        assert code == "RTS-2026-0001"  # the server: plain codes, as before
    else:
        series = re.fullmatch(r"RTS-2026-([A-Z]{3})-0001", code)
        assert series is not None and valid_series(series.group(1))
        assert issue(db) == f"RTS-2026-{series.group(1)}-0002"  # the series stays


def test_concurrent_clients_never_get_the_same_number(db):
    """Eight clients of one database issuing codes at the same time (threads, own sessions)."""
    issue(db)  # the series is given once
    got: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def client() -> None:
        start.wait()
        try:
            for _ in range(10):
                got.append(issue(db))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(got) == 80 and len(set(got)) == 80
    numbers = sorted(int(c.rsplit("-", 1)[1]) for c in got)
    assert numbers == list(range(2, 82))  # no gaps, no repeats


def test_random_series_avoids_taken_ones():
    assert all(valid_series(random_series()) for _ in range(50))
    taken = {a + b + c for a in "ACD" for b in "ACD" for c in "ACD"}
    assert random_series(taken) not in taken


@pytest.mark.sqlite_only
def test_enrolment_refuses_a_clashing_series_until_the_laptop_takes_a_new_one(tmp_path):
    a, b = make_device(tmp_path, "a"), make_device(tmp_path, "b")
    issue(a.db), issue(b.db)
    with a.db.session(None) as s:
        mine = s.scalar(select(Device.code_series).where(Device.is_self.is_(True)))
    with b.db.session(None) as s:
        s.execute(update(Device).where(Device.is_self.is_(True)).values(code_series=mine))
    with pytest.raises(ValidationError) as err:
        api.enrol_device(a.db, a.ctx, api.enrolment_code(b.db))
    assert f"stessa serie di codici ({mine})" in err.value.message
    fresh = api.new_code_series(b.db, b.ctx)
    assert fresh != mine
    api.enrol_device(a.db, a.ctx, api.enrolment_code(b.db))
    assert issue(b.db) == f"RTS-2026-{fresh}-0002"


def test_a_bundle_bringing_a_clashing_code_is_imported(tmp_path):
    a, b = make_device(tmp_path, "a"), make_device(tmp_path, "b")
    enrol_all([a, b])
    on_a, on_b = make_case(a.db, a.ctx), make_case(b.db, b.ctx)
    with b.db.session(b.ctx) as s:  # as an old version would have: the same code twice
        s.get(Case, on_b.id).code = on_a.code
    report = send(a, b)
    assert not report.conflicts
    with b.db.session(write=False) as s:
        codes = s.execute(select(Case.id, Case.code).where(Case.code == on_a.code)).all()
    assert {i for i, _c in codes} == {on_a.id, on_b.id}
