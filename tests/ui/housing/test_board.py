"""The occupancy board: plan a stay by dragging over free days, start it, print the report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from rts_desktop.services.housing import stays
from rts_desktop.ui.common.records_model import RecordsModel
from rts_desktop.ui.housing.apartment_list import columns
from rts_desktop.ui.housing.stay_dialogs import MoveInDialog, PlanStayDialog
from tests.services.housing.test_housing import make_apartment, make_case, room
from tests.ui.housing.helpers import click_ok, housing_page

D = dt.date


def test_plan_by_drag_then_move_in_prints_the_report(qtbot, env, db, ctx):
    make_apartment(db, ctx)
    case = make_case(db, ctx)
    page = housing_page(qtbot, env)
    board = page.board.board
    assert "3 posti liberi" in page.board.summary.text()
    start = board.slot_point("MI-001", "Camera 2", D(2026, 11, 26))
    end = board.slot_point("MI-001", "Camera 2", D(2026, 12, 5))
    qtbot.mousePress(board.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board.viewport(), end)
    qtbot.mouseRelease(board.viewport(), Qt.MouseButton.LeftButton, pos=end)
    dialog = page.stay_actions.dialog
    assert isinstance(dialog, PlanStayDialog)
    assert dialog.start.value() == D(2026, 11, 26)
    assert dialog.end.value() == D(2026, 12, 6)
    assert dialog.place.room.currentText().startswith("Camera 2")
    dialog.case.setCurrentIndex(dialog.case.findData(case.id))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    layout = board.layout_
    bar = next(st for row in layout.rows for st, _ in row.bars)
    assert bar.household.startswith("Nucleo") and bar.case_id == case.id
    assert board.bar_center(bar.id) is not None
    # the bar is there; a right-click offers the move-in with the handover report
    stay = layout.stay(bar.id)
    move_in = page.stay_actions.move_in(stay)
    assert isinstance(move_in, MoveInDialog)
    move_in.date.set_value(D(2026, 11, 25))
    move_in.keys_count.setValue(3)
    qtbot.keyClicks(move_in.meter_gas, "01234")
    qtbot.keyClicks(move_in.inventory, "Cucina: tavolo, 4 sedie")
    click_ok(qtbot, move_in)
    assert not move_in.isVisible()
    assert stays.get_stay(db, bar.id).start_date == D(2026, 11, 25)
    assert page.stay_actions.preview is not None and page.stay_actions.preview.page_count() >= 1


def test_refusal_is_shown_under_the_field(qtbot, env, db, ctx):
    apt = make_apartment(db, ctx)
    first = make_case(db, ctx)
    stays.plan_stay(
        db, ctx, first.id, apt.id, room(apt, "Camera 1").id, 1, D(2026, 11, 20), D(2027, 1, 1)
    )
    page = housing_page(qtbot, env)
    dialog = page.stay_actions.plan(
        apartment_id=apt.id,
        room_id=room(apt, "Camera 2").id,
        start=D(2026, 12, 1),
        end=D(2027, 2, 1),
    )
    # the same household cannot be in two places: the service says so under the date
    dialog.case.setCurrentIndex(dialog.case.findData(first.id))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    message = dialog.errors.message("start_date")
    assert "01/12/2026" in message and "Camera 1" in message


def test_click_opens_case_summary_and_keyboard_zoom(qtbot, env, db, ctx):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 2").id, 2, D(2026, 11, 1), D(2027, 1, 1)
    )
    page = housing_page(qtbot, env)
    board = page.board.board
    seen = []
    page.open_case_requested.connect(seen.append)
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=board.bar_center(stay.id))
    assert seen == [case.id]
    assert page.summary is not None and case.code in page.summary.windowTitle()
    page.summary.close()
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Minus)
    assert board.zoom == "quarter" and page.board.zoom_box.currentText() == "Trimestre"
    qtbot.keyClick(board, Qt.Key.Key_Plus)
    qtbot.keyClick(board, Qt.Key.Key_Plus)
    assert board.zoom == "week"
    qtbot.keyClick(board, Qt.Key.Key_Home)
    assert board.start <= D(2026, 11, 25) < board.end
    assert board.layout_ is not None and board.layout_.visible(0, 500) == range(0, 3)
    board.viewport().grab()
    assert board.painted_rows == 3


def test_models(qtmodeltester, env, db, ctx):
    from rts_desktop.services.housing.apartments import list_apartments

    make_apartment(db, ctx)
    model = RecordsModel(columns(), list_apartments(db, D(2026, 11, 25)))
    qtmodeltester.check(model)


def test_move_out_records_the_return_and_prints_its_report(qtbot, env, db, ctx):
    from rts_desktop.services.housing import upkeep
    from rts_desktop.services.housing.upkeep import HandoverInput
    from rts_desktop.ui.housing.stay_dialogs import MoveOutDialog

    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    planned = stays.plan_stay(
        db,
        ctx,
        case.id,
        apartment.id,
        room(apartment, "Camera 2").id,
        2,
        D(2026, 11, 2),
        D(2027, 2, 1),
    )
    stays.move_in(db, ctx, planned.id, D(2026, 11, 2), HandoverInput(keys_count=2))
    page = housing_page(qtbot, env)
    stay = page.board.board.layout_.stay(planned.id)
    dialog = page.stay_actions.move_out(stay)
    assert isinstance(dialog, MoveOutDialog)
    dialog.date.set_value(D(2026, 11, 24))
    dialog.keys_count.setValue(2)
    qtbot.keyClicks(dialog.meter_electricity, "004512")
    qtbot.keyClicks(dialog.condition, "Buono, pareti da ritinteggiare in cucina")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert stays.get_stay(db, planned.id).actual_end == D(2026, 11, 24)
    kinds = [h.kind for h in upkeep.list_handovers(db, apartment_id=apartment.id)]
    assert sorted(kinds) == ["consegna", "riconsegna"]
    assert page.stay_actions.preview is not None and page.stay_actions.preview.page_count() >= 1
    # the room is free again from the exit day
    assert "3 posti liberi" in page.board.summary.text()
