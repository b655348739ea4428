"""Application setup: QApplication, Italian translations, the main window, screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from rts_desktop import APP_NAME, __version__
from rts_desktop.db import open_database
from rts_desktop.errors import RtsError
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import SyncRunner, ThreadRunner


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), set up for Italian."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("Comune di Milano")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    translator = QTranslator(app)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", qt_translations):
        app.installTranslator(translator)
    return app


def run(url: str) -> int:
    """Open the database and show the main window until it is closed."""
    from rts_desktop.ui.main_window import MainWindow

    app = make_app()
    try:
        db = open_database(url)
    except RtsError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return exc.exit_code
    from rts_desktop.sync.api import recover_interrupted_import

    recover_interrupted_import(db)  # an import cut short by a crash: finish or undo it
    window = MainWindow(UiEnv(db, db.context(), ThreadRunner()))
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


def screenshot(url: str, view: str, out: Path, size: tuple[int, int]) -> int:
    """Render a view offscreen to a PNG file."""
    from rts_desktop.ui.screenshots import grab

    make_app()
    db = open_database(url)
    try:
        grab(UiEnv(db, db.context(), SyncRunner()), view, out, size)
    finally:
        db.close()
    print(f"Immagine salvata: {out}")
    return 0
