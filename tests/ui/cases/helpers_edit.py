"""A small case built through the services, shared by the editing tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.case import CaseInput
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput


def count(db, model, *where):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def make_case(db, ctx, first="Amina", last="Haddad"):
    head = people.create_beneficiary(
        db,
        ctx,
        BeneficiaryInput(
            first,
            last,
            birth_date=dt.date(1988, 3, 12),
            health_notes="Diabete di tipo 2",
        ),
    )
    household = households.create_household(
        db, ctx, f"Nucleo {last}", [MemberInput(head.id, "capofamiglia", dt.date(2026, 9, 1), True)]
    )
    case = cases.create_case(db, ctx, CaseInput(household.id, dt.date(2026, 9, 1)))
    return case, head
