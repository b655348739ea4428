"""The Scadenze panel loads on the background runner: "Caricamento…" first, then the items."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rts_desktop.demo import generate_small
from rts_desktop.services import deadlines
from rts_desktop.ui.common.deadlines_panel import DeadlinesPanel
from tests.ui.held_runner import HeldRunner

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo(db):
    generate_small(db, seed=2026, today=TODAY)
    return db


def panel_for(qtbot, env) -> DeadlinesPanel:
    panel = DeadlinesPanel(env)
    qtbot.addWidget(panel)
    panel.resize(320, 500)
    panel.show()
    return panel


def test_the_panel_says_it_is_loading_then_shows_the_items(qtbot, env, demo):
    runner = HeldRunner()
    env = dataclasses.replace(env, runner=runner)
    panel = panel_for(qtbot, env)
    assert not panel.is_loaded
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == "Caricamento delle scadenze…"
    with qtbot.waitSignal(panel.loaded, timeout=1000):
        runner.release()
    expected = deadlines.upcoming(demo, env.ctx.today(), ctx=env.ctx)
    assert panel.is_loaded and expected
    assert panel.model.rowCount() == len(expected)
    assert panel.summary.text().startswith(f"{len(expected)} scadenze nei prossimi 30 giorni")


def test_a_kind_chosen_while_loading_applies_when_the_items_come(qtbot, env, demo):
    runner = HeldRunner()
    env = dataclasses.replace(env, runner=runner)
    panel = panel_for(qtbot, env)
    panel.kind.setCurrentIndex(panel.kind.findData("documento"))
    assert panel.model.rowCount() == 0 and "Caricamento" in panel.summary.text()
    runner.release()
    shown = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    assert shown and {d.kind for d in shown} == {"documento"}


def test_a_reload_keeps_the_items_on_screen_until_the_new_ones_come(qtbot, env, demo):
    runner = HeldRunner()
    env = dataclasses.replace(env, runner=runner)
    panel = panel_for(qtbot, env)
    runner.release()
    before = panel.model.rowCount()
    panel.reload()
    assert panel.model.rowCount() == before and "Caricamento" not in panel.summary.text()
    with qtbot.waitSignal(panel.loaded, timeout=1000):
        runner.release()
    assert panel.model.rowCount() == before


def test_columns_fit_any_date_and_kind_without_reading_the_rows(qtbot, env, demo):
    panel = panel_for(qtbot, env)
    metrics = panel.view.fontMetrics()
    header = panel.view.horizontalHeader()
    assert header.sectionSize(0) > metrics.horizontalAdvance("28/08/2088")
    assert header.sectionSize(1) > max(
        metrics.horizontalAdvance(text) for text in ("Verifica PI", "Fine inserim.", "Morosità")
    )
    assert header.sectionSize(0) >= header.sectionSizeHint(0)  # the title fits too


def test_a_failed_load_says_so(qtbot, env, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from rts_desktop.kernel.errors import DatabaseError

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text))
    )

    def broken(*_a, **_k):
        raise DatabaseError("Database non leggibile.")

    monkeypatch.setattr(deadlines, "upcoming", broken)
    panel = panel_for(qtbot, env)
    assert not panel.is_loaded
    assert panel.summary.text() == "Scadenze non disponibili."
    assert shown == ["Database non leggibile."]
