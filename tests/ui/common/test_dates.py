"""The date field: typed in the usual ways, picked in a calendar, optionally empty."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.ui.common.dates import DateEdit, parse_day

D = dt.date
TODAY = D(2026, 11, 25)


def field(qtbot, value=None, optional=False) -> DateEdit:
    edit = DateEdit(value, optional=optional, name="due_date")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def type_in(qtbot, edit: DateEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "text",
    ["25/11/2026", "25112026", "25/11/26", "251126", "25-11-2026", "25.11.2026", "25 11 2026"],
)
def test_each_way_of_typing_a_date(qtbot, text):
    edit = field(qtbot, D(2026, 1, 1))
    seen = []
    edit.valueChanged.connect(seen.append)
    type_in(qtbot, edit, text)
    assert edit.value() == D(2026, 11, 25)
    assert edit.text() == "25/11/2026", "tidied to dd/mm/yyyy"
    assert seen == [D(2026, 11, 25)]
    assert edit.styleSheet() == ""


def test_two_digit_years_of_birth_are_of_the_last_century():
    assert parse_day("03/04/85", today=TODAY) == D(1985, 4, 3)
    assert parse_day("03/04/46", today=TODAY) == D(2046, 4, 3)  # 20 years ahead: still 2000s
    assert parse_day("03/04/47", today=TODAY) == D(1947, 4, 3)
    assert parse_day("3/4/2012", today=TODAY) == D(2012, 4, 3)
    assert parse_day("2026-11-25", today=TODAY) == D(2026, 11, 25)


def test_typed_birth_date_in_two_digits(qtbot):
    edit = field(qtbot, optional=True)
    type_in(qtbot, edit, "030485")
    assert edit.value() == D(1985, 4, 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2026", "La data 31/02/2026 non esiste."),
        ("domani", "Data non leggibile: «domani». Scrivi gg/mm/aaaa, per esempio 25/11/2026."),
        ("25/11", "Data non leggibile: «25/11». Scrivi gg/mm/aaaa, per esempio 25/11/2026."),
    ],
)
def test_text_that_is_not_a_date_is_flagged_never_guessed(qtbot, text, message):
    edit = field(qtbot, D(2026, 1, 1))
    seen = []
    edit.valueChanged.connect(seen.append)
    type_in(qtbot, edit, text)
    assert edit.text() == text, "the typed text stays, to be corrected"
    assert "b00020" in edit.styleSheet()
    assert edit.toolTip() == message
    assert seen == []
    with pytest.raises(ValidationError) as err:
        edit.value()
    assert (err.value.field, err.value.message) == ("due_date", message)
    type_in(qtbot, edit, "01/03/2026")
    assert edit.styleSheet() == "" and edit.value() == D(2026, 3, 1)


def test_required_date_left_empty_is_refused(qtbot):
    edit = field(qtbot, D(2026, 1, 1))
    type_in(qtbot, edit, "")
    with pytest.raises(ValidationError) as err:
        edit.value()
    assert err.value.message == "Indica una data."


def test_optional_date_is_empty_and_clears(qtbot):
    edit = field(qtbot, None, optional=True)
    assert edit.text() == "" and edit.value() is None
    edit.set_value(D(2026, 12, 1))
    seen = []
    edit.valueChanged.connect(seen.append)
    clear = next(
        b for b in edit.findChildren(QToolButton) if b.defaultAction() is not edit.open_action
    )
    clear.click()  # the line edit's own clear button
    assert edit.text() == "" and edit.value() is None
    assert seen == [None]


def _open_calendar(qtbot, edit: DateEdit) -> None:
    button = next(
        b for b in edit.findChildren(QToolButton) if b.defaultAction() is edit.open_action
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.popup.isVisible)


def test_empty_optional_date_opens_the_calendar_on_today(qtbot):
    edit = field(qtbot, None, optional=True)
    _open_calendar(qtbot, edit)
    today = QDate.currentDate()
    assert edit.calendar.selectedDate() == today
    assert (edit.calendar.yearShown(), edit.calendar.monthShown()) == (today.year(), today.month())
    assert edit.text() == "", "opening the calendar picks nothing"


def test_calendar_opens_on_the_date_and_a_click_picks(qtbot):
    edit = field(qtbot, D(2026, 3, 10))
    edited = []
    edit.textEdited.connect(edited.append)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.popup.isVisible()
    assert (edit.calendar.yearShown(), edit.calendar.monthShown()) == (2026, 3)
    edit.calendar.setSelectedDate(QDate(2026, 3, 20))
    qtbot.keyClick(edit.calendar.focusWidget() or edit.calendar, Qt.Key.Key_Return)
    assert not edit.popup.isVisible()
    assert edit.value() == D(2026, 3, 20) and edit.text() == "20/03/2026"
    assert edited, "a pick marks the form as edited"


def test_arrow_keys_move_the_day(qtbot):
    edit = field(qtbot, D(2026, 2, 28))
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == D(2026, 3, 1)
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert edit.value() == D(2026, 2, 1)


def test_range_is_enforced(qtbot):
    edit = field(qtbot, D(2026, 1, 1))
    edit.set_range(D(2025, 1, 1), D(2026, 12, 31))
    type_in(qtbot, edit, "01/01/2027")
    assert edit.problem() == "Usa una data tra il 01/01/2025 e il 31/12/2026."


def test_is_a_line_edit_for_the_forms(qtbot):
    edit = field(qtbot, D(2026, 1, 1))
    assert isinstance(edit, QLineEdit)
    assert edit.placeholderText() == "gg/mm/aaaa"


def test_an_open_range_says_which_end(qtbot):
    edit = field(qtbot, D(2026, 1, 1))
    edit.set_range(D(1990, 1, 1), None)
    type_in(qtbot, edit, "31/12/1989")
    assert edit.problem() == "Usa una data dal 01/01/1990 in poi."
    edit.set_range(None, D(2026, 12, 31))
    type_in(qtbot, edit, "01/01/2027")
    assert edit.problem() == "Usa una data fino al 31/12/2026."
