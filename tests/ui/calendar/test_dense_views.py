"""Busy calendars stay readable: a crowded day column becomes per-hour "N appuntamenti"
blocks (tooltip, click to the agenda), a crowded month day lists counts by area; the fast
Core query returns exactly what the ORM path returns, and the narrow deadline query exactly
what the Scadenze service shows for the same days."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QPixmap
from PySide6.QtWidgets import QApplication, QToolTip

from rts_desktop.demo import generate_small
from rts_desktop.services import deadlines
from rts_desktop.services.calendar import events as calendar
from rts_desktop.services.calendar import queries as calendar_queries
from rts_desktop.services.calendar.month import MonthData
from rts_desktop.services.calendar.queries import EventFilter, OccurrenceDTO, occurrences
from rts_desktop.services.calendar.recurrence import ROME
from rts_desktop.services.deadlines import CALENDAR_DEADLINE_KINDS, DeadlineMark, deadline_marks
from rts_desktop.ui.calendar.lanes import max_lanes, place
from rts_desktop.ui.calendar.month_grid import MonthGrid
from rts_desktop.ui.calendar.page import CalendarPage
from rts_desktop.ui.calendar.time_grid import TimeGrid
from tests.services.calendar.test_calendar import local, meeting, team  # noqa: F401 - fixture

MONDAY = dt.date(2026, 11, 23)
DAYS = [MONDAY + dt.timedelta(days=n) for n in range(7)]


def occ(
    n: int, day: dt.date, hour: int, minutes: int = 60, area: str = "colloquio"
) -> OccurrenceDTO:
    start = dt.datetime.combine(day, dt.time(hour), tzinfo=ROME).astimezone(dt.UTC)
    return OccurrenceDTO(
        event_id=f"e{n}", title=f"Colloquio {n:03d}", area=area, start=start,
        end=start + dt.timedelta(minutes=minutes), original_start=start, all_day=False,
        recurring=False, moved=False, cancelled=False, apartment_id=None, place=None,
        case_id=None, organizer_id=None, beneficiary_ids=(), operator_ids=(),
    )  # fmt: skip


def crowded() -> list[OccurrenceDTO]:
    """300 overlapping events on Tuesday 10:00-11:00 (100 of them visits), two on Thursday."""
    found = [occ(n, DAYS[1], 10, area="visita_domiciliare" if n % 3 else "colloquio")
             for n in range(300)]  # fmt: skip
    return [*found, occ(300, DAYS[3], 9), occ(301, DAYS[3], 9, 30)]


@pytest.fixture
def grid(qtbot):
    widget = TimeGrid()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.set_data(DAYS, crowded(), today=MONDAY)
    return widget


def test_crowded_hour_becomes_one_block_with_the_count(grid):
    (agg,) = grid.aggregates
    assert (agg.day, agg.hour, agg.label) == (DAYS[1], 10, "300 appuntamenti")
    assert agg.detail == "Visita domiciliare 200 · Colloquio 100"
    tip = agg.tooltip()
    assert tip.splitlines()[0] == "24/11/2026 10:00 – 300 appuntamenti"
    assert "10:00–11:00 Colloquio · Colloquio 000" in tip and "+288 altri" in tip
    # Thursday is readable: two side-by-side blocks, not a summary
    assert sorted(o.event_id for _r, o in grid.blocks) == ["e300", "e301"]
    pixmap = QPixmap(grid.size())
    grid.render(pixmap)  # paints without error
    assert not pixmap.isNull()


def test_few_events_keep_their_blocks(qtbot):
    widget = TimeGrid()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.set_data(DAYS, [occ(n, DAYS[1], 10) for n in range(3)])
    assert widget.aggregates == [] and len(widget.blocks) == 3
    one = TimeGrid()
    qtbot.addWidget(one)
    one.resize(480, 420)  # a narrow column: even 5 overlapping events are summarised
    one.set_data(DAYS, [occ(n, DAYS[0], 8) for n in range(5)] + [occ(9, DAYS[0], 15)])
    assert [(a.hour, a.label) for a in one.aggregates] == [(8, "5 appuntamenti"),
                                                            (15, "1 appuntamento")]  # fmt: skip


def test_click_on_summary_asks_for_the_agenda_never_a_new_event(grid, qtbot):
    (agg,) = grid.aggregates
    created: list[object] = []
    grid.create_requested.connect(created.append)
    with qtbot.waitSignal(grid.aggregate_activated) as blocker:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=agg.rect.center().toPoint())
    assert blocker.args == [DAYS[1], 10]
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=agg.rect.center().toPoint())
    assert created == [] and grid.selected is None


def test_page_opens_the_agenda_at_that_hour(db, ctx, env, team, qtbot):  # noqa: F811
    for hour in (9, 10, 11):
        calendar.create_event(db, ctx, meeting(
            team, rrule=None, title=f"Ore {hour}", starts_at=local(2026, 11, 24, hour),
            ends_at=local(2026, 11, 24, hour, 30),
        ))  # fmt: skip
    page = CalendarPage(env)
    qtbot.addWidget(page)
    page.grid.aggregate_activated.emit(dt.date(2026, 11, 24), 10)
    assert page.view == "agenda" and page.stack.currentWidget() is page.agenda
    (index,) = page.agenda.selectionModel().selectedRows()
    assert page.agenda_model.row_at(index.row()).title == "Ore 10"


def test_crowded_month_day_lists_counts_by_area(qtbot):
    month = MonthGrid()
    qtbot.addWidget(month)
    month.resize(1100, 700)
    marks = [DeadlineMark(DAYS[1], "verifica", "Verifica del progetto", "c1", "C-1", "v1")]
    data = MonthData.of(crowded(), month.room(), MONDAY, MONDAY + dt.timedelta(days=41))
    month.set_data(dt.date(2026, 11, 1), data, marks, DAYS[1], MONDAY)
    assert month.count(DAYS[1]) == 301
    texts = [text for text, _colour in month.summary(DAYS[1])]
    assert texts == ["Scadenze: 1", "Visita domiciliare: 200", "Colloquio: 100"]
    # a quiet day still lists each event, deadlines first
    assert [t for t, _c in month.by_day[DAYS[3]]] == [
        "09:00 Colloquio · Colloquio 300",
        "09:00 Colloquio · Colloquio 301",
    ]
    pixmap = QPixmap(month.size())
    month.render(pixmap)
    assert not pixmap.isNull()


def test_max_lanes_matches_the_lane_layout():
    rng = random.Random(7)
    base = dt.datetime(2026, 11, 24, 8)
    for _ in range(300):
        items = []
        for n in range(rng.randint(1, 30)):
            start = base + dt.timedelta(minutes=15 * rng.randint(0, 30))
            items.append((n, start, start + dt.timedelta(minutes=rng.choice([0, 10, 15, 45, 90]))))
        assert max_lanes(items) == max(p.lanes for p in place(items))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from rts_desktop.db import init_database

    database = init_database(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    generate_small(database, seed=2026, today=dt.date(2026, 11, 25))
    yield database
    database.close()


def _orm_occurrences(db, start, end, filters, include_cancelled):
    """The previous ORM path, kept in ``_expand_range`` for the conflict checks."""
    with db.session(write=False) as s:
        pairs = calendar_queries._expand_range(
            s, start, end, calendar_queries.filter_clauses(filters), include_cancelled
        )
        found = []
        for event, slot in pairs:
            bens, ops = calendar.event_people(event)
            found.append(OccurrenceDTO(
                event.id, event.title, event.area, slot.start, slot.end, slot.original_start,
                event.all_day, bool(event.rrule), slot.moved, slot.cancelled,
                event.apartment_id, event.place, event.case_id, event.organizer_id, bens, ops,
            ))  # fmt: skip
    return found


def test_core_occurrences_match_the_orm_path(demo_db):
    with demo_db.session(write=False) as s:
        from rts_desktop.models import Event

        some = s.query(Event).filter(Event.organizer_id.is_not(None)).first()
        educator, apartment = some.organizer_id, some.apartment_id
    for first, days in ((dt.date(2026, 11, 23), 7), (dt.date(2026, 10, 26), 42)):
        start = dt.datetime.combine(first, dt.time(0), tzinfo=ROME)
        end = start + dt.timedelta(days=days)
        for filters in (EventFilter(), EventFilter(educator_id=educator),
                        EventFilter(apartment_id=apartment), EventFilter(area="colloquio")):  # fmt: skip
            for cancelled in (False, True):
                ours = occurrences(demo_db, start, end, filters, include_cancelled=cancelled)
                theirs = _orm_occurrences(
                    demo_db, start.astimezone(dt.UTC), end.astimezone(dt.UTC), filters, cancelled
                )
                assert ours == theirs
    assert ours  # the demo has events in that month


def test_deadline_marks_match_the_scadenze_service(demo_db):
    found_any = False
    for first, days in ((dt.date(2026, 11, 23), 6), (dt.date(2026, 10, 26), 41),
                        (dt.date(2026, 12, 28), 41), (dt.date(2025, 6, 2), 41)):  # fmt: skip
        last = first + dt.timedelta(days=days)
        expected = [
            DeadlineMark(d.due, d.kind, d.kind_label, d.case_id, d.case_code, d.description)
            for d in deadlines.upcoming(demo_db, first, days=days, kinds=CALENDAR_DEADLINE_KINDS)
            if d.kind in CALENDAR_DEADLINE_KINDS and d.due and first <= d.due <= last
        ]
        assert deadline_marks(demo_db, first, last) == expected
        for case_id in {m.case_id for m in expected}:
            mine = [m for m in expected if m.case_id == case_id]
            assert deadline_marks(demo_db, first, last, case_id=case_id) == mine
        found_any = found_any or bool(expected)
    assert found_any


def test_hovering_the_summary_shows_its_events(grid, qtbot):
    (agg,) = grid.aggregates
    assert grid.aggregate_at(agg.rect.center()) is agg and grid.at(agg.rect.center()) is None
    assert grid.aggregate_at(QPointF(grid.GUTTER + 5, grid.height() - 5)) is None
    grid.show()
    qtbot.waitExposed(grid)
    where = agg.rect.center().toPoint()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, where, grid.mapToGlobal(where)))
    assert QToolTip.text() == agg.tooltip()
    QToolTip.hideText()


def test_selected_event_names_its_people_in_the_week(db, ctx, env, team, qtbot):  # noqa: F811
    calendar.create_event(db, ctx, meeting(team))  # Tuesdays 18:00, Amina and Nguyễn
    page = CalendarPage(env)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    assert page.loaded.names.beneficiaries == {}  # the week grid does not need them up front
    ((rect, _occ),) = page.grid.blocks
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert "Diallo Amina, Văn An Nguyễn" in page.status.text()
