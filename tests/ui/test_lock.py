"""The lock screen keeps what was being written; the account button changes the password
and lets another operator in; who acts follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from rts_desktop.models import AuditEntry
from rts_desktop.models.vocab import Role
from rts_desktop.services import operators
from rts_desktop.services.operators import login
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.login import lock as lock_module
from rts_desktop.ui.login.account import ChangePasswordDialog, switch_identity
from rts_desktop.ui.login.lock import Cover, IdleLock
from rts_desktop.ui.login.session import start_session
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.worker import SyncRunner
from tests.accounts import TEST_ADMIN, TEST_PASSWORD, url_of


@pytest.fixture
def session(qtbot, db, db_path, monkeypatch):
    """The main window as the administrator logged in, with an educator account too (the
    lock watching the input from the first turn of the event loop on)."""
    monkeypatch.setattr(lock_module, "WATCH_DELAY_MS", 0)
    giulia = operators.create_operator(db, db.context(), "giulia", "Giulia Rossi", "educatore")
    login.set_password(db, db.context(), giulia.username, "password-di-giulia")
    db.close()
    opened, who = login.open_as(url_of(db_path), TEST_ADMIN, TEST_PASSWORD)
    window = MainWindow(UiEnv(opened, who.context(opened), SyncRunner()))
    qtbot.addWidget(window)
    window.show()
    start_session(window, opened, who)
    qtbot.waitUntil(lambda: window.lock.watching)
    yield window
    window.lock.stop()
    opened.close()


def count_entries(db, action: str) -> int:
    with db.session(write=False) as s:
        return len([e for e in s.query(AuditEntry) if e.action == action])


def test_the_lock_covers_every_window_and_keeps_the_text_behind_it(qtbot, session):
    note = QPlainTextEdit()
    qtbot.addWidget(note)
    note.setWindowTitle("Nuova nota")
    note.show()
    qtbot.keyClicks(note, "Colloquio con la signora, a meta")
    session.lock.lock()
    covers = [w for w in QApplication.allWidgets() if isinstance(w, Cover) and w.isVisible()]
    assert {c.parentWidget() for c in covers} >= {session, note}
    assert all(c.geometry() == c.parentWidget().rect() for c in covers)
    dialog = session.lock.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    dialog.reject()  # Escape does not unlock
    assert session.lock.locked
    qtbot.keyClicks(dialog.password, "sbagliata-di-sicuro")
    dialog.try_unlock()
    assert "errata" in dialog.error.text() and session.lock.locked
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    dialog.try_unlock()
    assert not session.lock.locked
    qtbot.waitUntil(lambda: not [w for w in QApplication.allWidgets() if isinstance(w, Cover)])
    assert note.toPlainText() == "Colloquio con la signora, a meta"
    assert count_entries(session.db, "unlock") == 1


def test_inactivity_locks_and_activity_postpones_it(qtbot, session):
    lock = session.lock
    assert lock.minutes == 10 and lock.timer.isActive()
    assert lock.timer.interval() == 10 * 60_000
    lock.timer.start(5_000)  # as if most of the ten minutes had gone by
    QApplication.sendEvent(
        session.nav,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    )
    assert lock.timer.remainingTime() > 9 * 60_000  # a key pressed: ten minutes again
    lock.timer.timeout.emit()
    assert lock.locked
    lock.dialog.password.setText(TEST_PASSWORD)
    lock.dialog.try_unlock()
    session.account.set_minutes(0)  # "mai": no timer at all
    assert not lock.timer.isActive()
    assert "mai" in session.account.lock_after.text()
    session.account.set_minutes(3)
    assert lock.timer.interval() == 3 * 60_000 and "3 minuti" in session.account.lock_after.text()
    from rts_desktop.kernel import config

    assert config.Settings().get(config.LOCK_MINUTES) == 3  # kept for the next start


def test_the_lock_watches_the_input_only_after_the_first_page(qtbot, db, monkeypatch):
    """No application-wide filter while the first page is built; then every key counts."""
    monkeypatch.setattr(lock_module, "WATCH_DELAY_MS", 200)
    who = login.Identity(None, "admin", "Admin", Role.AMMINISTRATORE)
    lock = IdleLock(db, who, on_quit=lambda: None)
    try:
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        lock.set_minutes(10)
        lock.timer.start(5_000)
        QApplication.sendEvent(QApplication.instance(), key)
        assert not lock.watching and lock.timer.remainingTime() < 60_000  # not ten minutes again
        qtbot.waitUntil(lambda: lock.watching, timeout=2_000)
        QApplication.sendEvent(QApplication.instance(), key)
        assert lock.timer.remainingTime() > 9 * 60_000
    finally:
        lock.stop()
    assert lock.watching  # stopped: a late start does not install the filter again


def test_change_password_through_the_dialog(qtbot, session):
    dialog = ChangePasswordDialog(session.env, session)
    qtbot.addWidget(dialog)
    dialog.old.setText("non-e-la-mia-password")
    dialog.new.setText("nuova-password-admin")
    dialog.repeat.setText("nuova-password-admin")
    dialog.save()
    assert "attuale non è corretta" in dialog.errors.message("old_password")
    dialog.old.setText(TEST_PASSWORD)
    dialog.new.setText("corta")
    dialog.repeat.setText("corta")
    dialog.save()
    assert "almeno 10" in dialog.errors.message("new_password")
    dialog.new.setText("nuova-password-admin")
    dialog.repeat.setText("nuova-password-admin")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    url = session.db.url
    login.open_as(url, TEST_ADMIN, "nuova-password-admin")[0].close()
    with pytest.raises(login.LoginFailed):
        login.open_as(url, TEST_ADMIN, TEST_PASSWORD)


def test_change_user_rebuilds_what_the_window_shows(qtbot, session):
    session.show_area("cases")
    before = session.pages.currentWidget()
    who = login.switch_user(session.db, "giulia", "password-di-giulia")
    assert switch_identity(session, who)
    assert session.env.ctx.role == Role.EDUCATORE
    assert session.env.ctx.operator_id == operators.operator_id_for("giulia")
    assert session.account.text() == "Operatore: Giulia Rossi (educatore)"
    assert session.lock.who == who
    after = session.pages.currentWidget()
    assert after is not before and after.objectName() == "page_cases"
    # and the lock now asks for her password
    session.lock.lock()
    session.lock.dialog.password.setText(TEST_PASSWORD)
    session.lock.dialog.try_unlock()
    assert session.lock.locked
    session.lock.dialog.password.setText("password-di-giulia")
    session.lock.dialog.try_unlock()
    assert not session.lock.locked
