"""Editing from the case file: a person (inline errors, stale version, sensitive data shown on
request and audited, identifiers), household members, the case data and the educator."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QRadioButton

from rts_desktop.models import AuditEntry, Beneficiary, Change, Identifier
from rts_desktop.services import operators
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.edit_person import EditPersonDialog
from rts_desktop.ui.cases.household_dialogs import AddMemberDialog, EndMembershipDialog
from rts_desktop.ui.common.edit_conflict_dialog import EditConflictDialog
from tests.ui.cases.helpers_edit import count, make_case

CLICK = Qt.MouseButton.LeftButton


def open_file(qtbot, env, case_id) -> CaseFileWindow:
    window = CaseFileWindow(env, case_id)
    qtbot.addWidget(window)
    return window


def test_edit_person_inline_error_then_saved(qtbot, env, db, ctx):
    case, head = make_case(db, ctx)
    window = open_file(qtbot, env, case.id)
    window.anagrafica.members.selectRow(0)
    dialog = window.actions.edit_person_dialog(head.id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, EditPersonDialog)
    assert dialog.first_name.text() == "Amina"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "amina-at-example")
    changes = count(db, Change)
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.errors.message("email")
    assert count(db, Change) == changes, "nothing written on refused input"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "amina@example.org")
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "+39 333 1234567")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.errors.message("email") == ""
    assert dialog.result_person is not None
    assert people.get_beneficiary(db, ctx, head.id).email == "amina@example.org"
    assert "amina@example.org" in [
        window.anagrafica.members.model().index(0, c).data() for c in range(9)
    ]


def test_stale_version_shows_conflict(qtbot, env, db, ctx, monkeypatch):
    _case, head = make_case(db, ctx)
    dialog = EditPersonDialog(env, people.get_beneficiary(db, ctx, head.id))
    qtbot.addWidget(dialog)
    # someone else edits the person meanwhile
    people.update_beneficiary(db, ctx, head.id, BeneficiaryInput("Amina", "Haddad-Rossi"))
    qtbot.keyClicks(dialog.languages, "arabo")
    qtbot.mouseClick(dialog.save_button, CLICK)
    conflict = dialog.findChild(EditConflictDialog)
    assert conflict is not None and conflict.isVisible()
    assert conflict.findChild(QLabel, "conflict_who").text().startswith("Modificato da ")
    assert conflict.findChild(QRadioButton, "theirs_last_name").text() == "Haddad-Rossi"
    assert conflict.findChild(QRadioButton, "theirs_last_name").isChecked()  # only theirs
    conflict.reject()  # she thinks it over: nothing is saved, her form keeps what she typed
    assert dialog.result_person is None and dialog.languages.text() == "arabo"
    assert people.get_beneficiary(db, ctx, head.id).languages is None


def test_special_categories_hidden_until_revealed_and_audited(qtbot, env, db, ctx, monkeypatch):
    from rts_desktop.ui.common import reason

    _case, head = make_case(db, ctx)
    dialog = EditPersonDialog(env, people.get_beneficiary(db, ctx, head.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.health.isVisible() and dialog.health.toPlainText() == ""
    reads = count(db, AuditEntry, AuditEntry.action == "read_special")
    monkeypatch.setattr(reason, "ask_reason", lambda _parent: None)  # gave up
    qtbot.mouseClick(dialog.reveal_button, CLICK)
    assert not dialog.health.isVisible()
    assert count(db, AuditEntry, AuditEntry.action == "read_special") == reads
    monkeypatch.setattr(reason, "ask_reason", lambda _parent: "Colloquio programmato")
    qtbot.mouseClick(dialog.reveal_button, CLICK)
    assert dialog.health.isVisible()
    assert dialog.health.toPlainText() == "Diabete di tipo 2"
    assert count(db, AuditEntry, AuditEntry.action == "read_special") == reads + 1
    with db.session(write=False) as s:
        logged = s.query(AuditEntry).filter(AuditEntry.action == "read_special").all()
    assert logged[-1].detail == "Colloquio programmato" and logged[-1].entity_id == head.id
    assert not dialog.is_dirty(), "showing the data is not an edit"
    dialog.judicial.setPlainText("Nessun procedimento in corso")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.result_person is not None
    data = people.reveal_special_categories(db, ctx, head.id, "verifica del test")
    assert data.judicial_notes == "Nessun procedimento in corso"
    assert data.health_notes == "Diabete di tipo 2"


def test_identifiers_added_validated_and_removed(qtbot, env, db, ctx, monkeypatch):
    _case, head = make_case(db, ctx)
    dialog = EditPersonDialog(env, people.get_beneficiary(db, ctx, head.id))
    qtbot.addWidget(dialog)
    dialog.ident_kind.setCurrentIndex(dialog.ident_kind.findData("codice_fiscale"))
    qtbot.keyClicks(dialog.ident_value, "HDDMNA88C52Z000X")
    qtbot.mouseClick(dialog.add_ident, CLICK)
    assert dialog.ident_errors.message("value") == "Codice fiscale non valido."
    assert count(db, Identifier) == 0
    dialog.ident_kind.setCurrentIndex(dialog.ident_kind.findData("passaporto"))
    qtbot.keyClicks(dialog.ident_expires, "30/06/2030")
    qtbot.mouseClick(dialog.add_ident, CLICK)
    assert dialog.ident_errors.message("value") == ""
    assert dialog.identifiers.model().rowCount() == 1
    assert dialog.ident_value.text() == ""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.identifiers.selectRow(0)
    qtbot.mouseClick(dialog.remove_ident, CLICK)
    assert dialog.identifiers.model().rowCount() == 0
    assert count(db, Identifier) == 0
    # identifier changes do not make the person's own save look stale
    qtbot.keyClicks(dialog.languages, "arabo, francese")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.result_person is not None


def test_unsaved_person_changes_ask_before_closing(qtbot, env, db, ctx, monkeypatch):
    _case, head = make_case(db, ctx)
    dialog = EditPersonDialog(env, people.get_beneficiary(db, ctx, head.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.phone, "02 1234")
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_add_member_with_duplicate_check_and_end_membership(qtbot, env, db, ctx):
    case, head = make_case(db, ctx)
    son = people.create_beneficiary(
        db, ctx, BeneficiaryInput("Yusuf", "Haddad", birth_date=dt.date(2012, 5, 2))
    )
    window = open_file(qtbot, env, case.id)
    dialog = window.actions.add_member_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AddMemberDialog)
    qtbot.keyClicks(dialog.fields.first_name, "Yusuf")
    qtbot.keyClicks(dialog.fields.last_name, "Haddad")
    qtbot.keyClicks(dialog.fields.birth_date, "02/05/2012")
    dialog.save()
    assert dialog.errors.message("relation") == "Scegli un valore."
    dialog.relation.setCurrentIndex(dialog.relation.findData("figlio"))
    dialog.from_date.set_value(dt.date(2026, 10, 1))
    people_before = count(db, Beneficiary)
    dialog.save()
    assert not dialog.duplicates.box.isHidden(), "the existing person is offered"
    assert count(db, Beneficiary) == people_before and dialog.result_household is None
    qtbot.mouseClick(dialog.duplicates.link_button, CLICK)
    assert son.code in dialog.duplicates.linked_label.text()
    dialog.save()
    assert dialog.result_household is not None
    assert count(db, Beneficiary) == people_before, "linked, not duplicated"
    members = window.data.case.household.members
    assert {m.beneficiary_id for m in members} == {head.id, son.id}

    member = next(m for m in members if m.beneficiary_id == son.id)
    end = EndMembershipDialog(env, member, window)
    qtbot.addWidget(end)
    end.to_date.set_value(dt.date(2026, 8, 1))
    end.confirm()
    assert end.errors.message("to_date")
    end.to_date.set_value(dt.date(2026, 11, 20))
    end.confirm()
    assert end.result_household is not None
    ended = next(m for m in window.data.case.household.members if m.beneficiary_id == son.id)
    assert ended.to_date == dt.date(2026, 11, 20)


def test_edit_case_assign_educator_and_follow_up_button(qtbot, env, db, ctx):
    case, _head = make_case(db, ctx)
    op = operators.create_operator(db, ctx, "lbianchi", "Laura Bianchi", "educatore")
    window = open_file(qtbot, env, case.id)
    edit = window.actions.case_dialog("edit")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.contact, "m.verdi@comune.milano.it")
    edit.flag_boxes["interprete"].setChecked(True)
    edit.referral_date.set_value(dt.date(2027, 1, 1))
    edit.save()
    assert edit.errors.message("referral_date")
    edit.referral_date.set_value(dt.date(2026, 9, 1))
    edit.save()
    assert edit.result_case is not None and "interprete" in edit.result_case.flags
    assert edit.result_case.sst_contact == "m.verdi@comune.milano.it"

    assign = window.actions.case_dialog("educator")
    qtbot.addWidget(assign)
    assign.save()
    assert assign.errors.message("operator_id") == "Scegli un educatore."
    assign.operator.setCurrentIndex(assign.operator.findData(op.id))
    assign.save()
    assert assign.result_case is not None
    assert "Laura Bianchi" in window.subtitle.text()
    assert not window.follow_up_button.isEnabled(), "follow-up only on closed cases"


def test_consents_recorded_and_revoked_from_the_person_form(qtbot, env, db, ctx):
    from rts_desktop.services.cases import consents
    from rts_desktop.ui.cases.consents_box import ConsentDialog

    _case, head = make_case(db, ctx)
    dialog = EditPersonDialog(env, people.get_beneficiary(db, ctx, head.id))
    qtbot.addWidget(dialog)
    box = dialog.consents
    assert box.consents.model().rowCount() == 0
    form = ConsentDialog(env, head.id, box)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("dati_particolari"))
    form.expires_on.set_value(form.given_on.value() - dt.timedelta(days=1))  # before it was given
    form.save()
    assert "seguire" in form.errors.message("expires_on")
    form.expires_on.set_value(form.given_on.value() + dt.timedelta(days=365))
    form.save()
    assert form.result_consent is not None
    box.reload()
    assert box.consents.model().rowCount() == 1
    assert "valido fino al" in box.consents.model().index(0, 2).data()
    box.consents.selectRow(0)
    qtbot.mouseClick(box.withdraw_button, CLICK)
    assert "revocato" in box.consents.model().index(0, 2).data()
    assert consents.list_consents(db, head.id)[0].withdrawn_on is not None
