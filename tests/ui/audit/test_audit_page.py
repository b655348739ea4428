"""The Registro accessi page: filters narrow the rows, CSV export writes them, and only
coordinators and administrators may read the log."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest

from rts_desktop.models.vocab import Role
from rts_desktop.services import audit_log
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import notes
from rts_desktop.services.operators import create_operator
from rts_desktop.ui.audit.page import AuditPage
from tests.services.cases.test_people_cases import make_case

D = dt.date


@pytest.fixture
def logged(db, ctx):
    """A case with two notes by a named educator, and the coordinator's own entries."""
    case = make_case(db, ctx)
    educator = create_operator(db, ctx, "giulia.rossi", "Giulia Rossi", "educatore")
    cases.assign_educator(db, ctx, case.id, educator.id, D(2026, 1, 1))  # her case
    as_her = dataclasses.replace(ctx, operator_id=educator.id, role=Role.EDUCATORE)
    notes.add_note(db, as_her, case.id, "libera", D(2026, 2, 1), "Colloquio")
    notes.add_note(db, as_her, case.id, "libera", D(2026, 2, 2), "Verifica")
    return case


def page_for(qtbot, env) -> AuditPage:
    page = AuditPage(env)
    qtbot.addWidget(page)
    page.show()
    return page


def shown(page: AuditPage) -> list[audit_log.AuditRow]:
    return list(page.model.rows)


def test_filters_narrow_the_rows(qtbot, env, logged):
    page = page_for(qtbot, env)
    every = shown(page)
    assert len(every) >= 5
    page.operator.setText("Giulia Rossi")
    page.search.click()
    assert [r.action for r in shown(page)] == ["create", "create"]
    assert {r.entity for r in shown(page)} == {"note"}
    assert {r.code for r in shown(page)} == {logged.code}
    page.operator.clear()
    page.case.setText(logged.code)
    page.action.setCurrentText("create")
    page.search.click()
    rows = shown(page)
    assert 3 <= len(rows) < len(every)
    assert all(r.code == logged.code for r in rows)
    page.action.setCurrentText("")
    page.use_to.setChecked(True)
    page.date_to.set_value(D(2026, 1, 1))
    page.search.click()
    assert shown(page) == []
    page.case.setText("RTS-1999-0001")
    page.search.click()
    assert page.error.isVisibleTo(page) and "RTS-1999-0001" in page.error.text()


def test_csv_export_writes_the_filtered_rows(qtbot, env, logged, tmp_path):
    page = page_for(qtbot, env)
    page.operator.setText("giulia.rossi")
    page.search.click()
    out = tmp_path / "registro.csv"
    page.export_csv(out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert lines[0][0] == "quando" and len(lines) == 3
    assert {line[1] for line in lines[1:]} == {"Giulia Rossi"}
    assert {line[5] for line in lines[1:]} == {logged.code}


@pytest.mark.parametrize("role", [Role.EDUCATORE, Role.ASSISTENTE_SOCIALE])
def test_other_roles_are_refused_with_a_message(qtbot, env, logged, role):
    env.ctx = dataclasses.replace(env.ctx, role=role)
    page = page_for(qtbot, env)
    assert shown(page) == []
    assert page.error.isVisibleTo(page)
    assert "coordinatori" in page.error.text()
    assert not page.body.isEnabled()


def test_pages_follow_by_keyset(db, ctx, logged):
    first = audit_log.read_page(db, ctx, audit_log.AuditFilter(), limit=2)
    assert len(first.rows) == 2 and first.after is not None
    second = audit_log.read_page(db, ctx, audit_log.AuditFilter(), after=first.after, limit=2)
    every = list(audit_log.read_all(db, ctx, audit_log.AuditFilter()))
    assert [r.id for r in first.rows + second.rows] == [r.id for r in every[:4]]
    assert len({r.id for r in every}) == len(every)


def test_the_count_comes_apart_and_scrolling_reads_the_next_page(
    qtbot, env, db, ctx, logged, monkeypatch
):
    every = list(audit_log.read_all(db, ctx, audit_log.AuditFilter()))
    assert audit_log.count_entries(db, ctx, audit_log.AuditFilter()) == len(every)
    monkeypatch.setattr(audit_log, "PAGE", 2)
    page = AuditPage(env)
    qtbot.addWidget(page)
    page.resize(900, 160)  # two rows fill it: the scroll bar appears with the third
    page.show()
    qtbot.waitExposed(page)
    assert len(shown(page)) == 2
    assert page.count.text() == f"2 di {len(every)} voci"
    page.more.click()
    assert len(shown(page)) == 4
    while page.more.isEnabled():
        before = len(shown(page))
        page.table.scrollToBottom()
        assert len(shown(page)) > before
    assert [r.id for r in shown(page)] == [r.id for r in every]
    assert page.count.text() == f"{len(every)} voci mostrate"
