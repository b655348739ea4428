"""The Oggi page as a person uses it: her sections filled, each line opening the right place
with a double click or Enter, plain words when there is nothing to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.services.cases import notes
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.today.page import TodayPage
from rts_desktop.ui.today.section import Section
from rts_desktop.ui.worker import SyncRunner
from tests.services.test_today import TODAY, YESTERDAY, Day, make_day


@pytest.fixture
def day(db, ctx) -> Day:
    return make_day(db, ctx)


@pytest.fixture
def anna_env(db, day) -> UiEnv:
    return UiEnv(db, day.anna, SyncRunner())


@pytest.fixture
def window(qtbot, anna_env) -> MainWindow:
    """The main window as Anna opens it: the Oggi page first."""
    win = MainWindow(anna_env)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def today_page(window: MainWindow) -> TodayPage:
    page = window.pages.currentWidget()
    assert isinstance(page, TodayPage)
    return page


def texts(section: Section) -> list[str]:
    return [section.list.item(n).text() for n in range(section.list.count())]


def double_click(qtbot, section: Section, row: int = 0) -> None:  # type: ignore[no-untyped-def]
    """As a person does: scroll the page to the line, then double-click it."""
    page = section.parentWidget()
    while not isinstance(page, TodayPage):
        page = page.parentWidget()
    page.scroll.ensureWidgetVisible(section.list)
    section.list.scrollToItem(section.list.item(row))
    rect = section.list.visualItemRect(section.list.item(row))
    # what a mouse sends: a click, then the second press as a double click
    qtbot.mouseClick(section.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(section.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_enter(qtbot, section: Section, row: int = 0) -> None:  # type: ignore[no-untyped-def]
    section.list.setFocus()
    section.list.setCurrentRow(row)
    qtbot.keyClick(section.list, Qt.Key.Key_Return)


def test_oggi_is_the_first_page_and_shows_her_day(window):
    assert window.current_area() == "today" and window.nav.item(0).text() == "Oggi"
    page = today_page(window)
    assert page.is_loaded
    s = page.sections
    assert page.title.text() == "Mercoledì 25 novembre 2026"
    assert page.scope.text() == "I tuoi appuntamenti e i tuoi casi"
    assert texts(s["today"]) == ["15:00–16:00  Colloquio con Anna"]
    assert s["today"].heading.text() == "Appuntamenti di oggi (1)"
    assert texts(s["tomorrow"]) == ["10:00–11:00  Visita del giovedì"]
    assert [t.split("  ")[1] for t in texts(s["attendance"])] == [
        "Gruppo del martedì — 0 di 2 segnati",
        "Gruppo del martedì — 0 di 2 segnati",
    ]
    assert texts(s["notes"])[0].startswith("09:00  Colloquio di ieri · Nucleo ")
    assert texts(s["moves"])[0].startswith("ven 27/11  Uscita prevista: Nucleo ")
    assert s["deadlines"].lines_shown >= 1 and s["arrears"].lines_shown == 1
    assert "€" in texts(s["arrears"])[0]
    assert s["free"].isHidden()  # an educator does not see the whole service's places
    for section in s.values():
        if section.lines_shown:
            assert section.list.isVisible() and not section.empty.isVisible()
            assert section.list.accessibleName() == section.title


def test_nothing_to_do_is_said_in_plain_words(qtbot, env):
    page = TodayPage(env)  # a coordinator on an empty database
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    s = page.sections
    assert page.scope.text() == "Tutto il servizio"
    expected = {
        "today": "Nessun appuntamento oggi.",
        "tomorrow": "Nessun appuntamento domani.",
        "attendance": "Nessuna presenza da segnare.",
        "notes": "Nessuna nota da scrivere per gli appuntamenti di ieri.",
        "moves": "Nessun arrivo o partenza questa settimana.",
        "deadlines": "Nessuna scadenza nei prossimi 14 giorni.",
        "arrears": "Nessuna quota arretrata.",
        "free": "Nessun posto libero oggi.",
    }
    for key, text in expected.items():
        assert s[key].empty.text() == text and s[key].empty.isVisible(), key
        assert not s[key].list.isVisible() and s[key].heading.text() == s[key].title


def test_double_click_on_a_missing_note_opens_the_diary_on_that_day(qtbot, window, day):
    page = today_page(window)
    double_click(qtbot, page.sections["notes"])
    case_file = page.opener.opened
    assert case_file is not None and case_file.objectName() == "case_file"
    qtbot.addWidget(case_file)
    assert case_file.case_id == day.mine
    assert case_file.tabs.currentWidget() is case_file.diary
    field = case_file.diary.date  # the new note's date: yesterday's
    assert (field.value() if hasattr(field, "value") else field.date().toPython()) == YESTERDAY
    assert window.current_area() == "cases"


def test_enter_on_an_appointment_opens_the_calendar_on_its_day(qtbot, window):
    page = today_page(window)
    press_enter(qtbot, page.sections["tomorrow"])
    assert window.current_area() == "calendar"
    calendar = window.pages.currentWidget()
    assert calendar.view == "day" and calendar.anchor == TODAY.replace(day=26)


def test_enter_on_a_register_opens_it_and_saving_clears_the_line(qtbot, window, monkeypatch):
    page = today_page(window)
    section = page.sections["attendance"]
    press_enter(qtbot, section, row=1)
    dialog = page.opener.opened
    assert dialog is not None and dialog.objectName() != "case_file"
    qtbot.addWidget(dialog)
    assert dialog.occurrence_start == section.item_at(1).occurrence.original_start
    for combo in dialog.combos:
        combo.setCurrentIndex(combo.findData("presente"))
    with qtbot.waitSignal(page.loaded):
        dialog.save()
    assert section.lines_shown == 1  # the older meeting is still to record


def test_a_deadline_opens_the_case_file_on_its_tab(qtbot, window, day):
    page = today_page(window)
    section = page.sections["deadlines"]
    row = next(
        n for n in range(section.list.count()) if section.item_at(n).kind == "fine_inserimento"
    )
    double_click(qtbot, section, row)
    case_file = page.opener.opened
    qtbot.addWidget(case_file)
    assert case_file.case_id == day.mine and case_file.tabs.currentWidget() is case_file.stays


def test_arrears_open_the_agreement_of_the_case(qtbot, window, day):
    page = today_page(window)
    press_enter(qtbot, page.sections["arrears"])
    case_file = page.opener.opened
    qtbot.addWidget(case_file)
    expected = getattr(case_file, "agreement_tab", case_file.stays)
    assert case_file.case_id == day.mine and case_file.tabs.currentWidget() is expected


def test_a_coordinator_opens_the_board_on_an_apartment_with_free_places(qtbot, env, day):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    page = today_page(window)
    free = page.sections["free"]
    assert texts(free) == [
        "MI-002 Via Padova 12: 3 posti liberi su 4",
        "MI-001 Via Padova 12: 2 posti liberi su 3",
    ]
    assert free.heading.text() == "Posti liberi oggi (5 posti in 2 alloggi)"
    moves = texts(page.sections["moves"])
    assert moves[0].startswith("gio 26/11  Arrivo: Nucleo ") and "MI-001, Camera 2" in moves[0]
    double_click(qtbot, free, 1)
    assert window.current_area() == "housing"
    housing = window.pages.currentWidget()
    assert housing.tabs.currentWidget() is housing.board
    assert housing.board.filter_edit.text() == "MI-001"


def test_the_page_follows_changes_and_emits_loaded(qtbot, window, db, day):
    page = today_page(window)
    assert page.sections["notes"].lines_shown == 1
    with qtbot.waitSignal(page.loaded):
        notes.add_note(db, day.anna, day.mine, "libera", YESTERDAY, "Colloquio svolto.")
    assert page.sections["notes"].lines_shown == 0
    assert page.sections["notes"].empty.isVisible()
    page.sections["today"].list.setFocus()
    with qtbot.waitSignal(page.loaded):  # F5 reads again
        qtbot.keyClick(page.sections["today"].list, Qt.Key.Key_F5)


def test_tab_reaches_every_line_list_and_nothing_needs_a_horizontal_scroll(qtbot, window):
    page = today_page(window)
    page.refresh_button.setFocus()
    seen: list[QWidget] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    lists = [s.list for s in page.sections.values() if s.list.isVisible()]
    assert lists and [w for w in seen if w in lists] == lists
    assert page.body.minimumSizeHint().width() <= page.scroll.viewport().width()
    assert window.frameGeometry().height() <= 720 and window.frameGeometry().width() <= 1280
