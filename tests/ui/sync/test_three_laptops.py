"""Issue 7's end to end: three laptops from one snapshot, edited apart (the same field, and a
delete against an edit), bundles exchanged in any order, conflicts resolved in the Sync view,
equal state hashes at the end; a tampered bundle is refused with nothing changed."""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import Qt

from rts_desktop.kernel.errors import BundleError
from rts_desktop.models import Beneficiary, Identifier
from rts_desktop.services.cases.people import BeneficiaryInput, add_identifier, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.page import SyncPage
from rts_desktop.ui.worker import SyncRunner
from tests.sync.sync_helpers import db_digest, enrol_all, export, make_device, send


def everyone_has_everything(devs, order_seed: int) -> None:
    pairs = list(itertools.permutations(devs, 2))
    random.Random(order_seed).shuffle(pairs)
    for _ in range(2):  # twice round: relays reach everyone whatever the order
        for src, dst in pairs:
            send(src, dst)


@pytest.mark.parametrize("order_seed", [1, 2])
def test_three_laptops_converge_after_resolving_in_the_gui(qtbot, tmp_path, order_seed):
    office, padova, quarto = (make_device(tmp_path, n) for n in ("ufficio", "padova", "quarto"))
    devs = [office, padova, quarto]
    enrol_all(devs)
    person = create_beneficiary(
        office.db,
        office.ctx,
        BeneficiaryInput(first_name="Ionuț", last_name="Popa"),
        confirm_new=True,
    )
    passport = add_identifier(office.db, office.ctx, person.id, "passaporto", "RO123456")
    send(office, padova, snapshot=True)
    send(office, quarto, snapshot=True)

    with office.db.session(office.ctx) as s:  # the same field on two laptops
        s.get(Beneficiary, person.id).phone = "02 1111111"
    with padova.db.session(padova.ctx) as s:
        s.get(Beneficiary, person.id).phone = "347 2222222"
    with quarto.db.session(quarto.ctx) as s:  # delete on one laptop, edit on another
        s.delete(s.get(Identifier, passport.id))
    with padova.db.session(padova.ctx) as s:
        s.get(Identifier, passport.id).issued_by = "Consolato di Romania"

    everyone_has_everything(devs, order_seed)
    assert all(len(api.list_conflicts(d.db)) == 2 for d in devs)

    page = SyncPage(UiEnv(office.db, office.ctx, SyncRunner()))
    qtbot.addWidget(page)
    page.show()
    for _ in range(2):
        row = page.inbox.selected()
        assert row is not None
        conflict = next(c for c in api.list_conflicts(office.db) if c.id == row.id)
        if conflict.field == "phone":
            wanted = next(i for i, c in enumerate(conflict.candidates) if c.value == "347 2222222")
        else:  # keep the edited identifier: never a silent delete
            wanted = next(i for i, c in enumerate(conflict.candidates) if c.op == "update")
        button = page.inbox.keep_a if wanted == 0 else page.inbox.keep_b
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.inbox.model.rowCount() == 0

    everyone_has_everything(devs, order_seed + 10)
    statuses = [api.sync_status(d.db) for d in devs]
    assert [s.open_conflicts for s in statuses] == [0, 0, 0]
    assert len({s.state_hash for s in statuses}) == 1
    for dev in devs:
        with dev.db.session(write=False) as s:
            assert s.get(Beneficiary, person.id).phone == "347 2222222"
            assert s.get(Identifier, passport.id).issued_by == "Consolato di Romania"

    # a tampered bundle is refused and leaves the receiver byte-identical
    bundle = export(office, quarto, tag="tampered")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    before = db_digest(quarto)
    with pytest.raises(BundleError):
        api.import_bundle(quarto.db, quarto.ctx, bundle)
    assert db_digest(quarto) == before
    for dev in devs:
        dev.db.close()
