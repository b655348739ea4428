"""The apartment file and its forms: writes through env.ops, reloads only for its own records."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.models.vocab import ApartmentStatus, MaintenanceStatus
from rts_desktop.services.housing import agreements, stays, upkeep
from rts_desktop.services.housing import apartments as housing
from rts_desktop.services.housing.agreements import AgreementInput
from rts_desktop.services.housing.upkeep import HandoverInput
from rts_desktop.ui.housing import upkeep_dialogs as ud
from rts_desktop.ui.housing.apartment_file import ApartmentFileDialog
from rts_desktop.ui.housing.apartment_list import ApartmentListView
from rts_desktop.ui.housing.case_summary import CaseSummaryDialog
from rts_desktop.ui.housing.stay_actions import StayActions
from rts_desktop.ui.housing.stay_dialogs import ExtendDialog
from tests.services.housing.test_housing import make_apartment, make_case, room

D = dt.date


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _button(tab: QWidget, text: str) -> QPushButton:
    return next(b for b in tab.findChildren(QPushButton) if b.text().replace("&", "") == text)


class Reloads:
    """Counts the reloads of a view (its own reload runs as before)."""

    def __init__(self, view) -> None:
        self.count = 0
        original = view.reload

        def counted() -> None:
            self.count += 1
            original()

        view.reload = counted


@pytest.fixture
def host(qtbot, env):
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent, StayActions(env, parent)


def _file(qtbot, env, host, apartment_id: str) -> ApartmentFileDialog:
    parent, actions = host
    dialog = ApartmentFileDialog(env, apartment_id, actions, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def heard(db):
    seen = []
    unsubscribe = db.hub.subscribe(seen.append)
    yield seen
    unsubscribe()


def test_a_change_to_one_apartment_does_not_reload_the_other_file(qtbot, env, db, ctx, host, heard):
    first = make_apartment(db, ctx, code="MI-001")
    second = make_apartment(db, ctx, code="MI-002")
    file_1, file_2 = _file(qtbot, env, host, first.id), _file(qtbot, env, host, second.id)
    reloads_1, reloads_2 = Reloads(file_1), Reloads(file_2)

    _button(file_1.status, "Cambia stato…").click()
    form = file_1.child
    assert isinstance(form, ud.StatusDialog)
    form.status.setCurrentIndex(form.status.findData(str(ApartmentStatus.FUORI_SERVIZIO)))
    _ok(qtbot, form)

    assert not form.isVisible() and form.result_value.id == first.id
    [changes] = heard[-1:]
    assert changes.initiator is form  # the form's write, told with the form as initiator
    assert changes.ids_of(Aggregate.APARTMENTS) == {first.id}
    assert reloads_1.count == 1  # once, from the hub (no second reload on "finished")
    assert "Fuori servizio" in file_1.heading.text()
    assert file_1.status.model.rows[0].status is ApartmentStatus.FUORI_SERVIZIO
    assert reloads_2.count == 0
    assert "Libero" in file_2.heading.text()  # available and nobody in it today

    # a stay planned in the second apartment elsewhere in the app reloads only that file
    case = make_case(db, ctx)
    stays.plan_stay(
        db, ctx, case.id, second.id, room(second, "Camera 1").id, 1, D(2026, 12, 1), D(2027, 3, 1)
    )
    assert (reloads_1.count, reloads_2.count) == (1, 1)
    assert [s.case_id for s in file_2.stays.model.rows] == [case.id]


def test_the_file_follows_the_cases_whose_agreements_it_lists(qtbot, env, db, ctx, host):
    apartment = make_apartment(db, ctx)
    housed, elsewhere = make_case(db, ctx), make_case(db, ctx)
    stays.plan_stay(
        db,
        ctx,
        housed.id,
        apartment.id,
        room(apartment, "Camera 2").id,
        2,
        D(2026, 3, 1),
        D(2026, 9, 1),
    )
    file = _file(qtbot, env, host, apartment.id)
    reloads = Reloads(file)
    agreements.create_agreement(  # tied to no stay: the changes name only the case
        db, ctx, AgreementInput(elsewhere.id, D(2026, 3, 1), 6, 4_000, "2026")
    )
    assert reloads.count == 0
    agreements.create_agreement(db, ctx, AgreementInput(housed.id, D(2026, 3, 1), 6, 5_000, "2026"))
    assert reloads.count == 1
    assert [row[1].case_id for row in file.agreements.model.rows] == [housed.id]


def test_maintenance_forms_write_through_ops_and_a_closed_request_offers_nothing(
    qtbot, env, db, ctx, host, heard
):
    apartment = make_apartment(db, ctx)
    file = _file(qtbot, env, host, apartment.id)
    _button(file.requests, "Nuova segnalazione…").click()
    form = file.child
    assert isinstance(form, ud.RequestDialog)
    qtbot.keyClicks(form.description, "Perdita dal lavandino")
    _ok(qtbot, form)
    assert heard[-1].initiator is form
    [request] = file.requests.model.rows
    assert request.status is MaintenanceStatus.APERTA

    file.requests.table.selectRow(0)
    _button(file.requests, "Chiudi…").click()
    close = file.child
    assert isinstance(close, ud.CloseDialog)
    close.cost.setText("dodici")
    before = len(heard)
    _ok(qtbot, close)  # the form cannot read the amount: nothing is sent
    assert close.isVisible() and "Importo non valido" in close.errors.message("cost_cents")
    assert len(heard) == before and upkeep.open_requests(db, apartment.id) != []
    close.cost.setText("120,50")
    _ok(qtbot, close)
    assert not close.isVisible() and close.result_value.cost_cents == 12_050
    [closed] = file.requests.model.rows
    assert not closed.is_open

    file.requests.table.selectRow(0)
    _button(file.requests, "Assegna…").click()
    assert file.child is close  # a closed request opens no form


def test_a_refused_write_keeps_the_form_open_with_its_changes(qtbot, env, db, ctx, host, heard):
    apartment = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stays.plan_stay(
        db,
        ctx,
        case.id,
        apartment.id,
        room(apartment, "Camera 1").id,
        1,
        D(2026, 3, 1),
        D(2026, 12, 1),
    )
    file = _file(qtbot, env, host, apartment.id)
    _, actions = host
    [stay] = file.stays.model.rows
    assert stay.is_open
    form = actions.extend(stay)
    assert isinstance(form, ExtendDialog)
    form.new_end.set_value(D(2026, 11, 1))  # before the planned end: refused
    qtbot.keyClicks(form.reason, "Ricerca lavoro in corso")
    before = len(heard)
    _ok(qtbot, form)
    assert form.isVisible() and form.isEnabled()
    assert "01/12/2026" in form.errors.message("new_end")
    assert form.is_dirty() and len(heard) == before
    form.new_end.set_value(D(2027, 3, 1))
    _ok(qtbot, form)
    assert not form.isVisible() and form.result_value.planned_end == D(2027, 3, 1)
    assert heard[-1].initiator is form
    assert file.stays.model.rows[0].planned_end == D(2027, 3, 1)


def test_case_summary_and_apartment_list_follow_their_records(qtbot, env, db, ctx, host):
    parent, actions = host
    apartment = make_apartment(db, ctx)
    case, other = make_case(db, ctx), make_case(db, ctx)
    summary = CaseSummaryDialog(env, case.id, actions, parent)
    listing = ApartmentListView(env)
    qtbot.addWidget(listing)
    reloads, list_reloads = Reloads(summary), Reloads(listing)
    stay = stays.plan_stay(
        db,
        ctx,
        other.id,
        apartment.id,
        room(apartment, "Camera 1").id,
        1,
        D(2026, 3, 1),
        D(2026, 12, 1),
    )
    assert reloads.count == 0 and summary.model.rows == []
    assert list_reloads.count == 1 and listing.model.rows[0].occupied == 1
    stays.move_in(db, ctx, stay.id, D(2026, 3, 1), HandoverInput())
    assert list_reloads.count == 2
    mine = stays.plan_stay(
        db,
        ctx,
        case.id,
        apartment.id,
        room(apartment, "Camera 2").id,
        2,
        D(2026, 3, 1),
        D(2026, 12, 1),
    )
    assert reloads.count == 1 and [s.id for s in summary.model.rows] == [mine.id]
    housing.set_status(db, ctx, apartment.id, "fuori_servizio", D(2026, 12, 1))
    assert reloads.count == 1 and list_reloads.count == 4
