"""The calendar as an educator uses it: her week, a new recurring group, dragging an event,
attendance and the foglio firme, month and agenda views, keyboard navigation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from rts_desktop.models import Change
from rts_desktop.services.calendar import attendance
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar.printing import attendance_document
from rts_desktop.services.calendar.queries import occurrences
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.ui.calendar import actions, event_dialog
from rts_desktop.ui.calendar.agenda import AgendaModel
from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.calendar.page import CalendarPage
from rts_desktop.ui.calendar.style import local as wall
from tests.services.calendar.test_calendar import local, meeting, team  # noqa: F401 - fixture


@pytest.fixture
def page(env, qtbot):
    widget = CalendarPage(env)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def asked(monkeypatch):
    """Questions answered "yes" and recorded."""
    questions: list[str] = []

    def ask(_parent, _title, text):
        questions.append(text)
        return True

    monkeypatch.setattr(event_dialog, "ask", ask)
    return questions


def single(team, day: int, hour: int, **changes):  # noqa: F811
    return meeting(
        team, rrule=None, starts_at=local(2026, 11, day, hour),
        ends_at=local(2026, 11, day, hour + 1), **changes,
    )  # fmt: skip


def changes(db) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(Change))


def drag(grid, qtbot, start: QPointF, end: QPointF) -> None:
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start.toPoint())
    for point in (start + QPointF(0, 10), end):
        move = QMouseEvent(
            QEvent.Type.MouseMove, point, grid.mapToGlobal(point), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(grid, move)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end.toPoint())


def test_week_shows_events_with_time_and_area_label(db, ctx, env, team, page):  # noqa: F811
    calendar.create_event(db, ctx, meeting(team))  # Tuesdays 18:00 until 24 November
    assert page.range_label.text() == "23/11 – 29/11/2026"
    (block,) = page.grid.blocks
    assert wall(block[1].start) == dt.datetime(2026, 11, 24, 18)
    assert block[1].title == "Gruppo del martedì"
    assert page.status.text().startswith("1 appuntamento")
    page.step(1)
    assert page.grid.blocks == [] and page.range_label.text() == "30/11 – 06/12/2026"
    page.go_today()
    assert len(page.grid.blocks) == 1


def test_filters_narrow_the_week(db, ctx, env, team, page):  # noqa: F811
    calendar.create_event(db, ctx, single(team, 24, 10))
    calendar.create_event(db, ctx, single(team, 25, 10, organizer_id=team["luca"],
                                          apartment_id=None, area="lavoro"))  # fmt: skip
    assert len(page.grid.blocks) == 2
    page.educator.setCurrentIndex(page.educator.findData(team["luca"]))
    assert [o.area for _r, o in page.grid.blocks] == ["lavoro"]
    page.educator.setCurrentIndex(0)
    page.area.setCurrentIndex(page.area.findData("socializzazione"))
    assert [o.organizer_id for _r, o in page.grid.blocks] == [team["anna"]]


def test_create_recurring_financial_group_for_three(db, ctx, env, team, qtbot, asked):  # noqa: F811
    third = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Ştefan", last_name="Popa")
    )
    dialog = EventDialog(env, start=dt.datetime(2026, 12, 1, 17, 30))
    qtbot.addWidget(dialog)
    form = dialog.form
    form.area.setCurrentIndex(form.area.findData("educazione_finanziaria"))
    qtbot.keyClicks(form.title, "Laboratorio: il bilancio familiare")
    form.organizer.setCurrentIndex(form.organizer.findData(team["anna"]))
    for query in ("Diallo", "Van An", "Popa"):
        qtbot.keyClicks(form.people.search, query)
        qtbot.keyClick(form.people.search, Qt.Key.Key_Return)
    assert form.people.chosen.count() == 3
    form.recurrence.freq.setCurrentIndex(2)  # weekly
    assert form.recurrence.days[1].isChecked()  # Tuesday, the start's weekday
    form.recurrence.count.setValue(6)
    dialog.save()
    saved = dialog.saved
    assert saved is not None and asked == []
    assert saved.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
    assert set(saved.beneficiary_ids) == {team["ben1"], team["ben2"], third.id}
    found = occurrences(db, local(2026, 12, 1), local(2027, 2, 1))
    assert [wall(o.start).strftime("%d/%m %H:%M") for o in found][-1] == "05/01 17:30"


def test_a_weekly_repeat_takes_the_weekday_of_the_chosen_start(db, ctx, env, team, qtbot, asked):  # noqa: F811
    dialog = EventDialog(env, start=dt.datetime(2026, 12, 1, 17, 30))  # opened on a Tuesday
    qtbot.addWidget(dialog)
    form = dialog.form
    qtbot.keyClicks(form.title, "Gruppo di ricerca lavoro")
    form.organizer.setCurrentIndex(form.organizer.findData(team["anna"]))
    form.recurrence.freq.setCurrentIndex(2)  # weekly
    form.day.set_value(dt.date(2026, 12, 3))  # then the start moves to Thursday
    assert [b.isChecked() for b in form.recurrence.days] == [i == 3 for i in range(7)]
    form.recurrence.count.setValue(4)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.rrule == "FREQ=WEEKLY;BYDAY=TH;COUNT=4"
    # days the person picked herself stay as she picked them
    again = EventDialog(env, start=dt.datetime(2026, 12, 1, 9))
    qtbot.addWidget(again)
    again.form.recurrence.freq.setCurrentIndex(2)
    qtbot.mouseClick(again.form.recurrence.days[4], Qt.MouseButton.LeftButton)  # + Friday
    again.form.day.set_value(dt.date(2026, 12, 2))
    assert [b.isChecked() for b in again.form.recurrence.days] == [i in (1, 4) for i in range(7)]


def test_a_start_outside_the_repeat_days_is_said_plainly(db, ctx):
    from rts_desktop.kernel.errors import ValidationError
    from rts_desktop.services.calendar.recurrence import Series

    start = dt.datetime(2026, 12, 1, 16, 30, tzinfo=dt.UTC)  # a Tuesday
    with pytest.raises(ValidationError) as refused:
        Series.compile(start, start + dt.timedelta(hours=1), "FREQ=WEEKLY;BYDAY=TH;COUNT=4")
    assert "non nel giorno scelto" in refused.value.message
    assert "regola" not in refused.value.message


def test_bad_input_shows_inline_and_writes_nothing(db, ctx, env, qtbot):
    dialog = EventDialog(env, start=dt.datetime(2026, 12, 1, 10))
    qtbot.addWidget(dialog)
    before = changes(db)
    dialog.save()
    assert dialog.saved is None
    assert dialog.form.errors.message("title") != ""
    assert changes(db) == before
    dialog.form.area.setCurrentIndex(dialog.form.area.findData("mediazione"))
    assert dialog.form.right_form.isRowVisible(dialog.form.mediation_rows[0])


def test_double_booking_warned_before_saving(db, ctx, env, team, qtbot, asked):  # noqa: F811
    calendar.create_event(db, ctx, single(team, 26, 10))
    dialog = EventDialog(env, start=dt.datetime(2026, 11, 26, 10, 30))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.title, "Colloquio")
    dialog.form.organizer.setCurrentIndex(dialog.form.organizer.findData(team["anna"]))
    dialog.save()
    assert len(asked) == 1 and "già impegnato" in asked[0]
    assert "già impegnato" in dialog.warning.text()
    assert dialog.saved is not None


def test_drag_moves_event_and_warns_of_conflict(db, ctx, env, team, page, qtbot, asked):  # noqa: F811
    moving = calendar.create_event(db, ctx, single(team, 24, 10))
    calendar.create_event(db, ctx, single(team, 25, 14, beneficiary_ids=()))
    grid = page.grid
    occ = next(o for _r, o in grid.blocks if o.event_id == moving.id)
    rect = grid.block_rect(occ)
    start = QPointF(rect.center().x(), rect.top() + 5)
    target_x = grid.GUTTER + 2.5 * grid._col_w()  # Wednesday
    target_y = grid._y(dt.datetime(2026, 11, 25, 14)) + 5
    drag(grid, qtbot, start, QPointF(target_x, target_y))
    assert len(asked) == 1 and "Anna Bianchi" not in asked[0] and "già impegnato" in asked[0]
    moved = calendar.get_event(db, moving.id)
    assert wall(moved.starts_at) == dt.datetime(2026, 11, 25, 14)
    assert wall(moved.ends_at) == dt.datetime(2026, 11, 25, 15)
    assert any(wall(o.start).day == 25 and o.event_id == moving.id for _r, o in grid.blocks)


def test_dragging_one_occurrence_of_a_series(db, ctx, env, team, page, qtbot, monkeypatch):  # noqa: F811
    monkeypatch.setattr(actions, "choose_scope", lambda _parent: "one")
    event = calendar.create_event(db, ctx, meeting(team))
    grid = page.grid
    ((rect, occ),) = grid.blocks
    drag(grid, qtbot, QPointF(rect.center().x(), rect.top() + 4),
         QPointF(rect.center().x(), grid._y(dt.datetime(2026, 11, 24, 16)) + 4))  # fmt: skip
    stored = calendar.get_event(db, event.id)
    (exc,) = stored.exceptions
    assert exc.original_start == occ.original_start
    assert wall(exc.new_start) == dt.datetime(2026, 11, 24, 16)
    assert wall(stored.starts_at) == dt.datetime(2026, 10, 6, 18)  # the series stays


def test_attendance_marked_and_sheet_printed(db, ctx, env, team, qtbot):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    when = local(2026, 11, 17, 18)
    dialog = AttendanceDialog(env, event.id, when)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    names = [dialog.table.item(n, 1).text() for n in range(2)]
    assert names == ["Diallo Amina", "Văn An Nguyễn"]
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("presente"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("giustificato"))
    dialog.save()
    marks = attendance.attendance_for_beneficiary(db, team["ben1"])
    assert [(m.status, m.occurrence_start) for m in marks] == [("presente", when)]
    doc = attendance_document(db, event.id, when, dt.date(2026, 11, 25))
    assert [p.name for p in doc.participants] == names
    assert doc.educators == ("Anna Bianchi",) and doc.place.startswith("A-01")
    again = AttendanceDialog(env, event.id, when)
    qtbot.addWidget(again)
    assert again.combos[1].currentData() == "giustificato"
    again.print_sheet()
    assert again.preview is not None and again.preview.page_count() == 1
    italian = again.preview.pdf
    again.preview.language.setCurrentIndex(again.preview.language.findData("en"))
    assert again.preview.pdf != italian  # made again, in English
    assert again.preview.lang == "en"
    again.preview.close()


def test_month_and_agenda_views(db, ctx, env, team, page, qtmodeltester):  # noqa: F811
    calendar.create_event(db, ctx, meeting(team))
    page.set_view("month")
    assert page.range_label.text() == "Novembre 2026"
    assert page.stack.currentWidget() is page.month
    assert [t for t, _c in page.month.by_day[dt.date(2026, 11, 10)]] == [
        "18:00 Socializzazione · Gruppo del martedì"
    ]
    page.month.day_activated.emit(dt.date(2026, 11, 10))
    assert page.view == "day" and page.range_label.text() == "10/11/2026"
    page.set_view("agenda")
    model = page.agenda_model
    assert isinstance(model, AgendaModel) and model.rowCount() == 3  # 10, 17 and 24 Nov
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Socializzazione"
    assert "Diallo Amina" in model.index(0, 5).data()


def test_keyboard_navigation(db, ctx, env, team, page, qtbot, monkeypatch):  # noqa: F811
    shown: list[EventDialog] = []
    monkeypatch.setattr(actions.EventDialog, "exec", lambda self: shown.append(self) or 0)
    calendar.create_event(db, ctx, meeting(team))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)
    assert page.grid.selected is not None
    opened = []
    page.grid.open_requested.connect(opened.append)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert opened == [page.grid.selected]
    assert shown[0].form.title.text() == "Gruppo del martedì"
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    assert page.range_label.text() == "30/11 – 06/12/2026"
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    assert page.range_label.text() == "16/11 – 22/11/2026"
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.range_label.text() == "23/11 – 29/11/2026"


def test_month_lists_busy_days_as_counts_until_there_is_room(db, ctx, env, team, page, qtbot):  # noqa: F811
    """A busy day is read as counts only; enlarging the window reads its events."""
    for n in range(9):
        kind = "colloquio" if n < 6 else "lavoro"
        calendar.create_event(db, ctx, single(team, 12, 8 + n, area=kind, title=f"Turno {n}"))
    calendar.create_event(db, ctx, single(team, 13, 9, title="Unico"))
    page.set_view("month")
    month = page.month
    room = month.room()
    assert 0 < room < 9
    busy, quiet = dt.date(2026, 11, 12), dt.date(2026, 11, 13)
    assert page.loaded.month.detailed >= {quiet} and busy not in page.loaded.month.detailed
    assert not month.listable(busy, room) and month.count(busy) == 9
    assert [t for t, _c in month.summary(busy)] == ["Colloquio: 6", "Lavoro: 3"]
    assert [t for t, _c in month.by_day[quiet]] == ["09:00 Socializzazione · Unico"]
    assert busy not in month.by_day
    assert page.status.text() == "10 appuntamenti"
    page.resize(1200, 1900)  # tall enough for nine lines a day: the month asks for them
    qtbot.waitUntil(lambda: busy in page.loaded.month.detailed)
    assert month.room() >= 9 and month.listable(busy, month.room())
    assert [t for t, _c in month.by_day[busy]][:2] == [
        "08:00 Colloquio · Turno 0",
        "09:00 Colloquio · Turno 1",
    ]
