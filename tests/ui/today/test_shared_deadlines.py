"""The Oggi page and the Scadenze panel show deadlines from one read: at start-up, after a
change both hear, never a list read before the change; F5 reads anew."""

from __future__ import annotations

import pytest

from rts_desktop.kernel.changes import Changes
from rts_desktop.services import deadlines
from rts_desktop.services.deadlines import Deadline
from rts_desktop.ui.common.deadlines_feed import DeadlinesFeed
from rts_desktop.ui.common.deadlines_panel import DeadlinesPanel
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.today.page import TodayPage
from tests.services.test_today import make_day
from tests.ui.held_runner import HeldRunner


@pytest.fixture
def reads(monkeypatch) -> list[int]:
    """Each read of the deadlines, counted."""
    counted: list[int] = []
    real = deadlines.upcoming

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(deadlines, "upcoming", counting)
    return counted


@pytest.fixture
def views(qtbot, db, ctx):  # type: ignore[no-untyped-def]
    """The panel and the page of one coordinator's session, as the main window builds them."""
    make_day(db, ctx)
    runner = HeldRunner()
    env = UiEnv(db, ctx, runner)
    panel, page = DeadlinesPanel(env), TodayPage(env)
    for widget in (panel, page):
        qtbot.addWidget(widget)
    return runner, panel, page


def release_all(runner: HeldRunner) -> None:
    while runner.held:
        runner.release()


def test_at_start_one_read_serves_the_panel_and_the_page(views, reads):
    runner, panel, page = views
    assert len(runner.held) == 2  # the panel's deadlines, the page's day
    runner.release()  # the deadlines come first: the page still waits for its day
    assert panel.is_loaded and not page.is_loaded
    runner.release()
    assert page.is_loaded and len(reads) == 1
    shown = page.data.deadlines + page.data.arrears
    assert shown and set(shown) <= set(panel.items)
    assert page.sections["deadlines"].list.count() == len(page.data.deadlines)


def test_the_page_waits_for_the_deadlines_as_well_as_its_day(qtbot, db, ctx, reads):
    make_day(db, ctx)
    runner = HeldRunner()
    env = UiEnv(db, ctx, runner)
    page = TodayPage(env)  # alone: it asks the feed itself
    qtbot.addWidget(page)
    day_job = runner.held.pop(0)
    runner.held.append(day_job)  # its day comes last
    runner.release()
    assert not page.is_loaded and page.status.text() == "Caricamento…"
    with qtbot.waitSignal(page.loaded, timeout=1000):
        runner.release()
    assert page.data.deadlines and len(reads) == 1


def test_a_change_heard_by_both_is_read_once_and_f5_reads_again(views, reads):
    runner, panel, page = views
    release_all(runner)
    changes = Changes()
    panel.reload(changes)
    page.reload(changes)
    assert len(runner.held) == 2  # one read of the deadlines, the page's day
    release_all(runner)
    assert len(reads) == 2 and page.is_loaded
    page.reload()  # F5: the deadlines are read again too
    release_all(runner)
    assert len(reads) == 3


def test_a_list_read_before_a_change_is_not_shown(views, monkeypatch):
    runner, panel, page = views
    release_all(runner)
    early = Deadline("verifica", None, "c", "RTS-2026-9999", "Nucleo Prima", "prima")
    late = Deadline("verifica", None, "c", "RTS-2026-9998", "Nucleo Dopo", "dopo")
    answers = iter([[early], [late]])
    monkeypatch.setattr(deadlines, "upcoming", lambda *a, **k: next(answers))
    panel.reload(Changes())
    panel.reload(Changes())  # another change while the first read is under way
    runner.release()
    assert panel.items != [early]  # read again, not shown
    runner.release()
    assert panel.items == [late]
    assert [d.case_code for d in page.data.deadlines] == ["RTS-2026-9998"]


def test_a_failed_read_reaches_both_views(views, monkeypatch):
    runner, panel, page = views
    release_all(runner)
    told: list[tuple[object, object]] = []
    for module in ("rts_desktop.ui.today.page", "rts_desktop.ui.common.deadlines_panel"):
        monkeypatch.setattr(f"{module}.show_error", lambda w, e: told.append((w, e)))

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disco")

    monkeypatch.setattr(deadlines, "upcoming", broken)
    page.reload()
    assert len(runner.held) == 2  # the page's day, the deadlines
    while runner.held:
        _release_failing(runner)
    assert {w for w, _e in told} == {panel, page}
    assert all(isinstance(e, RuntimeError) for _w, e in told)
    assert page.status.text() == "Caricamento non riuscito."
    feed = DeadlinesFeed.of(panel.env)
    feed.request()  # a failure is not kept: the next request reads again
    assert len(runner.held) == 1


def _release_failing(runner: HeldRunner) -> None:
    work, on_success, on_error = runner.held.pop(0)
    try:
        result = work(None)
    except RuntimeError as exc:
        on_error(exc)
    else:
        on_success(result)
