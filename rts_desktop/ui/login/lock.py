"""Auto-lock: after some minutes without keyboard or mouse the app covers every window
and asks the operator's password again. Nothing is closed, so a half-written note waits
behind the cover exactly as it was left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import RtsError
from rts_desktop.ui.login.fields import ErrorLine, busy, password_field

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.services.operators.login import Identity

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}

#: how long after sign-in the lock starts watching the input. An application-wide Python
#: event filter sees every event of every widget, and PySide6 makes the Python type of each
#: object it hands over: while the first page is built that was ~200 types and ~140 enums
#: (about 90 ms of CPU). The timer runs from sign-in anyway, so the lock can come at most
#: this much earlier than ``minutes`` after her last key.
WATCH_DELAY_MS = 5_000


def lock_minutes() -> int:
    """The setting ``security.lock_minutes`` (0: never lock by itself)."""
    from rts_desktop.kernel import config

    return max(0, min(config.Settings().get(config.LOCK_MINUTES), 240))


def save_lock_minutes(minutes: int) -> None:
    from rts_desktop.kernel import config

    settings = config.Settings()
    settings.set(config.LOCK_MINUTES, max(0, min(int(minutes), 240)))
    settings.save()


class Cover(QWidget):
    """An opaque sheet over one window while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Sessione bloccata"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 16pt; color: palette(mid);")
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class UnlockDialog(QDialog):
    def __init__(self, db: Database, who: Identity, on_quit: Callable[[], None]) -> None:
        super().__init__(None)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Sessione bloccata – RTS Desktop"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.db, self.who = db, who
        layout = QVBoxLayout(self)
        text = self.tr("La sessione di %1 è bloccata. Scrivi la password per continuare.")
        intro = QLabel(text.replace("%1", who.full_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = password_field(self, "password")
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = ErrorLine(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        unlock = buttons.addButton(self.tr("Sblocca"), QDialogButtonBox.ButtonRole.AcceptRole)
        unlock.setObjectName("unlock")
        unlock.setDefault(True)
        quit_button = buttons.addButton(
            self.tr("Esci dall'applicazione"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self.try_unlock)
        quit_button.clicked.connect(on_quit)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        from rts_desktop.services.operators.login import verify

        self.error.clear_error()
        try:
            with busy():
                verify(self.db, self.who, self.password.text())
        except RtsError as exc:
            self.password.clear()
            self.error.show_error(exc)
            return
        self.accept()

    def reject(self) -> None:
        """Escape does not unlock."""


class IdleLock(QObject):
    """Watches the application's input (from ``WATCH_DELAY_MS`` after sign-in on);
    ``lock()`` after ``minutes`` of none."""

    def __init__(self, db: Database, who: Identity, on_quit: Callable[[], None]) -> None:
        super().__init__(QApplication.instance())
        self.db, self.who, self.on_quit = db, who, on_quit
        self.covers: list[Cover] = []
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(lock_minutes())
        self.watching = False
        QTimer.singleShot(WATCH_DELAY_MS, self, self._watch)

    def _watch(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
            self.watching = True

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0 and not self.locked:
            self.timer.start(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in ACTIVITY and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        self.covers = [Cover(w) for w in windows]
        self.dialog = UnlockDialog(self.db, self.who, self.on_quit)
        self.dialog.accepted.connect(self.unlocked)
        self.dialog.show()
        self.dialog.password.setFocus()

    def unlocked(self) -> None:
        for cover in self.covers:
            if cover.parentWidget() is not None:
                cover.parentWidget().removeEventFilter(cover)
            cover.deleteLater()
        self.covers = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.set_minutes(self.minutes)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.watching = True  # a delayed start does not install it again
