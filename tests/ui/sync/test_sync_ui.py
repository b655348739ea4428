"""The Sync view as a coordinator meets it: conflicts inbox, bundles through the dialogs,
refusals in Italian with nothing changed, devices, the badge in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import Beneficiary
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.sync.labels import parse_value
from rts_desktop.sync.view import conflict_rows, imported_bundles
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.sync.page import SyncPage
from rts_desktop.ui.worker import SyncRunner
from tests.sync.sync_helpers import db_digest, make_device, send


def ui(dev) -> UiEnv:
    return UiEnv(dev.db, dev.ctx, SyncRunner())


def edit_phone(dev, pid: str, phone: str) -> None:
    with dev.db.session(dev.ctx) as s:
        s.get(Beneficiary, pid).phone = phone


def make_conflict(a, b) -> str:
    person = create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Amina", last_name="Diallo"), confirm_new=True
    )
    send(a, b)
    edit_phone(a, person.id, "111")
    edit_phone(b, person.id, "222")
    assert send(b, a).conflicts == 1
    return person.code


def page_of(window: MainWindow) -> SyncPage:
    window.show_area("sync")
    page = window.pages.currentWidget()
    assert isinstance(page, SyncPage)
    return page


def test_conflict_is_resolved_from_the_inbox_and_the_badge_goes_to_zero(qtbot, pair):
    a, b = pair
    code = make_conflict(a, b)
    window = MainWindow(ui(a))
    qtbot.addWidget(window)
    window.show()
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Sincronizzazione (1)" in nav
    assert "1 conflitto aperto" in window.sync_label.text()
    assert "1 dispositivo associato" in window.sync_label.text()
    page = page_of(window)
    assert page.tabs.tabText(0) == "Con&flitti (1)"
    model = page.inbox.model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown[:5] == ["Persona", f"{code} – Diallo Amina", "Telefono", "(vuoto)", "111"]
    assert shown[5] == "222"
    tip = model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Modifica: Laptop via Padova · sistema · 25/11/2026")
    assert "Mantenuto" not in page.inbox.detail.text() and "222" in page.inbox.detail.text()
    qtbot.mouseClick(page.inbox.keep_b, Qt.MouseButton.LeftButton)
    assert page.inbox.model.rowCount() == 0
    assert page.inbox.empty.isVisibleTo(page)
    assert page.tabs.tabText(0) == "Con&flitti"
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Sincronizzazione" in nav and not any("(" in text for text in nav)
    assert "conflitt" not in window.sync_label.text()
    with a.db.session(write=False) as s:
        assert s.query(Beneficiary).one().phone == "222"
    send(a, b)  # the resolution closes the conflict on the other laptop too
    assert api.list_conflicts(b.db) == []


def test_edit_dialog_checks_the_value_then_resolves(qtbot, pair):
    a, b = pair
    make_conflict(a, b)
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.inbox.edit, Qt.MouseButton.LeftButton)
    dialog = page.inbox.edit_dialog
    assert dialog is not None and dialog.text() in ("111", "222")
    qtbot.mouseClick(
        dialog.findChild(type(page.inbox.keep_a), "start_A"), Qt.MouseButton.LeftButton
    )
    assert dialog.text() == "111"
    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, "x" * 41)
    dialog.save()
    assert dialog.errors.message("value") == "Al massimo 40 caratteri."
    assert len(conflict_rows(a.db)) == 1
    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, "02 1234")
    dialog.save()
    assert page.inbox.model.rowCount() == 0
    with a.db.session(write=False) as s:
        assert s.query(Beneficiary).one().phone == "02 1234"


def test_parse_value_by_column_type():
    assert parse_value("beneficiaries", "birth_date", "03/04/1990").isoformat() == "1990-04-03"
    assert parse_value("apartments", "lift", "sì") is True
    assert parse_value("rooms", "beds", " 3 ") == 3
    assert parse_value("beneficiaries", "phone", "  ") is None
    for table, field, text in (("rooms", "beds", "tre"), ("beneficiaries", "last_name", "")):
        with pytest.raises(ValidationError) as err:
            parse_value(table, field, text)
        assert err.value.field == "value"


def test_bundle_goes_through_the_dialogs_and_the_report_is_shown(qtbot, pair, monkeypatch):
    a, b = pair
    create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Luca", last_name="Bianchi"), confirm_new=True
    )
    sender = SyncPage(ui(a))
    qtbot.addWidget(sender)
    sender.show()
    dialog = sender.open_prepare()
    assert dialog.target.currentText() == "Laptop via Padova"
    out = a.folder / "per-padova"
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.changes == 2
    assert "Pacchetto pronto" in dialog.result.text() and dialog.ok.isHidden()
    bundle = dialog.report.path
    assert bundle.name == "per-padova.rtsbundle" and bundle.exists()
    assert sender.devices.model.rows[1].last_sent_at is not None

    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    receiver = SyncPage(ui(b))
    qtbot.addWidget(receiver)
    receiver.show()
    importer = receiver.open_import()
    assert importer.password.parentWidget().isHidden()
    qtbot.keyClicks(importer.path, str(bundle))
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    report = receiver.report_dialog
    assert report is not None
    assert report.counts["new"].text() == "2"
    assert report.counts["conflicts"].text() == "0"
    assert "Ufficio" in report.findChild(type(report.divergence), "report_title").text()
    assert report.divergence.text() == ""
    assert receiver.history_model.rowCount() == 1
    assert receiver.history_model.index(0, 1).data() == "Ufficio"
    assert receiver.history_model.index(0, 3).data() == "2"
    report.accept()
    assert asked and asked[0].startswith("Eliminare il file del pacchetto?")
    assert not bundle.exists()
    with b.db.session(write=False) as s:
        assert s.query(Beneficiary).one().last_name == "Bianchi"


def test_password_bundle_bad_passphrase_and_tampered_file_change_nothing(qtbot, pair):
    a, b = pair
    create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Luca", last_name="Bianchi"), confirm_new=True
    )
    sender = SyncPage(ui(a))
    qtbot.addWidget(sender)
    sender.show()
    dialog = sender.open_prepare()
    at_indicator = QPoint(8, dialog.use_password.height() // 2)
    qtbot.mouseClick(dialog.use_password, Qt.MouseButton.LeftButton, pos=at_indicator)
    dialog.out.setText(str(a.folder / "pw"))
    qtbot.keyClicks(dialog.password, "segreto-lungo")
    qtbot.keyClicks(dialog.password2, "segreto-diverso")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("passphrase2") == "Le due password non coincidono."
    assert dialog.report is None and not (a.folder / "pw.rtsbundle").exists()
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "segreto-lungo")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    bundle = dialog.report.path

    before = db_digest(b)
    receiver = SyncPage(ui(b))
    qtbot.addWidget(receiver)
    receiver.show()
    importer = receiver.open_import()
    importer.path.setText(str(bundle))
    assert not importer.password.parentWidget().isHidden()  # the file asks for a password
    qtbot.keyClicks(importer.password, "sbagliata!")
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    assert importer.general.text() == "Password del pacchetto errata (o pacchetto danneggiato)."
    assert receiver.report_dialog is None and db_digest(b) == before

    keyed = api.export_bundle(a.db, a.ctx, a.folder / "key", for_device=b.id).path
    data = bytearray(keyed.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered = b.folder / "alterato.rtsbundle"
    tampered.write_bytes(bytes(data))
    importer.path.setText(str(tampered))
    assert importer.password.parentWidget().isHidden()
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    assert importer.general.text() == (
        "Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia."
    )
    assert receiver.report_dialog is None and db_digest(b) == before
    assert imported_bundles(b.db) == []

    importer.path.setText(str(keyed))  # the good file still imports
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    assert receiver.report_dialog is not None
    assert receiver.report_dialog.counts["new"].text() == "2"


def test_divergence_is_shown_with_the_snapshot_advice(qtbot, pair):
    a, b = pair
    make_conflict(a, b)
    from dataclasses import replace

    from rts_desktop.ui.sync.report_dialog import ImportReportDialog

    report = replace(send(a, b), divergence=("beneficiaries",))
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert "divergenti" in dialog.divergence.text() and "Persona" in dialog.divergence.text()
    assert "pacchetto completo" in dialog.snapshot_text()
    assert not dialog.snapshot_button.isHidden()


def test_devices_enrol_and_revoke(qtbot, tmp_path, monkeypatch):
    a, c = make_device(tmp_path, "Ufficio"), make_device(tmp_path, "Laptop Quarto Oggiaro")
    try:
        page = SyncPage(ui(a))
        qtbot.addWidget(page)
        page.show()
        assert page.header.name.text() == "Ufficio"
        assert page.header.code.text().startswith("RTS1-")
        assert page.pending.text() == "Nessuna modifica in attesa."
        page.save_enrolment_file(tmp_path / "io.json")
        assert (tmp_path / "io.json").exists()
        page.devices.open_enrol()
        enrol = page.devices.enrol_dialog
        qtbot.keyClicks(enrol.code, "RTS1-sbagliato")
        enrol.save()
        assert enrol.errors.message("code") == "Codice di registrazione del dispositivo non valido."
        api.write_enrolment_file(c.db, tmp_path / "c.json")
        enrol.load_file(tmp_path / "c.json")
        enrol.save()
        assert page.devices.model.rowCount() == 2
        assert "Laptop Quarto Oggiaro" in page.devices.message.text()
        page.devices.table.selectRow(1)
        assert page.devices.revoke_button.isEnabled()
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(page.devices.revoke_button, Qt.MouseButton.LeftButton)
        assert page.devices.model.rows[1].revoked_at is not None
        assert not page.devices.revoke_button.isEnabled()
    finally:
        a.db.close()
        c.db.close()


def test_models(qtbot, qtmodeltester, pair):
    a, b = pair
    make_conflict(a, b)
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    for model in (page.inbox.model, page.devices.model, page.history_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_shots_make_a_conflict_in_a_copy(qtbot, env, db):
    from rts_desktop.ui.sync.shots import sync_conflicts, sync_import_report

    window = MainWindow(env)
    qtbot.addWidget(window)
    shown = sync_conflicts(env, window)
    assert shown is not window
    assert page_of(shown).inbox.model.rowCount() == 1
    assert api.list_conflicts(db) == []
    dialog = sync_import_report(env, window)
    assert dialog.counts["conflicts"].text() == "1"
    assert isinstance(Path(str(db.path)), Path)
