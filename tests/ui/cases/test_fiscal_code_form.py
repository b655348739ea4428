"""The referral form and the codice fiscale: birth date and sex offered from a valid code,
and a code that contradicts the person refused at the field that disagrees."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from rts_desktop.models import Beneficiary
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.ui.cases.edit_person import EditPersonDialog
from rts_desktop.ui.cases.new_case import NewCaseDialog

D = dt.date
CLICK = Qt.MouseButton.LeftButton
CF_F = "RSSMRA85D43H501Q"  # 03/04/1985, woman, born in Roma


def open_form(qtbot, env) -> NewCaseDialog:
    dialog = NewCaseDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.first_name, "Maria")
    qtbot.keyClicks(dialog.ui.last_name, "Rossi")
    return dialog


def people_count(db) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(Beneficiary))


def test_a_valid_code_offers_birth_date_and_sex_and_fills_them(qtbot, env):
    dialog = open_form(qtbot, env)
    person = dialog.ui.person
    assert person.fiscal_hint.isHidden()
    qtbot.keyClicks(dialog.ui.codice_fiscale, CF_F[:10])
    assert person.fiscal_hint.isHidden(), "nothing offered for a half-typed code"
    qtbot.keyClicks(dialog.ui.codice_fiscale, CF_F[10:])
    assert not person.fiscal_hint.isHidden()
    assert person.fiscal_text.text() == "Il codice fiscale indica nascita il 03/04/1985, sesso F."
    assert dialog.ui.birth_date.value() is None, "nothing filled until asked"
    qtbot.mouseClick(dialog.ui.fill_from_fiscal_code, CLICK)
    assert dialog.ui.birth_date.value() == D(1985, 4, 3)
    assert dialog.ui.birth_date.text() == "03/04/1985"
    assert dialog.ui.sex.currentData() == "F"
    assert person.fiscal_hint.isHidden()
    qtbot.mouseClick(dialog.ui.save_button, CLICK)
    assert dialog.created is not None
    assert dialog.person is not None and dialog.person.codice_fiscale == CF_F


def test_typed_data_that_differs_is_replaced_only_on_request(qtbot, env):
    dialog = open_form(qtbot, env)
    qtbot.keyClicks(dialog.ui.birth_date, "04/03/1985")
    dialog.ui.sex.setCurrentIndex(dialog.ui.sex.findData("M"))
    qtbot.keyClicks(dialog.ui.codice_fiscale, CF_F)
    assert not dialog.ui.person.fiscal_hint.isHidden()
    assert dialog.ui.birth_date.value() == D(1985, 3, 4), "typed data is never overwritten silently"
    assert dialog.ui.sex.currentData() == "M"
    qtbot.mouseClick(dialog.ui.fill_from_fiscal_code, CLICK)
    assert (dialog.ui.birth_date.value(), dialog.ui.sex.currentData()) == (D(1985, 4, 3), "F")


def test_agreeing_data_needs_no_offer(qtbot, env):
    dialog = open_form(qtbot, env)
    qtbot.keyClicks(dialog.ui.birth_date, "030485")
    qtbot.keyClick(dialog.ui.birth_date, Qt.Key.Key_Return)
    dialog.ui.sex.setCurrentIndex(dialog.ui.sex.findData("F"))
    qtbot.keyClicks(dialog.ui.codice_fiscale, CF_F.lower())
    assert dialog.ui.person.fiscal_hint.isHidden()


def test_a_contradicting_code_is_refused_at_the_field_that_disagrees(qtbot, env, db):
    dialog = open_form(qtbot, env)
    qtbot.keyClicks(dialog.ui.birth_date, "04/03/1985")
    qtbot.keyClicks(dialog.ui.codice_fiscale, CF_F)
    before = people_count(db)
    qtbot.mouseClick(dialog.ui.save_button, CLICK)
    assert dialog.ui.errors.message("birth_date") == (
        "Il codice fiscale indica nascita il 03/04/1985, non il 04/03/1985."
    )
    assert dialog.created is None and people_count(db) == before
    qtbot.mouseClick(dialog.ui.fill_from_fiscal_code, CLICK)
    qtbot.keyClicks(dialog.ui.birth_place, "Milano")
    qtbot.mouseClick(dialog.ui.save_button, CLICK)
    assert dialog.ui.errors.message("birth_place") == (
        "Il codice fiscale indica nascita a ROMA (H501), non a Milano."
    )
    dialog.ui.birth_place.clear()
    qtbot.keyClicks(dialog.ui.birth_place, "Roma")
    qtbot.mouseClick(dialog.ui.save_button, CLICK)
    assert dialog.created is not None


def test_editing_a_person_checks_the_code_on_record(qtbot, env, db, ctx):
    person = people.create_beneficiary(
        db,
        ctx,
        BeneficiaryInput(
            first_name="Maria", last_name="Rossi", birth_date=D(1985, 4, 3), codice_fiscale=CF_F
        ),
    )
    dialog = EditPersonDialog(env, person)
    qtbot.addWidget(dialog)
    assert dialog.birth_date.text() == "03/04/1985"
    dialog.sex.setCurrentIndex(dialog.sex.findData("M"))
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.errors.message("sex") == "Il codice fiscale indica sesso F, non M."
    assert dialog.result_person is None
