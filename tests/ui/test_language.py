"""The Lingua menu, the %n plurals of the areas' texts and their English, through a fake
catalogue (the real plural forms reach the .qm once the catalogues are merged)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from rts_desktop.i18n.extract import extract
from rts_desktop.kernel import config, i18n
from rts_desktop.services.today import FreePlace
from rts_desktop.ui.calendar.month_grid import MonthGrid
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.today import lines

CHANGED = "La lingua cambierà al prossimo avvio."
#: Italian singular forms of the numerus entries the tests use
ITALIAN_ONE = {
    "%n posti liberi su {beds}": "%n posto libero su {beds}",
    "+%n altri": "+%n altro",
}


def fake_lookup(lang: str, _context: str, source: str, n: int) -> str | None:
    if lang == "en":
        return "EN:" + source
    return ITALIAN_ONE.get(source) if n == 1 else None


@pytest.fixture
def fake_backend():
    """The core's catalogue replaced by ``fake_lookup``; the real one back afterwards."""
    previous = i18n._backend
    i18n.install_backend(fake_lookup)
    yield
    i18n.install_backend(previous)


class FakeItalian(QTranslator):
    """The widgets' catalogue with the Italian singular forms of ``ITALIAN_ONE``."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return ITALIAN_ONE.get(source) if n == 1 else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def fake_widgets(qapp):
    translator = FakeItalian()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def free(count: int) -> FreePlace:
    return FreePlace("a1", "MI-001", "Via Padova 12", count, 9, ("Camera 1: 1",))


def test_plurals_are_numerus_entries_of_the_catalogue():
    package = Path("rts_desktop")
    found = extract(package, sorted((package / "ui").rglob("*.py")))
    numerus = {(k.context, k.source) for k, e in found.entries.items() if e.numerus}
    assert {
        ("today", "%n posti liberi su {beds}"),
        ("TimeGrid", "+%n altri"),
        ("MonthGrid", "+%n altri"),
        ("audit", "%n voci mostrate"),
        ("BoardView", "%n posti liberi"),
        ("CalendarPage", "%n appuntamenti"),
        ("AccountButton", "Blocco automatico: dopo %n minuti…"),
    } <= numerus


def test_the_core_plural_reads_one_and_many(fake_backend):
    assert lines.free_place(free(1)).text == "MI-001 Via Padova 12: 1 posto libero su 9"
    assert lines.free_place(free(2)).text == "MI-001 Via Padova 12: 2 posti liberi su 9"


def test_the_widget_plural_reads_one_and_many(qtbot, fake_widgets):
    grid = MonthGrid()
    qtbot.addWidget(grid)
    assert grid._more_text(1, listed=True) == "+1 altro"
    assert grid._more_text(3, listed=True) == "+3 altri"


def test_the_menus_speak_english_with_an_english_catalogue(qtbot, env, fake_backend):
    with i18n.using_language("en"):
        window = MainWindow(env)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "EN:&File"
    assert window.menu.language_menu.title() == "EN:&Lingua"
    assert lines.free_place(free(2)).text.endswith(": 2 posti liberi su 9")  # Italian again


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(
    qtbot, env, fake_backend, monkeypatch
):
    window = MainWindow(env)
    qtbot.addWidget(window)
    actions = window.menu.language_actions
    assert [a.text() for a in actions.values()] == ["Italiano", "English"]
    assert actions["it"].isChecked() and not actions["en"].isChecked()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, title, text: told.append((title, text)))
    )
    actions["en"].trigger()
    assert config.Settings().get(config.LANGUAGE) == "en"
    assert actions["en"].isChecked()
    assert told == [("English", "EN:" + CHANGED)]
    actions["it"].trigger()
    assert config.Settings().get(config.LANGUAGE) == "it"
    assert told[-1] == ("Italiano", CHANGED)
