"""The Sync page writes through ``env.ops.write``: what it changes reaches the other open
views on the hub, named as made by the page (or by the widget that ran the write)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rts_desktop.db.migrate import open_database
from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.sync.page import SyncPage
from tests.sync.sync_helpers import export, make_device
from tests.ui.sync.test_sync_ui import make_conflict, ui


class Heard(list[Changes]):
    """What another open view following some aggregates is told (it keeps the view alive)."""

    view: QWidget
    listener: HubListener


def listen(qtbot, dev, *aggregates: Aggregate) -> Heard:
    heard = Heard()
    heard.view = QWidget()
    qtbot.addWidget(heard.view)
    heard.listener = HubListener(heard.view, dev.db, aggregates, heard.append)
    return heard


def counting_reloads(page: SyncPage) -> list[int]:
    calls: list[int] = []
    original = page.reload

    def reload() -> None:
        calls.append(1)
        original()

    page.reload = reload  # type: ignore[method-assign]
    return calls


def test_an_import_from_the_page_tells_the_other_views_everything_changed(qtbot, pair, monkeypatch):
    a, b = pair
    create_beneficiary(
        a.db, a.ctx, BeneficiaryInput(first_name="Luca", last_name="Bianchi"), confirm_new=True
    )
    bundle = export(a, b)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page = SyncPage(ui(b))
    qtbot.addWidget(page)
    page.show()
    cases = listen(qtbot, b, Aggregate.CASES)
    reloads = counting_reloads(page)
    importer = page.open_import()
    importer.path.setText(str(bundle))
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    assert page.report_dialog is not None and page.report_dialog.counts["new"].text() == "2"
    assert len(cases) == 1
    assert cases[0].everything and cases[0].initiator is page
    assert reloads == [1]  # once, for the report: the page does not reload on its own news
    assert page.isEnabled() and page.history_model.rowCount() == 1
    page.report_dialog.accept()

    importer = page.open_import()  # the same file again: nothing changes, nobody is told
    importer.path.setText(str(bundle))
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    assert len(cases) == 1


def test_a_refused_bundle_tells_nobody(qtbot, pair):
    _, b = pair
    broken = b.folder / "rotto.rtsbundle"
    broken.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n")
    page = SyncPage(ui(b))
    qtbot.addWidget(page)
    page.show()
    heard = listen(qtbot, b, *Aggregate)
    importer = page.open_import()
    importer.path.setText(str(broken))
    qtbot.mouseClick(importer.ok, Qt.MouseButton.LeftButton)
    assert importer.general.text() and importer.isVisible()
    assert importer.ok.isEnabled() and page.isEnabled()
    assert heard == [] and page.report_dialog is None


def test_keeping_a_candidate_publishes_sync_with_the_inbox_as_initiator(qtbot, pair):
    a, b = pair
    make_conflict(a, b)
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    page.show()
    sync = listen(qtbot, a, Aggregate.SYNC)
    other_people = listen(qtbot, a, Aggregate.PEOPLE)
    qtbot.mouseClick(page.inbox.keep_a, Qt.MouseButton.LeftButton)
    assert len(sync) == 1 and sync[0].touches(Aggregate.SYNC)
    assert sync[0].initiator is page.inbox
    assert len(other_people) == 1  # the person's phone changed too
    assert page.inbox.model.rowCount() == 0  # the page heard it and reloaded
    assert api.list_conflicts(a.db) == []


def test_writing_the_value_publishes_sync_with_the_dialog_as_initiator(qtbot, pair):
    a, b = pair
    make_conflict(a, b)
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    page.show()
    sync = listen(qtbot, a, Aggregate.SYNC)
    qtbot.mouseClick(page.inbox.edit, Qt.MouseButton.LeftButton)
    dialog = page.inbox.edit_dialog
    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, "02 5555")
    dialog.save()
    assert [c.initiator for c in sync] == [dialog]
    assert not dialog.isVisible() and page.inbox.model.rowCount() == 0


def test_a_conflict_closed_meanwhile_is_one_message_and_no_news(qtbot, pair, monkeypatch):
    a, b = pair
    make_conflict(a, b)
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    page.show()
    cli = open_database(a.db.url)  # the command line on the same file: this app hears nothing
    try:
        api.resolve_conflict(cli, a.ctx, page.inbox.selected().id, keep=0)
    finally:
        cli.close()
    assert page.inbox.keep_b.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    sync = listen(qtbot, a, Aggregate.SYNC)
    qtbot.mouseClick(page.inbox.keep_b, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0].startswith("Conflitto non trovato o già risolto")
    assert sync == [] and page.inbox.isEnabled()


def test_enrolling_and_revoking_are_told_by_their_widgets(qtbot, tmp_path, monkeypatch):
    a, c = make_device(tmp_path, "Ufficio"), make_device(tmp_path, "Laptop Quarto Oggiaro")
    try:
        page = SyncPage(ui(a))
        qtbot.addWidget(page)
        page.show()
        sync = listen(qtbot, a, Aggregate.SYNC)
        page.devices.open_enrol()
        enrol = page.devices.enrol_dialog
        qtbot.keyClicks(enrol.code, "RTS1-sbagliato")
        enrol.save()
        assert sync == [] and enrol.isVisible() and enrol.isEnabled()
        enrol.code.setPlainText(api.enrolment_code(c.db))
        enrol.save()
        assert [x.initiator for x in sync] == [enrol]
        assert page.devices.model.rowCount() == 2
        page.devices.table.selectRow(1)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(page.devices.revoke_button, Qt.MouseButton.LeftButton)
        assert [x.initiator for x in sync] == [enrol, page.devices]
        assert page.devices.model.rows[1].revoked_at is not None
        assert page.devices.message.text() == "«Laptop Quarto Oggiaro» revocato."
    finally:
        a.db.close()
        c.db.close()


def test_preparing_a_bundle_is_told_by_the_dialog_and_the_page_shows_it(qtbot, pair):
    a, _ = pair
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    page.show()
    sync = listen(qtbot, a, Aggregate.SYNC)
    dialog = page.open_prepare()
    dialog.out.setText(str(a.folder / "per-padova"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.path.exists()
    assert [x.initiator for x in sync] == [dialog]
    assert page.devices.model.rows[1].last_sent_at is not None


def test_a_refused_preparation_shows_next_to_its_field_and_tells_nobody(qtbot, pair):
    a, _ = pair
    page = SyncPage(ui(a))
    qtbot.addWidget(page)
    page.show()
    sync = listen(qtbot, a, Aggregate.SYNC)
    dialog = page.open_prepare()
    dialog.use_password.setChecked(True)
    dialog.out.setText(str(a.folder / "corta"))
    qtbot.keyClicks(dialog.password, "corta")
    qtbot.keyClicks(dialog.password2, "corta")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("passphrase") == "La password deve avere almeno 8 caratteri."
    assert dialog.report is None and dialog.ok.isEnabled() and dialog.isEnabled()
    assert sync == [] and not (a.folder / "corta.rtsbundle").exists()
