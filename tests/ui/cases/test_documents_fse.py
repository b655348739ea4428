"""Documenti (attach, open, checklist), Scheda FSE (record a sheet, derived indicators) and
the Cronologia's "In programma" section, driven through the case file's widgets; the FSE
sheet's months without work and art. 9 date, and the outcomes after leaving."""

from __future__ import annotations

import dataclasses
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
    dialog.date.set_value(dt.date(2026, 10, 1))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result_sheet is not None
    assert tab.sheets.model().rowCount() == 1
    assert tab.missing.isHidden()
    codes = {r.code for r in tab.indicators.model().rows}
    assert {"EECO01", "EECO02", "EECO03", "EECO09", "EECO16"} <= codes  # 2021–2027 first
    assert "ETHOS" in tab.problems.text()  # the case has no ETHOS category at entry
    tab.programme.setCurrentIndex(tab.programme.findData("2014-2020"))
    codes = {r.code for r in tab.indicators.model().rows}
    assert {"CO01", "CO02", "CO09", "CO12", "CO18"} <= codes  # alone: jobless household
    assert not any(c.startswith("EE") for c in codes)
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
    dialog.date.set_value(dt.date(2026, 10, 1))
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


def test_sheet_months_without_work_minority_and_art9_date(qtbot, env, db, ctx):
    from rts_desktop.services.cases import fse

    case, _head = make_case(db, ctx)  # referral 1/9/2026
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    dialog = window.fse.make_dialog("ingresso")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.months.isEnabled()  # no status yet
    dialog.labour.setCurrentIndex(dialog.labour.findData("occupato"))
    assert not dialog.months.isEnabled()
    dialog.labour.setCurrentIndex(dialog.labour.findData("disoccupato"))
    assert dialog.months.isEnabled() and dialog.months.text() == "non indicato"
    # the art. 9 date follows the sheet's until it is changed by hand
    assert dialog.asked_on.value() == dialog.date.value()
    dialog.date.set_value(dt.date(2026, 10, 1))
    assert dialog.asked_on.value() == dt.date(2026, 10, 1)
    assert dialog.minority.isVisible() and dialog.asked_on.isVisible()
    dialog.months.setValue(14)
    dialog.minority.setCurrentIndex(dialog.minority.findData("non_risponde"))
    dialog.asked_on.set_value(dt.date(2026, 8, 1))
    dialog.date.set_value(dt.date(2026, 10, 2))
    assert dialog.asked_on.value() == dt.date(2026, 8, 1)  # set by hand: stays
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert (
        dialog.errors.message("special_asked_on") == "La data precede la segnalazione (01/09/2026)."
    )
    assert count(db, ParticipantSheet) == 0
    dialog.asked_on.set_value(dt.date(2026, 10, 2))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result_sheet is not None
    stored = fse.reveal_sheet_special(db, ctx, dialog.result_sheet.id, "verifica del test")
    assert (stored.unemployed_months, stored.minority) == (14, "non_risponde")
    assert stored.special_asked_on == dt.date(2026, 10, 2)
    assert "14 mesi senza lavoro" in window.fse.sheets.model().index(0, 3).data()
    # recorded: the minority and its date wait behind "Mostra…" with the other answers
    again = window.fse.make_dialog("ingresso")
    qtbot.addWidget(again)
    again.show()
    assert again.months.value() == 14
    assert not again.minority.isVisible() and not again.asked_on.isVisible()
    again.labour.setCurrentIndex(again.labour.findData("occupato"))
    assert not again.months.isEnabled() and again.months.text() == "non indicato"
    qtbot.mouseClick(again.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert again.result_sheet is not None and again.result_sheet.unemployed_months is None
    kept = fse.reveal_sheet_special(db, ctx, again.result_sheet.id, "verifica del test")
    assert (kept.minority, kept.special_asked_on) == ("non_risponde", dt.date(2026, 10, 2))


def test_record_and_delete_an_outcome_after_leaving(qtbot, env, db, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from rts_desktop.models import ParticipantOutcome
    from rts_desktop.services.cases import fse

    case, head = make_case(db, ctx)
    entry = fse.SheetInput(case.id, head.id, "ingresso", dt.date(2026, 9, 2), "disoccupato")
    fse.record_sheet(db, ctx, entry)
    leaving = dataclasses.replace(entry, moment="uscita", date=dt.date(2026, 10, 20))
    fse.record_sheet(db, ctx, leaving)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    box = window.fse.outcomes
    window.tabs.setCurrentWidget(window.fse)
    window.show()
    assert box.empty.isVisible() and not box.delete_button.isEnabled()
    dialog = box.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.person.currentData() == head.id
    assert dialog.kind.currentData() is None
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.errors.message("kind") == "Scegli un valore."
    dialog.kind.setCurrentIndex(dialog.kind.findData("ricerca_lavoro"))
    dialog.date.set_value(dt.date(2026, 10, 10))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.errors.message("date") == "Un esito si registra dopo l'uscita (20/10/2026)."
    assert count(db, ParticipantOutcome) == 0
    dialog.date.set_value(dt.date(2026, 11, 2))
    qtbot.keyClicks(dialog.notes, "Iscritta al centro per l'impiego")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result_outcome is not None
    model = box.table.model()
    assert model.rowCount() == 1 and not box.empty.isVisible()
    assert [model.index(0, c).data() for c in (0, 2, 3)] == [
        "Amina Haddad",
        "In cerca di lavoro",
        "Iscritta al centro per l'impiego",
    ]
    box.table.selectRow(0)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_a, **_k):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert count(db, ParticipantOutcome) == 1 and model.rowCount() == 1
    assert "In cerca di lavoro" in asked[0] and "Amina Haddad" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert count(db, ParticipantOutcome) == 0
    assert box.table.model().rowCount() == 0


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
