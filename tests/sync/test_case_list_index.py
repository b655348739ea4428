"""A bundle import keeps the case-list index right: new cases and edits show and are found."""

from __future__ import annotations

import datetime as dt

from rts_desktop.services.cases import people
from rts_desktop.services.cases.case_pages import CaseQuery, case_page, count_cases
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.sync.sync_helpers import send
from tests.ui.cases.helpers_edit import make_case


def found(dev, text: str) -> list[str]:
    return [r.id for r in case_page(dev.db, CaseQuery(text=text), dev.ctx.today()).rows]


def test_imported_cases_and_edits_reach_the_list_and_its_search(trio):
    a, b, _ = trio
    assert count_cases(b.db, CaseQuery()) == 0
    case, head = make_case(a.db, a.ctx, first="Ioana", last="Munteanu")
    send(a, b)
    assert found(b, "ioana munteanu") == [case.id]
    assert count_cases(b.db, CaseQuery()) == 1
    people.update_beneficiary(
        a.db, a.ctx, head.id, BeneficiaryInput("Ioana", "Bălan", birth_date=dt.date(1988, 3, 12))
    )
    send(a, b)
    assert found(b, "ioana balan") == [case.id]
    [row] = case_page(b.db, CaseQuery(), b.ctx.today()).rows
    assert row.head_name == "Ioana Bălan"
    assert "ioana munteanu" not in row.search_key  # "nucleo munteanu" stays the household
