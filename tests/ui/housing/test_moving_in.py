"""Moving a household in from the board: nobody preselected, only the free places of the
dates offered (read again when they change), a referral explained, a planned stay
cancelled after a confirmation, keys missing at the move-out, the status shown today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMessageBox

from rts_desktop.models.vocab import ApartmentStatus
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing import stays
from rts_desktop.services.housing.upkeep import HandoverInput
from rts_desktop.ui.common.records_model import ROW_ROLE
from rts_desktop.ui.housing.board_paint import HEADER_H
from rts_desktop.ui.housing.stay_dialogs import MoveOutDialog, PlanStayDialog
from tests.services.housing.test_housing import make_apartment, make_case, room
from tests.services.housing.test_moving_in import referred_case
from tests.ui.housing.helpers import click_ok, housing_page

D = dt.date


def _items(combo):
    """(text, enabled, tooltip) of every entry, as the open list shows them."""
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return [
        (
            combo.itemText(i),
            model.item(i).isEnabled(),
            combo.itemData(i, Qt.ItemDataRole.ToolTipRole),
        )
        for i in range(combo.count())
    ]


def _type_date(qtbot, edit, text):
    """Type a day over the field's text and leave it with Tab (the date is entered)."""
    if not edit.window().isActiveWindow():
        with qtbot.waitActive(edit.window()):
            edit.window().activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_plan_from_the_board_offers_only_free_places_and_nobody_preselected(qtbot, env, db, ctx):
    apartment = make_apartment(db, ctx)
    works = make_apartment(db, ctx, code="MI-002")
    housing.set_status(db, ctx, works.id, ApartmentStatus.IN_RISTRUTTURAZIONE, D(2026, 11, 1))
    active, other = make_case(db, ctx), make_case(db, ctx)
    referred = referred_case(db, ctx)
    stays.plan_stay(
        db, ctx, other.id, apartment.id, room(apartment, "Camera 2").id, 1,
        D(2027, 1, 1), D(2027, 6, 1),
    )  # fmt: skip
    page = housing_page(qtbot, env)
    qtbot.mouseClick(page.board.plan_button, Qt.MouseButton.LeftButton)
    dialog = page.stay_actions.dialog
    assert isinstance(dialog, PlanStayDialog)
    # nobody chosen for the operator; the referral is listed greyed out, with the reason
    assert dialog.case.currentIndex() == -1 and dialog.case.currentData() is None
    entries = {text.split(" – ")[0]: (on, tip) for text, on, tip in _items(dialog.case)}
    assert entries[active.code] == (True, None)
    why = f"Attiva prima il percorso del caso {referred.code} per inserirlo."
    assert entries[referred.code] == (False, why)
    assert dialog.case_note.isVisible() and why in dialog.case_note.text()
    # today to six months on: a bed of Camera 2 is taken from January; the apartment under
    # works is listed greyed out with the reason
    offers = _items(dialog.place.apartment)
    assert offers[0][:2] == ("MI-001 – 2 posti liberi – Via Padova 12", True)
    assert offers[1][:2] == ("MI-002 – in ristrutturazione – Via Padova 12", False)
    assert dialog.place.apartment.currentIndex() == -1
    # leaving it without a household says so under the list
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("case_id") == "Scegli il nucleo da inserire."
    # the dates change, the offers follow
    _type_date(qtbot, dialog.end, "31/12/2026")
    assert dialog.place.apartment.itemText(0).startswith("MI-001 – 3 posti liberi")
    _type_date(qtbot, dialog.start, "15/12/2026")
    _type_date(qtbot, dialog.end, "01/03/2027")
    assert dialog.start.value() == D(2026, 12, 15)
    assert dialog.end.value() == D(2027, 3, 1)
    assert dialog.place.apartment.itemText(0).startswith("MI-001 – 2 posti liberi")
    dialog.case.setCurrentIndex(dialog.case.findData(active.id))
    dialog.place.apartment.setCurrentIndex(0)
    assert [dialog.place.room.itemText(i) for i in range(dialog.place.room.count())] == [
        "Camera 1 (1 letto) – 1 posto libero",
        "Camera 2 (2 letti) – 1 posto libero",
    ]
    assert dialog.place.room.currentText().startswith("Camera 1")
    assert dialog.places.maximum() == 1
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    [planned] = stays.case_stays(db, active.id)
    assert (planned.start_date, planned.planned_end) == (D(2026, 12, 15), D(2027, 3, 1))
    # a place picked on the board that cannot take anybody is not chosen, and the line
    # under the list says why
    again = page.stay_actions.plan(apartment_id=works.id, start=D(2027, 1, 10), end=D(2027, 2, 1))
    assert again.place.apartment.currentIndex() == -1
    assert again.place.note.text() == (
        "MI-002 non può ospitare in queste date (in ristrutturazione): scegli un altro alloggio."
    )
    again.reject()


def test_cancel_a_planned_stay_from_the_board_after_confirming(qtbot, env, db, ctx, monkeypatch):
    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    planned = stays.plan_stay(
        db, ctx, case.id, apartment.id, room(apartment, "Camera 2").id, 2,
        D(2026, 12, 1), D(2027, 3, 1),
    )  # fmt: skip
    page = housing_page(qtbot, env)
    asked = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, title, text, *_a, **_k):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    stay = page.board.board.layout_.stay(planned.id)
    menu = page.stay_actions.menu(stay)
    [cancel] = [a for a in menu.actions() if a.text().startswith("A&nnulla inserimento")]
    assert cancel.isEnabled()
    cancel.trigger()  # "No": nothing happens
    assert stays.case_stays(db, case.id) != []
    assert "01/12/2026" in asked[0] and "MI-001" in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    cancel.trigger()
    assert stays.case_stays(db, case.id) == []
    assert page.board.board.layout_.stay(planned.id) is None  # the board heard it
    assert "3 posti liberi" in page.board.summary.text()


def test_fewer_keys_at_the_move_out_ask_for_a_note(qtbot, env, db, ctx):
    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    planned = stays.plan_stay(
        db, ctx, case.id, apartment.id, room(apartment, "Camera 2").id, 2,
        D(2026, 11, 2), D(2027, 2, 1),
    )  # fmt: skip
    stays.move_in(db, ctx, planned.id, D(2026, 11, 2), HandoverInput(keys_count=3))
    page = housing_page(qtbot, env)
    stay = page.board.board.layout_.stay(planned.id)
    assert stay.keys_handed and not stay.can_cancel(D(2026, 11, 25))
    dialog = page.stay_actions.move_out(stay)
    assert isinstance(dialog, MoveOutDialog)
    assert "Chiavi consegnate all'ingresso: <b>3</b>." in dialog.intro.text()
    dialog.keys_count.setFocus()
    dialog.keys_count.lineEdit().selectAll()
    qtbot.keyClicks(dialog.keys_count, "2")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "consegnate all'ingresso: 3, riconsegnate: 2" in dialog.errors.message("keys_notes")
    assert stays.get_stay(db, planned.id).actual_end is None
    qtbot.keyClicks(dialog.keys_notes, "Manca la chiave del portone")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert stays.get_stay(db, planned.id).actual_end == D(2026, 11, 25)


def test_the_status_shown_follows_the_stays_of_today(qtbot, env, db, ctx):
    apartment = make_apartment(db, ctx)
    housing.set_status(db, ctx, apartment.id, ApartmentStatus.OCCUPATO, D(2026, 6, 1))
    case = make_case(db, ctx)
    page = housing_page(qtbot, env)
    table = page.apartments.table
    assert table.model().index(0, 7).data() == "Libero"  # stored "occupato", nobody in it
    stays.plan_stay(
        db, ctx, case.id, apartment.id, room(apartment, "Camera 2").id, 2,
        D(2026, 11, 1), D(2027, 2, 1),
    )  # fmt: skip
    row = table.model().index(0, 0).data(ROW_ROLE)
    assert row.state.label == "Parzialmente occupato (1 posto libero)"
    cell = table.model().index(0, 7)
    assert cell.data() == "Parzialmente occupato"  # "Liberi" beside it says how many
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Parzialmente occupato (1 posto libero)"
    assert table.model().index(0, 6).data() == "1"
    # the filter lists the statuses a person sees
    status = page.apartments.status
    status.setCurrentIndex(status.findText("Occupato"))
    assert table.model().rowCount() == 0
    status.setCurrentIndex(status.findText("Parzialmente occupato"))
    assert table.model().rowCount() == 1
    # the apartment file and the board say the same
    page.open_apartment(apartment.id)
    assert "Stato oggi: <b>Parzialmente occupato (1 posto libero)</b>" in page.file.heading.text()
    page.file.close()
    board = page.board.board
    point = board.slot_point("MI-001", "Camera 1", D(2026, 11, 25))
    header = QPoint(point.x(), HEADER_H + 5)  # on the apartment's own row
    assert "Oggi: Parzialmente occupato (1 posto libero)" in board.row_tooltip(header)
    # the case summary names the apartment and what it is today
    page.open_case(case.id)
    assert "In alloggio MI-001" in page.summary.heading.text()
    assert "Parzialmente occupato (1 posto libero)" in page.summary.heading.text()


def test_a_move_offers_the_free_rooms_but_not_the_one_the_household_is_in(qtbot, env, db, ctx):
    from rts_desktop.ui.housing.stay_dialogs import MoveDialog

    apartment = make_apartment(db, ctx)
    case, other = make_case(db, ctx), make_case(db, ctx)
    planned = stays.plan_stay(
        db, ctx, case.id, apartment.id, room(apartment, "Camera 2").id, 1,
        D(2026, 11, 1), D(2027, 2, 1),
    )  # fmt: skip
    stays.plan_stay(
        db, ctx, other.id, apartment.id, room(apartment, "Camera 1").id, 1,
        D(2026, 12, 20), D(2027, 5, 1),
    )  # fmt: skip
    page = housing_page(qtbot, env)
    dialog = page.stay_actions.move(page.board.board.layout_.stay(planned.id))
    assert isinstance(dialog, MoveDialog)
    rooms = {text.split(" (")[0]: (on, tip) for text, on, tip in _items(dialog.place.room)}
    # from today to the planned end Camera 1 is taken from 20/12: not free on every night
    assert rooms == {
        "Camera 1": (False, "Nessun letto libero"),
        "Camera 2": (False, "Il nucleo è già qui"),
    }
    assert dialog.place.room.currentIndex() == -1
    click_ok(qtbot, dialog)
    assert dialog.errors.message("room_id") == "Scegli la stanza libera dove spostarsi."
    assert stays.get_stay(db, planned.id).actual_end is None
