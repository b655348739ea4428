"""The case file reloads only when the changes name its case, its household or its people;
the dialogs write through ``env.ops`` (the dialog is the initiator); the list reloads once
after a new referral."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.models import AuditEntry
from rts_desktop.services.cases import documents
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.household_dialogs import AddMemberDialog
from rts_desktop.ui.cases.new_case import NewCaseDialog
from rts_desktop.ui.cases.page import CasesPage
from rts_desktop.ui.common.hub_listener import HubListener
from tests.ui.cases.helpers_edit import count, make_case


def counted(qtbot, env, case_id: str) -> tuple[CaseFileWindow, list[int]]:
    """An open case file whose reloads are counted."""
    window = CaseFileWindow(env, case_id)
    qtbot.addWidget(window)
    reloads: list[int] = []
    original = window.reload

    def reload() -> None:
        reloads.append(1)
        original()

    window.reload = reload  # the hub listener calls it through the instance
    return window, reloads


class Ear(QWidget):
    """Another view, hearing what the hub tells about ``aggregates``."""

    def __init__(self, env, *aggregates: Aggregate) -> None:
        super().__init__()
        self.heard: list[Changes] = []
        HubListener(self, env.db, aggregates, self.heard.append)


def test_editing_one_case_reloads_only_its_own_file(qtbot, env, db, ctx):
    case_a, _ = make_case(db, ctx, "Amina", "Haddad")
    case_b, _ = make_case(db, ctx, "Omar", "Said")
    window_a, reloads_a = counted(qtbot, env, case_a.id)
    window_b, reloads_b = counted(qtbot, env, case_b.id)
    ear = Ear(env, Aggregate.CASES)
    qtbot.addWidget(ear)
    heard = ear.heard

    edit = window_a.actions.case_dialog("edit")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.contact, "m.verdi@comune.milano.it")
    edit.save()
    assert edit.result_case is not None
    assert heard[-1].initiator is edit
    assert heard[-1].ids_of(Aggregate.CASES) == {case_a.id}
    assert len(reloads_a) == 1, "the edited file reloads once, from the hub"
    assert window_a.data.case.sst_contact == "m.verdi@comune.milano.it"
    assert reloads_b == [], "another case's file does not reload"

    accept = window_a.make_action_dialog("accept")
    qtbot.addWidget(accept)
    accept.confirm()
    assert accept.result_case is not None and heard[-1].initiator is accept
    assert len(reloads_a) == 2 and reloads_b == []
    assert set(window_a.action_buttons) == {"activate", "close"}
    assert set(window_b.action_buttons) == {"accept", "close"}


def test_people_and_household_changes_reload_the_files_that_show_them(qtbot, env, db, ctx):
    case_a, head_a = make_case(db, ctx, "Amina", "Haddad")
    case_b, _ = make_case(db, ctx, "Omar", "Said")
    window_a, reloads_a = counted(qtbot, env, case_a.id)
    window_b, reloads_b = counted(qtbot, env, case_b.id)

    person = window_a.actions.edit_person_dialog(head_a.id)
    qtbot.addWidget(person)
    qtbot.keyClicks(person.phone, "+39 333 1234567")
    person.save()
    assert person.result_person is not None
    assert (len(reloads_a), len(reloads_b)) == (1, 0)
    assert window_a.data.people[0].phone == "+39 333 1234567"

    add = AddMemberDialog(env, window_b.data.case.household, window_b)
    qtbot.addWidget(add)
    qtbot.keyClicks(add.fields.first_name, "Yusuf")
    qtbot.keyClicks(add.fields.last_name, "Said")
    add.relation.setCurrentIndex(add.relation.findData("figlio"))
    add.from_date.set_value(dt.date(2026, 10, 1))
    add.save()
    assert add.result_household is not None
    # the new person alone concerns nobody; the membership names household B
    assert (len(reloads_a), len(reloads_b)) == (1, 1)
    assert len(window_b.data.case.household.members) == 2

    db.hub.emit(Changes.of(cases=["someone-else"], people=["nobody"]))
    assert (len(reloads_a), len(reloads_b)) == (1, 1)
    db.hub.emit(Changes.all())  # a bundle import: everything may have changed
    assert (len(reloads_a), len(reloads_b)) == (2, 2)


def test_opening_a_document_is_an_audited_write(qtbot, env, db, ctx, monkeypatch):
    case, _ = make_case(db, ctx)
    doc = documents.attach_document(
        db, ctx, doc_type="isee", title="ISEE", source=b"%PDF", filename="isee.pdf",
        case_id=case.id,
    )  # fmt: skip
    window, reloads = counted(qtbot, env, case.id)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    ear = Ear(env, Aggregate.AUDIT)
    qtbot.addWidget(ear)
    heard = ear.heard
    tab = window.documents
    tab.documents.selectRow(0)
    tab.open_current()
    # a decrypted copy for the viewer (the store keeps the file encrypted)
    assert opened and "/tmp/open-" in opened[0]
    assert Path(opened[0]).read_bytes().startswith(b"%PDF")
    assert heard[-1].initiator is tab.open_button
    assert count(db, AuditEntry, AuditEntry.action == "open", AuditEntry.entity_id == doc.id) == 1
    assert reloads == [], "an audit entry is no reason to reload"
    assert tab.open_button.isEnabled()


def test_the_list_reloads_once_after_a_new_referral(qtbot, env, monkeypatch):
    page = CasesPage(env)
    qtbot.addWidget(page)
    reloads: list[int] = []
    original = page.reload
    page.reload = lambda: reloads.append(1) or original()
    during: list[int] = []

    def fill_and_save(dialog: NewCaseDialog) -> int:
        qtbot.keyClicks(dialog.ui.first_name, "Amina")
        qtbot.keyClicks(dialog.ui.last_name, "Haddad")
        qtbot.keyClicks(dialog.ui.birth_date, "12/03/1990")
        dialog.save()  # person, household, case: three writes by the dialog
        during.append(len(reloads))
        return dialog.result()

    monkeypatch.setattr(NewCaseDialog, "exec", fill_and_save)
    page.new_case()
    assert during == [0], "the dialog's own writes wait for the end"
    assert len(reloads) == 1
    row = page.current_row()
    assert row is not None and row.head_name == "Amina Haddad"
    window = page.windows[row.id]
    qtbot.addWidget(window)
    assert isinstance(window, CaseFileWindow)

    db_hub_changes = Changes.of(cases=[row.id])
    env.db.hub.emit(db_hub_changes)  # anyone else's change reloads the list
    assert len(reloads) == 2


def test_an_older_reading_finishing_late_is_not_shown(qtbot, env, db, ctx):
    case, _ = make_case(db, ctx, "Amina", "Haddad")
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    first = window.data
    assert first is not None
    window.reload()  # a newer reading has been asked for meanwhile
    newest = window.data
    shown: list[object] = []
    window.show_data = shown.append
    window._show_if_newest(first, window._reading - 1)
    assert shown == []
    window._show_if_newest(newest, window._reading)
    assert shown == [newest]
