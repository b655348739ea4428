"""Convergence (acceptance test 1): 2–5 devices edit at random through the real services and
exchange bundles in random order and subsets; once everyone has everything, data, open
conflicts and knowledge vectors are equal everywhere."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from rts_desktop.kernel.errors import RtsError
from rts_desktop.models import Beneficiary, Identifier
from rts_desktop.services.cases.people import (
    BeneficiaryInput,
    add_identifier,
    create_beneficiary,
    get_beneficiary,
    remove_identifier,
    update_beneficiary,
)
from rts_desktop.services.operators import create_operator
from rts_desktop.sync import api
from tests.sync.sync_helpers import canonical, dangling, enrol_all, export, make_device, vector

FIELDS = ("phone", "email", "notes", "languages")
VALUES = st.sampled_from(["a", "b", "c", None])


class Laptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="rts-conv-"))
        self.devs: list = []
        self.mail: list[tuple[int, Path]] = []  # bundles prepared, not yet delivered

    @initialize(n=st.integers(min_value=2, max_value=5))
    def start(self, n: int) -> None:
        self.devs = [make_device(self.root, f"d{i}") for i in range(n)]
        enrol_all(self.devs)

    def _dev(self, data) -> object:
        return self.devs[data.draw(st.integers(0, len(self.devs) - 1))]

    def _ids(self, dev, model) -> list[str]:
        with dev.db.session(write=False) as s:
            return sorted(s.scalars(select(model.id)))

    @rule(data=st.data(), name=st.sampled_from(["Amina", "Luca", "Ștefan"]))
    def create_person(self, data, name):
        dev = self._dev(data)
        create_beneficiary(
            dev.db, dev.ctx, BeneficiaryInput(first_name=name, last_name="Rossi"), confirm_new=True
        )

    @rule(data=st.data(), field=st.sampled_from(FIELDS), value=VALUES)
    def edit_person(self, data, field, value):
        dev = self._dev(data)
        ids = self._ids(dev, Beneficiary)
        if not ids:
            return
        p = get_beneficiary(dev.db, dev.ctx, data.draw(st.sampled_from(ids)))
        form = BeneficiaryInput(
            p.first_name,
            p.last_name,
            phone=p.phone,
            email=p.email,
            notes=p.notes,
            languages=p.languages,
        )
        setattr(
            form,
            field,
            {"phone": "33312345", "email": "x@example.org"}.get(field, value) if value else None,
        )
        with contextlib.suppress(RtsError):
            update_beneficiary(dev.db, dev.ctx, p.id, form)

    @rule(data=st.data())
    def add_document_number(self, data):
        dev = self._dev(data)
        ids = self._ids(dev, Beneficiary)
        if ids:
            add_identifier(dev.db, dev.ctx, data.draw(st.sampled_from(ids)), "passaporto", "P1")

    @rule(data=st.data())
    def remove_document_number(self, data):
        dev = self._dev(data)
        ids = self._ids(dev, Identifier)
        if ids:
            remove_identifier(dev.db, dev.ctx, data.draw(st.sampled_from(ids)))

    @rule(data=st.data())
    def delete_person(self, data):
        dev = self._dev(data)
        with dev.db.session(dev.ctx) as s:
            free = sorted(s.scalars(select(Beneficiary.id).where(~Beneficiary.identifiers.any())))
            if free:
                s.delete(s.get(Beneficiary, data.draw(st.sampled_from(free))))

    @rule(data=st.data())
    def erase_person(self, data):
        dev = self._dev(data)
        ids = self._ids(dev, Beneficiary)
        if ids:
            with contextlib.suppress(RtsError):
                api.erase_beneficiary(dev.db, dev.ctx, data.draw(st.sampled_from(ids)))

    @rule(data=st.data())
    def add_operator(self, data):
        dev = self._dev(data)
        n = len(self._ids(dev, Beneficiary))
        with contextlib.suppress(RtsError):
            create_operator(dev.db, dev.ctx, f"op{dev.name}{n}", "Operatore", "educatore")

    @rule(data=st.data())
    def resolve_one(self, data):
        dev = self._dev(data)
        conflicts = api.list_conflicts(dev.db)
        if conflicts:
            c = conflicts[0]
            with contextlib.suppress(RtsError):
                api.resolve_conflict(
                    dev.db, dev.ctx, c.id, keep=data.draw(st.integers(0, len(c.candidates) - 1))
                )

    @rule(data=st.data())
    def prepare_bundle(self, data):
        src, dst = data.draw(st.permutations(range(len(self.devs))))[:2]
        self.mail.append((dst, export(self.devs[src], self.devs[dst])))

    @precondition(lambda self: self.mail)
    @rule(data=st.data())
    def deliver_any(self, data):
        dst, path = self.mail.pop(data.draw(st.integers(0, len(self.mail) - 1)))
        api.import_bundle(self.devs[dst].db, self.devs[dst].ctx, path)

    @invariant()
    def no_dangling_references(self):
        for dev in self.devs:
            assert dangling(dev.db) == set()

    def teardown(self) -> None:
        try:
            if self.devs:
                for path in [p for _, p in self.mail]:
                    path.unlink(missing_ok=True)
                for _ in range(4):  # everyone sends to everyone until all have all
                    for src in self.devs:
                        for dst in self.devs:
                            if src is not dst:
                                api.import_bundle(dst.db, dst.ctx, export(src, dst))
                    if len({str(vector(d.db)) for d in self.devs}) == 1:
                        break
                for d in self.devs:
                    api.list_conflicts(d.db)  # local resolutions taken into account
                states = {canonical(d.db) for d in self.devs}
                assert len(states) == 1
                assert all(api.sync_status(d.db).pending == 0 for d in self.devs)
        finally:
            for d in self.devs:
                d.db.close()
            shutil.rmtree(self.root, ignore_errors=True)


Laptops.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_laptops_converge = Laptops.TestCase
