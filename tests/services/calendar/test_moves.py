"""Moving an occurrence is one operation: this occurrence or the whole series (``MoveScope``,
"one" / "all" still accepted), with the same audit entries as before; the draft the views
check for double bookings is exactly what the move writes; several attendance marks are
saved together or not at all."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from rts_desktop.db.operations import Operation
from rts_desktop.kernel.changes import Aggregate
from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.kernel.roles import Role
from rts_desktop.models import AttendanceMark, AuditEntry
from rts_desktop.models.vocab import ActivityArea, Attendance
from rts_desktop.services.calendar import attendance
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar.events import MoveScope
from tests.services.calendar.test_calendar import count, local, meeting, team  # noqa: F401


def actions(db, event_id: str) -> list[tuple[str, str | None]]:
    with db.session(write=False) as s:
        stmt = select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.entity_id == event_id)
        return [(a, d) for a, d in s.execute(stmt.order_by(AuditEntry.at, AuditEntry.id))]


def test_every_write_is_an_operation():
    for fn in (calendar.create_event, calendar.update_event, calendar.move_event,
               calendar.move_series, calendar.cancel_event, calendar.cancel_occurrence,
               calendar.move_occurrence, calendar.restore_occurrence,
               attendance.mark_attendance, attendance.mark_attendances):  # fmt: skip
        assert isinstance(fn, Operation), fn


def test_scope_keeps_its_old_values():
    assert MoveScope("one") is MoveScope.ONE and MoveScope("all") is MoveScope.ALL
    assert MoveScope.ONE == "one"


def test_moving_one_occurrence(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    moved = calendar.move(db, ctx, event.id, local(2026, 11, 17, 18), local(2026, 11, 18, 10),
                          local(2026, 11, 18, 11), "one")  # fmt: skip
    (exc,) = moved.exceptions
    assert (exc.new_start, exc.new_end) == (local(2026, 11, 18, 10), local(2026, 11, 18, 11))
    assert moved.starts_at == local(2026, 10, 6, 18)  # the series stays
    assert actions(db, event.id)[-1] == (
        "move_occurrence",
        local(2026, 11, 17, 18).astimezone(dt.UTC).isoformat(),
    )


def test_moving_the_series_from_a_moved_occurrence(db, ctx, team):  # noqa: F811
    """The shift is measured from where the occurrence is now, in wall-clock time."""
    event = calendar.create_event(db, ctx, meeting(team))
    calendar.move_occurrence(db, ctx, event.id, local(2026, 11, 17, 18), local(2026, 11, 17, 19))
    draft = calendar.move_draft(db, event.id, local(2026, 11, 17, 18), local(2026, 11, 17, 20),
                                scope=MoveScope.ALL)  # fmt: skip
    moved = calendar.move(db, ctx, event.id, local(2026, 11, 17, 18), local(2026, 11, 17, 20),
                          scope=MoveScope.ALL)  # fmt: skip
    assert moved.starts_at == local(2026, 10, 6, 19) == draft.starts_at  # one hour later
    assert moved.ends_at - moved.starts_at == dt.timedelta(minutes=90)
    assert moved.ends_at == draft.ends_at and moved.rrule == draft.rrule
    assert actions(db, event.id)[-1] == ("update", None)


def test_a_drag_is_one_commit(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    done = calendar.move_series.run(db, ctx, event.id, local(2026, 11, 24, 18),
                                    local(2026, 11, 24, 17))  # fmt: skip
    assert done.changes.touches_record(Aggregate.EVENTS, event.id)
    assert done.value.starts_at == local(2026, 10, 6, 17)


def test_the_one_draft_is_the_occurrence_alone(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    draft = calendar.move_draft(db, event.id, local(2026, 11, 17, 18), local(2026, 11, 19, 9))
    assert (draft.starts_at, draft.ends_at) == (local(2026, 11, 19, 9), local(2026, 11, 19, 10, 30))
    assert draft.rrule is None and draft.title == "Gruppo del martedì"


def test_a_bad_scope_is_refused(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    with pytest.raises(ValidationError) as caught:
        calendar.move(db, ctx, event.id, local(2026, 11, 17, 18), local(2026, 11, 17, 19),
                      scope="some")  # fmt: skip
    assert caught.value.field == "scope"


def test_the_social_worker_moves_nothing(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    reader = dataclasses.replace(ctx, role=Role.ASSISTENTE_SOCIALE)
    for scope in MoveScope:
        with pytest.raises(PermissionDenied):
            calendar.move(db, reader, event.id, local(2026, 11, 17, 18),
                          local(2026, 11, 17, 19), scope=scope)  # fmt: skip
    assert calendar.get_event(db, event.id).exceptions == ()


def test_dtos_carry_the_vocabulary(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    assert event.area is ActivityArea.SOCIALIZZAZIONE
    (mark,) = attendance.mark_attendances(
        db, ctx, event.id, local(2026, 11, 17, 18), [(team["ben1"], "presente")]
    )
    assert mark.status is Attendance.PRESENTE and mark.area is ActivityArea.SOCIALIZZAZIONE
    sheet = attendance.attendance_sheet(db, event.id, local(2026, 11, 17, 18))
    assert [r.status for r in sheet.rows] == [Attendance.PRESENTE, None]


def test_marks_are_saved_together_or_not_at_all(db, ctx, team):  # noqa: F811
    event = calendar.create_event(db, ctx, meeting(team))
    when = local(2026, 11, 17, 18)
    with pytest.raises(ValidationError) as caught:
        attendance.mark_attendances(
            db, ctx, event.id, when, [(team["ben1"], "presente"), (team["ben2"], "forse")]
        )
    assert caught.value.field == "status"
    assert count(db, AttendanceMark) == 0
    saved = attendance.mark_attendances(
        db, ctx, event.id, when, [(team["ben1"], "presente"), (team["ben2"], "giustificato")]
    )
    assert [m.status for m in saved] == ["presente", "giustificato"]
    assert actions(db, event.id)[1:] == [
        ("attendance", f"{team['ben1']}: presente"),
        ("attendance", f"{team['ben2']}: giustificato"),
    ]
