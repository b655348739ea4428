"""A closed case's file is consulted only: every editing control is disabled but reopening,
the diary notes, the follow-up, the FSE outcomes and exit sheet and the prints; the header
says why; reopening enables the controls again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rts_desktop.models import Note
from rts_desktop.models.vocab import SheetMoment
from rts_desktop.services.cases import case as cases
from rts_desktop.services.housing import agreements
from rts_desktop.services.housing.agreements import AgreementInput
from rts_desktop.ui.cases.case_file import CaseFileWindow
from tests.ui.cases.helpers_edit import count, make_case

D = dt.date
NOTE = "Caso concluso: solo consultazione; puoi riaprirlo o aggiungere note e follow-up."


def closed_case(db, ctx):
    case, head = make_case(db, ctx)
    cases.accept_referral(db, ctx, case.id, D(2026, 9, 1))
    cases.activate(db, ctx, case.id, D(2026, 9, 2))
    agreements.create_agreement(db, ctx, AgreementInput(case.id, D(2026, 9, 2), 6, 5_000, "2026.1"))
    cases.close(db, ctx, case.id, D(2026, 10, 31), "Trasferita dalla sorella", "rientro_famiglia")
    return case, head


def buttons(window, *names):
    return {n: window.findChild(QPushButton, n).isEnabled() for n in names}


EDITING = (
    "edit_person",
    "add_member",
    "end_membership",
    "edit_case",
    "assign_educator",
    "attach_document",
    "record_entry_sheet",
    "new_version",
    "new_assessment",
    "new_agreement",
    "add_warning",
    "update_months",
)
STILL_ALLOWED = ("export_person", "record_follow_up", "record_exit_sheet", "record_outcome")


def test_closed_case_is_read_only_but_notes_follow_up_and_reopen_work(qtbot, env, db, ctx):
    case, _head = closed_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.agreement_tab.agreement.count() == 1)
    assert window.read_only_note.isVisible() and window.read_only_note.text() == NOTE
    assert set(buttons(window, *EDITING).values()) == {False}
    assert set(buttons(window, *STILL_ALLOWED).values()) == {True}
    assert window.action_buttons["reopen"].isEnabled()
    assert window.findChild(QPushButton, "edit_case").toolTip() == (
        "Caso concluso: solo consultazione."
    )
    # the plan is consulted only: no new version; the assessment history too
    assert window.plan_editor.summary.isReadOnly()
    # a closed case's exit sheet dialog records the exit sheet only
    sheet = window.fse.make_dialog(SheetMoment.INGRESSO)
    qtbot.addWidget(sheet)
    assert sheet.moment.currentData() == SheetMoment.USCITA and not sheet.moment.isEnabled()

    # a note can still be written
    diary = window.diary
    window.tabs.setCurrentWidget(diary)
    assert diary.save_button.isEnabled()
    qtbot.keyClicks(diary.text, "Telefonata: la signora sta bene dalla sorella.")
    qtbot.mouseClick(diary.save_button, Qt.MouseButton.LeftButton)
    assert count(db, Note) == 1

    # the follow-up too
    assert window.follow_up_button.isEnabled()
    follow = window.actions.case_dialog("follow_up")
    qtbot.addWidget(follow)
    qtbot.keyClicks(follow.notes, "Vive con la sorella, lavora part-time.")
    follow.save()
    assert follow.result_case is not None and follow.result_case.follow_up_done == ctx.today()

    # reopening gives the controls back
    reopen = window.make_action_dialog("reopen")
    qtbot.addWidget(reopen)
    qtbot.keyClicks(reopen.reason, "Nuova segnalazione del Municipio")
    reopen.confirm()
    assert reopen.result_case.status == "in_valutazione"
    qtbot.waitUntil(lambda: not window.read_only_note.isVisible())
    assert set(buttons(window, *EDITING).values()) == {True}
    assert window.findChild(QPushButton, "edit_case").toolTip() == ""
