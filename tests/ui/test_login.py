"""Login, first run, lock screen, change password and change user, driven as a person
would: fields typed, buttons clicked, the database opened only with the right password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from rts_desktop.kernel.keyring import keys_path_for
from rts_desktop.models.vocab import Role
from rts_desktop.services import operators
from rts_desktop.services.operators import login
from rts_desktop.ui.login.dialogs import LoginDialog
from rts_desktop.ui.login.first_run import FirstRunDialog
from rts_desktop.ui.login.session import sign_in
from tests.accounts import TEST_ADMIN, TEST_PASSWORD, url_of
from tests.engines import on_postgresql

CLICK = Qt.MouseButton.LeftButton


def when_modal(qtbot, act) -> None:
    """Run ``act(dialog)`` on the modal dialog about to open (``exec`` blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def type_into(qtbot, dialog, **values: str) -> None:
    for name, text in values.items():
        field = dialog.findChild(object, name)
        field.clear()
        qtbot.keyClicks(field, text)


@pytest.mark.sqlite_only  # the SQLite file encrypted, its recovery key
def test_first_run_creates_the_encrypted_database_and_shows_the_key_once(qtbot, tmp_path):
    path = tmp_path / "nuovo.db"
    dialog = FirstRunDialog(url_of(path), str(path), protect=False)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog, full_name="Anna Verdi", username="anna", password="corta")
    type_into(qtbot, dialog, repeat="corta")
    qtbot.mouseClick(dialog.create_button, CLICK)
    assert "almeno 10" in dialog.error.text() and not path.exists()
    type_into(qtbot, dialog, password="una-password-lunga", repeat="un'altra")
    qtbot.mouseClick(dialog.create_button, CLICK)
    assert "non coincidono" in dialog.error.text() and not path.exists()
    type_into(qtbot, dialog, repeat="una-password-lunga")
    qtbot.mouseClick(dialog.create_button, CLICK)
    assert dialog.steps.currentIndex() == 1
    key = dialog.key_field.text()
    assert key.startswith("RTSR-") and dialog.recovery_key == key
    assert not path.read_bytes().startswith(b"SQLite format 3")
    # the key must be kept before going on: Escape and "Continua" wait for the box
    dialog.reject()
    assert dialog.isVisible() or dialog.result is not None
    assert not dialog.continue_button.isEnabled()
    out = tmp_path / "chiave.txt"
    dialog.save_key(str(out))
    assert out.read_text().strip() == key and oct(out.stat().st_mode)[-3:] == "600"
    dialog.kept.setChecked(True)
    qtbot.mouseClick(dialog.continue_button, CLICK)
    assert dialog.result is not None
    db, who = dialog.result
    assert (who.username, who.full_name, who.role) == ("anna", "Anna Verdi", Role.AMMINISTRATORE)
    db.close()
    # the key it showed opens the database when every password is lost
    login.open_with_recovery(url_of(path), key).close()


@pytest.mark.skipif(not on_postgresql(), reason="a server database")
def test_first_run_on_a_server_without_operators_creates_its_administrator(qtbot, tmp_path):
    url = url_of(tmp_path / "server.db")  # migrated, nobody in it yet
    seen: list[str] = []

    def create_admin(dialog) -> None:
        seen.append(dialog.objectName())
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        type_into(qtbot, dialog, full_name="Marta Neri", username="marta.first")
        type_into(qtbot, dialog, password="password-di-marta", repeat="password-di-marta")
        qtbot.mouseClick(dialog.create_button, CLICK)

    when_modal(qtbot, create_admin)
    signed = sign_in(None, url)
    assert seen[0] == "first_run_dialog" and signed is not None
    assert any("sul server non ha ancora operatori" in text for text in seen)
    db, who = signed
    db.close()
    assert (who.username, who.role) == ("marta.first", Role.AMMINISTRATORE)
    assert not keys_path_for(tmp_path / "server.db").exists()  # no key file for a server
    # from now on the same database asks for a password
    login.open_as(url, "marta.first", "password-di-marta")[0].close()


@pytest.mark.sqlite_only  # a SQLite file converted to SQLCipher
def test_first_run_on_an_older_plaintext_database_encrypts_it(qtbot, plain_db, db_path):
    from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

    create_beneficiary(plain_db, plain_db.context(), BeneficiaryInput("Ada", "Neri"))
    plain_db.close()
    dialog = FirstRunDialog(url_of(db_path), str(db_path), protect=True)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.steps.widget(0).findChildren(QLabel)]
    assert any("non è cifrato" in t for t in texts)
    type_into(qtbot, dialog, password=TEST_PASSWORD, repeat=TEST_PASSWORD)
    qtbot.mouseClick(dialog.create_button, CLICK)
    assert dialog.steps.currentIndex() == 1
    db, who = dialog.result
    assert who.username == TEST_ADMIN and db.encrypted
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    db.close()


@pytest.fixture
def protected(db, ctx, db_path):
    """The test database (encrypted, with the administrator) and an educator, closed."""
    made = operators.create_operator(db, ctx, "giulia", "Giulia Rossi", "educatore")
    login.set_password(db, db.context(), made.username, "password-di-giulia")
    db.close()
    return db_path


def test_login_refuses_a_wrong_password_inline_then_opens(qtbot, protected):
    dialog = LoginDialog(url_of(protected), str(protected))
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog, username="giulia", password="sbagliata-di-sicuro")
    qtbot.mouseClick(dialog.enter, CLICK)
    assert "errati" in dialog.error.text() and dialog.result is None
    assert dialog.password.text() == ""  # typed again, from scratch
    type_into(qtbot, dialog, password="password-di-giulia")
    qtbot.mouseClick(dialog.enter, CLICK)
    db, who = dialog.result
    assert who.full_name == "Giulia Rossi" and who.role == Role.EDUCATORE
    db.close()
    # the next login window remembers who logged in last
    again = LoginDialog(url_of(protected), str(protected))
    qtbot.addWidget(again)
    assert again.username.text() == "giulia"


def test_repeated_failures_lock_the_name_out_with_a_wait(qtbot, protected):
    dialog = LoginDialog(url_of(protected), str(protected))
    qtbot.addWidget(dialog)
    for _ in range(3):
        type_into(qtbot, dialog, username="giulia", password="sbagliata-di-sicuro")
        qtbot.mouseClick(dialog.enter, CLICK)
    type_into(qtbot, dialog, password="password-di-giulia")  # right, but too soon
    qtbot.mouseClick(dialog.enter, CLICK)
    assert "Troppi tentativi" in dialog.error.text() and dialog.result is None


@pytest.mark.sqlite_only  # the recovery key unwraps the SQLite file's data key
def test_recovery_from_the_login_window(qtbot, tmp_path):
    path = tmp_path / "rts.db"
    made = login.create_database(url_of(path), TEST_ADMIN, TEST_PASSWORD)
    made.db.close()
    dialog = LoginDialog(url_of(path), str(path))
    qtbot.addWidget(dialog)

    def recover(recovery) -> None:
        type_into(qtbot, recovery, recovery_key=made.recovery_key, admin=TEST_ADMIN)
        type_into(qtbot, recovery, new_password="nuova-password-1", repeat="nuova-password-1")
        recovery.try_recover()

    when_modal(qtbot, recover)
    qtbot.mouseClick(dialog.forgot, CLICK)
    db, who = dialog.result
    assert who.username == TEST_ADMIN
    db.close()
    login.open_as(url_of(path), TEST_ADMIN, "nuova-password-1")[0].close()


def test_sign_in_picks_first_run_or_login(qtbot, tmp_path, protected):
    seen: list[str] = []

    def note_and_close(dialog) -> None:
        seen.append(dialog.objectName())
        dialog.reject()

    when_modal(qtbot, note_and_close)
    assert sign_in(None, url_of(tmp_path / "mai-visto.db")) is None
    when_modal(qtbot, note_and_close)
    assert sign_in(None, url_of(protected)) is None
    assert seen == ["first_run_dialog", "login_dialog"]
    assert not (tmp_path / "mai-visto.db").exists()
    assert not keys_path_for(tmp_path / "mai-visto.db").exists()


def test_start_signs_in_and_the_status_bar_shows_who(qtbot, protected, monkeypatch):
    from rts_desktop.ui import app as app_module

    def as_giulia(window):
        return login.open_as(url_of(protected), "giulia", "password-di-giulia")

    _app, window, db = app_module.start(as_giulia)
    qtbot.addWidget(window)
    try:
        assert window.account.text() == "Operatore: Giulia Rossi (educatore)"
        assert window.env.ctx.operator_id == operators.operator_id_for("giulia")
        assert window.env.ctx.role == Role.EDUCATORE
    finally:
        window.lock.stop()
        window.env.runner.wait(10_000)
        db.close()


def test_closing_the_login_window_ends_the_app_cleanly(qtbot):
    from rts_desktop.ui import app as app_module

    _app, window, result = app_module.start(lambda _window: None)
    qtbot.addWidget(window)
    assert result == 0 and not window.isVisible()
