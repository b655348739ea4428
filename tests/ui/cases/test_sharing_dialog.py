"""The coordinator shares a case from its file and names the social worker who follows
it; the educator it was shared with then sees it, until the share ends."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from rts_desktop.models.vocab import Role
from rts_desktop.services import operators
from rts_desktop.services.cases import case_list, sharing
from rts_desktop.ui.cases.case_file import CaseFileWindow
from tests.ui.cases.helpers_edit import make_case

CLICK = Qt.MouseButton.LeftButton


def test_share_end_and_social_worker_from_the_case_file(qtbot, env, db, ctx):
    case, _head = make_case(db, ctx)
    bruno = operators.create_operator(db, ctx, "bruno", "Bruno Verdi", "educatore")
    sara = operators.create_operator(db, ctx, "sara", "Sara Neri", "assistente_sociale")
    as_bruno = dataclasses.replace(ctx, role=Role.EDUCATORE, operator_id=bruno.id)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    window.show()
    dialog = window.actions.sharing_dialog()
    qtbot.addWidget(dialog)
    dialog.operator.setCurrentIndex(dialog.operator.findData(bruno.id))
    qtbot.mouseClick(dialog.share_button, CLICK)
    assert "obbligatorio" in dialog.errors.message("reason").lower()
    assert dialog.shares.model().rowCount() == 0
    qtbot.keyClicks(dialog.reason, "Sostituzione per ferie")
    qtbot.mouseClick(dialog.share_button, CLICK)
    assert dialog.shares.model().rowCount() == 1
    assert case.id in {r.id for r in case_list.list_case_rows(db, ctx.today(), ctx=as_bruno)}
    dialog.worker.setCurrentIndex(dialog.worker.findData(sara.id))
    qtbot.mouseClick(dialog.worker_button, CLICK)
    as_sara = dataclasses.replace(ctx, role=Role.ASSISTENTE_SOCIALE, operator_id=sara.id)
    assert case.id in {r.id for r in case_list.list_case_rows(db, ctx.today(), ctx=as_sara)}
    dialog.shares.selectRow(0)
    qtbot.mouseClick(dialog.end_button, CLICK)
    (ended,) = sharing.list_shares(db, case.id)
    assert ended.to_date == ctx.today()


def test_only_coordinators_see_the_button(qtbot, db, ctx):
    from rts_desktop.ui.env import UiEnv
    from rts_desktop.ui.worker import SyncRunner

    case, _head = make_case(db, ctx)
    for role, shown in ((Role.COORDINATORE, True), (Role.ASSISTENTE_SOCIALE, False)):
        env = UiEnv(db, dataclasses.replace(ctx, role=role), SyncRunner())
        if role == Role.ASSISTENTE_SOCIALE:
            worker = operators.create_operator(db, ctx, "sara", "Sara Neri", "assistente_sociale")
            sharing.set_case_social_worker(db, ctx, case.id, worker.id)
            env = UiEnv(db, dataclasses.replace(env.ctx, operator_id=worker.id), SyncRunner())
        window = CaseFileWindow(env, case.id)
        qtbot.addWidget(window)
        window.show()
        assert window.percorso.findChild(object, "share_case").isHidden() is not shown
