"""A plan's agreement carries the real operator who recorded it, into the printed plan."""

from __future__ import annotations

import dataclasses

from rts_desktop.models import Plan
from rts_desktop.services import operators
from rts_desktop.services.plans import printing
from tests.services.plans.plan_print_fixtures import seed


def test_the_agreement_names_who_recorded_it(db, ctx):
    giulia = operators.create_operator(db, ctx, "giulia", "Giulia Rossi", "coordinatore")
    as_giulia = dataclasses.replace(ctx, operator_id=giulia.id)
    seeded = seed(db, as_giulia)
    with db.session(write=False) as s:
        assert s.get(Plan, seeded.plan_id).agreed_by == giulia.id
        doc = printing.plan_document_in(s, seeded.plan_id, ctx.today())
    assert doc.agreed_by == "Giulia Rossi"
