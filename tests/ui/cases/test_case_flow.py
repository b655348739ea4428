"""A person creates a referral, finds it by typing, opens it, writes a note, closes and reopens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from rts_desktop.models import Beneficiary, Change
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.new_case import NewCaseDialog
from rts_desktop.ui.cases.page import CasesPage


def count(db, model):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


def fill_person(qtbot, dialog, first="Amina", last="Haddad", birth="12/03/1990"):
    qtbot.keyClicks(dialog.ui.first_name, first)
    qtbot.keyClicks(dialog.ui.last_name, last)
    qtbot.keyClicks(dialog.ui.birth_date, birth)


@pytest.mark.usefixtures("plurals")
def test_create_find_open_note_close_reopen(qtbot, env, db):
    page = CasesPage(env)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0

    dialog = NewCaseDialog(env, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.last_name, "Haddad")
    qtbot.keyClicks(dialog.ui.birth_date, "31/02/1990")
    changes = count(db, Change)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.errors.message("birth_date") == "La data 31/02/1990 non esiste."
    dialog.ui.birth_date.clear()
    qtbot.keyClicks(dialog.ui.birth_date, "12/03/1990")
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.errors.message("first_name") == "Campo obbligatorio."
    assert dialog.ui.errors.message("birth_date") == ""
    assert count(db, Change) == changes, "nothing written on refused input"
    qtbot.keyClicks(dialog.ui.first_name, "Amina")
    assert dialog.ui.household_name.text() == "Nucleo Haddad"
    dialog.ui.flag_boxes["visite_in_coppia"].setChecked(True)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.status == "segnalato"

    qtbot.keyClicks(page.search, "amin hadd")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 caso"
    page.search.clear()
    qtbot.keyClicks(page.search, "nessuno-xyz")
    assert page.model.rowCount() == 0
    page.search.clear()
    qtbot.keyClicks(page.search, "HADDAD")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() or page.current_row() is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    window = page.windows[dialog.created.id]
    assert isinstance(window, CaseFileWindow)
    qtbot.addWidget(window)
    assert "Nucleo Haddad" in window.title.text()
    assert "Visite in coppia" in window.flags.text()
    assert window.tabs.count() == 10

    diary = window.diary
    window.tabs.setCurrentWidget(diary)
    qtbot.mouseClick(diary.save_button, Qt.MouseButton.LeftButton)
    assert diary.errors.message("text") == "Campo obbligatorio."
    qtbot.keyClicks(diary.text, "Primo colloquio in sede: la signora chiede un alloggio vicino.")
    qtbot.mouseClick(diary.save_button, Qt.MouseButton.LeftButton)
    assert diary.list.model().rowCount() == 1
    assert "Primo colloquio" in diary.reader.toPlainText()
    assert not diary.is_dirty()
    assert any(e.kind == "nota" for e in window.timeline.entries)

    assert set(window.action_buttons) == {"accept", "close"}
    close = window.make_action_dialog("close")
    qtbot.addWidget(close)
    outcomes = [close.outcome.itemText(i) for i in range(close.outcome.count())]
    assert outcomes[0] == "— scegli —" and close.outcome.currentData() is None
    assert "Esito negativo – abbandono" in outcomes and "Raggiunta autonomia" in outcomes
    changes = count(db, Change)
    qtbot.mouseClick(close.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert close.errors.message("exit_outcome") == "Scegli l'esito del percorso."
    assert count(db, Change) == changes
    close.outcome.setCurrentIndex(close.outcome.findData("raggiunta_autonomia"))
    qtbot.mouseClick(close.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert close.errors.message("exit_outcome") == ""
    assert close.errors.message("reason") == "Campo obbligatorio."
    qtbot.keyClicks(close.reason, "Ha trovato ospitalita dalla sorella")
    close.confirm()
    assert close.errors.message("exit_destination") == "Scegli un valore."
    close.destination.setCurrentIndex(close.destination.findData("rientro_famiglia"))
    close.confirm()
    assert close.result_case is not None and close.result_case.status == "concluso"
    assert "Concluso" in window.title.text()
    assert set(window.action_buttons) == {"reopen"}
    assert "Rientro in famiglia" in window.percorso.values["exit"].text()
    assert "esito: Raggiunta autonomia" in window.percorso.values["exit"].text()
    assert close.result_case.exit_outcome == "raggiunta_autonomia"

    reopen = window.make_action_dialog("reopen")
    qtbot.addWidget(reopen)
    qtbot.keyClicks(reopen.reason, "Nuova segnalazione del Municipio")
    reopen.confirm()
    assert reopen.result_case.status == "in_valutazione"
    assert reopen.result_case.exit_outcome is None
    assert window.percorso.values["exit"].text() == "—"
    qtbot.waitUntil(lambda: page.model.visible and page.model.visible[0].status == "in_valutazione")


def test_duplicate_person_is_linked_not_merged(qtbot, env, db, ctx):
    existing = people.create_beneficiary(
        db, ctx, BeneficiaryInput("Amina", "Haddad", birth_date=dt.date(1990, 3, 12))
    )
    dialog = NewCaseDialog(env)
    qtbot.addWidget(dialog)
    fill_person(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.ui.duplicate_box.isHidden()
    assert "Haddad" in dialog.ui.candidates.currentText()
    assert dialog.created is None and count(db, Beneficiary) == 1
    qtbot.mouseClick(dialog.ui.link_button, Qt.MouseButton.LeftButton)
    assert existing.code in dialog.ui.linked.text()
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    assert dialog.created.household.members[0].beneficiary_id == existing.id
    assert count(db, Beneficiary) == 1


def test_duplicate_can_be_recorded_as_a_different_person(qtbot, env, db, ctx):
    people.create_beneficiary(
        db, ctx, BeneficiaryInput("Amina", "Haddad", birth_date=dt.date(1990, 3, 12))
    )
    dialog = NewCaseDialog(env)
    qtbot.addWidget(dialog)
    fill_person(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.new_anyway, Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    assert count(db, Beneficiary) == 2


def test_unsaved_form_and_note_ask_before_closing(qtbot, env, monkeypatch):
    dialog = NewCaseDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.first_name, "Amina")
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or False)
    dialog.reject()
    assert asked and dialog.isVisible()

    fill_person(qtbot, dialog := NewCaseDialog(env), "Omar", "Said")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    window = CaseFileWindow(env, dialog.created.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.diary.text, "Appunto non ancora salvato")
    monkeypatch.setattr(window, "confirm_discard", lambda: False)
    window.close()
    assert window.isVisible()
    assert window.tabs.currentWidget() is window.diary
