"""The case file's Inserimenti tab: a new stay for this household, its move-in, cancelling
one only planned (after a confirmation); a referral says what to do first; a closed case
is consulted only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rts_desktop.services.housing import stays
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.housing.stay_dialogs import MoveInDialog, PlanStayDialog
from tests.services.housing.test_housing import make_apartment, make_case, room
from tests.services.housing.test_moving_in import referred_case

D = dt.date
TODAY = D(2026, 11, 25)


def _file(qtbot, env, case_id):
    window = CaseFileWindow(env, case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.stays)
    return window


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(qtbot, dialog):
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def _say(monkeypatch, answer):
    """Answer the confirmation with ``answer``; the questions asked are returned."""
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_new_stay_from_the_case_file_then_cancel_it(qtbot, env, db, ctx, monkeypatch):
    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    window = _file(qtbot, env, case.id)
    tab = window.stays
    assert tab.empty.isVisible()
    assert tab.new_button.isEnabled() and not tab.cancel_button.isEnabled()
    _click(qtbot, tab.new_button)
    dialog = tab.actions.dialog
    assert isinstance(dialog, PlanStayDialog)
    # this household, and it cannot be changed
    assert dialog.case.currentData() == case.id and not dialog.case.isEnabled()
    assert dialog.case.currentText().startswith(case.code)
    dialog.start.set_value(D(2026, 12, 1))
    dialog.end.set_value(D(2027, 3, 1))
    assert dialog.place.apartment.itemText(0).startswith("MI-001 – 3 posti liberi")
    dialog.place.apartment.setCurrentIndex(0)
    dialog.place.room.setCurrentIndex(dialog.place.room.findData(room(apartment, "Camera 2").id))
    dialog.places.setValue(2)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    # the file heard the new stay: it is listed, selected, planned
    [stay] = stays.case_stays(db, case.id)
    assert tab.stays.model().rowCount() == 1 and tab.current().id == stay.id
    assert tab.stays.model().index(0, 6).data() == "Pianificato"
    assert tab.cancel_button.isEnabled() and tab.move_in_button.isEnabled()
    # "No" keeps it
    asked = _say(monkeypatch, QMessageBox.StandardButton.No)
    _click(qtbot, tab.cancel_button)
    assert "01/12/2026" in asked[0] and "MI-001" in asked[0]
    assert stays.case_stays(db, case.id) == [stay]
    # "Sì" cancels it and the beds are free again
    _say(monkeypatch, QMessageBox.StandardButton.Yes)
    _click(qtbot, tab.cancel_button)
    assert stays.case_stays(db, case.id) == []
    assert tab.stays.model().rowCount() == 0 and tab.empty.isVisible()
    assert not tab.cancel_button.isEnabled()


def test_move_in_from_the_case_file_then_it_cannot_be_cancelled(qtbot, env, db, ctx):
    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    planned = stays.plan_stay(
        db, ctx, case.id, apartment.id, room(apartment, "Camera 1").id, 1, TODAY, D(2027, 3, 1)
    )
    window = _file(qtbot, env, case.id)
    tab = window.stays
    assert tab.current().id == planned.id and tab.cancel_button.isEnabled()
    _click(qtbot, tab.move_in_button)
    dialog = tab.actions.dialog
    assert isinstance(dialog, MoveInDialog)
    dialog.keys_count.setValue(2)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert stays.get_stay(db, planned.id).keys_handed
    assert tab.stays.model().index(0, 6).data() == "In corso"
    assert not tab.move_in_button.isEnabled()
    assert not tab.cancel_button.isEnabled()
    assert "non ancora iniziato" in tab.cancel_button.toolTip()


def test_a_referral_says_to_activate_the_path_first(qtbot, env, db, ctx):
    referred = referred_case(db, ctx)
    window = _file(qtbot, env, referred.id)
    tab = window.stays
    assert not tab.new_button.isEnabled()
    assert tab.new_button.toolTip() == (
        f"Attiva prima il percorso del caso {referred.code} per inserirlo."
    )
    assert tab.plan() is None  # nothing opens behind the disabled button


def test_a_closed_case_is_consulted_only(qtbot, env, db, ctx):
    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stays.plan_stay(
        db, ctx, case.id, apartment.id, room(apartment, "Camera 1").id, 1,
        D(2026, 12, 1), D(2027, 3, 1),
    )  # fmt: skip
    window = _file(qtbot, env, case.id)
    tab = window.stays
    assert tab.cancel_button.isEnabled()
    window.set_read_only(True)  # what the file does after reading a closed case
    for button in (tab.new_button, tab.move_in_button, tab.cancel_button, tab.more_button):
        assert not button.isEnabled()
    assert tab.new_button.toolTip() == "Caso concluso: solo consultazione."
    tab.set_read_only(False)
    assert tab.new_button.isEnabled() and tab.cancel_button.isEnabled()
