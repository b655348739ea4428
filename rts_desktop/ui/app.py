"""Application setup: QApplication, Italian translations, the main window, screenshots."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rts_desktop import APP_NAME, __version__
from rts_desktop.kernel.errors import RtsError
from rts_desktop.kernel.i18n import translator
from rts_desktop.ui import translations
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.help_dialogs import application_icon
from rts_desktop.ui.worker import SyncRunner, ThreadRunner

_tr = translator("app")

if TYPE_CHECKING:
    from rts_desktop.db import Database
    from rts_desktop.kernel.context import ActingContext
    from rts_desktop.services.operators.login import Identity
    from rts_desktop.ui.main_window import MainWindow


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The QApplication (reused if one exists), speaking ``lang`` (default: the program's
    language, from ``--lang`` or the setting)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("Comune di Milano")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    translations.install(app, lang)  # widgets, core, Qt's own dialogs, dates and numbers
    app.setWindowIcon(application_icon())
    return app


def start(
    sign_in: Callable[[QWidget], tuple[Database, Identity] | None],
    on_frame: Callable[[], None] | None = None,
) -> tuple[QApplication, MainWindow, Database | int]:
    """Show the main window's frame at once, then let the person sign in (the login or
    first-run window, over the frame) and attach the database, as her.

    Returns the database, or the exit code: 0 when she closed the login window, the
    error's when the database cannot be opened (a corrupt file, a newer version...).
    ``on_frame`` is called once the frame is on screen (the start-up bench).
    """
    from rts_desktop.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.show()
    app.processEvents()  # painted before the long part: imports, opening, first page
    if on_frame is not None:
        on_frame()
    try:
        signed = sign_in(window)
    except RtsError as exc:
        QMessageBox.critical(window, APP_NAME, exc.message)
        window.close()
        return app, window, exc.exit_code
    if signed is None:
        window.close()
        return app, window, 0
    db, who = signed
    from rts_desktop.sync.api import recover_interrupted_import
    from rts_desktop.ui.login.session import start_session

    recover_interrupted_import(db)  # an import cut short by a crash: finish or undo it
    runner = ThreadRunner()
    window.attach(UiEnv(db, who.context(db), runner), operator_name=who.full_name)
    start_session(window, db, who)
    QTimer.singleShot(SWEEP_DELAY_MS, window, lambda: _sweep_in_background(db, runner))
    return app, window, db


#: the attachment sweep waits this long after sign-in, so as not to compete with the first
#: page and the Scadenze panel for the CPU while the person waits for them
SWEEP_DELAY_MS = 5_000


def _sweep_in_background(db: Database, runner: ThreadRunner) -> None:
    """Files a crash left without their row, removed on a worker (it walks the whole
    attachment store): housekeeping that nobody waits for and that may fail quietly."""
    import logging

    from rts_desktop.db.attachments import sweep_orphans

    log = logging.getLogger("rts_desktop")
    runner.run(
        lambda _progress: sweep_orphans(db),
        on_success=lambda removed: log.info("attachment sweep removed %s files", removed),
        on_error=lambda exc: log.warning("attachment sweep failed: %s", type(exc).__name__),
    )


def run(
    sign_in: Callable[[QWidget], tuple[Database, Identity] | None], bundle: Path | None = None
) -> int:
    """The application until its window is closed; ``bundle``: a sync bundle the person
    opened from the file manager, offered for import once she is signed in."""
    app, window, db = start(sign_in)
    if isinstance(db, int):
        return db
    if bundle is not None:
        window.open_bundle(bundle)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)  # a write still running finishes
        db.close()


def screenshot(
    db: Database, ctx: ActingContext, view: str, out: Path, size: tuple[int, int]
) -> int:
    """Render a view offscreen to a PNG file, as the operator logged in sees it."""
    from rts_desktop.ui.screenshots import grab

    make_app()
    grab(UiEnv(db, ctx, SyncRunner()), view, out, size)
    print(_tr("Immagine salvata: {path}").format(path=out))
    return 0
