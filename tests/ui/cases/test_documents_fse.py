"""Documenti (attach, open, checklist), Scheda FSE (record a sheet, derived indicators) and
the Cronologia's "In programma" section, driven through the case file's widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from rts_desktop.models import Document, ParticipantSheet
from rts_desktop.services.cases.timeline import TimelineEntry
from rts_desktop.ui.cases.attach_dialog import AttachDocumentDialog
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.documents_tab import ChecklistModel
from rts_desktop.ui.cases.records_tabs import TimelineTab
from rts_desktop.ui.common.records_model import Column
from tests.ui.cases.helpers_edit import count, make_case

TODAY = dt.date(2026, 11, 25)


def checklist_status(window: CaseFileWindow, key: str) -> str:
    return next(i.status for i in window.data.checklist if i.key == key)


def test_attach_open_and_checklist(qtbot, env, db, ctx, tmp_path, monkeypatch):
    case, _head = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    tab = window.documents
    window.tabs.setCurrentWidget(tab)
    assert checklist_status(window, "isee") == "mancante"
    assert "mancante" in tab.checklist.model().index(1, 1).data()

    dialog = AttachDocumentDialog(env, window.data, tab)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.errors.message("source") == "Scegli il file da allegare."
    scan = tmp_path / "isee-2026.pdf"
    scan.write_bytes(b"%PDF-1.4 isee")
    dialog.set_file(scan)
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("isee"))
    qtbot.keyClicks(dialog.expires, "31/12/2026")
    dialog.title.clear()
    dialog.save()
    assert dialog.errors.message("title") == "Campo obbligatorio."
    assert count(db, Document) == 0
    qtbot.keyClicks(dialog.title, "ISEE 2026")
    dialog.save()
    assert dialog.result_document is not None
    assert tab.documents.model().rowCount() == 1
    assert tab.documents.model().index(0, 1).data() == "ISEE 2026"
    assert checklist_status(window, "isee") == "presente"
    row = [i.key for i in window.data.checklist].index("isee")
    assert "presente" in tab.checklist.model().index(row, 1).data()
    colour = tab.checklist.model().index(row, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#2e7d32"

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.documents.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened and "/tmp/open-" in opened[0].toLocalFile()  # a decrypted copy
    assert Path(opened[0].toLocalFile()).name == "isee-2026.pdf"


def test_checklist_model(qtmodeltester, env, db, ctx):
    case, _ = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    model = window.documents.checklist.model()
    assert isinstance(model, ChecklistModel)
    qtmodeltester.check(model)
    window.deleteLater()
    empty = ChecklistModel([Column("Documento", lambda i: i.label)])
    qtmodeltester.check(empty)


def test_record_entry_sheet_and_indicators(qtbot, env, db, ctx):
    case, head = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    tab = window.fse
    assert "Amina Haddad" in tab.missing.text()
    dialog = tab.make_dialog("ingresso")
    qtbot.addWidget(dialog)
    assert dialog.person.currentData() == head.id
    dialog.save()
    assert dialog.errors.message("labour_status") == "Scegli un valore."
    assert count(db, ParticipantSheet) == 0
    dialog.labour.setCurrentIndex(dialog.labour.findData("disoccupato_lunga_durata"))
    dialog.isced.setCurrentIndex(dialog.isced.findData(2))
    dialog.situation.setCurrentIndex(dialog.situation.findData("genitore_solo_con_figli"))
    dialog.disadvantage_boxes["senza_dimora"].setChecked(True)
    dialog.date.setDate(dt.date(2026, 10, 1))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result_sheet is not None
    assert tab.sheets.model().rowCount() == 1
    assert tab.missing.isHidden()
    codes = {r.code for r in tab.indicators.model().rows}
    assert {"CO01", "CO02"} <= codes
    # the same person and moment again: the dialog loads the sheet to correct it
    again = tab.make_dialog("ingresso")
    qtbot.addWidget(again)
    assert again.existing is not None
    assert again.isced.currentData() == 2
    assert again.disadvantage_boxes["senza_dimora"].isChecked()


def test_art9_answers_wait_behind_a_reason_on_a_recorded_sheet(qtbot, env, db, ctx, monkeypatch):
    from rts_desktop.models import AuditEntry
    from rts_desktop.services.cases import fse
    from rts_desktop.ui.common import reason

    case, _head = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    dialog = window.fse.make_dialog("ingresso")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.migrant.isVisible() and not dialog.reveal_button.isVisible()  # new: open
    dialog.labour.setCurrentIndex(dialog.labour.findData("disoccupato"))
    dialog.migrant.setCurrentIndex(dialog.migrant.findData("si"))
    dialog.disadvantage_boxes["minoranza"].setChecked(True)
    dialog.date.setDate(dt.date(2026, 10, 1))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result_sheet is not None
    again = window.fse.make_dialog("ingresso")
    qtbot.addWidget(again)
    again.show()
    assert again.existing is not None and again.existing.special_hidden
    assert not again.migrant.isVisible() and not again.disadvantage_boxes["minoranza"].isVisible()
    assert again.reveal_button.isVisible()
    # a correction without showing them keeps them
    again.isced.setCurrentIndex(again.isced.findData(3))
    qtbot.mouseClick(again.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    stored = fse.reveal_sheet_special(db, ctx, again.result_sheet.id, "verifica del test")
    assert stored.migrant_background == "si" and "minoranza" in stored.disadvantages
    # shown with a reason: the rows open with the recorded answers, and the reason is logged
    third = window.fse.make_dialog("ingresso")
    qtbot.addWidget(third)
    third.show()
    monkeypatch.setattr(reason, "ask_reason", lambda _parent: "Colloquio con la persona")
    qtbot.mouseClick(third.reveal_button, Qt.MouseButton.LeftButton)
    assert third.migrant.isVisible() and third.migrant.currentData() == "si"
    assert third.disadvantage_boxes["minoranza"].isChecked()
    with db.session(write=False) as s:
        details = [e.detail for e in s.query(AuditEntry) if e.action == "read_special"]
    assert details[-1] == "Colloquio con la persona"


def test_timeline_shows_future_apart(qtbot):
    tab = TimelineTab(TODAY)
    qtbot.addWidget(tab)
    entries = (
        TimelineEntry(TODAY + dt.timedelta(days=9), "appuntamento", "Verifica progetto"),
        TimelineEntry(TODAY + dt.timedelta(days=2), "appuntamento", "Visita domiciliare"),
        TimelineEntry(TODAY, "nota", "Colloquio"),
        TimelineEntry(TODAY - dt.timedelta(days=30), "stato", "Attivo"),
    )
    tab.show()
    tab.show_data(SimpleNamespace(timeline=entries))
    assert tab.upcoming_title.isVisible()
    upcoming = [tab.upcoming.model().index(r, 2).data() for r in range(2)]
    assert upcoming == ["Visita domiciliare", "Verifica progetto"], "soonest first"
    assert tab.view.model().rowCount() == 2
    tab.show_data(SimpleNamespace(timeline=entries[2:]))
    assert not tab.upcoming_title.isVisible()
