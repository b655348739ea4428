"""Two people, two windows, one database (on PostgreSQL: one server database): both edit
the same case; the second save shows who changed it and when, both values, and the merge
she chooses lands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton

from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from rts_desktop.services import operators
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import people
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.common.edit_conflict_dialog import EditConflictDialog
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import SyncRunner
from tests.accounts import login
from tests.conftest import FIXED_NOW
from tests.ui.cases.helpers_edit import make_case

CLICK = Qt.MouseButton.LeftButton


def person_env(db, ctx, username: str, full_name: str) -> UiEnv:
    """A second PC: its own connection to the same database, its own operator."""
    who = operators.create_operator(db, ctx, username, full_name, "coordinatore")
    acting = ActingContext(
        device_id=db.device_id, operator_id=who.id, role=Role.COORDINATORE, clock=lambda: FIXED_NOW
    )
    return UiEnv(db, acting, SyncRunner())


@pytest.fixture
def two(db, ctx, db_path):
    other_db = login(db_path)  # the second PC opens the same database
    anna = person_env(db, ctx, "anna", "Anna Rossi")
    bruno = person_env(other_db, ctx, "bruno", "Bruno Verdi")
    yield anna, bruno
    other_db.close()


def conflict_dialog() -> EditConflictDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, EditConflictDialog)]
    visible = [w for w in found if w.isVisible()]
    assert len(visible) == 1, "the conflict dialog is shown"
    return visible[0]


def test_second_save_shows_the_conflict_and_the_merge_lands(qtbot, db, ctx, two):
    anna, bruno = two
    case, _head = make_case(db, ctx)
    window_a, window_b = CaseFileWindow(anna, case.id), CaseFileWindow(bruno, case.id)
    qtbot.addWidget(window_a)
    qtbot.addWidget(window_b)
    edit_a = window_a.actions.case_dialog("edit")
    edit_b = window_b.actions.case_dialog("edit")  # both opened before either saved
    qtbot.addWidget(edit_a)
    qtbot.addWidget(edit_b)
    edit_a.show(), edit_b.show()

    qtbot.keyClicks(edit_a.summary, "Sfratto esecutivo a marzo")
    qtbot.keyClicks(edit_a.social_worker, "Dott.ssa Neri")
    qtbot.mouseClick(edit_a.buttons.button(edit_a.buttons.StandardButton.Ok), CLICK)
    assert edit_a.result_case is not None

    qtbot.keyClicks(edit_b.summary, "Nucleo con due minori")
    qtbot.keyClicks(edit_b.contact, "sst1@comune.milano.it")
    qtbot.mouseClick(edit_b.buttons.button(edit_b.buttons.StandardButton.Ok), CLICK)
    assert edit_b.result_case is None, "nothing saved over Anna's change"
    dialog = conflict_dialog()
    assert dialog.findChild(QLabel, "conflict_who").text() == "Modificato da Anna Rossi alle 11:00."
    mine = dialog.findChild(QRadioButton, "mine_summary")
    theirs = dialog.findChild(QRadioButton, "theirs_summary")
    assert (mine.text(), theirs.text()) == ("Nucleo con due minori", "Sfratto esecutivo a marzo")
    assert mine.isChecked(), "her own change is preselected"
    # the social worker only Anna changed: hers (theirs) is preselected, not Bruno's empty one
    assert dialog.findChild(QRadioButton, "theirs_sst_social_worker").isChecked()
    assert dialog.findChild(QRadioButton, "mine_sst_contact") is None, "only Bruno changed it"
    assert edit_b.summary.toPlainText() == "Nucleo con due minori", "what she typed stays"
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_merged"), CLICK)

    assert edit_b.result_case is not None
    saved = cases.get_case(db, ctx, case.id)
    assert saved.summary == "Nucleo con due minori"  # her choice
    assert saved.sst_social_worker == "Dott.ssa Neri"  # Anna's change kept
    assert saved.sst_contact == "sst1@comune.milano.it"  # Bruno's own change


def test_keep_theirs_on_the_person_form(qtbot, db, ctx, two):
    anna, bruno = two
    case, head = make_case(db, ctx)
    window_a, window_b = CaseFileWindow(anna, case.id), CaseFileWindow(bruno, case.id)
    qtbot.addWidget(window_a)
    qtbot.addWidget(window_b)
    form_a = window_a.actions.edit_person_dialog(head.id)
    form_b = window_b.actions.edit_person_dialog(head.id)
    qtbot.addWidget(form_a)
    qtbot.addWidget(form_b)
    qtbot.keyClicks(form_a.phone, "333 1111111")
    form_a.save()
    assert form_a.result_person is not None
    qtbot.keyClicks(form_b.phone, "333 2222222")
    form_b.save()
    dialog = conflict_dialog()
    assert dialog.findChild(QRadioButton, "theirs_phone").text() == "333 1111111"
    qtbot.mouseClick(dialog.findChild(QPushButton, "keep_theirs"), CLICK)
    assert form_b.result_person is not None
    assert people.get_beneficiary(db, ctx, head.id).phone == "333 1111111"


def test_goal_form_conflict_merges_per_field(qtbot, db, ctx, two):
    from rts_desktop.services.plans import plan as plans
    from rts_desktop.ui.plans.goal_dialogs import GoalDialog
    from tests.services.plans.test_plans import draft_with_goals
    from tests.services.plans.test_plans import make_case as plan_case

    anna, bruno = two
    plan = draft_with_goals(db, ctx, plan_case(db, ctx).id)
    goal = plan.goals[1]
    form_a = GoalDialog(anna, plan.id, goal)
    form_b = GoalDialog(bruno, plan.id, goal)
    qtbot.addWidget(form_a)
    qtbot.addWidget(form_b)
    qtbot.keyClicks(form_a.indicator, "un contratto di sei mesi")
    form_a.save()
    form_b.title.setPlainText("Trovare lavoro come cuoco")
    qtbot.keyClicks(form_b.indicator, "un colloquio al mese")
    form_b.save()
    dialog = conflict_dialog()
    assert dialog.findChild(QRadioButton, "mine_title") is None, "only she changed the title"
    theirs = dialog.findChild(QRadioButton, "theirs_indicator")
    assert theirs.text() == "un contratto di sei mesi" and not theirs.isChecked()
    theirs.setChecked(True)
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_merged"), CLICK)
    saved = next(g for g in plans.get_plan(db, plan.id).goals if g.id == goal.id)
    assert (saved.title, saved.indicator) == (
        "Trovare lavoro come cuoco",
        "un contratto di sei mesi",
    )


def test_event_form_conflict_shows_times_and_names_and_merges(qtbot, db, ctx, two):
    import dataclasses
    import datetime as dt

    from rts_desktop.services.calendar import events as cal
    from rts_desktop.ui.calendar.event_dialog import EventDialog

    anna, bruno = two
    start = dt.datetime(2026, 12, 4, 8, tzinfo=dt.UTC)  # 09:00 in Milan
    event = cal.create_event(
        db,
        ctx,
        cal.EventInput(
            area="colloquio", title="Colloquio", starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
        ),
    )  # fmt: skip
    form_b = EventDialog(bruno, event=event)  # Bruno opens it, then Anna moves it
    qtbot.addWidget(form_b)
    moved = dataclasses.replace(
        cal.EventInput(**{f: getattr(event, f) for f in ("title", "starts_at", "ends_at")},
                       area="colloquio"),
        title="Colloquio con l'assistente sociale",
        starts_at=start + dt.timedelta(hours=2),
        ends_at=start + dt.timedelta(hours=3),
        organizer_id=anna.ctx.operator_id,
    )  # fmt: skip
    cal.update_event(db, anna.ctx, event.id, moved, expected_version=event.version)

    form_b.form.title.setText("Colloquio di verifica")
    qtbot.keyClicks(form_b.form.place, "Ufficio di via Padova")
    qtbot.mouseClick(form_b.buttons.button(form_b.buttons.StandardButton.Save), CLICK)
    assert form_b.saved is None, "nothing saved over Anna's change"
    dialog = conflict_dialog()
    assert dialog.findChild(QLabel, "conflict_who").text().startswith("Modificato da Anna Rossi")
    assert dialog.findChild(QRadioButton, "theirs_starts_at").text() == "04/12/2026 11:00"
    assert dialog.findChild(QRadioButton, "mine_starts_at").text() == "04/12/2026 09:00"
    assert dialog.findChild(QRadioButton, "theirs_starts_at").isChecked(), "only Anna moved it"
    assert dialog.findChild(QRadioButton, "theirs_organizer_id").text() == "Anna Rossi"
    assert dialog.findChild(QRadioButton, "mine_title").isChecked()
    assert dialog.findChild(QRadioButton, "mine_place") is None, "only Bruno wrote a place"
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_merged"), CLICK)

    assert form_b.saved is not None
    saved = cal.get_event(db, event.id)
    assert saved.title == "Colloquio di verifica"  # his choice
    assert saved.place == "Ufficio di via Padova"  # his own change
    assert saved.starts_at.replace(tzinfo=dt.UTC) == start + dt.timedelta(hours=2)  # Anna's
    assert saved.organizer_id == anna.ctx.operator_id  # Anna's


def test_event_repetitions_in_conflict_are_said_in_words(qtbot, db, ctx, two):
    import dataclasses
    import datetime as dt

    from rts_desktop.services.calendar import events as cal
    from rts_desktop.ui.calendar.event_dialog import EventDialog
    from rts_desktop.ui.calendar.style import weekday_names

    anna, bruno = two
    start = dt.datetime(2026, 12, 4, 8, tzinfo=dt.UTC)  # a Friday, 09:00 in Milan
    data = cal.EventInput(
        area="colloquio", title="Bilancio familiare", starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
    )  # fmt: skip
    event = cal.create_event(db, ctx, data)
    form_b = EventDialog(bruno, event=event)
    qtbot.addWidget(form_b)
    weekly = dataclasses.replace(data, rrule="FREQ=WEEKLY;BYDAY=FR;COUNT=10")
    cal.update_event(db, anna.ctx, event.id, weekly, expected_version=event.version)

    form_b.form.recurrence.set_rule("FREQ=DAILY;UNTIL=20261218")
    qtbot.mouseClick(form_b.buttons.button(form_b.buttons.StandardButton.Save), CLICK)
    assert form_b.saved is None
    dialog = conflict_dialog()
    friday = weekday_names()[4]
    assert dialog.findChild(QRadioButton, "theirs_rrule").text() == (
        f"Ogni settimana: {friday} · 10 volte"
    )
    assert dialog.findChild(QRadioButton, "mine_rrule").text() == "Ogni giorno · fino al 18/12/2026"
    qtbot.mouseClick(dialog.findChild(QPushButton, "keep_theirs"), CLICK)
    assert cal.get_event(db, event.id).rrule == "FREQ=WEEKLY;BYDAY=FR;COUNT=10"


def test_plan_summary_conflict_keeps_theirs_or_hers(qtbot, db, ctx, two):
    from rts_desktop.services.plans import plan as plans
    from rts_desktop.ui.plans.plan_editor import PlanEditor
    from tests.services.plans.test_plans import make_case as plan_case

    anna, bruno = two
    case_id = plan_case(db, ctx).id
    plans.create_draft(db, ctx, case_id)
    editor_a, editor_b = PlanEditor(anna, case_id), PlanEditor(bruno, case_id)
    qtbot.addWidget(editor_a)
    qtbot.addWidget(editor_b)
    qtbot.keyClicks(editor_a.summary, "Casa e lavoro entro l'estate")
    editor_a.save_summary_text()
    assert editor_a.plan.summary == "Casa e lavoro entro l'estate"

    qtbot.keyClicks(editor_b.summary, "Prima il lavoro")
    editor_b.save_summary_text()
    dialog = conflict_dialog()
    assert dialog.findChild(QLabel, "conflict_who").text().startswith("Modificato da Anna Rossi")
    mine = dialog.findChild(QRadioButton, "mine_summary")
    theirs = dialog.findChild(QRadioButton, "theirs_summary")
    assert (mine.text(), theirs.text()) == ("Prima il lavoro", "Casa e lavoro entro l'estate")
    assert plans.get_plan(db, editor_a.plan.id).summary == "Casa e lavoro entro l'estate"
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_merged"), CLICK)  # hers
    assert plans.get_plan(db, editor_a.plan.id).summary == "Prima il lavoro"
    assert editor_b.plan.summary == "Prima il lavoro" and not editor_b.is_dirty()


def test_fse_sheet_conflict_merges_and_keeps_art9_answers_out_of_sight(qtbot, db, ctx, two):
    import dataclasses
    import datetime as dt

    from rts_desktop.services.cases import fse

    anna, bruno = two
    case, head = make_case(db, ctx)
    entry = fse.SheetInput(
        case.id, head.id, "ingresso", dt.date(2026, 10, 1), "disoccupato",
        disadvantages=("senza_dimora", "minoranza"), migrant_background="si",
        special_asked_on=dt.date(2026, 10, 1),
    )  # fmt: skip
    first = fse.record_sheet(db, ctx, entry)
    window_b = CaseFileWindow(bruno, case.id)
    qtbot.addWidget(window_b)
    form_b = window_b.fse.make_dialog("ingresso")  # Bruno opens the sheet (art. 9 hidden)
    qtbot.addWidget(form_b)
    assert form_b.existing is not None and form_b.existing.special_hidden
    changed = dataclasses.replace(
        entry, labour_status="occupato", disadvantages=("esclusione_abitativa", "minoranza")
    )
    fse.record_sheet(db, anna.ctx, changed, expected_version=first.version)  # Anna, meanwhile

    form_b.isced.setCurrentIndex(form_b.isced.findData(3))
    qtbot.mouseClick(form_b.buttons.buttons()[0], CLICK)
    assert form_b.result_sheet is None, "nothing saved over Anna's change"
    dialog = conflict_dialog()
    theirs_labour = dialog.findChild(QRadioButton, "theirs_labour_status")
    assert theirs_labour.text() == form_b.labour.itemText(form_b.labour.findData("occupato"))
    assert theirs_labour.isChecked(), "only Anna changed the work status"
    radios = dialog.findChildren(QRadioButton)
    assert "Esclusione abitativa" in dialog.findChild(QRadioButton, "theirs_disadvantages").text()
    assert not any("Minoranza" in b.text() + b.toolTip() for b in radios), "art. 9 stays hidden"
    special = ("migrant_background", "disability", "minority", "special_asked_on")
    assert not any(b.objectName().endswith(special) for b in radios)
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_merged"), CLICK)

    assert form_b.result_sheet is not None
    stored = fse.reveal_sheet_special(db, ctx, form_b.result_sheet.id, "verifica del test")
    assert (stored.labour_status, stored.isced_level) == ("occupato", 3)  # Anna's, Bruno's
    assert set(stored.disadvantages) == {"esclusione_abitativa", "minoranza"}
    assert stored.migrant_background == "si"  # the hidden answers kept
