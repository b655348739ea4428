"""The calendar's writes go through ui/ops: one drag is one write session (one audit entry),
its changes reach the hub marked with the page as initiator, and the page reloads once;
dialogs write once and name themselves; the page ignores deadline sources it is not showing."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF
from sqlalchemy import select

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.models import AuditEntry
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar.events import MoveScope
from rts_desktop.ui.calendar import actions
from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.calendar.style import local as wall
from tests.services.calendar.test_calendar import local, meeting
from tests.ui.calendar.test_calendar_page import drag, single


@pytest.fixture
def writes(db, monkeypatch) -> list[object]:
    """The write sessions opened from now on (their acting contexts)."""
    opened: list[object] = []
    real = db.session

    @contextlib.contextmanager
    def session(ctx=None, *, write: bool = True) -> Iterator[object]:
        if write:
            opened.append(ctx)
        with real(ctx, write=write) as s:
            yield s

    monkeypatch.setattr(db, "session", session)
    return opened


@pytest.fixture
def heard(db) -> Iterator[list[Changes]]:
    """What the hub announces from now on."""
    found: list[Changes] = []
    stop = db.hub.subscribe(found.append)
    yield found
    stop()


@pytest.fixture
def reloads(page, monkeypatch) -> list[int]:
    calls: list[int] = []
    real = page.reload

    def counting() -> None:
        calls.append(1)
        real()

    monkeypatch.setattr(page, "reload", counting)
    return calls


def audit_of(db, event_id: str) -> list[str]:
    with db.session(write=False) as s:
        stmt = select(AuditEntry.action).where(AuditEntry.entity_id == event_id)
        return list(s.scalars(stmt.order_by(AuditEntry.at, AuditEntry.id)))


def grab(grid, occ) -> QPointF:
    rect = grid.block_rect(occ)
    return QPointF(rect.center().x(), rect.top() + 4)


def test_a_drag_is_one_write_told_by_the_page(
    db,
    ctx,
    team,
    page,
    qtbot,
    asked,
    writes,
    heard,
    reloads,
):
    moving = calendar.create_event(db, ctx, single(team, 24, 10))
    other = calendar.create_event(db, ctx, single(team, 26, 10, title="Altro"))
    writes.clear()
    heard.clear()
    reloads.clear()
    grid = page.grid
    (occ,) = [o for _r, o in grid.blocks if o.event_id == moving.id]
    target = QPointF(grid.GUTTER + 2.5 * grid._col_w(), grid._y(dt.datetime(2026, 11, 25, 9)) + 4)
    drag(grid, qtbot, grab(grid, occ), target)
    assert len(writes) == 1
    assert audit_of(db, moving.id) == ["create", "update"]
    (told,) = heard
    assert told.initiator is page
    assert told.touches_record(Aggregate.EVENTS, moving.id)
    assert not told.touches_record(Aggregate.EVENTS, other.id)
    assert reloads == [1]  # the page shows its own move by reloading once
    assert wall(calendar.get_event(db, moving.id).starts_at) == dt.datetime(2026, 11, 25, 9)
    assert asked == []  # nothing else that day: no double-booking question


def test_dragging_one_occurrence_is_one_move_occurrence(
    db,
    ctx,
    team,
    page,
    qtbot,
    monkeypatch,
    writes,
    heard,
):
    monkeypatch.setattr(actions, "choose_scope", lambda _parent: MoveScope.ONE)
    event = calendar.create_event(db, ctx, meeting(team))
    writes.clear()
    heard.clear()
    ((rect, occ),) = page.grid.blocks
    drag(page.grid, qtbot, grab(page.grid, occ),
         QPointF(rect.center().x(), page.grid._y(dt.datetime(2026, 11, 24, 16)) + 4))  # fmt: skip
    assert len(writes) == 1
    assert audit_of(db, event.id) == ["create", "move_occurrence"]
    assert [c.initiator for c in heard] == [page]
    (exc,) = calendar.get_event(db, event.id).exceptions
    assert wall(exc.new_start) == dt.datetime(2026, 11, 24, 16)
    assert exc.new_end - exc.new_start == occ.end - occ.start


def test_dragging_the_series_shifts_every_occurrence_in_one_write(
    db,
    ctx,
    team,
    page,
    qtbot,
    monkeypatch,
    writes,
):
    monkeypatch.setattr(actions, "choose_scope", lambda _parent: "all")  # the old value works
    event = calendar.create_event(db, ctx, meeting(team))
    writes.clear()
    ((rect, occ),) = page.grid.blocks
    drag(page.grid, qtbot, grab(page.grid, occ),
         QPointF(rect.center().x(), page.grid._y(dt.datetime(2026, 11, 24, 17)) + 4))  # fmt: skip
    assert len(writes) == 1
    assert audit_of(db, event.id) == ["create", "update"]
    stored = calendar.get_event(db, event.id)
    assert wall(stored.starts_at) == dt.datetime(2026, 10, 6, 17)  # the first Tuesday too
    assert stored.ends_at - stored.starts_at == dt.timedelta(minutes=90)


def test_a_refused_double_booking_writes_nothing(
    db,
    ctx,
    team,
    page,
    qtbot,
    monkeypatch,
    writes,
    heard,
):
    moving = calendar.create_event(db, ctx, single(team, 24, 10))
    calendar.create_event(db, ctx, single(team, 25, 14, beneficiary_ids=()))
    monkeypatch.setattr(actions.event_dialog, "ask", lambda *_a: False)
    writes.clear()
    heard.clear()
    grid = page.grid
    (occ,) = [o for _r, o in grid.blocks if o.event_id == moving.id]
    target = QPointF(grid.GUTTER + 2.5 * grid._col_w(), grid._y(dt.datetime(2026, 11, 25, 14)) + 5)
    drag(grid, qtbot, grab(grid, occ), target)
    assert writes == [] and heard == []
    assert audit_of(db, moving.id) == ["create"]


def test_cancel_from_the_menu_goes_through_ops(
    db,
    ctx,
    team,
    qtbot,
    page,
    asked,
    writes,
    heard,
):
    event = calendar.create_event(db, ctx, meeting(team))
    writes.clear()
    heard.clear()
    ((_rect, occ),) = page.grid.blocks
    page.activateWindow()
    page.grid.setFocus()
    qtbot.waitUntil(page.grid.hasFocus)
    page.occurrence_actions.cancel_one(occ)
    assert page.grid.hasFocus()  # the page was disabled while it wrote: the focus is back
    assert len(writes) == 1 and [c.initiator for c in heard] == [page]
    assert audit_of(db, event.id) == ["create", "cancel_occurrence"]
    assert page.grid.blocks == []  # reloaded: the 24 November meeting is cancelled


def test_event_dialog_saves_once_as_itself(db, ctx, env, team, qtbot, asked, writes, heard):
    event = calendar.create_event(db, ctx, single(team, 24, 10))
    writes.clear()
    heard.clear()
    dialog = EventDialog(env, event=calendar.get_event(db, event.id))
    qtbot.addWidget(dialog)
    dialog.form.title.setText("Colloquio spostato")
    dialog.save()
    assert len(writes) == 1
    assert [c.initiator for c in heard] == [dialog]
    assert dialog.saved is not None and dialog.saved.title == "Colloquio spostato"
    assert dialog.result() == EventDialog.DialogCode.Accepted


def test_event_dialog_keeps_a_stale_edit_open(db, ctx, env, team, qtbot, asked):
    from PySide6.QtWidgets import QApplication

    from rts_desktop.ui.common.edit_conflict_dialog import EditConflictDialog

    event = calendar.create_event(db, ctx, single(team, 24, 10))
    dialog = EventDialog(env, event=calendar.get_event(db, event.id))
    qtbot.addWidget(dialog)
    calendar.update_event(db, ctx, event.id, single(team, 24, 11))  # someone else, meanwhile
    dialog.form.title.setText("Mio titolo")
    dialog.save()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, EditConflictDialog)]
    conflict = next(w for w in shown if w.isVisible())
    assert dialog.saved is None and "starts_at" in conflict.groups
    conflict.reject()  # she gives up the merge: nothing saved, her form still open
    assert dialog.saved is None and dialog.form.title.text() == "Mio titolo"
    assert calendar.get_event(db, event.id).title == "Gruppo del martedì"


def test_attendance_saves_every_mark_in_one_write(db, ctx, env, team, qtbot, writes, heard):
    event = calendar.create_event(db, ctx, meeting(team))
    dialog = AttendanceDialog(env, event.id, local(2026, 11, 17, 18))
    qtbot.addWidget(dialog)
    writes.clear()
    heard.clear()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("presente"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("assente"))
    dialog.save()
    assert len(writes) == 1
    assert [c.initiator for c in heard] == [dialog]
    assert audit_of(db, event.id) == ["create", "attendance", "attendance"]
    assert [m.status for m in dialog.saved] == ["presente", "assente"]
    assert dialog.result() == AttendanceDialog.DialogCode.Accepted


def test_attendance_with_nothing_changed_writes_nothing(db, ctx, env, team, qtbot, writes):
    event = calendar.create_event(db, ctx, meeting(team))
    dialog = AttendanceDialog(env, event.id, local(2026, 11, 17, 18))
    qtbot.addWidget(dialog)
    writes.clear()
    dialog.save()
    assert writes == [] and dialog.result() == AttendanceDialog.DialogCode.Accepted


def test_page_reloads_for_events_and_for_deadlines_it_shows(db, page, reloads):
    db.hub.emit(Changes.of(events=["e1"]))
    assert reloads == [1]
    db.hub.emit(Changes.of(plans=["p1"]))
    assert reloads == [1, 1]
    page.show_deadlines.setChecked(False)  # reloads once itself
    reloads.clear()
    db.hub.emit(Changes.of(plans=["p1"], stays=["s1"], cases=["c1"]))
    assert reloads == []
    db.hub.emit(Changes.of(apartments=["a1"]))
    assert reloads == []
    db.hub.emit(Changes.of(events=["e2"]))
    assert reloads == [1]
