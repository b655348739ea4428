"""Models pass qtmodeltester; Ctrl+F and Scadenze in the window (the large list pages:
``test_case_list_pages.py``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from rts_desktop.demo import generate_small
from rts_desktop.services.cases.case_list import CaseRow
from rts_desktop.services.cases.case_pages import CasePage, CaseSort
from rts_desktop.services.deadlines import Deadline
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.list_model import CaseListModel
from rts_desktop.ui.common.deadlines_panel import DeadlineModel
from rts_desktop.ui.common.records_model import Column, RecordsModel
from rts_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 25)


def synthetic_rows(n: int) -> list[CaseRow]:
    statuses = ("segnalato", "in_valutazione", "attivo", "sospeso", "concluso")
    return [
        CaseRow(
            id=f"id{i}",
            code=f"RTS-2026-{i:05d}",
            status=statuses[i % 5],
            household_name=f"Nucleo Cognome{i}",
            head_name=f"Nome{i} Cognome{i}",
            apartment_id=f"a{i % 300}" if i % 3 else None,
            apartment_code=f"ALL-{i % 300:04d}" if i % 3 else None,
            municipio=i % 9 + 1,
            educator_id=f"e{i % 40}",
            educator_name=f"Educatore {i % 40}",
            days_in_service=i % 700 if i % 5 else None,
            next_deadline=TODAY + dt.timedelta(days=i % 90 - 20) if i % 4 else None,
            next_deadline_kind="verifica" if i % 4 else None,
            flags=("visite_in_coppia",) if i % 7 == 0 else (),
            search_key=f"rts-2026-{i:05d} | nome{i} cognome{i} | ben-{i:05d}",
        )
        for i in range(n)
    ]


def test_case_list_model(qtmodeltester):
    model = CaseListModel(TODAY)
    rows = synthetic_rows(60)
    model.set_page(CasePage(rows[:40], after=("k", rows[39].id)))
    asked = []
    model.more_wanted.connect(asked.append)
    assert model.canFetchMore()
    model.fetchMore()
    assert asked == [("k", rows[39].id)] and not model.canFetchMore()  # one at a time
    model.add_page(CasePage(rows[40:], after=None))
    assert model.rowCount() == 60 and not model.canFetchMore()
    qtmodeltester.check(model)
    orders = []
    model.sort_wanted.connect(lambda sort, descending: orders.append((sort, descending)))
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert orders == [(CaseSort.DAYS, True)]


def test_records_and_deadline_models(qtmodeltester):
    model = RecordsModel([Column("Data", lambda r: r[0]), Column("Testo", lambda r: r[1])])
    model.set_rows([(TODAY, "uno"), (None, "due")])
    qtmodeltester.check(model)
    deadlines = DeadlineModel(TODAY)
    deadlines.set_rows([Deadline("verifica", TODAY, "c1", "RTS-1", "Nucleo A", "Progetto v1")])
    qtmodeltester.check(deadlines)


def test_ctrl_f_finds_a_person_and_opens_the_file(qtbot, env, db):
    generate_small(db, seed=2026, today=TODAY)
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    window.show_area("cases")  # the first page is Oggi
    page = window.pages.currentWidget()
    row = next(r for r in page.model.visible if r.status == "attivo")
    last_name = row.head_name.split()[-1]
    qtbot.keyClicks(window.search, last_name[:5])
    assert window.search.hits
    hit = next(h for h in window.search.hits if h.full_name == row.head_name)
    window.search.choose(hit)
    opened = page.windows.values()
    assert any(isinstance(w, CaseFileWindow) for w in opened)
    for w in list(opened):
        qtbot.addWidget(w)
    assert window.deadlines.model.rowCount() > 0
    assert "scadenze" in window.deadlines.summary.text()
